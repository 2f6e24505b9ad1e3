import { LANGS } from "../../src/core/i18n";
import { cliText } from "../../src/cli/cli-text";
import { fileProblemText } from "../../src/cli/cli-text";
import { outputFileProblemText } from "../../src/cli/outputs";
import { WorkbookFileProblemCode } from "../../src/hosts/node";
import { OutputFileProblemCode } from "../../src/hosts/node/output-files";

describe("the command line's catalogues", () => {
  it("name the file in every problem line, in both languages, and say it differently in each", () => {
    const lines = LANGS.map((lang) => [
      ...Object.values(WorkbookFileProblemCode).map((code) => fileProblemText({ code, params: { path: "a b.xlsx" } }, lang)),
      ...Object.values(OutputFileProblemCode).map((code) => outputFileProblemText({ code, params: { path: "a b.docx", detail: "EXYZ" } }, lang)),
    ]);
    for (const perLang of lines) for (const line of perLang) expect(line).toMatch(/“a b\.(xlsx|docx)”/);
    const [vi, en] = lines;
    vi!.forEach((line, i) => expect(line).not.toBe(en![i]));
  });

  it("give the help text and the --lang refusal in each language", () => {
    expect(cliText("vi").usage).toMatch(/^lap-bao-cao: kiểm tra sổ số liệu/);
    expect(cliText("en").usage).toMatch(/^lap-bao-cao: checks a report workbook/);
    expect(cliText("vi").langValue("fr")).toBe("--lang chỉ nhận vi hoặc en, không nhận “fr”");
  });
});
