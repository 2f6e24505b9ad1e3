/** The reference sample's report in each language, with the workbook it came from. */
import type { Lang } from "../../../src/core/i18n";
import { analyseWorkbook, type Analysis } from "../../../src/core/analyse";
import { planReport } from "../../../src/core/report";
import type { ReportDocument } from "../../../src/core/document";
import { openXlsxSource } from "../../../src/hosts/node";
import { REFERENCE_SAMPLE } from "../../support/reference-report";

export interface Edition {
  readonly analysis: Analysis;
  readonly document: ReportDocument;
}

export async function sampleEdition(lang: Lang): Promise<Edition> {
  const analysis = await analyseWorkbook(await openXlsxSource(REFERENCE_SAMPLE));
  const prepared = planReport(analysis, { lang });
  if (!prepared.ok) throw new Error(`no report: ${prepared.reason}`);
  return { analysis, document: prepared.built.document };
}

/**
 * What the clerk typed and the English edition keeps as typed: settings,
 * free text and its inline notes, task titles, finance items and notes,
 * instrument or unit names only where the edition quotes them, and the
 * activity register's subjects, batches, notes and the department's sentences.
 */
export function clerkText(analysis: Analysis): string[] {
  const data = analysis.data;
  const out: string[] = [];
  for (const value of Object.values(data.settings.values)) {
    if (typeof value === "string") out.push(...value.split(/\r?\n/).map((l) => l.replace(/^\s*[-–+•]\s*/, "")));
  }
  for (const r of data.narrative?.records ?? []) out.push(...(r.text ?? "").split(/\[\^|\]/));
  for (const r of data.tasks?.records ?? []) out.push(r.title ?? "");
  for (const r of data.finance?.records ?? []) out.push(r.item ?? "", r.note ?? "");
  for (const r of data.calibrations?.records ?? []) out.push(`“${r.instrument ?? ""}”`, `“${r.unit ?? ""}”`);
  // The activity register: subjects, batches and notes as typed, and a department's own sentences between their slots.
  for (const r of data.activities?.records ?? []) out.push(r.subject ?? "", r.batch ?? "", r.note ?? "");
  for (const r of data.activityKinds?.records ?? []) out.push(...(r.sentence ?? "").split(/\{[^}]*\}|\[\^?|\]|\|/), r.unit ?? "");
  return [...new Set(out.map((t) => t.normalize("NFC").replace(/\s+/g, " ").trim()).filter((t) => t.length > 1))].sort((a, b) => b.length - a.length);
}
