import { checkWorkbook } from "../../../src/core/check";
import { d, sheetOf, task, workbook } from "../fixtures/records";

const check = (...records: Parameters<typeof task>[]) =>
  checkWorkbook(
    workbook({
      tasks: sheetOf(
        "tasks",
        records.map((r) => task(...r)),
      ),
    }),
  );

describe("task rules", () => {
  it("reports an end date before the start on the end cell", () => {
    expect(check([9, { start: d("2021-05-10"), end: d("2021-05-09") }])).toEqual([
      {
        code: "end-before-start",
        severity: "error",
        sheet: "Nhiệm vụ",
        cell: "H9",
        row: 9,
        params: { column: "Ngày kết thúc", start: "10/05/2021", end: "09/05/2021", startCell: "G9" },
      },
    ]);
  });

  it("accepts an end on the start day", () => {
    expect(check([9, { start: d("2021-05-10"), end: d("2021-05-10") }])).toEqual([]);
  });

  it("requires an acceptance date for status Đã nghiệm thu", () => {
    expect(check([4, { status: "Đã nghiệm thu" }])).toEqual([
      {
        code: "status-needs-date",
        severity: "error",
        sheet: "Nhiệm vụ",
        cell: "K4",
        row: 4,
        params: { column: "Ngày nghiệm thu", status: "Đã nghiệm thu" },
      },
    ]);
    expect(check([4, { status: "Đã nghiệm thu", acceptedOn: d("2021-04-01") }])).toEqual([]);
  });

  it("warns of an acceptance date under another status", () => {
    expect(check([6, { status: "Đang thực hiện", acceptedOn: d("2021-04-01") }])).toEqual([
      {
        code: "date-without-status",
        severity: "warning",
        sheet: "Nhiệm vụ",
        cell: "K6",
        row: 6,
        params: { column: "Ngày nghiệm thu", status: "Đang thực hiện" },
      },
    ]);
    expect(check([6, { status: "Đang thực hiện" }])).toEqual([]);
  });

  it("leaves an unread status to the reader", () => {
    expect(check([6, { status: undefined, acceptedOn: d("2021-04-01") }])).toEqual([]);
  });

  it("finds all problems of all rows in one pass, in row order", () => {
    const found = check(
      [2, { code: "X", status: "Đã nghiệm thu", start: d("2021-02-01"), end: d("2021-01-01") }],
      [3, { code: "Y" }],
      [4, { code: "x", acceptedOn: d("2021-04-01") }],
    );
    expect(found.map((i) => [i.code, i.cell])).toEqual([
      ["end-before-start", "H2"],
      ["status-needs-date", "K2"],
      ["duplicate-value", "A4"],
      ["date-without-status", "K4"],
    ]);
  });
});
