import {
  IssueCode,
  MESSAGES_EN,
  MESSAGES_VI,
  issue,
  type IssueMessages,
  issueMessage,
  issueLocation,
  issueToJson,
  sortIssues,
  Severity,
} from "../../../src/core/issues";

// Every parameter any message uses, with values that are easy to find in the output.
const PARAMS = {
  sheet: "Lô hàng",
  other: "Lô hàng (2)",
  column: "Số lượng",
  otherCell: "B7",
  columns: "Ghi chú nội bộ, Người nhập",
  value: "VALUE-X",
  nearest: "Đồ chơi trẻ em",
  allowed: "Đạt · Không đạt",
  count: 3,
  start: "01/02/2021",
  end: "01/01/2021",
  startCell: "G5",
  status: "Đã nghiệm thu",
  sum: "9.000.000",
  difference: "1.000.000",
  children: "D6:D8",
  code: "1.2",
  parent: "1",
  key: "Người ký",
  from: "30/06/2021",
  to: "01/01/2021",
  section: "II.12",
  known: "I, II.1",
  phrase: "6 tháng đầu năm 2020",
  periodName: "6 tháng đầu năm 2021",
  figure: "lô hàng nhập khẩu",
  heading: "Công tác khác",
  kind: "Khảo sát chất lượng",
  result: "Không vi phạm",
  sections: "II.10 “Công tác khác.”; III.9 “Hoạt động sự nghiệp.”",
  keys: "II.10, III.9",
  parts: "3.328 + 71",
  total: "3.339",
  percent: "2,08%",
  part: "71",
  whole: "3.339",
  expected: "2,13",
  sumExpected: "2,09",
  items: 4,
  list: "12 mẫu",
  listed: 0,
  computed: 3,
  table: "LoHang",
  tableEnd: 200,
};

describe("message catalogues", () => {
  const codes = Object.values(IssueCode);

  test.each(codes)("%s has a Vietnamese and an English message without holes", (code) => {
    for (const catalogue of [MESSAGES_VI, MESSAGES_EN]) {
      const text = catalogue[code](PARAMS);
      expect(text.length).toBeGreaterThan(20);
      expect(text).not.toMatch(/undefined|\[object|NaN/);
    }
    expect(MESSAGES_VI[code](PARAMS)).not.toEqual(MESSAGES_EN[code](PARAMS));
  });

  test("catalogues cover exactly the codes", () => {
    expect(Object.keys(MESSAGES_VI).sort()).toEqual([...codes].sort());
    expect(Object.keys(MESSAGES_EN).sort()).toEqual([...codes].sort());
  });

  test("Vietnamese text is NFC", () => {
    for (const code of codes) {
      const text = MESSAGES_VI[code](PARAMS);
      expect(text).toBe(text.normalize("NFC"));
    }
  });

  test("a message names its values and the nearest allowed one", () => {
    const i = issue(
      IssueCode.CategoryUnknown,
      Severity.Error,
      { sheet: "Lô hàng", cell: "D17", row: 17 },
      {
        column: "Nhóm hàng",
        value: "Đồ chơi trẽ em",
        nearest: "Đồ chơi trẻ em",
        allowed: "Đồ chơi trẻ em · Thép",
      },
    );
    expect(issueMessage(i, "vi")).toContain("“Đồ chơi trẻ em”");
    expect(issueMessage(i, "vi")).toContain("“Đồ chơi trẽ em”");
    expect(issueMessage(i, "en")).toContain("Did you mean “Đồ chơi trẻ em”?");
    expect(issueLocation(i)).toBe("'Lô hàng'!D17");
    expect(issueToJson(i, "en")).toEqual({
      severity: "error",
      code: "category-unknown",
      sheet: "Lô hàng",
      cell: "D17",
      message: issueMessage(i, "en"),
    });
  });
});

describe("sortIssues", () => {
  test("orders by workbook sheet order, then row and column, errors first within a cell", () => {
    const a = issue(IssueCode.ValueMissing, Severity.Error, { sheet: "Lô hàng", cell: "C9", row: 9 }, { column: "Tổ chức nhập khẩu" });
    const b = issue(IssueCode.ValueMissing, Severity.Error, { sheet: "Lô hàng", cell: "B9", row: 9 }, { column: "Ngày đăng ký" });
    const c = issue(IssueCode.ValueMissing, Severity.Error, { sheet: "Nhiệm vụ", cell: "Z100", row: 100 }, { column: "Mã nhiệm vụ" });
    const d = issue(IssueCode.ControlCharsRemoved, Severity.Info, { sheet: "Lô hàng", cell: "B3", row: 3 }, { column: "Ngày đăng ký", count: 1 });
    const e = issue(IssueCode.DateInvalid, Severity.Error, { sheet: "Lô hàng", cell: "B3", row: 3 }, { column: "Ngày đăng ký", value: "x" });
    const f = issue(IssueCode.SheetMissing, Severity.Warning, {}, { sheet: "Tài chính" });
    expect(sortIssues([a, b, c, d, e, f], ["Nhiệm vụ", "Lô hàng"])).toEqual([f, c, e, d, b, a]);
  });
});

describe("typed parameters", () => {
  test("an issue carries exactly its code's parameters, and a message reads only those", () => {
    const ok = issue(IssueCode.SheetMissing, Severity.Error, {}, { sheet: "Lô hàng" });
    // @ts-expect-error sheet-missing has no `column` parameter
    const wrong = issue(IssueCode.SheetMissing, Severity.Error, {}, { column: "Số lượng" });
    const catalogue: IssueMessages = {
      ...MESSAGES_VI,
      // @ts-expect-error the message of sheet-missing reads a parameter its code lacks
      [IssueCode.SheetMissing]: (p) => `${p.column}`,
    };
    expect(issueMessage(ok, "vi")).toContain("Lô hàng");
    expect(wrong.params).toEqual({ column: "Số lượng" });
    expect(catalogue[IssueCode.SheetMissing]({ sheet: "Lô hàng" })).toBe("undefined");
  });
});
