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
});
