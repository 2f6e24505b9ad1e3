import { CALIBRATIONS_SHEET, FINANCE_SHEET, LOTS_SHEET, type ColumnSpec, type SheetSpec } from "../../../src/core/schema";
import { ColumnReader, ValueProblem, categoryMatcher, isBlankCell } from "../../../src/core/values";

const column = (sheet: SheetSpec, key: string): ColumnSpec => sheet.columns.find((c) => c.key === key)!;

describe("ColumnReader", () => {
  it("reads each contract type with the column's rule", () => {
    expect(new ColumnReader(column(LOTS_SHEET, "registeredOn"), false).read({ t: "s", v: "02/01/2021" })).toBe(18629);
    expect(new ColumnReader(column(LOTS_SHEET, "quantity"), false).read({ t: "s", v: "3.339" })).toBe(3339);
    expect(new ColumnReader(column(LOTS_SHEET, "group"), false).read({ t: "s", v: "mũ bảo hiểm" })).toBe("Mũ bảo hiểm");
    expect(new ColumnReader(column(FINANCE_SHEET, "code"), false).read({ t: "n", v: 1.2 })).toBe("1.2");
    expect(new ColumnReader(column(LOTS_SHEET, "registrationNo"), false).read({ t: "n", v: 12345 })).toBe("12345");
  });

  it("refuses fractions in an integer column and zero where it must be positive", () => {
    const qty = new ColumnReader(column(CALIBRATIONS_SHEET, "quantity"), false);
    expect(qty.read({ t: "n", v: 2.5 })).toEqual(new ValueProblem("number-not-integer", { column: "Số lượng", value: 2.5 }));
    expect(qty.read({ t: "n", v: 0 })).toEqual(new ValueProblem("number-not-positive", { column: "Số lượng", value: 0 }));
  });

  it("shares one category matcher per list of values", () => {
    expect(categoryMatcher(column(LOTS_SHEET, "group").values!)).toBe(categoryMatcher(column(LOTS_SHEET, "group").values!));
  });
});

describe("isBlankCell", () => {
  it("treats empty slots and whitespace-only text as blank, nothing else", () => {
    expect(isBlankCell(null)).toBe(true);
    expect(isBlankCell(undefined)).toBe(true);
    expect(isBlankCell({ t: "s", v: "" })).toBe(true);
    expect(isBlankCell({ t: "s", v: " \u00a0\n\u200b" })).toBe(true);
    expect(isBlankCell({ t: "s", v: " x" })).toBe(false);
    expect(isBlankCell({ t: "n", v: 0 })).toBe(false);
    expect(isBlankCell({ t: "e", v: "#N/A" })).toBe(false);
  });
});
