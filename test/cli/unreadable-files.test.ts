// Files that are not workbooks, and command lines that are wrong: exit 2, one
// clear line on stderr (for files), never a stack trace.
import JSZip from "jszip";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { compoundFile, CFB_MAGIC_BYTES, ENCRYPTED_PACKAGE_STREAMS } from "../support/compound-file";
import { runCliCaptured, tempDir, type CliRun } from "../support/cli-run";
import { REFERENCE_SAMPLE } from "../support/reference-report";

const tmp = tempDir("lbc-cli-files-");
afterAll(() => tmp.remove());

const nonEmpty = (lines: ReadonlyArray<string>) => lines.filter((l) => l.trim() !== "");
const STACK = /^\s{4}at /m;

function expectOneLine(run: CliRun): string {
  expect(run.code).toBe(2);
  expect(nonEmpty(run.out)).toEqual([]);
  expect(nonEmpty(run.err)).toHaveLength(1);
  expect(run.stderr).not.toMatch(STACK);
  return nonEmpty(run.err)[0]!;
}

async function zipOf(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

type Case = readonly [what: string, make: () => Promise<string> | string, line: RegExp];

const CASES: ReadonlyArray<Case> = [
  ["a missing path", () => tmp.path("khong-co.xlsx"), /^Không tìm thấy tệp “.*khong-co\.xlsx”\. Hãy kiểm tra tên tệp và thư mục\.$/],
  [
    "a directory",
    () => {
      mkdirSync(tmp.path("thu-muc.xlsx"), { recursive: true });
      return tmp.path("thu-muc.xlsx");
    },
    /^“.*thu-muc\.xlsx” là một thư mục, không phải tệp Excel\.$/,
  ],
  [
    "a .csv file",
    () => {
      writeFileSync(tmp.path("lo-hang.csv"), "Số đăng ký,Ngày đăng ký\n2021/0001-LS,04/01/2021\n");
      return tmp.path("lo-hang.csv");
    },
    /^“.*lo-hang\.csv” là tệp văn bản \(CSV\), không phải sổ Excel\./,
  ],
  [
    "a text file named .xlsx",
    () => {
      writeFileSync(tmp.path("ghi-chu.xlsx"), "Báo cáo 6 tháng đầu năm\nchưa có số liệu\n");
      return tmp.path("ghi-chu.xlsx");
    },
    /^“.*ghi-chu\.xlsx” không phải tệp Excel\. Hãy lưu sổ làm việc dạng \.xlsx\.$/,
  ],
  [
    "a zip that is not a workbook",
    async () => {
      writeFileSync(tmp.path("nen.xlsx"), await zipOf({ "ghi-chu.txt": "xin chào" }));
      return tmp.path("nen.xlsx");
    },
    /^“.*nen\.xlsx” không phải tệp Excel\. Hãy lưu sổ làm việc dạng \.xlsx\.$/,
  ],
  [
    "a Word file renamed .xlsx",
    async () => {
      writeFileSync(tmp.path("bao-cao.xlsx"), await zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }));
      return tmp.path("bao-cao.xlsx");
    },
    /^“.*bao-cao\.xlsx” không phải tệp Excel \(có vẻ là tệp \.docx\)\./,
  ],
  [
    "an .xls (compound file magic and padding)",
    () => {
      const bytes = Buffer.alloc(2048);
      Buffer.from(CFB_MAGIC_BYTES).copy(bytes, 0);
      writeFileSync(tmp.path("cu.xls"), bytes);
      return tmp.path("cu.xls");
    },
    /^“.*cu\.xls” là tệp Excel 97–2003 \(\.xls\)\. Hãy mở bằng Excel và lưu lại dạng Excel Workbook \(\.xlsx\)\.$/,
  ],
  [
    "an .xls with a Workbook stream",
    () => {
      writeFileSync(tmp.path("cu-2.xls"), compoundFile(["Workbook", "\u0005SummaryInformation"]));
      return tmp.path("cu-2.xls");
    },
    /^“.*cu-2\.xls” là tệp Excel 97–2003 \(\.xls\)\./,
  ],
  [
    "a password-protected workbook",
    () => {
      writeFileSync(tmp.path("mat-khau.xlsx"), compoundFile(ENCRYPTED_PACKAGE_STREAMS));
      return tmp.path("mat-khau.xlsx");
    },
    /^“.*mat-khau\.xlsx” đang được đặt mật khẩu\. Hãy gỡ mật khẩu trong Excel/,
  ],
  [
    "a truncated .xlsx (the first half of the sample)",
    () => {
      const bytes = readFileSync(REFERENCE_SAMPLE);
      writeFileSync(tmp.path("cut.xlsx"), bytes.subarray(0, Math.floor(bytes.length / 2)));
      return tmp.path("cut.xlsx");
    },
    /^“.*cut\.xlsx” có dạng tệp Excel nhưng nội dung bị hỏng\. Hãy mở bằng Excel, sửa và lưu lại\.$/,
  ],
];

describe.each(["validate", "generate"])("%s on a file that is not a workbook", (command) => {
  test.each(CASES)("%s: exit 2, one clear line", async (_what, make, line) => {
    const path = await make();
    const argv = command === "generate" ? [command, path, "-o", tmp.path("khong-duoc-ghi.docx")] : [command, path];
    expect(expectOneLine(await runCliCaptured(argv))).toMatch(line);
    expect(existsSync(tmp.path("khong-duoc-ghi.docx"))).toBe(false);
  });
});

test("the one line is in English with --lang en", async () => {
  const run = await runCliCaptured(["validate", tmp.path("khong-co-nua.xlsx"), "--lang", "en"]);
  expect(expectOneLine(run)).toMatch(/^“.*khong-co-nua\.xlsx” does not exist\. Check the file name and folder\.$/);
});

describe("usage errors exit 2 with the help, never a stack trace", () => {
  test.each([
    ["an unknown command", ["kiem-tra", REFERENCE_SAMPLE], /^Sai cú pháp: không có lệnh “kiem-tra”$/],
    ["a bad --lang", ["validate", REFERENCE_SAMPLE, "--lang", "fr"], /^Sai cú pháp: .*--lang.*“fr”/],
    ["an unknown option", ["validate", REFERENCE_SAMPLE, "--khong-co"], /^Sai cú pháp: .*--khong-co/],
    ["validate without a file", ["validate"], /^Sai cú pháp: lệnh validate cần tên tệp Excel$/],
    ["no command at all", [], undefined],
  ] as const)("%s", async (_what, argv, first) => {
    const run = await runCliCaptured(argv);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).not.toMatch(STACK);
    if (first !== undefined) {
      expect(run.err[0]).toMatch(first);
      expect(run.stderr).toContain("lap-bao-cao validate");
      expect(run.stderr).toContain("lap-bao-cao generate");
    } else {
      expect(run.stdout).toContain("lap-bao-cao generate");
    }
  });

  test("an unknown command with --lang=en is told in English", async () => {
    const run = await runCliCaptured(["frob", "--lang=en"]);
    expect(run.code).toBe(2);
    expect(run.err[0]).toBe("Usage error: unknown command “frob”");
    expect(run.stderr).toContain("lap-bao-cao generate");
  });
});
