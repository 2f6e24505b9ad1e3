/**
 * The record a sample report carries, as the Word tests need it: the figures
 * the product wrote, given as `[key, text]` pairs (each control tagged
 * `lbc:<key>`), for the sample's period in Vietnamese.
 */
import type { Provenance } from "../../../src/core/living";

export function writtenProvenance(written: ReadonlyArray<readonly [key: string, text: string]>, workbook?: Provenance["workbook"]): Provenance {
  return {
    ...(workbook ? { workbook } : {}),
    period: "6 tháng đầu năm 2021",
    lang: "vi",
    version: "0.1.0",
    figures: written.map(([key, text]) => ({ tag: `lbc:${key}`, key, text })),
  };
}

/** The three figures most Word tests start from: the lots, the steel lots and the managed tasks as first written. */
export const FIRST_WRITTEN = [
  ["lots.total", "800"],
  ["lots.byGroup.Thép", "40"],
  ["tasks.managed", "29"],
] as const;
