/**
 * The `Nội dung` rows: one paragraph each, placed in their section in sheet
 * order. The text is Vietnamese as typed, so it is the same in an English
 * report. A key the outline does not know is reported, not guessed.
 */
import { paragraph, type ParagraphBlock } from "../document";
import { cellAddress } from "../grid";
import { IssueCode, Severity, issue, type Issue } from "../issues";
import type { WorkbookData } from "../model";
import { normaliseSectionKey } from "../outline";
import { inlineFootnoteRuns } from "./inline-footnotes";

export interface FreeTextRow {
  readonly sheet: string;
  readonly row: number;
  /** The text cell ("B7"), when the column was found. */
  readonly cell?: string;
  readonly text: string;
}

export interface FreeText {
  /** By normalised section key, rows in sheet order. */
  readonly byKey: ReadonlyMap<string, ReadonlyArray<FreeTextRow>>;
  readonly issues: ReadonlyArray<Issue>;
}

function errorRowsOf(issues: ReadonlyArray<Issue>, sheet: string): Set<number> {
  const out = new Set<number>();
  for (const i of issues) if (i.severity === Severity.Error && i.sheet === sheet && i.row !== undefined) out.add(i.row);
  return out;
}

/**
 * Groups the rows by section. Rows an error names (an empty `Mục`, say) are
 * left out like any row with an error; empty text is skipped.
 * `knownKeys` maps normalised keys to the keys as the outline writes them.
 */
export function collectFreeText(data: WorkbookData, analysisIssues: ReadonlyArray<Issue>, knownKeys: ReadonlyMap<string, string>): FreeText {
  const byKey = new Map<string, FreeTextRow[]>();
  const issues: Issue[] = [];
  const sheetData = data.narrative;
  if (sheetData === undefined) return { byKey, issues };
  const { sheet, columns } = sheetData;
  const errorRows = errorRowsOf(analysisIssues, sheet);
  const known = [...knownKeys.values()].join(", ");
  for (const record of sheetData.records) {
    const text = record.text?.normalize("NFC").trim() ?? "";
    if (errorRows.has(record.row) || record.section === undefined || text === "") continue;
    const key = normaliseSectionKey(record.section);
    if (!knownKeys.has(key)) {
      const cell = columns.section === undefined ? undefined : cellAddress(columns.section, record.row);
      issues.push(issue(IssueCode.SectionUnknown, Severity.Warning, { sheet, cell, row: record.row }, { section: record.section.trim(), known }));
      continue;
    }
    let rows = byKey.get(key);
    if (rows === undefined) byKey.set(key, (rows = []));
    const cell = columns.text === undefined ? undefined : cellAddress(columns.text, record.row);
    rows.push(cell === undefined ? { sheet, row: record.row, text } : { sheet, row: record.row, cell, text });
  }
  return { byKey, issues };
}

/** One justified paragraph a row, inline notes made footnotes. */
export function freeTextParagraphs(rows: ReadonlyArray<FreeTextRow>): ParagraphBlock[] {
  return rows.map((r) => paragraph(...inlineFootnoteRuns(r.text)));
}
