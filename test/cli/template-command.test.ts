// `template` writes a blank workbook that `validate` reads back cleanly.
import { existsSync, readFileSync } from "node:fs";
import { IssueCode, type IssueJson } from "../../src/core/issues";
import { DEFAULT_TEMPLATE_PATH } from "../../src/cli/template-command";
import { runCliCaptured, tempDir } from "../support/cli-run";

const tmp = tempDir("lbc-cli-template-");
afterAll(() => tmp.remove());

/**
 * What the blank template must report. Its Thông tin sheet carries the
 * contract's examples (period 01/01/2021–30/06/2021 included), so the report
 * can be built: no error, and one warning naming each section whose text comes
 * from the empty Nội dung sheet. Sections the product computes (II.2 tasks,
 * II.5 certificates, II.6.1 lots, II.9 calibrations, II.11 finance) are not
 * empty, and a heading with subsections (II, II.6, III, III.3) is not either.
 */
const EMPTY_SECTIONS = [
  "I",
  "II.1",
  "II.3",
  "II.4",
  "II.6.2",
  "II.7",
  "II.8",
  "II.10",
  "III.1",
  "III.2",
  "III.3.1",
  "III.3.2",
  "III.3.3",
  "III.4",
  "III.5",
  "III.6",
  "III.7",
  "III.8",
  "III.9",
];

describe("template", () => {
  let issues: IssueJson[];

  beforeAll(async () => {
    const run = await runCliCaptured(["template", "-o", tmp.path("mau.xlsx")]);
    expect([run.code, run.out]).toEqual([0, [`Đã tạo sổ mẫu: ${tmp.path("mau.xlsx")}`]]);
    const check = await runCliCaptured(["validate", tmp.path("mau.xlsx"), "--json"]);
    expect(check.code).toBe(0);
    issues = JSON.parse(check.stdout) as IssueJson[];
  });

  test("the blank template has no error and no column or sheet problem", () => {
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    const shapeCodes = new Set<string>([
      IssueCode.ColumnUnknown,
      IssueCode.ColumnMissing,
      IssueCode.SheetMissing,
      IssueCode.SheetDuplicate,
      IssueCode.HeaderNotFound,
    ]);
    expect(issues.filter((i) => shapeCodes.has(i.code))).toEqual([]);
  });

  test("it warns once, naming exactly the free-text sections still empty", () => {
    const warnings = issues.filter((i) => i.severity === "warning");
    // Empty sections are filled on the Nội dung sheet, so they are listed there, in one warning.
    expect(warnings.map((i) => [i.code, i.sheet, i.cell])).toEqual([[IssueCode.ReportSectionEmpty, "Nội dung", null]]);
    const listed = /^19 mục chưa có nội dung: (.*?)\. Báo cáo/u.exec(warnings[0]?.message ?? "")?.[1] ?? "";
    expect(listed.split("; ").map((s) => s.split(" ", 1)[0])).toEqual(EMPTY_SECTIONS);
  });

  test("it says nothing else (not even about its own list sheet)", () => {
    expect(issues.filter((i) => i.severity !== "warning")).toEqual([]);
  });

  test("without -o it writes mau-so-lieu-bao-cao.xlsx in the working folder, the same bytes each time", async () => {
    const cwd = process.cwd();
    process.chdir(tmp.dir);
    try {
      const run = await runCliCaptured(["template"]);
      expect(run.code).toBe(0);
      expect(run.out).toEqual([`Đã tạo sổ mẫu: ${DEFAULT_TEMPLATE_PATH}`]);
    } finally {
      process.chdir(cwd);
    }
    expect(DEFAULT_TEMPLATE_PATH).toBe("mau-so-lieu-bao-cao.xlsx");
    expect(readFileSync(tmp.path(DEFAULT_TEMPLATE_PATH)).equals(readFileSync(tmp.path("mau.xlsx")))).toBe(true);
  });

  test("a folder that does not exist: exit 2, one line", async () => {
    const target = tmp.path("khong-co/mau.xlsx");
    const run = await runCliCaptured(["template", "-o", target]);
    expect(run.code).toBe(2);
    expect(run.err).toEqual([`Không ghi được tệp “${target}”: thư mục không tồn tại.`]);
    expect(existsSync(target)).toBe(false);
  });
});
