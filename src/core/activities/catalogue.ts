/**
 * The activity catalogue in force: the built-in kinds, then the department's
 * `Danh mục hoạt động` rows, each adding a kind or overriding a built-in one
 * of the same name (its section, sentence or unit, whichever it gives).
 */
import { cellAddress } from "../grid";
import type { ActivityKindRecord, SheetData } from "../model";
import { CategoryMatcher } from "../values";
import { BUILT_IN_KINDS } from "./builtin-kinds";
import { parseSentence, type SentenceTemplate } from "./sentence-template";

/** Where a kind's catalogue row sits, when a department typed one. */
export interface KindRow {
  readonly sheet: string;
  readonly row: number;
  readonly sectionCell?: string;
  readonly sentenceCell?: string;
}

export interface ActivityKind {
  /** As the catalogue spells it (the built-in spelling for an override). */
  readonly name: string;
  /** An outline key ("II.6.2"); undefined for a new kind whose row lacks one (an issue says so). */
  readonly section?: string;
  readonly unit: { readonly vi: string; readonly en: string };
  /** Undefined for a new kind whose row lacks a sentence or holds an unknown slot (an issue says so). */
  readonly sentence?: { readonly vi: SentenceTemplate; readonly en: SentenceTemplate };
  readonly builtIn: boolean;
  /** The department's row, when there is one. */
  readonly row?: KindRow;
}

export interface ActivityCatalogue {
  /** Built-in kinds in contract order, then the department's new kinds in sheet order. */
  readonly kinds: ReadonlyArray<ActivityKind>;
  /** Matches a typed kind like a category (case, diacritics, tone placement). */
  readonly matcher: CategoryMatcher;
  readonly byName: ReadonlyMap<string, ActivityKind>;
}

const NONE: ReadonlySet<number> = new Set();

function tidy(text: string | undefined): string | undefined {
  const t = text?.normalize("NFC").replace(/\s+/g, " ").trim();
  return t === "" ? undefined : t;
}

/**
 * The catalogue a workbook uses. Rows named by an error (`errorRows`) still
 * name their kind, so its activities are not reported twice, but add
 * nothing else: a built-in kind keeps its own words.
 */
export function activityCatalogue(sheet?: SheetData<ActivityKindRecord>, errorRows: ReadonlySet<number> = NONE): ActivityCatalogue {
  const kinds: ActivityKind[] = BUILT_IN_KINDS.map((k) => ({
    name: k.name,
    section: k.section,
    unit: k.unit,
    sentence: { vi: parseSentence(k.sentence.vi), en: parseSentence(k.sentence.en) },
    builtIn: true,
  }));
  const builtIns = new CategoryMatcher(BUILT_IN_KINDS.map((k) => k.name));
  for (const r of sheet?.records ?? []) {
    const name = tidy(r.kind);
    if (name === undefined) continue;
    const at = builtIns.match(name);
    const i = at === undefined ? kinds.findIndex((k) => !k.builtIn && k.name.toLowerCase() === name.toLowerCase()) : kinds.findIndex((k) => k.name === at);
    // A repeated kind is an error the unique check reports; the first row stands.
    if (i >= 0 && kinds[i]!.row !== undefined) continue;
    const row: KindRow = {
      sheet: sheet!.sheet,
      row: r.row,
      ...(sheet!.columns.section === undefined ? {} : { sectionCell: cellAddress(sheet!.columns.section, r.row) }),
      ...(sheet!.columns.sentence === undefined ? {} : { sentenceCell: cellAddress(sheet!.columns.sentence, r.row) }),
    };
    const base = i >= 0 ? kinds[i]! : { name, unit: { vi: "", en: "" }, builtIn: false };
    if (errorRows.has(r.row)) {
      if (i < 0) kinds.push({ ...base, row });
      continue;
    }
    const section = tidy(r.section) ?? base.section;
    const sentenceText = tidy(r.sentence);
    const parsed = sentenceText === undefined ? undefined : parseSentence(sentenceText);
    // A department's sentence is in its own words: the same in both languages.
    const sentence = parsed !== undefined && parsed.unknown.length === 0 ? { vi: parsed, en: parsed } : base.sentence;
    const unitText = tidy(r.unit);
    const unit = unitText === undefined ? base.unit : { vi: unitText, en: unitText };
    const kind: ActivityKind = {
      name: base.name,
      unit,
      builtIn: base.builtIn,
      row,
      ...(section === undefined ? {} : { section }),
      ...(sentence === undefined ? {} : { sentence }),
    };
    if (i >= 0) kinds[i] = kind;
    else kinds.push(kind);
  }
  const byName = new Map(kinds.map((k) => [k.name, k] as const));
  return { kinds, matcher: new CategoryMatcher(kinds.map((k) => k.name)), byName };
}

/** The kind a typed value names, or undefined. */
export function kindOf(catalogue: ActivityCatalogue, typed: string): ActivityKind | undefined {
  const name = catalogue.matcher.match(typed);
  return name === undefined ? undefined : catalogue.byName.get(name);
}
