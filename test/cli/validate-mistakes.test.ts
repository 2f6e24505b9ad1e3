// `validate` on the mistakes samples: every planned outcome at its cell, nothing
// on the cells that must be accepted, the text grouped by sheet, English on request.
import { MISSING_COLUMN_FILE, MISTAKES_FILE, PLANNED_OUTCOMES, type PlannedOutcome } from "../../examples/sample-data";
import { IssueCode, type IssueJson } from "../../src/core/issues";
import { runCliCaptured, type CliRun } from "../support/cli-run";
import { MISSING_COLUMN_SAMPLE, MISTAKES_SAMPLE } from "../support/reference-report";

const planned = (file: string) => PLANNED_OUTCOMES.filter((o) => o.file === file);
const describeOutcome = (o: PlannedOutcome) => `${o.sheet}!${o.cell ?? "-"} ${o.code ?? "accepted"} ${o.severity ?? ""}`;

/** The issues that stand for a planned outcome. A missing sheet is not in the workbook, so its issue names it in the message only. */
function matching(issues: ReadonlyArray<IssueJson>, o: PlannedOutcome): IssueJson[] {
  if (o.code === IssueCode.SheetMissing) {
    return issues.filter((i) => i.code === o.code && i.severity === o.severity && i.sheet === null && i.message.includes(`“${o.sheet}”`));
  }
  return issues.filter((i) => i.code === o.code && i.severity === o.severity && i.sheet === o.sheet && (o.cell === undefined || i.cell === o.cell));
}

