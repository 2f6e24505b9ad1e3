/**
 * Section II.9: measuring instruments verified, measured, calibrated or
 * tested in the period. The sentence states its totals per activity and
 * unit ("kiểm định 1.588 cái, 132 cột …; hiệu chuẩn 11 cái và 106 quả"),
 * never adding unlike units or one activity to another, and the failures
 * the same way.
 */
import { figure, listFootnote, paragraph, type InlineRunInput, type ListMark, type ParagraphBlock, type RunInput } from "../document";
import { formatCount } from "../format";
import type { Activity } from "../schema";
import type { CalibrationLine, SourceRef } from "../summarise";
import { excludedRowsSentence, hasExcludedRows, notSummedUpParagraph } from "./excluded-rows-note";
import { countRun, mergeSources, type ReportContext } from "./report-context";
import { narrativeWords } from "./narrative-words";

/** The reference lists verification, then measurement, then calibration; testing comes last. */
const ORDER: ReadonlyArray<Activity> = ["Kiểm định", "Đo kiểm", "Hiệu chuẩn", "Thử nghiệm"];

function sortedLines(ctx: ReportContext): CalibrationLine[] {
  // Array sort is stable: within an activity the summary's order (first appearance) stays.
  return [...ctx.summary.calibrations.rows].sort((a, b) => ORDER.indexOf(a.activity) - ORDER.indexOf(b.activity));
}

/** "Kiểm định cột đo xăng dầu 132 cột; …" / "Verification of petrol dispensers: 132 dispensers; …". */
function linesNote(ctx: ReportContext): InlineRunInput[] {
  const out: InlineRunInput[] = [];
  for (const line of sortedLines(ctx)) {
    if (out.length > 0) out.push("; ");
    const w = narrativeWords(ctx.lang);
    out.push(w.calibrationLine(line.activity, line.instrument), countRun(ctx, line.quantity), ` ${w.unit(line.unit, line.quantity.value)}`);
  }
  out.push(".");
  return out;
}

interface UnitTotal {
  readonly unit: string;
  readonly value: number;
  readonly sources: SourceRef[];
}

/** Per activity (in note order), the totals per unit (in order of first appearance) of `pick`. */
function totalsByActivity(ctx: ReportContext, pick: (line: CalibrationLine) => number): Array<[Activity, UnitTotal[]]> {
  const out = new Map<Activity, Map<string, { value: number; sources: SourceRef[] }>>();
  for (const line of sortedLines(ctx)) {
    const value = pick(line);
    if (value === 0) continue;
    let units = out.get(line.activity);
    if (units === undefined) out.set(line.activity, (units = new Map()));
    const total = units.get(line.unit) ?? { value: 0, sources: [] };
    units.set(line.unit, { value: total.value + value, sources: [...total.sources, ...line.quantity.sources] });
  }
  return [...out].map(([activity, units]) => [activity, [...units].map(([unit, t]) => ({ unit, value: t.value, sources: mergeSources(t.sources) }))]);
}

function joined(parts: RunInput[][], and: string): RunInput[] {
  return parts.flatMap((p, i) => (i === 0 ? p : [i === parts.length - 1 ? and : ", ", ...p]));
}

/** "kiểm định 1.588 cái, 132 cột và 06 quả; hiệu chuẩn 11 cái" / "verification of 1,588 units, 132 dispensers and 6 weights; …". */
function totalsPhrase(ctx: ReportContext, totals: Array<[Activity, UnitTotal[]]>, which: "done" | "failed"): RunInput[] {
  const w = narrativeWords(ctx.lang);
  const parts = totals.map(([activity, units]): RunInput[] => {
    const counts = units.map((u): RunInput[] => [
      figure(formatCount(u.value, ctx.style), u.sources, { key: `calibrations.${which}.${activity}.${u.unit}` }),
      ` ${w.unit(u.unit, u.value)}`,
    ]);
    return [w.activityOf(activity), ...joined(counts, w.and)];
  });
  return parts.flatMap((p, i) => (i === 0 ? p : ["; ", ...p]));
}

function activityList(ctx: ReportContext, activities: ReadonlyArray<Activity>): string {
  const words = activities.map(narrativeWords(ctx.lang).activityDone);
  const { and } = narrativeWords(ctx.lang);
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")}${and}${words[words.length - 1]}`;
}

/**
 * "Tổ chức kiểm định, đo kiểm và hiệu chuẩn phương tiện đo¹: kiểm định 1.588 cái,
 * 132 cột …; hiệu chuẩn 11 cái và 106 quả. Không đạt yêu cầu: kiểm định 18 cái và 02 cột."
 */
/** The note listing each instrument: a computed list. */
function linesMark(ctx: ReportContext): ListMark {
  const rows = ctx.summary.calibrations.rows;
  return { key: "calibrations.rows", sources: mergeSources(rows.flatMap((r) => r.quantity.sources)), items: rows.length };
}

export function calibrationsParagraphs(ctx: ReportContext): ParagraphBlock[] {
  const words = narrativeWords(ctx.lang);
  if (ctx.summary.calibrations.rows.length === 0) {
    if (hasExcludedRows(ctx, "calibrations")) {
      return [
        notSummedUpParagraph(ctx, "calibrations", {
          vi: "kiểm định, hiệu chuẩn phương tiện đo",
          en: "the verification and calibration of measuring instruments",
        }),
      ];
    }
    return [paragraph(words.noCalibrations)];
  }
  const done = totalsByActivity(ctx, (l) => l.quantity.value);
  const failed = totalsByActivity(ctx, (l) => l.failed);
  const activities = done.map(([a]) => a);
  const opening = words.calibrationsOpening(activityList(ctx, activities));
  const failedRuns: RunInput[] = failed.length === 0 ? [] : [words.calibrationsFailedLead, ...totalsPhrase(ctx, failed, "failed"), "."];
  return [
    paragraph(
      opening,
      listFootnote(linesMark(ctx), ...linesNote(ctx)),
      ": ",
      ...totalsPhrase(ctx, done, "done"),
      ".",
      ...failedRuns,
      ...excludedRowsSentence(ctx, "calibrations"),
    ),
  ];
}
