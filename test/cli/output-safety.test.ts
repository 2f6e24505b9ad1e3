// Outputs never touch inputs: every spelling of the workbook (or of another
// output) as an output is refused with exit 2 and one line, before anything is
// written, and the workbook keeps its bytes. Write failures are one plain line.
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { runCliCaptured, tempDir, type CliRun } from "../support/cli-run";
import { DEFAULT_OUTLINE } from "../../src/core/outline";
import { MISTAKES_SAMPLE, REFERENCE_SAMPLE } from "../support/reference-report";

const tmp = tempDir("lbc-cli-outputs-");
const cwd = process.cwd();
const original = readFileSync(REFERENCE_SAMPLE);
const mistakes = readFileSync(MISTAKES_SAMPLE);
const outline = JSON.stringify(DEFAULT_OUTLINE);

beforeAll(() => {
  process.chdir(tmp.dir);
  copyFileSync(REFERENCE_SAMPLE, "W.xlsx");
  copyFileSync(MISTAKES_SAMPLE, "M.xlsx");
  mkdirSync("sub");
  symlinkSync(tmp.path("W.xlsx"), "link.xlsx");
  linkSync("W.xlsx", "hard.xlsx");
  writeFileSync("outline.json", outline);
  writeFileSync("a-file", "not a folder");
});
afterAll(() => {
  process.chdir(cwd);
  tmp.remove();
});

const STACK = /^\s{4}at /m;
const nonEmpty = (lines: ReadonlyArray<string>) => lines.filter((l) => l.trim() !== "");

function oneLine(run: CliRun): string {
  expect(run.code).toBe(2);
  expect(nonEmpty(run.out)).toEqual([]);
  expect(nonEmpty(run.err)).toHaveLength(1);
  expect(run.stderr).not.toMatch(STACK);
  expect(run.stderr).not.toMatch(/Unexpected error|Lỗi không mong đợi/);
  return nonEmpty(run.err)[0]!;
}

/** Nothing but the fixtures in the folder: no report, no JSON, no temporary file. */
function expectFolderUntouched(): void {
  expect(readdirSync(tmp.dir).sort()).toEqual(["M.xlsx", "W.xlsx", "a-file", "hard.xlsx", "link.xlsx", "outline.json", "sub"]);
  expect(readdirSync("sub")).toEqual([]);
  expect(readFileSync("W.xlsx").equals(original)).toBe(true);
  expect(readFileSync("M.xlsx").equals(mistakes)).toBe(true);
}

const SPELLINGS: ReadonlyArray<readonly [string, () => string]> = [
  ["the same name", () => "W.xlsx"],
  ["./W.xlsx", () => "./W.xlsx"],
  ["sub/../W.xlsx", () => "sub/../W.xlsx"],
  ["a missing folder then ..", () => "khong-co/../W.xlsx"],
  ["the absolute path", () => tmp.path("W.xlsx")],
  ["a symbolic link to it", () => "link.xlsx"],
  ["a hard link to it", () => "hard.xlsx"],
];

describe.each(SPELLINGS)("the workbook as an output, spelled %s", (_what, spell) => {
  test("generate -o is refused, the workbook intact", async () => {
    const line = oneLine(await runCliCaptured(["generate", "W.xlsx", "-o", spell()]));
    expect(line).toBe(`-o “${spell()}” trùng với tệp đầu vào “W.xlsx”: chưa ghi gì để giữ nguyên tệp đó. Hãy chọn tên tệp khác.`);
    expectFolderUntouched();
  });

  test("generate --issues is refused, even when the workbook has errors (exit 1 otherwise)", async () => {
    const target = spell().replace("W.xlsx", "M.xlsx").replace("link.xlsx", "W.xlsx").replace("hard.xlsx", "W.xlsx");
    // The mistakes workbook read, the reference one as the target through links: each is an input.
    const workbook = target.endsWith("M.xlsx") ? "M.xlsx" : "W.xlsx";
    const line = oneLine(await runCliCaptured(["generate", workbook, "--issues", target, "-o", "sub/r.docx", "--lang", "en"]));
    expect(line).toBe(`--issues “${target}” is the input file “${workbook}”: nothing was written, to keep it intact. Choose another file name.`);
    expectFolderUntouched();
  });

  test("validate --summary is refused", async () => {
    const line = oneLine(await runCliCaptured(["validate", "W.xlsx", "--summary", spell()]));
    expect(line).toMatch(/^--summary “.*” trùng với tệp đầu vào “W\.xlsx”/);
    expectFolderUntouched();
  });
});

