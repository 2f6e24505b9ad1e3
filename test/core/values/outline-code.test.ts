import { ValueProblem, normaliseOutlineCode, parseOutlineCode } from "../../../src/core/values";

describe("parseOutlineCode", () => {
  it.each([
    [{ t: "s", v: "1" }, "1"],
    [{ t: "s", v: "1.1" }, "1.1"],
    [{ t: "s", v: " 1.1.2 " }, "1.1.2"],
    [{ t: "s", v: "2." }, "2"],
    [{ t: "s", v: "01.02" }, "1.2"],
    [{ t: "s", v: "1.10" }, "1.10"],
    [{ t: "n", v: 1 }, "1"],
    [{ t: "n", v: 1.1 }, "1.1"],
    [{ t: "n", v: 2.12 }, "2.12"],
  ] as const)("%j → %s", (cell, code) => {
    expect(parseOutlineCode(cell, "Mã")).toBe(code);
  });

  it("reads a number cell typed 1.10 as 1.1, since Excel keeps no trailing zero", () => {
    expect(parseOutlineCode({ t: "n", v: 1.1 }, "Mã")).toBe(parseOutlineCode({ t: "n", v: Number("1.10") }, "Mã"));
  });

  it.each([
    [{ t: "s", v: "I" }, "I"],
    [{ t: "s", v: "1..2" }, "1..2"],
    [{ t: "s", v: "1.0" }, "1.0"],
    [{ t: "s", v: "a.1" }, "a.1"],
    [{ t: "n", v: 0 }, "0"],
    [{ t: "n", v: -1 }, "-1"],
    [{ t: "d", v: 44197 }, "44197"],
  ] as const)("%j is not a code", (cell, shown) => {
    expect(parseOutlineCode(cell, "Mã")).toEqual(new ValueProblem("code-invalid", { column: "Mã", value: shown }));
  });

  it("reports an Excel error value", () => {
    expect(parseOutlineCode({ t: "e", v: "#VALUE!" }, "Mã")).toEqual(new ValueProblem("excel-error", { column: "Mã", value: "#VALUE!" }));
  });

  it("normalises code text", () => {
    expect(normaliseOutlineCode("3.01.")).toBe("3.1");
    expect(normaliseOutlineCode("")).toBeUndefined();
  });
});
