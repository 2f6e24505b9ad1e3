/** Says which features the user's Office cannot run, and what it would take. */
import type { Lang } from "../../core/i18n";
import type { MissingFeature } from "../host";
import { uiText } from "./ui-text";

/** One line per missing feature, in the order given; a feature missing twice is said once. */
export function requirementNotices(missing: ReadonlyArray<MissingFeature>, lang: Lang): string[] {
  const t = uiText(lang);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of missing) {
    if (seen.has(m.feature)) continue;
    seen.add(m.feature);
    out.push(`${t.missingFeature[m.feature]} ${t.needsSet(m.set)}`);
  }
  return out;
}

/** True when `feature` can run. */
export function canRun(missing: ReadonlyArray<MissingFeature>, feature: MissingFeature["feature"]): boolean {
  return !missing.some((m) => m.feature === feature);
}