describe("outputs that meet", () => {
  test("the workbook named through a link is protected when given by its real name as output", async () => {
    oneLine(await runCliCaptured(["generate", "link.xlsx", "-o", "W.xlsx"]));
    oneLine(await runCliCaptured(["generate", "hard.xlsx", "--summary", "./W.xlsx"]));
    expectFolderUntouched();
  });

  test("two outputs at one path are refused before either is written", async () => {
    const line = oneLine(await runCliCaptured(["generate", "W.xlsx", "--issues", "sub/a.json", "--summary", "./sub/../sub/a.json"]));
    expect(line).toBe("--summary “./sub/../sub/a.json” trùng với --issues “sub/a.json”: chưa ghi gì. Hãy đặt cho mỗi tệp kết quả một tên riêng.");
    const report = oneLine(await runCliCaptured(["generate", "W.xlsx", "-o", "sub/r.docx", "--issues", "sub/r.docx"]));
    expect(report).toMatch(/^--issues “sub\/r\.docx” trùng với -o “sub\/r\.docx”/);
    expectFolderUntouched();
  });

  test("the report's default name is checked too", async () => {
    const line = oneLine(await runCliCaptured(["generate", "W.xlsx", "--issues", "bao-cao-6-thang-dau-nam-2021.docx"]));
    expect(line).toBe(
      "--issues “bao-cao-6-thang-dau-nam-2021.docx” trùng với “bao-cao-6-thang-dau-nam-2021.docx”: chưa ghi gì. Hãy đặt cho mỗi tệp kết quả một tên riêng.",
    );
    expectFolderUntouched();
  });

  test("the outline given with --outline is an input too", async () => {
    expect(oneLine(await runCliCaptured(["generate", "W.xlsx", "--outline", "outline.json", "--summary", "./outline.json"]))).toMatch(
      /^--summary “\.\/outline\.json” trùng với tệp đầu vào “outline\.json”/,
    );
    expect(readFileSync("outline.json", "utf8")).toBe(outline);
  });

  test("distinct outputs are all written, whole, with no temporary file left", async () => {
    const run = await runCliCaptured(["generate", "W.xlsx", "-o", "sub/r.docx", "--issues", "sub/i.json", "--summary", "sub/s.json"]);
    expect(run.code).toBe(0);
    expect(readdirSync("sub").sort()).toEqual(["i.json", "r.docx", "s.json"]);
    expect(JSON.parse(readFileSync("sub/i.json", "utf8"))).toEqual([]);
    expect(readFileSync("sub/r.docx").subarray(0, 2).toString()).toBe("PK");
    // Written again over itself: replaced, not refused (an output may be overwritten, only inputs are kept).
    expect((await runCliCaptured(["generate", "W.xlsx", "-o", "sub/r.docx"])).code).toBe(0);
    expect(readdirSync("sub").sort()).toEqual(["i.json", "r.docx", "s.json"]);
    for (const f of readdirSync("sub")) unlinkSync(`sub/${f}`);
    expectFolderUntouched();
  });
});

describe("outputs that cannot be written: one plain line each", () => {
  test("a path through a regular file (ENOTDIR), for each command", async () => {
    expect(oneLine(await runCliCaptured(["generate", "W.xlsx", "-o", "a-file/r.docx"]))).toBe(
      "Không ghi được tệp “a-file/r.docx”: một phần của đường dẫn là tệp, không phải thư mục.",
    );
    expect(oneLine(await runCliCaptured(["validate", "W.xlsx", "--summary", "a-file/s.json", "--lang", "en"]))).toBe(
      "Cannot write “a-file/s.json”: part of the path is a file, not a folder.",
    );
    expect(oneLine(await runCliCaptured(["template", "-o", "a-file/mau.xlsx"]))).toBe(
      "Không ghi được tệp “a-file/mau.xlsx”: một phần của đường dẫn là tệp, không phải thư mục.",
    );
    expect(oneLine(await runCliCaptured(["generate", "W.xlsx", "--issues", "a-file/deeper/i.json", "--lang", "en"]))).toBe(
      "Cannot write “a-file/deeper/i.json”: part of the path is a file, not a folder.",
    );
    expectFolderUntouched();
  });

  test("a folder as the output (EISDIR)", async () => {
    expect(oneLine(await runCliCaptured(["generate", "W.xlsx", "-o", "sub"]))).toBe("Không ghi được tệp “sub”: đây là một thư mục. Hãy nêu tên tệp.");
    expectFolderUntouched();
  });

  test("a folder that does not exist, where validate does not create one (ENOENT)", async () => {
    expect(oneLine(await runCliCaptured(["validate", "W.xlsx", "--summary", "khong-co/s.json", "--lang", "en"]))).toBe(
      "Cannot write “khong-co/s.json”: the folder does not exist.",
    );
    expect(existsSync("khong-co")).toBe(false);
    expectFolderUntouched();
  });
});
