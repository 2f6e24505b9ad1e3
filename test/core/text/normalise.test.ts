import { cleanLabel, looseKey, matchKey, withoutBrackets } from "../../../src/core/text";

describe("matchKey", () => {
  it.each([
    ["hoà", "hòa"],
    ["Hoà Bình", "HÒA BÌNH"],
    ["uỷ ban", "ủy ban"],
    ["thuỷ lợi", "thủy lợi"],
    ["Lô hàng", "LÔ HÀNG"],
    ["Đồ chơi trẻ em", "đồ chơi trẻ em"],
    ["  Số\u00a0đăng\n ký ", "Số đăng ký"],
    ["Lo_hang", "lo hang"],
    ["Xã hội-nhân văn", "Xã hội - nhân văn"],
  ])("%j and %j give the same key", (a, b) => {
    expect(matchKey(a)).toBe(matchKey(b));
  });

  it("keeps apart what differs in more than tone placement", () => {
    expect(matchKey("hòa")).not.toBe(matchKey("hóa"));
    expect(matchKey("Lô hàng")).not.toBe(matchKey("lo hang"));
    expect(matchKey("mũ")).not.toBe(matchKey("mụ"));
  });

  it("reads decomposed (NFD) input like composed input", () => {
    expect(matchKey("Lô hàng".normalize("NFD"))).toBe(matchKey("Lô hàng"));
  });

  it("is empty for whitespace only", () => {
    expect(matchKey(" \u00a0\n")).toBe("");
  });
});

describe("looseKey", () => {
  it.each(["Lô hàng", "lo hang", "LÔ HÀNG", "Lo_hang", "LoHang", "lô-hàng"])("%j → lohang", (s) => {
    expect(looseKey(s)).toBe("lohang");
  });

  it("turns đ into d and drops punctuation", () => {
    expect(looseKey("Đồ điện, điện tử")).toBe("dodiendientu");
    expect(looseKey("Registration no.")).toBe("registrationno");
  });
});

describe("withoutBrackets and cleanLabel", () => {
  it("drops a unit in brackets, closed or not", () => {
    expect(withoutBrackets("Kinh phí (triệu đồng)").trim()).toBe("Kinh phí");
    expect(withoutBrackets("Kinh phí [trđ]").trim()).toBe("Kinh phí");
    expect(withoutBrackets("Kinh phí (triệu").trim()).toBe("Kinh phí");
  });

  it("collapses whitespace and composes to NFC", () => {
    expect(cleanLabel(" Ghi\u00a0chú\n(khác) ".normalize("NFD"))).toBe("Ghi chú (khác)");
  });
});
