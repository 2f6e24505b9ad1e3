import { issue, IssueCode, Severity, sortIssues, type Issue } from "../../../src/core/issues";
import { COLLAPSE_AT, countsBySheet, groupIssues, issueLine, issueTarget } from "../../../src/taskpane/check";

const ORDER = ["Thông tin", "Nhiệm vụ", "Lô hàng"];
const ISSUES: Issue[] = sortIssues(
  [
    issue(IssueCode.NumberInvalid, Severity.Error, { sheet: "Lô hàng", cell: "F13", row: 13 }, { column: "Số lượng", value: "abc" }),
    issue(IssueCode.DateWithoutStatus, Severity.Warning, { sheet: "Nhiệm vụ", cell: "K4", row: 4 }, { column: "Ngày nghiệm thu", status: "Đang thực hiện" }),
    issue(IssueCode.ValueMissing, Severity.Error, { sheet: "Lô hàng", cell: "B5", row: 5 }, { column: "Ngày đăng ký" }),
    issue(IssueCode.SheetUnknown, Severity.Info, { sheet: "Ghi chép" }, {}),
    issue(IssueCode.SheetMissing, Severity.Error, {}, { sheet: "Tài chính" }),
    issue(IssueCode.ControlCharsRemoved, Severity.Info, { sheet: "Lô hàng", cell: "E2", row: 2 }, { column: "Tên hàng", count: 1 }),
    issue(IssueCode.ValueMissing, Severity.Error, { sheet: "Nhiệm vụ", cell: "B9", row: 9 }, { column: "Tên nhiệm vụ" }),
  ],
  ORDER,
);

describe("groupIssues", () => {
  it("leads with errors (workbook-wide first, then sheets in workbook order, unknown sheets last), then warnings, then notes", () => {
    const groups = groupIssues(ISSUES, ORDER);
    expect(
      groups.map((g) => [g.severity, g.count, g.sheets.map((s) => [s.sheet, s.entries.map((e) => (e.kind === "issue" ? (e.issue.cell ?? "-") : e.code))])]),
    ).toEqual([
      [
        "error",
        4,
        [
          [undefined, ["-"]],
          ["Nhiệm vụ", ["B9"]],
          ["Lô hàng", ["B5", "F13"]],
        ],
      ],
      ["warning", 1, [["Nhiệm vụ", ["K4"]]]],
      [
        "info",
        2,
        [
          ["Lô hàng", ["E2"]],
          ["Ghi chép", ["-"]],
        ],
      ],
    ]);
  });

  it("keeps only the severity asked for", () => {
    const warnings = groupIssues(ISSUES, ORDER, "warning");
    expect(warnings).toEqual([
      { severity: "warning", count: 1, sheets: [{ sheet: "Nhiệm vụ", count: 1, entries: [{ kind: "issue", issue: ISSUES.find((i) => i.cell === "K4") }] }] },
    ]);
    expect(groupIssues([], ORDER)).toEqual([]);
  });

  it("collapses warnings of one cause into one line from three on, never errors", () => {
    const empty = (n: number) => issue(IssueCode.ReportSectionEmpty, Severity.Warning, {}, { sections: `II.${n} “x”`, keys: `II.${n}`, count: 1 });
    const missing = (n: number) => issue(IssueCode.ValueMissing, Severity.Error, { sheet: "Lô hàng", cell: `B${n}`, row: n }, { column: "Ngày đăng ký" });
    const list = [...Array.from({ length: 20 }, (_, i) => empty(i + 1)), ...Array.from({ length: 10 }, (_, i) => missing(i + 2)), empty(99)];
    const groups = groupIssues(list, ORDER);
    expect(groups[0]!.severity).toBe("error");
    expect(groups[0]!.sheets[0]!.entries).toHaveLength(10);
    expect(groups[0]!.sheets[0]!.entries.every((e) => e.kind === "issue")).toBe(true);
    const warnings = groups[1]!.sheets[0]!;
    expect(warnings.count).toBe(21);
    expect(warnings.entries).toEqual([
      { kind: "cause", code: IssueCode.ReportSectionEmpty, severity: "warning", issues: list.filter((i) => i.severity === "warning") },
    ]);
    expect(groupIssues([empty(1), empty(2)], ORDER)[0]!.sheets[0]!.entries.map((e) => e.kind)).toEqual(["issue", "issue"]);
    expect(COLLAPSE_AT).toBe(3);
  });

  it("counts per sheet and severity, adding up to the whole list", () => {
    const counts = countsBySheet(ISSUES, ORDER);
    expect(counts).toEqual([
      { sheet: undefined, counts: { error: 1, warning: 0, info: 0 } },
      { sheet: "Nhiệm vụ", counts: { error: 1, warning: 1, info: 0 } },
      { sheet: "Lô hàng", counts: { error: 2, warning: 0, info: 1 } },
      { sheet: "Ghi chép", counts: { error: 0, warning: 0, info: 1 } },
    ]);
    expect(counts.reduce((n, c) => n + c.counts.error + c.counts.warning + c.counts.info, 0)).toBe(ISSUES.length);
  });
});

describe("an issue's line and target", () => {
  const f13 = ISSUES.find((i) => i.cell === "F13")!;

  it("starts with the location as Excel writes it, then the severity and the catalogue's message", () => {
    const vi = issueLine(f13, "vi");
    expect(vi.location).toBe("'Lô hàng'!F13");
    expect(vi.detail).toMatch(/^Lỗi: .*Số lượng/);
    expect(`${vi.location} ${vi.detail}`.startsWith("'Lô hàng'!F13 ")).toBe(true);
    expect(issueLine(f13, "en").detail).toMatch(/^Error: /);
  });

  it("selects the issue's cell, a sheet's first cell for a whole-sheet issue, nothing for a workbook-wide one", () => {
    expect(issueTarget(f13)).toEqual({ sheet: "Lô hàng", address: "F13" });
    expect(issueTarget(ISSUES.find((i) => i.code === IssueCode.SheetUnknown)!)).toEqual({ sheet: "Ghi chép", address: "A1" });
    expect(issueTarget(ISSUES.find((i) => i.code === IssueCode.SheetMissing)!)).toBeUndefined();
  });
});
