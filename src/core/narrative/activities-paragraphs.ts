/**
 * The `Hoạt động` register in the report: each kind's paragraph in its
 * section, in catalogue order, before the section's free text. A sentence
 * holding `{đợt}` is written once per batch, in date order.
 */
import { activityCatalogue, type ActivityKind } from "../activities";
import { paragraph, type Block, type RunInput } from "../document";
import { IssueCode, Severity, issue, type Issue } from "../issues";
import { normaliseSectionKey } from "../outline";
import type { ActivityKindSummary } from "../summarise";
import { sentenceRuns } from "./activity-sentence";
import type { ReportContext } from "./report-context";

export interface ActivityBlocks {
  /** By normalised section key. */
  readonly byKey: ReadonlyMap<string, ReadonlyArray<Block>>;
  /** Kinds whose section the outline does not have. */
  readonly issues: ReadonlyArray<Issue>;
}

/** One paragraph for a kind: its sentence over the kind's figures, or once per batch. */
export function kindParagraph(ctx: ReportContext, k: ActivityKindSummary): Block | undefined {
  const sentence = k.kind.sentence?.[ctx.lang];
  if (sentence === undefined) return undefined;
  const unit = k.kind.unit[ctx.lang];
  if (!sentence.perBatch) return paragraph(...sentenceRuns(ctx, sentence.parts, { figures: k, unit }));
  const runs: RunInput[] = [];
  for (const b of k.batchList) {
    if (runs.length > 0) runs.push(" ");
    runs.push(...sentenceRuns(ctx, sentence.parts, { figures: b, unit, batch: b.name }));
  }
  return paragraph(...runs);
}

function sectionUnknown(kind: ActivityKind, known: string): Issue {
  const where = kind.row === undefined ? {} : { sheet: kind.row.sheet, cell: kind.row.sectionCell, row: kind.row.row };
  return issue(IssueCode.ActivitySectionUnknown, Severity.Warning, where, { kind: kind.name, section: kind.section ?? "", known });
}

/**
 * The paragraphs of every kind with rows in the period, by section.
 * `knownKeys` maps normalised outline keys to the keys as the outline writes them.
 */
export function activityBlocks(ctx: ReportContext, knownKeys: ReadonlyMap<string, string>): ActivityBlocks {
  const byKey = new Map<string, Block[]>();
  const issues: Issue[] = [];
  const known = [...knownKeys.values()].join(", ");
  for (const k of ctx.summary.activities.kinds) {
    if (k.kind.section === undefined) continue;
    const key = normaliseSectionKey(k.kind.section);
    if (!knownKeys.has(key)) {
      issues.push(sectionUnknown(k.kind, known));
      continue;
    }
    const block = kindParagraph(ctx, k);
    if (block === undefined) continue;
    let blocks = byKey.get(key);
    if (blocks === undefined) byKey.set(key, (blocks = []));
    blocks.push(block);
  }
  // A department's kind typed under an unknown section is a mistake even with no rows yet.
  for (const kind of activityKindsWithoutRows(ctx)) {
    if (kind.row !== undefined && kind.section !== undefined && !knownKeys.has(normaliseSectionKey(kind.section))) issues.push(sectionUnknown(kind, known));
  }
  return { byKey, issues };
}

/** Catalogue rows of the department whose kind has no row counted in the period. */
function activityKindsWithoutRows(ctx: ReportContext): ActivityKind[] {
  const sheet = ctx.data.activityKinds;
  if (sheet === undefined) return [];
  const withRows = new Set(ctx.summary.activities.kinds.map((k) => k.kind.name));
  return activityCatalogue(sheet).kinds.filter((k) => k.row !== undefined && !withRows.has(k.name));
}
