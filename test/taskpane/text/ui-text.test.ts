import { UI_TEXT } from "../../../src/taskpane/text/ui-text";

/** Every string in the catalogue, functions called with sample arguments. */
function strings(value: unknown, path = ""): Array<[string, string]> {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") return [[path, String((value as (...a: string[]) => string)("X", "1", "2"))]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

describe("the task pane's words", () => {
  it("has the accessible names the browser tests look for", () => {
    expect(UI_TEXT.vi.tabs).toEqual({ check: "Kiểm tra", summary: "Tổng hợp", preview: "Xem trước", generate: "Tạo báo cáo" });
    expect(UI_TEXT.en.tabs).toEqual({ check: "Check", summary: "Summary", preview: "Preview", generate: "Write report" });
    expect([UI_TEXT.vi.runCheck, UI_TEXT.vi.writeReport, UI_TEXT.vi.otherLanguage]).toEqual(["Kiểm tra số liệu", "Tạo báo cáo", "English"]);
    expect([UI_TEXT.en.runCheck, UI_TEXT.en.writeReport, UI_TEXT.en.otherLanguage]).toEqual(["Check data", "Write report", "Tiếng Việt"]);
    expect(UI_TEXT.vi.noErrors).toBe("Không có lỗi: có thể lập báo cáo.");
    expect(UI_TEXT.vi.forceWrite).toBe("Vẫn lập báo cáo, bỏ qua các dòng lỗi");
  });

  it("says the same things in both languages", () => {
    const keys = (lang: "vi" | "en") => strings(UI_TEXT[lang]).map(([k]) => k);
    expect(keys("en")).toEqual(keys("vi"));
  });

  it("writes Vietnamese in NFC, without empty strings", () => {
    for (const [path, text] of strings(UI_TEXT.vi)) {
      expect([path, text.normalize("NFC")]).toEqual([path, text]);
      expect(text.trim().length).toBeGreaterThan(0);
    }
  });
});
