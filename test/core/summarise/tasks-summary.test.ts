import { IssueCode, Severity, issue } from "../../../src/core/issues";
import { summarise } from "../../../src/core/summarise";
import { H1_2021, d, sheetOf, task, workbook } from "../fixtures/records";

const NN = "Nông nghiệp và phát triển nông thôn" as const;

const tasks = sheetOf("tasks", [
  task(2),
  task(3, { start: d("2021-07-01") }),
  task(4, { status: "Đã nghiệm thu", acceptedOn: d("2020-12-31") }),
  task(5, { field: NN, level: "Quốc gia", status: "Đã nghiệm thu", acceptedOn: d("2021-03-15") }),
  task(6, { status: "Dừng", end: d("2020-12-31") }),
  task(7, { field: "Xã hội - nhân văn", status: "Dừng", end: d("2021-01-01") }),
  task(8, { status: "Đã nghiệm thu", acceptedOn: d("2020-11-01"), certifiedOn: d("2021-06-30") }),
  task(9, { field: "Kỹ thuật - công nghệ", level: "Cơ sở", start: d("2021-06-30") }),
  task(10),
  task(12, { field: NN, status: "Đã nghiệm thu", acceptedOn: d("2021-01-01") }),
  task(13, { status: "Đã nghiệm thu", acceptedOn: d("2021-07-01") }),
]);

const issues = [
  issue(
    IssueCode.EndBeforeStart,
    Severity.Error,
    { sheet: "Nhiệm vụ", cell: "H10", row: 10 },
    { column: "Ngày kết thúc", start: "01/02/2021", end: "01/01/2021", startCell: "G10" },
  ),
  issue(IssueCode.DateWithoutStatus, Severity.Warning, { sheet: "Nhiệm vụ", cell: "K2", row: 2 }, { column: "Ngày nghiệm thu", status: "Đang thực hiện" }),
  issue(IssueCode.DuplicateValue, Severity.Error, { sheet: "Lô hàng", cell: "A5", row: 5 }, { column: "Số đăng ký", value: "2021/0005-LS", otherCell: "A4" }),
];

const src = (...ranges: string[]) => [{ sheet: "Nhiệm vụ", ranges }];

describe("tasks summary", () => {
  const summary = summarise(workbook({ tasks }), issues, H1_2021);

  it("counts tasks managed, accepted and certified in the period, with their cells", () => {
    expect(summary.tasks.managed).toEqual({ value: 6, sources: src("A2", "A5", "A7", "A9", "A12:A13") });
    expect(summary.tasks.accepted).toEqual({ value: 2, sources: src("K5", "K12") });
    expect(summary.tasks.certificates).toEqual({ value: 1, sources: src("L8") });
  });

  it("breaks the managed tasks down by field and level, every value listed in contract order", () => {
    expect(summary.tasks.byField).toEqual({
      [NN]: { value: 2, sources: src("D5", "D12") },
      "Xã hội - nhân văn": { value: 1, sources: src("D7") },
      "Y dược": { value: 2, sources: src("D2", "D13") },
      "Kỹ thuật - công nghệ": { value: 1, sources: src("D9") },
      "Khoa học tự nhiên": { value: 0, sources: [] },
    });
    expect(Object.keys(summary.tasks.byField)).toEqual([NN, "Xã hội - nhân văn", "Y dược", "Kỹ thuật - công nghệ", "Khoa học tự nhiên"]);
    expect(summary.tasks.byLevel).toEqual({
      "Quốc gia": { value: 1, sources: src("C5") },
      Tỉnh: { value: 4, sources: src("C2", "C7", "C12:C13") },
      "Cơ sở": { value: 1, sources: src("C9") },
    });
    expect(Object.keys(summary.tasks.byLevel)).toEqual(["Quốc gia", "Tỉnh", "Cơ sở"]);
  });

  it("lists the accepted and certified tasks in sheet order with their dates", () => {
    expect(summary.tasks.acceptedTasks).toEqual([
      { row: 5, code: "NV-5", title: "Nhiệm vụ 5", field: NN, level: "Quốc gia", date: d("2021-03-15") },
      { row: 12, code: "NV-12", title: "Nhiệm vụ 12", field: NN, level: "Tỉnh", date: d("2021-01-01") },
    ]);
    expect(summary.tasks.certifiedTasks).toEqual([{ row: 8, code: "NV-8", title: "Nhiệm vụ 8", field: "Y dược", level: "Tỉnh", date: d("2021-06-30") }]);
  });

  it("accounts for every row: counted in any figure, outside the period, or excluded by an error", () => {
    expect(summary.rows.tasks).toEqual({ total: 11, counted: 7, outsidePeriod: 3, excluded: 1 });
  });

  it("counts the error row once its error is gone", () => {
    const clean = summarise(workbook({ tasks }), [], H1_2021);
    expect(clean.tasks.managed.value).toBe(7);
    expect(clean.rows.tasks).toEqual({ total: 11, counted: 8, outsidePeriod: 3, excluded: 0 });
  });

  it("excludes a row that lacks a value the rules need (its column was not found)", () => {
    const partial = summarise(workbook({ tasks: sheetOf("tasks", [task(2, { start: undefined }), task(3)]) }), [], H1_2021);
    expect(partial.tasks.managed).toEqual({ value: 1, sources: src("A3") });
    expect(partial.rows.tasks).toEqual({ total: 2, counted: 1, outsidePeriod: 0, excluded: 1 });
  });
});
