/** Bars for a small chart: each value's share of the largest one. */
import { formatNumber } from "../../core/format";
import type { Lang } from "../../core/i18n";
import type { Figure } from "../../core/summarise";

export interface ChartBar {
  readonly label: string;
  readonly value: number;
  readonly text: string;
  /** 0 to 1: the bar's length against the longest. */
  readonly fraction: number;
}

export function chartBars(entries: ReadonlyArray<readonly [string, Figure]>, lang: Lang): ChartBar[] {
  const max = entries.reduce((m, [, f]) => Math.max(m, f.value), 0);
  return entries.map(([label, f]) => ({ label, value: f.value, text: formatNumber(f.value, 0, lang), fraction: max > 0 ? Math.max(0, f.value) / max : 0 }));
}

/** One sentence for screen readers: "Thép: 12; Khác: 3". */
export function chartDescription(bars: ReadonlyArray<ChartBar>): string {
  return bars.map((b) => `${b.label}: ${b.text}`).join("; ");
}
