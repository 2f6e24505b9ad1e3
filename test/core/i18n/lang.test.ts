import { LANGS, Lang, parseLang } from "../../../src/core/i18n";

describe("parseLang", () => {
  it("reads a language code as typed, in any case and with spaces around it", () => {
    expect(parseLang("vi")).toBe(Lang.Vi);
    expect(parseLang(" EN ")).toBe(Lang.En);
  });

  it("answers undefined for anything else, so the caller says what is wrong", () => {
    expect(parseLang("fr")).toBeUndefined();
    expect(parseLang("")).toBeUndefined();
    expect(parseLang(undefined)).toBeUndefined();
  });

  it("offers Vietnamese first", () => {
    expect(LANGS).toEqual(["vi", "en"]);
  });
});
