import { chooseLang, launchOptions } from "../../../src/taskpane/host/launch-options";

describe("launchOptions", () => {
  it("reads the ribbon's action, the help view and the Word host", () => {
    expect(launchOptions("?action=check", "vi-VN")).toEqual({ action: "check", help: false, word: false, lang: "vi" });
    expect(launchOptions("?action=generate&lang=en", "vi-VN")).toEqual({ action: "generate", help: false, word: false, lang: "en" });
    expect(launchOptions("?view=help", "vi-VN")).toMatchObject({ action: undefined, help: true });
    expect(launchOptions("?host=word", "vi-VN")).toMatchObject({ word: true });
  });

  it("ignores an action it does not know", () => {
    expect(launchOptions("?action=delete", "vi-VN").action).toBeUndefined();
    expect(launchOptions("", undefined)).toEqual({ action: undefined, help: false, word: false, lang: "vi" });
  });
});

describe("chooseLang", () => {
  it("speaks English when Office does, Vietnamese otherwise", () => {
    expect(chooseLang(null, "en-US")).toBe("en");
    expect(chooseLang(null, "EN-gb")).toBe("en");
    expect(chooseLang(null, "vi-VN")).toBe("vi");
    expect(chooseLang(null, "fr-FR")).toBe("vi");
    expect(chooseLang(null, undefined)).toBe("vi");
  });

  it("lets ?lang= override Office, and ignores a language it does not have", () => {
    expect(chooseLang("vi", "en-US")).toBe("vi");
    expect(chooseLang(" EN ", "vi-VN")).toBe("en");
    expect(chooseLang("de", "en-US")).toBe("en");
  });
});
