/** Reading a preview figure's `data-sources` back into the cells it points at. */
import type { SourceRef } from "../../core/summarise";
import { firstSource } from "../summary";

/** The sources a figure span carries; malformed JSON or entries give nothing rather than a wrong cell. */
export function parseSources(json: string | null | undefined): SourceRef[] {
  if (!json) return [];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const out: SourceRef[] = [];
  for (const entry of value) {
    if (typeof entry !== "object" || entry === null) continue;
    const { sheet, ranges } = entry as { sheet?: unknown; ranges?: unknown };
    if (typeof sheet !== "string" || !Array.isArray(ranges)) continue;
    const good = ranges.filter((r): r is string => typeof r === "string" && /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/.test(r));
    if (good.length > 0) out.push({ sheet, ranges: good });
  }
  return out;
}

/** The cell a figure leads to, from the element's `data-sources`. */
export function figureTarget(sourcesAttr: string | null | undefined): { readonly sheet: string; readonly address: string } | undefined {
  return firstSource(parseSources(sourcesAttr));
}

/** Keys that act on a focused figure, as on a button. */
export function isActivationKey(key: string): boolean {
  return key === "Enter" || key === " " || key === "Spacebar";
}
