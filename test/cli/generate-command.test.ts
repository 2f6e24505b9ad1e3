// `generate`: the bundled sample by default, reproducible bytes, no report on
// a workbook with errors unless --force, and the English report.
import { existsSync, readFileSync } from "node:fs";
import { MISTAKES_FILE, PLANNED_OUTCOMES } from "../../examples/sample-data";
import { SAMPLE_WORKBOOK } from "../../src/cli/generate-command";
import type { IssueJson } from "../../src/core/issues";
import { runCliCaptured, tempDir } from "../support/cli-run";
import { docxBodyText, openDocx, partText, xmlText } from "../support/docx-text";
import { MISTAKES_SAMPLE, REFERENCE_SAMPLE } from "../support/reference-report";

const tmp = tempDir("lbc-cli-generate-");
const savedEpoch = process.env.SOURCE_DATE_EPOCH;
beforeAll(() => delete process.env.SOURCE_DATE_EPOCH);
afterAll(() => {
  if (savedEpoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = savedEpoch;
  tmp.remove();
});

const plannedErrors = PLANNED_OUTCOMES.filter((o) => o.file === MISTAKES_FILE && o.severity === "error");
const coreDates = (xml: string) => [...xml.matchAll(/<dcterms:(created|modified)[^>]*>([^<]+)</g)].map((m) => `${m[1]} ${m[2]}`);

describe("generate on the bundled sample", () => {
  let bytes: Buffer;

  beforeAll(async () => {
    const run = await runCliCaptured(["generate", "-o", tmp.path("a.docx"), "--summary", tmp.path("summary.json"), "--issues", tmp.path("issues.json")]);
    expect([run.code, run.out, run.err.filter((l) => l !== "")]).toEqual([0, [`Đã lập báo cáo: ${tmp.path("a.docx")}`], []]);
    bytes = readFileSync(tmp.path("a.docx"));
  });

  test("uses the reference sample when no workbook is named", () => {
    expect(readFileSync(SAMPLE_WORKBOOK).equals(readFileSync(REFERENCE_SAMPLE))).toBe(true);
  });

  test("writes a .docx with the body and the footnotes", async () => {
    const zip = await openDocx(bytes);
    expect(zip.file("word/document.xml")).not.toBeNull();
    const footnotes = xmlText(await partText(zip, "word/footnotes.xml"));
    expect(footnotes).toContain("Đồ chơi trẻ em: 301 lô; Đồ điện, điện tử: 493 lô; Thép: 46 lô.");
    expect(footnotes).toContain("Kiểm định cột đo xăng dầu 132 cột;");
    const body = await docxBodyText(bytes);
    expect(body).toContain("Quản lý và theo dõi 29 đề tài, dự án");
    expect(body).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });

  test("writes the --summary and --issues files", () => {
    const summary = JSON.parse(readFileSync(tmp.path("summary.json"), "utf8")) as { tasks: { managed: number }; lots: { total: number } };
    expect([summary.tasks.managed, summary.lots.total]).toEqual([29, 840]);
    expect(JSON.parse(readFileSync(tmp.path("issues.json"), "utf8"))).toEqual([]);
  });

  test("a second run writes the same bytes, dated from the workbook (period end 30/06/2021)", async () => {
    expect((await runCliCaptured(["generate", "-o", tmp.path("b.docx")])).code).toBe(0);
    expect(readFileSync(tmp.path("b.docx")).equals(bytes)).toBe(true);
    const core = await partText(await openDocx(bytes), "docProps/core.xml");
    expect(coreDates(core)).toEqual(["created 2021-06-30T00:00:00Z", "modified 2021-06-30T00:00:00Z"]);
  });

  test("SOURCE_DATE_EPOCH sets the dates of core.xml", async () => {
    process.env.SOURCE_DATE_EPOCH = "1700000000";
    try {
      expect((await runCliCaptured(["generate", "-o", tmp.path("epoch.docx")])).code).toBe(0);
    } finally {
      delete process.env.SOURCE_DATE_EPOCH;
    }
    const epoch = readFileSync(tmp.path("epoch.docx"));
    expect(epoch.equals(bytes)).toBe(false);
    const core = await partText(await openDocx(epoch), "docProps/core.xml");
    expect(coreDates(core)).toEqual(["created 2023-11-14T22:13:20Z", "modified 2023-11-14T22:13:20Z"]);
    expect(await docxBodyText(epoch)).toBe(await docxBodyText(bytes));
  });

  test("without -o it names the file after the period, in the working folder", async () => {
    const cwd = process.cwd();
    process.chdir(tmp.dir);
    try {
      const run = await runCliCaptured(["generate"]);
      expect([run.code, run.out]).toEqual([0, ["Đã lập báo cáo: bao-cao-6-thang-dau-nam-2021.docx"]]);
    } finally {
      process.chdir(cwd);
    }
    expect(readFileSync(tmp.path("bao-cao-6-thang-dau-nam-2021.docx")).equals(bytes)).toBe(true);
  });

  test("--lang en writes the English report", async () => {
    const run = await runCliCaptured(["generate", "--lang", "en", "-o", tmp.path("en.docx")]);
    expect([run.code, run.out]).toEqual([0, [`Report written: ${tmp.path("en.docx")}`]]);
    const body = await docxBodyText(readFileSync(tmp.path("en.docx")));
    expect(body).toContain("SOCIALIST REPUBLIC OF VIET NAM");
    expect(body).toContain("Independence - Freedom - Happiness");
    expect(body).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });
});

describe("generate on the mistakes sample", () => {
  test("exits 1, writes no report and lists the errors on stderr", async () => {
    const out = tmp.path("co-loi.docx");
    const run = await runCliCaptured(["generate", MISTAKES_SAMPLE, "-o", out, "--issues", tmp.path("co-loi-issues.json")]);
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(run.out).toEqual([]);
    for (const o of plannedErrors) expect(run.stderr).toContain(`'${o.sheet}'!${o.cell} `);
    expect(run.stderr).toContain(`${plannedErrors.length} lỗi, 0 cảnh báo, 0 thông tin`);
    expect(run.err[run.err.length - 1]).toMatch(/^Chưa lập báo cáo vì sổ còn lỗi: .*--force/);
    expect(run.stderr).not.toMatch(/^\s{4}at /m);
    // The issues file is still written: it is how a script learns what to fix.
    const issues = JSON.parse(readFileSync(tmp.path("co-loi-issues.json"), "utf8")) as IssueJson[];
    expect(issues.filter((i) => i.severity === "error")).toHaveLength(plannedErrors.length);
  });

  test("with --force it writes the report and lists the rows left out in an appendix", async () => {
    const out = tmp.path("co-loi-force.docx");
    const run = await runCliCaptured(["generate", MISTAKES_SAMPLE, "-o", out, "--force"]);
    expect(run.code).toBe(0);
    expect(run.out).toEqual([`Đã lập báo cáo: ${out}`]);
    expect(run.err).toEqual([`Đã bỏ qua ${plannedErrors.length} lỗi; các dòng này được liệt kê ở phụ lục cuối báo cáo.`]);
    const lines = (await docxBodyText(readFileSync(out))).split("\n");
    const title = lines.indexOf("CÁC DÒNG SỐ LIỆU CÓ LỖI CHƯA ĐƯỢC TÍNH VÀO BÁO CÁO");
    expect(title).toBeGreaterThan(0);
    const appendix = lines.slice(title);
    // Each table cell is a paragraph of its own: sheet, cell, message.
    const at = appendix.findIndex((l, k) => l === "Lô hàng" && appendix[k + 1] === "B13");
    expect(at).toBeGreaterThan(0);
    expect(appendix[at + 2]).toBe("“2022/0005-LS” bị trùng với ô B8; cột “Số đăng ký” không được có hai dòng cùng giá trị.");
    expect(appendix).toContain("E2");
  });
});
