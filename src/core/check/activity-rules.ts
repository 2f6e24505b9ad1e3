/**
 * Rules of the `Hoạt động` and `Danh mục hoạt động` sheets: each kind is one
 * the catalogue knows (matched like a category, the nearest named), an amount
 * only with Vi phạm, and each catalogue row's sentence uses known slots.
 */
import { activityCatalogue, knownSlotsText, parseSentence, type ActivityCatalogue } from "../activities";
import { IssueCode, Severity, issue, type Issue } from "../issues";
import type { WorkbookData } from "../model";
import { ACTIVITIES_SHEET, ACTIVITY_KINDS_SHEET, VIOLATION_RESULT, type ActivityResult } from "../schema";
import { at, byRow, header } from "./cell-ref";
import { checkUnique } from "./unique-values";

const VIOLATION: ActivityResult = VIOLATION_RESULT;
const KIND = header(ACTIVITIES_SHEET, "kind");
const AMOUNT = header(ACTIVITIES_SHEET, "amount");
const SECTION = header(ACTIVITY_KINDS_SHEET, "section");
const SENTENCE = header(ACTIVITY_KINDS_SHEET, "sentence");

/** The catalogue's rows: repeated kinds, unknown slots, a new kind without its section or sentence. */
function checkKinds(data: WorkbookData, catalogue: ActivityCatalogue): Issue[] {
  const sheet = data.activityKinds;
  if (sheet === undefined) return [];
  const found: Issue[] = [];
  checkUnique(sheet, ACTIVITY_KINDS_SHEET, found);
  const known = knownSlotsText();
  for (const r of sheet.records) {
    if (r.sentence !== undefined) {
      for (const slot of parseSentence(r.sentence).unknown) {
        found.push(issue(IssueCode.ActivitySlotUnknown, Severity.Error, at(sheet, "sentence", r.row), { column: SENTENCE, value: slot, known }));
      }
    }
    const kind = r.kind === undefined ? undefined : catalogue.kinds.find((k) => k.row?.row === r.row);
    if (kind === undefined || kind.builtIn) continue;
    if (r.section === undefined || r.section.trim() === "") {
      found.push(issue(IssueCode.ActivityKindIncomplete, Severity.Error, at(sheet, "section", r.row), { kind: kind.name, column: SECTION }));
    }
    if (r.sentence === undefined || r.sentence.trim() === "") {
      found.push(issue(IssueCode.ActivityKindIncomplete, Severity.Error, at(sheet, "sentence", r.row), { kind: kind.name, column: SENTENCE }));
    }
  }
  return byRow(found);
}

/** The register's rows: the kind is in the catalogue, an amount goes with Vi phạm. */
function checkActivities(data: WorkbookData, catalogue: ActivityCatalogue): Issue[] {
  const sheet = data.activities;
  if (sheet === undefined) return [];
  const found: Issue[] = [];
  const { matcher } = catalogue;
  for (const r of sheet.records) {
    if (r.kind !== undefined && matcher.match(r.kind) === undefined) {
      found.push(
        issue(IssueCode.CategoryUnknown, Severity.Error, at(sheet, "kind", r.row), {
          column: KIND,
          value: r.kind.trim(),
          nearest: matcher.nearest(r.kind),
          allowed: matcher.allowedText,
        }),
      );
    }
    if (r.amount !== undefined && r.result !== VIOLATION) {
      found.push(issue(IssueCode.ActivityAmountWithoutViolation, Severity.Error, at(sheet, "amount", r.row), { column: AMOUNT, result: r.result ?? "" }));
    }
  }
  return found;
}

/** Both sheets' rules, the catalogue's issues first (its sheet comes first in the template too). */
export function checkActivityRules(data: WorkbookData): Issue[] {
  if (data.activities === undefined && data.activityKinds === undefined) return [];
  const catalogue = activityCatalogue(data.activityKinds);
  return [...checkKinds(data, catalogue), ...checkActivities(data, catalogue)];
}