describe("validate on bao-cao-co-loi.xlsx", () => {
  let json: CliRun;
  let issues: IssueJson[];
  let text: CliRun;

  beforeAll(async () => {
    json = await runCliCaptured(["validate", MISTAKES_SAMPLE, "--json"]);
    issues = JSON.parse(json.stdout) as IssueJson[];
    text = await runCliCaptured(["validate", MISTAKES_SAMPLE]);
  });

  test("exits 1", () => {
    expect(json.code).toBe(1);
    expect(text.code).toBe(1);
  });

  test("reports every planned mistake at its sheet and cell, with its code and severity", () => {
    const withCode = planned(MISTAKES_FILE).filter((o) => o.code !== undefined);
    expect(withCode.length).toBe(30);
    const missing = withCode.filter((o) => matching(issues, o).length !== 1).map(describeOutcome);
    expect(missing).toEqual([]);
  });

  test("says nothing about a cell that must be accepted", () => {
    const accepted = planned(MISTAKES_FILE).filter((o) => o.code === undefined && o.cell !== undefined);
    expect(accepted.length).toBe(37);
    const noisy = accepted.filter((o) => issues.some((i) => i.sheet === o.sheet && i.cell === o.cell)).map(describeOutcome);
    expect(noisy).toEqual([]);
  });

  test("has no error beyond the planted ones", () => {
    const plantedErrors = planned(MISTAKES_FILE).filter((o) => o.severity === "error");
    const errors = issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => `${i.sheet}!${i.cell}`).sort()).toEqual(plantedErrors.map((o) => `${o.sheet}!${o.cell}`).sort());
  });

  test("groups the text by sheet, with counts that match the issues, naming cells as 'Sheet'!A1", () => {
    const headers = text.out.filter((l) => / — \d+ lỗi, \d+ cảnh báo, \d+ thông tin$/.test(l));
    const sheets = headers.map((h) => h.split(" — ")[0]);
    expect(sheets).toEqual(["Thông tin", "Nhiệm vụ", "Lô hàng", "Kiểm định", "Tài chính", "Hoạt động", "Danh mục hoạt động", "Nội dung"]);
    for (const header of headers) {
      const sheet = header.split(" — ")[0]!;
      const of = issues.filter((i) => (i.sheet ?? "Cả tệp") === sheet);
      const n = (s: string) => of.filter((i) => i.severity === s).length;
      expect(header).toBe(`${sheet} — ${n("error")} lỗi, ${n("warning")} cảnh báo, ${n("info")} thông tin`);
      // The group's lines follow its header until the blank line.
      const start = text.out.indexOf(header) + 1;
      const lines = text.out.slice(start, text.out.indexOf("", start));
      expect(lines).toHaveLength(of.length);
      // A cell as Excel writes it, or the sheet's name alone for an issue about the whole sheet (an empty section).
      if (sheet !== "Cả tệp") for (const l of lines) expect(l).toMatch(new RegExp(`^  (LỖI|CẢNH BÁO|THÔNG TIN) +('${sheet}'![A-Z]+\\d+|${sheet}) `));
    }
    expect(text.out).toContainEqual(expect.stringMatching(/^ {2}LỖI {7}'Lô hàng'!B13 {2}“2022\/0005-LS” bị trùng với ô B8/));
    expect(text.out).toContain("Lô hàng — 7 lỗi, 0 cảnh báo, 0 thông tin");
    const e = issues.filter((i) => i.severity === "error").length;
    const w = issues.filter((i) => i.severity === "warning").length;
    const n = issues.filter((i) => i.severity === "info").length;
    expect(text.out).toContain(`${e} lỗi, ${w} cảnh báo, ${n} thông tin`);
    expect(text.out[text.out.length - 1]).toBe("Hãy sửa các lỗi trên rồi kiểm tra lại.");
  });

  test("--lang en gives the same issues in English", async () => {
    const en = await runCliCaptured(["validate", MISTAKES_SAMPLE, "--json", "--lang", "en"]);
    expect(en.code).toBe(1);
    const enIssues = JSON.parse(en.stdout) as IssueJson[];
    expect(enIssues.map(({ severity, code, sheet, cell }) => ({ severity, code, sheet, cell }))).toEqual(
      issues.map(({ severity, code, sheet, cell }) => ({ severity, code, sheet, cell })),
    );
    enIssues.forEach((i, k) => expect(i.message).not.toBe(issues[k]!.message));
    const b13 = enIssues.find((i) => i.sheet === "Lô hàng" && i.cell === "B13");
    expect(b13?.message).toBe("“2022/0005-LS” repeats cell B8; column “Số đăng ký” must not hold the same value twice.");

    const enText = await runCliCaptured(["validate", MISTAKES_SAMPLE, "--lang=en"]);
    expect(enText.out).toContain("Lô hàng — 7 error(s), 0 warning(s), 0 info");
    expect(enText.out[enText.out.length - 1]).toBe("Fix the errors above, then check again.");
    expect(enText.stdout).not.toMatch(/ LỖI |CẢNH BÁO|Hãy sửa/);
  });
});

describe("validate on bao-cao-thieu-cot.xlsx", () => {
  test("reports the missing column, the five missing optional sheets and the unknown sheet", async () => {
    const run = await runCliCaptured(["validate", MISSING_COLUMN_SAMPLE, "--json"]);
    expect(run.code).toBe(1);
    const issues = JSON.parse(run.stdout) as IssueJson[];
    const outcomes = planned(MISSING_COLUMN_FILE);
    expect(outcomes).toHaveLength(3);
    expect(outcomes.filter((o) => matching(issues, o).length !== 1).map(describeOutcome)).toEqual([]);
    // "likewise Lô hàng, Tài chính, Hoạt động, Nội dung"
    const missingSheets = issues.filter((i) => i.code === IssueCode.SheetMissing);
    expect(missingSheets.map((i) => [i.severity, /“([^”]+)”/.exec(i.message)?.[1]])).toEqual([
      ["warning", "Nhiệm vụ"],
      ["warning", "Lô hàng"],
      ["warning", "Tài chính"],
      ["warning", "Hoạt động"],
      ["warning", "Nội dung"],
    ]);
    expect(issues.filter((i) => i.severity === "error").map((i) => [i.code, i.sheet, i.message])).toEqual([
      [IssueCode.ColumnMissing, "Kiểm định", "Thiếu cột bắt buộc “Đơn vị tính”. Hãy thêm cột này vào dòng tiêu đề."],
    ]);
  });
});
