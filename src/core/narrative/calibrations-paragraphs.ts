/** Section II.9: measuring instruments verified, calibrated, measured or tested in the period. */
import { footnote, paragraph, type InlineRunInput, type ParagraphBlock, type RunInput } from "../document";
import type { Activity } from "../schema";
import type { Figure, SourceRef } from "../summarise";
import { countRun, lowerFirst, mergeSources, type ReportContext } from "./report-context";

const ACTIVITIES_EN: Readonly<Record<Activity, string>> = {
  "Kiểm định": "Verification of",
  "Hiệu chuẩn": "Calibration of",
  "Đo kiểm": "Measurement of",
  "Thử nghiệm": "Testing of",
};

/** The reference lists verification, then measurement, then calibration; testing comes last. */
const NOTE_ORDER: Readonly<Record<Activity, number>> = { "Kiểm định": 0, "Đo kiểm": 1, "Hiệu chuẩn": 2, "Thử nghiệm": 3 };

/** "Kiểm định cột đo xăng dầu 132 cột; …; Đo kiểm điện trở tiếp địa 54 điểm đo; …; Hiệu chuẩn quả cân 106 quả." */
function linesNote(ctx: ReportContext): InlineRunInput[] {
  const out: InlineRunInput[] = [];
  // Array sort is stable: within an activity the summary's order (first appearance) stays.
  const lines = [...ctx.summary.calibrations.rows].sort((a, b) => NOTE_ORDER[a.activity] - NOTE_ORDER[b.activity]);
  for (const line of lines) {
    if (out.length > 0) out.push("; ");
    if (ctx.lang === "en") out.push(`${ACTIVITIES_EN[line.activity]} ${lowerFirst(line.instrument)}: `, countRun(ctx, line.quantity), ` ${line.unit}`);
    else out.push(`${line.activity} ${lowerFirst(line.instrument)} `, countRun(ctx, line.quantity), ` ${line.unit}`);
  }
  out.push(".");
  return out;
}

/** Instruments that failed, pointing at the lines that had failures (the summary keeps no finer cells). */
function failedFigure(ctx: ReportContext): Figure {
  let value = 0;
  const failing: SourceRef[] = [];
  for (const line of ctx.summary.calibrations.rows) {
    if (line.failed === 0) continue;
    value += line.failed;
    failing.push(...line.quantity.sources);
  }
  return { value, sources: mergeSources(failing) };
}

/**
 * "Tổ chức kiểm định, hiệu chuẩn các phương tiện đo, thử nghiệm các thiết bị
 * điện, điện tử¹." and, when some failed, "Trong đó có N phương tiện không đạt yêu cầu."
 */
export function calibrationsParagraphs(ctx: ReportContext): ParagraphBlock[] {
  const en = ctx.lang === "en";
  if (ctx.summary.calibrations.rows.length === 0) {
    return [paragraph(en ? "No verification or calibration of measuring instruments was recorded in the period." : "Trong kỳ chưa có số liệu kiểm định, hiệu chuẩn phương tiện đo.")];
  }
  const failed = failedFigure(ctx);
  const failedRuns: RunInput[] = [];
  if (failed.value > 0) {
    failedRuns.push(
      ...(en
        ? [" Of these, ", countRun(ctx, failed), failed.value === 1 ? " instrument did not meet the requirements." : " instruments did not meet the requirements."]
        : [" Trong đó có ", countRun(ctx, failed), " phương tiện không đạt yêu cầu."]),
    );
  }
  const opening = en
    ? "Measuring instruments were verified and calibrated, and electrical and electronic equipment was tested"
    : "Tổ chức kiểm định, hiệu chuẩn các phương tiện đo, thử nghiệm các thiết bị điện, điện tử";
  return [paragraph(opening, footnote(...linesNote(ctx)), ".", ...failedRuns)];
}
