import { join } from "node:path";
import { analyseWorkbook, type Analysis } from "../../../src/core/analyse";
import { Severity } from "../../../src/core/issues";
import { CHECK_REPORT, planReport, reportFromSource, ReportBlock, reportClock, reportFileName, sourceDateClock } from "../../../src/core/report";
import { openXlsxSource } from "../../../src/hosts/node";

const EXAMPLES = join(__dirname, "..", "..", "..", "examples");
const SAMPLE = join(EXAMPLES, "bao-cao-mau-6-thang-2021.xlsx");
const WITH_ERRORS = join(EXAMPLES, "bao-cao-co-loi.xlsx");

const analyses = new Map<string, Promise<Analysis>>();
function analysisOf(path: string): Promise<Analysis> {
  let found = analyses.get(path);
  if (!found) analyses.set(path, (found = openXlsxSource(path).then((s) => analyseWorkbook(s))));
  return found;
}

describe("planReport", () => {
  it("plans the sample's report with its clock, file name and counts", async () => {
    const analysis = await analysisOf(SAMPLE);
    const plan = planReport(analysis, { lang: "vi" });
    if (!plan.ok) throw new Error(`the sample should make a report (${plan.reason})`);
    expect(plan.document).toBe(plan.built.document);
    expect(plan.clock.toISOString()).toBe(reportClock(analysis).toISOString());
    expect(plan.fileName).toBe("bao-cao-6-thang-dau-nam-2021.docx");
    expect(plan.warnings).toBe(plan.issues.filter((i) => i.severity === Severity.Warning).length);
    expect(plan.leftOut).toBe(0);
  });

  it("takes a clock given by the caller instead of the workbook's", async () => {
    const clock = new Date(Date.UTC(2030, 0, 2));
    const plan = planReport(await analysisOf(SAMPLE), { lang: "en", clock });
    expect(plan.ok && plan.clock).toBe(clock);
    expect(plan.fileName).toBe("bao-cao-6-thang-dau-nam-2021-en.docx");
  });

  it("blocks a workbook with errors unless forced, then counts the errors left out", async () => {
    const analysis = await analysisOf(WITH_ERRORS);
    const blocked = planReport(analysis, { lang: "vi" });
    expect(blocked).toMatchObject({ ok: false, reason: ReportBlock.Errors });
    const errors = blocked.issues.filter((i) => i.severity === Severity.Error);
    expect(errors.length).toBeGreaterThan(0);
    expect(!blocked.ok && blocked.errors).toEqual(errors);
    const forced = planReport(analysis, { lang: "vi", force: true });
    expect(forced.ok && forced.leftOut).toBe(errors.length);
  });

  it("blocks a workbook without a valid period, and lists the workbook's own issues when checking it", async () => {
    const sample = await analysisOf(SAMPLE);
    const noPeriod: Analysis = { ...sample, period: undefined, summary: undefined };
    expect(planReport(noPeriod, { lang: "vi", force: true })).toMatchObject({ ok: false, reason: ReportBlock.NoPeriod });
    expect(planReport(noPeriod, CHECK_REPORT).issues).toBe(sample.issues);
  });
});

describe("reportFromSource", () => {
  it("reads, checks and sums up the source as analyseWorkbook does, then plans the report asked for", async () => {
    const { analysis, plan } = await reportFromSource(await openXlsxSource(WITH_ERRORS), { lang: "en", force: true });
    const alone = await analysisOf(WITH_ERRORS);
    expect(analysis).toEqual(alone);
    expect(plan).toEqual(planReport(alone, { lang: "en", force: true }));
    expect(plan.ok && plan.leftOut).toBeGreaterThan(0);
    const blocked = await reportFromSource(await openXlsxSource(WITH_ERRORS), { lang: "vi" });
    expect(blocked.plan).toMatchObject({ ok: false, reason: ReportBlock.Errors });
  });
});

describe("reportFileName", () => {
  it("turns the period's name into a plain file name", () => {
    expect(reportFileName("6 tháng đầu năm 2021")).toBe("bao-cao-6-thang-dau-nam-2021.docx");
    expect(reportFileName("Quý I/2022 – Đợt đặc biệt")).toBe("bao-cao-quy-i-2022-dot-dac-biet.docx");
    expect(reportFileName(undefined)).toBe("bao-cao.docx");
    expect(reportFileName("6 tháng đầu năm 2021", "en")).toBe("bao-cao-6-thang-dau-nam-2021-en.docx");
    expect(reportFileName("6 tháng đầu năm 2021", "vi")).toBe("bao-cao-6-thang-dau-nam-2021.docx");
  });
});

describe("sourceDateClock", () => {
  it("reads whole seconds and ignores anything else", () => {
    expect(sourceDateClock("86400")?.toISOString()).toBe("1970-01-02T00:00:00.000Z");
    expect([sourceDateClock(undefined), sourceDateClock(""), sourceDateClock("1.5"), sourceDateClock("-3")]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
