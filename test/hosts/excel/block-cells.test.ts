import { isDateFormat } from "../../../src/core/grid";
import { BlockConverter } from "../../../src/hosts/excel";
import { dateStylesFromXml } from "../../../src/xlsx";

describe("isDateFormat", () => {
  it.each(["dd/mm/yyyy", "d/m/yy", "[$-vi-VN]dd/mm/yyyy", "yyyy-mm-dd", "m/d/yyyy h:mm", "h:mm:ss", "[$-F800]dddd, mmmm dd, yyyy", "dd/mm/yyyy;@"])(
    "%j is a date",
    (code) => {
      expect(isDateFormat(code)).toBe(true);
    },
  );

  it.each(["General", "#,##0", "0.00%", "@", "0", "[Red]#,##0", '#,##0 "ngày"', '"Số "0', "_-* #,##0 ₫_-;-* #,##0 ₫_-", "0.0E+00", "\\d0"])(
    "%j is not a date",
    (code) => {
      expect(isDateFormat(code)).toBe(false);
    },
  );

  it("is what the file reader uses: a custom format is a date in a .xlsx exactly when it is one here", () => {
    const codes = ["dd/mm/yyyy", "#,##0", "[$-42A]d mmmm yyyy", "0.00%", "h:mm", "@"];
    const numFmts = codes.map((c, i) => `<numFmt numFmtId="${164 + i}" formatCode="${c}"/>`).join("");
    const xfs = codes.map((_c, i) => `<xf numFmtId="${164 + i}"/>`).join("");
    const styles = `<styleSheet><numFmts>${numFmts}</numFmts><cellXfs>${xfs}</cellXfs></styleSheet>`;
    expect(dateStylesFromXml(styles)).toEqual(codes.map((c) => isDateFormat(c)));
    expect(dateStylesFromXml(styles)).toContain(true);
    expect(dateStylesFromXml(styles)).toContain(false);
  });
});

describe("BlockConverter", () => {
  it("turns value types and formats into grid cells", () => {
    const c = new BlockConverter(0);
    expect(c.cell("#N/A", "Error", "General")).toEqual({ t: "e", v: "#N/A" });
    expect(c.cell("#REF!", "Error", "dd/mm/yyyy")).toEqual({ t: "e", v: "#REF!" });
    expect(c.cell(44197, "Double", "dd/mm/yyyy")).toEqual({ t: "d", v: 44197 });
    expect(c.cell(44197.5, "Double", "m/d/yyyy h:mm")).toEqual({ t: "d", v: 44197.5 });
    expect(c.cell(3339, "Double", "#,##0")).toEqual({ t: "n", v: 3339 });
    expect(c.cell(7, "Integer", "General")).toEqual({ t: "n", v: 7 });
    expect(c.cell("3.339", "String", "@")).toEqual({ t: "s", v: "3.339" });
    expect(c.cell(false, "Boolean", "General")).toEqual({ t: "b", v: false });
    expect(c.cell("", "Empty", "General")).toBeNull();
    expect(c.cell("", "String", "General")).toBeNull();
  });

  it("pads rows to column A, numbers them from the block's first row and leaves out blank rows", () => {
    const c = new BlockConverter(2);
    const out = c.convert(
      {
        values: [
          ["Số đăng ký", 44197],
          ["", ""],
          ["LH-1", "#DIV/0!"],
        ],
        valueTypes: [
          ["String", "Double"],
          ["Empty", "Empty"],
          ["String", "Error"],
        ],
        numberFormat: [
          ["@", "dd/mm/yyyy"],
          ["General", "General"],
          ["General", "0.00"],
        ],
      },
      5,
    );
    expect(out.rows).toEqual([
      { row: 5, cells: [null, null, { t: "s", v: "Số đăng ký" }, { t: "d", v: 44197 }] },
      { row: 7, cells: [null, null, { t: "s", v: "LH-1" }, { t: "e", v: "#DIV/0!" }] },
    ]);
    expect(out.bytes).toBeGreaterThan(6 * 24);
  });
});
