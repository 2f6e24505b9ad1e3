import { IssueCode, Severity, issue } from "../../../src/core/issues";
import { summarise } from "../../../src/core/summarise";
import { H1_2021, d, lot, sheetOf, workbook } from "../fixtures/records";

const lots = sheetOf("lots", [
  lot(3, { group: "Đồ chơi trẻ em", registeredOn: d("2021-01-01") }),
  lot(4, { group: "Đồ chơi trẻ em", registeredOn: d("2021-06-30"), result: "Không đạt" }),
  lot(5, { group: "Thép", registeredOn: d("2020-12-31") }),
  lot(6, { group: "Đồ điện, điện tử", result: "Đang xử lý" }),
  lot(7, { group: "Thép", registeredOn: d("2021-07-01") }),
  lot(8, { group: "Đồ chơi trẻ em" }),
  lot(9, { group: "Mũ bảo hiểm" }),
]);
const issues = [
  issue(IssueCode.DuplicateValue, Severity.Error, { sheet: "Lô hàng", cell: "A9", row: 9 }, { column: "Số đăng ký", value: "2021/0001-LS", otherCell: "A8" }),
  issue(IssueCode.ColumnUnknown, Severity.Info, { sheet: "Lô hàng" }, { columns: "Ghi chú nội bộ" }),
];
const src = (...ranges: string[]) => [{ sheet: "Lô hàng", ranges }];

describe("lots summary", () => {
  const summary = summarise(workbook({ lots }), issues, H1_2021);

  it("counts lots registered in the period, pointing at their registration dates", () => {
    expect(summary.lots.total).toEqual({ value: 4, sources: src("B3:B4", "B6", "B8") });
  });

  it("counts by group and by result, every value listed, the group or result cells as sources", () => {
    expect(summary.lots.byGroup).toEqual({
      "Đồ chơi trẻ em": { value: 3, sources: src("D3:D4", "D8") },
      "Đồ điện, điện tử": { value: 1, sources: src("D6") },
      Thép: { value: 0, sources: [] },
      "Mũ bảo hiểm": { value: 0, sources: [] },
      Khác: { value: 0, sources: [] },
    });
    expect(summary.lots.byResult).toEqual({
      Đạt: { value: 2, sources: src("I3", "I8") },
      "Không đạt": { value: 1, sources: src("I4") },
      "Đang xử lý": { value: 1, sources: src("I6") },
    });
    expect(Object.keys(summary.lots.byGroup)).toEqual(["Đồ chơi trẻ em", "Đồ điện, điện tử", "Thép", "Mũ bảo hiểm", "Khác"]);
  });

  it("accounts for every row", () => {
    expect(summary.rows.lots).toEqual({ total: 7, counted: 4, outsidePeriod: 2, excluded: 1 });
  });

  it("follows the sheet's own name and columns", () => {
    const moved = { ...sheetOf("lots", [lot(12)], "LoHang 2021"), columns: { registeredOn: 5, group: 7, result: 2 } };
    const s = summarise(
      workbook({ lots: moved }),
      [issue(IssueCode.DuplicateValue, Severity.Error, { sheet: "Lô hàng", row: 12 }, { column: "Số đăng ký", value: "2021/0012-LS", otherCell: "A11" })],
      H1_2021,
    );
    expect(s.lots.total).toEqual({ value: 1, sources: [{ sheet: "LoHang 2021", ranges: ["F12"] }] });
    expect(s.lots.byGroup["Thép"]).toEqual({ value: 1, sources: [{ sheet: "LoHang 2021", ranges: ["H12"] }] });
  });
});
