/** Import lots registered in the period, by goods group and by result. */
import type { LotRecord, SheetData } from "../model";
import { GOODS_GROUPS, LOT_RESULTS, type GoodsGroup, type LotResult } from "../schema";
import { ZERO, countOf, countsPer, rowsPer } from "./figure";
import { inPeriod, RowTally } from "./row-account";
import type { LotsSummary, Period, SheetSummary } from "./summary";

export const EMPTY_LOTS: LotsSummary = {
  total: ZERO,
  byGroup: countsPer(GOODS_GROUPS, rowsPer(GOODS_GROUPS), "", undefined),
  byResult: countsPer(LOT_RESULTS, rowsPer(LOT_RESULTS), "", undefined),
};

/** Counts lots whose registration date falls in the period; rows named by an error are left out. */
export function summariseLots(data: SheetData<LotRecord>, errorRows: ReadonlySet<number>, period: Period): SheetSummary<LotsSummary> {
  const tally = new RowTally();
  const all: number[] = [];
  const byGroup = rowsPer<GoodsGroup>(GOODS_GROUPS);
  const byResult = rowsPer<LotResult>(LOT_RESULTS);

  for (const lot of data.records) {
    tally.total++;
    const { group, result, registeredOn } = lot;
    if (errorRows.has(lot.row) || group === undefined || result === undefined || registeredOn === undefined) {
      tally.excluded++;
    } else if (inPeriod(registeredOn, period)) {
      tally.counted++;
      all.push(lot.row);
      byGroup[group].push(lot.row);
      byResult[result].push(lot.row);
    } else {
      tally.outsidePeriod++;
    }
  }

  const { sheet, columns } = data;
  return {
    summary: {
      total: countOf(sheet, columns.registeredOn, all),
      byGroup: countsPer(GOODS_GROUPS, byGroup, sheet, columns.group),
      byResult: countsPer(LOT_RESULTS, byResult, sheet, columns.result),
    },
    rows: tally.account(),
  };
}
