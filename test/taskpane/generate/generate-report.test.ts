import JSZip from "jszip";
import { readLivingDocx } from "../../../src/render/docx";
import { generateMessage } from "../../../src/taskpane/generate";
import { generateReport, stepStates, type GenerateResult, type GenerateStep } from "../../../src/taskpane/state";
import { SaveOutcome } from "../../../src/taskpane/host/taskpane-host";
import { analysisOf, fakeHost, SAMPLE, WITH_ERRORS } from "../fixtures";

async function run(path: string, force: boolean, options: Parameters<typeof fakeHost>[1] = {}) {
  const host = fakeHost(path, options);
  const steps: GenerateStep[] = [];
  const progress: number[] = [];
  let analysed = 0;
  const result = await generateReport(
    host,
    { lang: "vi", reportLang: "vi", force },
    { onStep: (s) => steps.push(s), onProgress: (p) => progress.push(p.sheetIndex), onAnalysis: () => analysed++ },
  );
  return { host, steps, progress, analysed, result };
}

function written(result: GenerateResult) {
  if (result.kind !== "written") throw new Error(`expected a written report, got ${result.kind}`);
  return result;
}

describe("generateReport", () => {
  it("reads, checks, writes and saves the sample's report under the period's name", async () => {
    const { host, steps, progress, analysed, result } = await run(SAMPLE, false);
    expect(steps).toEqual(["read", "check", "build", "save"]);
    expect(progress).toEqual([0, 1]);
    expect(analysed).toBe(1);
    const out = written(result);
    expect(out.fileName).toBe("bao-cao-6-thang-dau-nam-2021.docx");
    expect(host.calls).toEqual(["read", "save bao-cao-6-thang-dau-nam-2021.docx"]);
    expect(host.saved[0]!.bytes).toBe(out.bytes);
    const zip = await JSZip.loadAsync(out.bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("6 tháng đầu năm 2021");
    expect(out.leftOut).toBe(0);
    expect(out.outcome).toBe("downloaded");
  });

  it("names the open workbook and where it lives in the report's record, for Word's Cập nhật số liệu", async () => {
    const location = "https://contoso-my.sharepoint.com/personal/ha/Documents/So%20lieu%202021.xlsx";
    const out = written((await run(SAMPLE, false, { workbook: { name: "So lieu 2021.xlsx", location } })).result);
    const record = readLivingDocx(out.bytes).provenance;
    expect(record?.workbook).toEqual({ name: "So lieu 2021.xlsx", location });
    expect(record?.period).toBe("6 tháng đầu năm 2021");
    // A workbook never saved has no name to give: the record says nothing of it.
    const unsaved = written((await run(SAMPLE, false)).result);
    expect(readLivingDocx(unsaved.bytes).provenance?.workbook).toBeUndefined();
  });

  it("gives the same bytes for the same workbook", async () => {
    const a = written((await run(SAMPLE, false)).result);
    const b = written((await run(SAMPLE, false)).result);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it("stops at the check on errors, listing them, and writes nothing", async () => {
    const { host, steps, result } = await run(WITH_ERRORS, false);
    expect(steps).toEqual(["read", "check"]);
    expect(result.kind).toBe("blocked");
    if (result.kind !== "blocked") return;
    expect(result.reason).toBe("errors");
    const errors = (await analysisOf(WITH_ERRORS)).issues.filter((i) => i.severity === "error");
    expect(result.errors).toEqual(errors);
    expect(host.saved).toEqual([]);
  });

  it("writes anyway when forced, leaving the rows in error out", async () => {
    const { result } = await run(WITH_ERRORS, true);
    const out = written(result);
    const errors = (await analysisOf(WITH_ERRORS)).issues.filter((i) => i.severity === "error").length;
    expect(out.leftOut).toBe(errors);
    expect(out.leftOut).toBeGreaterThan(0);
  });

  it("says which step failed and keeps the error for the message", async () => {
    const read = await run(SAMPLE, false, { fail: "readWorkbook" });
    expect(read.result).toMatchObject({ kind: "failed", step: "read" });
    const save = await run(SAMPLE, false, { fail: "saveReport" });
    expect(save.result).toMatchObject({ kind: "failed", step: "save" });
  });
});

describe("step states", () => {
  it("marks the steps before the current one done, the current one running or failed, the rest waiting", () => {
    expect(stepStates(undefined, "idle")).toEqual({ read: "waiting", check: "waiting", build: "waiting", save: "waiting" });
    expect(stepStates("build", "running")).toEqual({ read: "done", check: "done", build: "running", save: "waiting" });
    expect(stepStates("check", "blocked")).toEqual({ read: "done", check: "blocked", build: "waiting", save: "waiting" });
    expect(stepStates("save", "written")).toEqual({ read: "done", check: "done", build: "done", save: "done" });
    expect(stepStates("read", "failed")).toEqual({ read: "failed", check: "waiting", build: "waiting", save: "waiting" });
  });
});

describe("the messages after a run", () => {
  const report = { kind: "written", fileName: "bao-cao.docx", bytes: new Uint8Array(), outcome: SaveOutcome.Downloaded, warnings: 0, leftOut: 0 } as const;

  it("says where the file went, and what was left out", () => {
    expect(generateMessage(report, "vi").intent).toBe("success");
    expect(generateMessage(report, "vi").lines[0]).toMatch(/^Đã lập báo cáo: bao-cao.docx. Đã chuyển tệp cho trình duyệt tải về/);
    expect(generateMessage({ ...report, outcome: SaveOutcome.Downloaded, leftOut: 3, warnings: 2 }, "vi")).toEqual({
      intent: "warning",
      lines: [
        expect.stringMatching(/^Đã lập báo cáo: bao-cao.docx\. /),
        "Đã bỏ qua 3 lỗi; các dòng này được liệt kê ở phụ lục cuối báo cáo.",
        "Có 2 cảnh báo; báo cáo vẫn được lập. Xem lại ở thẻ Kiểm tra.",
        expect.stringContaining("lap-bao-cao update BAO-CAO.docx SO-LIEU.xlsx"),
      ],
    });
    expect(generateMessage({ ...report, outcome: SaveOutcome.Cancelled }, "en").intent).toBe("warning");
    // The report can be refreshed later (issue 12): said once the file is handed over, not before.
    expect(generateMessage(report, "en").lines).toContain(
      "Later, when the workbook gets more rows, there is no need to write it again: edit the report in Word freely, then run “lap-bao-cao update REPORT.docx WORKBOOK.xlsx” to refresh its figures and keep your wording.",
    );
    expect(generateMessage({ ...report, outcome: SaveOutcome.Cancelled }, "en").lines.join(" ")).not.toContain("lap-bao-cao update");
  });

  it("never shows success for a file nothing handed over (Excel for Mac), nor says 'saved'", () => {
    for (const outcome of [SaveOutcome.NotDelivered, SaveOutcome.OpenedInBrowser, SaveOutcome.TooLargeForBrowser, SaveOutcome.Cancelled]) {
      const message = generateMessage({ ...report, outcome }, "en");
      expect([outcome, message.intent]).not.toEqual([outcome, "success"]);
    }
    for (const outcome of Object.values(SaveOutcome)) {
      for (const lang of ["vi", "en"] as const) expect(generateMessage({ ...report, outcome }, lang).lines[0]).not.toMatch(/(?<!not )\bsaved\b|đã lưu/i);
    }
    expect(generateMessage({ ...report, outcome: SaveOutcome.NotDelivered }, "vi").lines[0]).toMatch(/chưa lưu ở đâu/);
  });

  it("explains a blocked report and a failure without a stack trace", () => {
    expect(generateMessage({ kind: "blocked", reason: "no-period", errors: [] }, "vi").lines).toEqual([
      "Chưa lập được báo cáo.",
      "Chưa có kỳ báo cáo hợp lệ (Từ ngày, Đến ngày ở trang Thông tin) nên chưa tổng hợp được.",
    ]);
    const failure = Object.assign(new Error("boom\n    at x (file.js:1:1)"), { code: "GeneralException" });
    const message = generateMessage({ kind: "failed", step: "build", error: failure }, "vi");
    expect(message.intent).toBe("error");
    expect(message.lines.join(" ")).toContain("Mã lỗi: GeneralException");
    expect(message.lines.join(" ")).not.toMatch(/boom|file\.js| at /);
  });
});
