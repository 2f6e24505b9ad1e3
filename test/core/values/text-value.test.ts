import { ValueProblem, numberText, parseText, removeControlChars } from "../../../src/core/values";

describe("parseText", () => {
  it("trims text and composes it to NFC", () => {
    expect(parseText({ t: "s", v: "  Nguyễn Thị Hà\u00a0".normalize("NFD") }, "Chủ nhiệm", false)).toBe("Nguyễn Thị Hà");
  });

  it("keeps line breaks and tabs inside the text", () => {
    expect(parseText({ t: "s", v: "dòng 1\ndòng\t2" }, "Nội dung", false)).toBe("dòng 1\ndòng\t2");
  });

  it("writes numbers, dates and booleans as Excel shows them", () => {
    expect(parseText({ t: "n", v: 12345 }, "Mã nhiệm vụ", false)).toBe("12345");
    expect(parseText({ t: "n", v: 0.1 + 0.2 }, "Mã nhiệm vụ", false)).toBe("0.3");
    expect(parseText({ t: "d", v: 44197 }, "Ghi chú", false)).toBe("01/01/2021");
    expect(parseText({ t: "b", v: true }, "Ghi chú", false)).toBe("TRUE");
  });

  it("removes control characters and says how many, as information", () => {
    expect(parseText({ t: "s", v: "Cân\u0007 điện\u000b tử\uffff" }, "Phương tiện đo", false)).toEqual(
      new ValueProblem("control-chars-removed", { column: "Phương tiện đo", count: 3 }, "info", "Cân điện tử"),
    );
  });

  it("reports an Excel error value", () => {
    expect(parseText({ t: "e", v: "#REF!" }, "Tên hàng", false)).toEqual(new ValueProblem("excel-error", { column: "Tên hàng", value: "#REF!" }));
  });
});

describe("removeControlChars and numberText", () => {
  it("counts what it removes and keeps tab, LF, CR", () => {
    expect(removeControlChars("a\u0000b\tc\r\nd\u001f")).toEqual({ text: "ab\tc\r\nd", removed: 2 });
  });

  it("prints numbers with up to 15 significant digits", () => {
    expect(numberText(1.1)).toBe("1.1");
    expect(numberText(1e21)).toBe("1e+21");
    expect(numberText(-0)).toBe("0");
  });
});
