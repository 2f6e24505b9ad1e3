/** Addresses as Office.js returns them: sheet-qualified ("'Lô hàng'!C5:K200"). */
import { parseRange } from "../../core/grid";

/** "'Lô hàng'!C5:K200" → "C5:K200"; an address without a sheet is returned as is. */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang < 0 ? address : address.slice(bang + 1)).replace(/\$/g, "");
}

/** The corners of an address, sheet part and `$` signs ignored; undefined when it is not a cell range. */
export function rangeCorners(address: string): { c1: number; r1: number; c2: number; r2: number } | undefined {
  return parseRange(localAddress(address));
}
