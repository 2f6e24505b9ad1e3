import { checkWorkbook } from "../../../src/core/check";
import type { FinanceRecord } from "../../../src/core/model";
import { financeLine as line, sheetOf, workbook } from "../fixtures/records";
import { paramsOf } from "../../support/issue-params";

const check = (...lines: FinanceRecord[]) => checkWorkbook(workbook({ finance: sheetOf("finance", lines) }));

describe("finance rules", () => {
  it("accepts a tree whose parents equal the sums of their children", () => {
    expect(
      check(
        line(2, "1", "Thu", 300, 150, { estimate: 310 }),
        line(3, "1.1", "Thu", 100, 50, { estimate: 110 }),
        line(4, "1.2", "Thu", 200, 100, { estimate: 200 }),
        line(5, "2", "Chi", 250, 100),
        line(6, "2.1", "Chi", 250, 100),
        line(7, "2.1.1", "Chi", 50, 25),
        line(8, "2.1.2", "Chi", 200, 75),
      ),
    ).toEqual([]);
  });

  it("reports a parent that differs from its children, naming them and the difference", () => {
    expect(check(line(2, "1", "Thu", 310, 150), line(3, "1.1", "Thu", 100, 50), line(4, "1.2", "Thu", 200, 100), line(6, "1.3", "Thu", 0, 0))).toEqual([
      {
        code: "finance-sum-mismatch",
        severity: "error",
        sheet: "Tài chính",
        cell: "D2",
        row: 2,
        params: { column: "Dự toán năm (đồng)", value: 310, sum: 300, difference: 10, children: "D3:D4, D6" },
      },
    ]);
  });

  it("checks only direct children: 1 is the sum of 1.1 and 1.2, not of 1.1.1", () => {
    const found = check(line(2, "1", "Chi", 30, 30), line(3, "1.1", "Chi", 10, 12), line(4, "1.1.1", "Chi", 10, 10), line(5, "1.2", "Chi", 20, 20));
    expect(found.map((i) => [i.cell, paramsOf(i).value, paramsOf(i).sum, paramsOf(i).difference, paramsOf(i).children])).toEqual([
      ["E2", 30, 32, -2, "E3, E5"],
      ["E3", 12, 10, 2, "E4"],
    ]);
  });

  it("checks the estimate once a parent or a child has one, a blank counting as 0", () => {
    const found = check(line(2, "1", "Thu", 10, 10), line(3, "1.1", "Thu", 10, 10, { estimate: 12 }));
    expect(found).toEqual([
      {
        code: "finance-sum-mismatch",
        severity: "error",
        sheet: "Tài chính",
        cell: "F2",
        row: 2,
        params: { column: "Ước cả năm (đồng)", value: 0, sum: 12, difference: -12, children: "F3" },
      },
    ]);
    expect(check(line(2, "1", "Thu", 10, 10), line(3, "1.1", "Thu", 10, 10))).toEqual([]);
  });

  it("does not judge a sum when a required amount could not be read", () => {
    expect(check(line(2, "1", "Thu", 10, 10), line(3, "1.1", "Thu", 10, 10, { plan: undefined }))).toEqual([]);
  });

  it("ignores floating-point noise in decimal amounts", () => {
    expect(check(line(2, "1", "Thu", 0.3, 0.3), line(3, "1.1", "Thu", 0.1, 0.1), line(4, "1.2", "Thu", 0.2, 0.2))).toEqual([]);
  });

  it("warns of a line whose parent code is missing", () => {
    expect(check(line(2, "1", "Thu", 5, 5), line(3, "1.1", "Thu", 5, 5), line(4, "2.1", "Chi", 5, 5))).toEqual([
      {
        code: "finance-parent-missing",
        severity: "warning",
        sheet: "Tài chính",
        cell: "A4",
        row: 4,
        params: { column: "Mã", code: "2.1", parent: "2" },
      },
    ]);
  });

  it("reports a child of another kind on its kind cell", () => {
    expect(check(line(2, "1", "Thu", 5, 5), line(3, "1.1", "Chi", 5, 5))).toEqual([
      {
        code: "finance-kind-mismatch",
        severity: "error",
        sheet: "Tài chính",
        cell: "C3",
        row: 3,
        params: { column: "Loại", code: "1.1", parent: "1" },
      },
    ]);
  });

  it("finds a parent that comes after its children", () => {
    const found = check(line(2, "1.1", "Thu", 5, 5), line(3, "1.2", "Thu", 5, 5), line(4, "1", "Thu", 9, 10));
    expect(found.map((i) => [i.code, i.cell, paramsOf(i).children])).toEqual([["finance-sum-mismatch", "D4", "D2:D3"]]);
  });
});
