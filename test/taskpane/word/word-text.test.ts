import { INSERT_PLACES, WordProblemCode } from "../../../src/hosts/word";
import { XlsxBytesProblemCode } from "../../../src/hosts/browser";
import { wordText } from "../../../src/taskpane/word";

describe("wordText", () => {
  it.each(["vi", "en"] as const)("has a distinct, NFC message for every problem and place (%s)", (lang) => {
    const t = wordText(lang);
    const problems = Object.values(WordProblemCode).map((code) =>
      t.wordProblem({ code, method: "document", set: "WordApi 1.1", errorCode: "GeneralException" }),
    );
    const files = Object.values(XlsxBytesProblemCode).map((code) => t.fileProblems[code]);
    const places = INSERT_PLACES.map((p) => t.places[p]);
    for (const list of [problems, files, places]) {
      expect(new Set(list).size).toBe(list.length);
      for (const text of list) expect(text.normalize("NFC")).toBe(text);
    }
    expect(t.wordProblem({ code: "unsupported", method: "unsupported", set: "WordApi 1.3" })).toContain("WordApi 1.3");
    expect(t.wordProblem({ code: "failed", method: "body", errorCode: "GeneralException" })).toContain("GeneralException");
  });

  it("offers the download whenever Word cannot take the report", () => {
    for (const code of Object.values(WordProblemCode)) {
      for (const method of ["new-document", "document", "body"] as const) {
        expect(wordText("vi").wordProblem({ code, method })).toMatch(/tải tệp \.docx về/);
        expect(wordText("en").wordProblem({ code, method })).toMatch(/[Dd]ownload the \.docx/);
      }
    }
  });

  it("names the four places in Vietnamese as the brief gives them", () => {
    expect(INSERT_PLACES.map((p) => wordText("vi").places[p])).toEqual(["Đầu văn bản", "Cuối văn bản", "Thay toàn bộ nội dung", "Văn bản mới"]);
  });

  it.each(["vi", "en"] as const)("words every living-report problem distinctly, naming the workbook, in NFC (%s)", (lang) => {
    const t = wordText(lang).living;
    const problems = Object.values(t.problems).map((f) => f("so-lieu 2021.xlsx"));
    expect(new Set(problems).size).toBe(problems.length);
    for (const [code, f] of Object.entries(t.problems)) if (code !== "no-location") expect(f("so-lieu 2021.xlsx")).toContain("so-lieu 2021.xlsx");
    const all = [...problems, t.heading, t.listLabel, t.show, t.keep, t.useFresh, t.accept, t.kept, t.highlightHint, t.changed("II.6.1 lô hàng", "840", "852")];
    for (const text of all) expect(text.normalize("NFC")).toBe(text);
    expect(t.changed("II.6.1 lô hàng", "840", "852")).toBe("II.6.1 lô hàng: 840 → 852");
  });

  it("says the living report's words in each language, not the other's", () => {
    const vi = wordText("vi").living;
    const en = wordText("en").living;
    expect([vi.keep, vi.useFresh, vi.accept, vi.fromOneDrive("a.xlsx")]).toEqual([
      "Giữ chữ đã sửa",
      "Dùng số mới",
      "Chấp nhận thay đổi",
      "Đã lấy sổ số liệu từ OneDrive: a.xlsx",
    ]);
    for (const key of [
      "heading",
      "listLabel",
      "noChanges",
      "show",
      "keep",
      "useFresh",
      "kept",
      "useFreshFailed",
      "selectFailed",
      "highlightHint",
      "accept",
      "acceptFailed",
    ] as const)
      expect(en[key]).not.toBe(vi[key]);
  });
});
