/**
 * A1 addresses for the stand-in, written apart from src/core/grid on purpose:
 * a test double that shared the product's helpers would share its bugs.
 * Rows and columns here are 0-based.
 */

export interface Box {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export function letters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnOf(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B13", "A1:I847", "A:A", "3:3", with or without `$` or a sheet part. Throws on anything else, as Excel does. */
export function parseBox(address: string): Box {
  const bang = address.lastIndexOf("!");
  const local = (bang < 0 ? address : address.slice(bang + 1)).replace(/\$/g, "");
  const parts = local.split(":");
  if (parts.length > 2 || parts[0] === "") throw new Error(`InvalidArgument: the address "${address}" is not valid`);
  const ends = parts.map((p) => {
    const m = /^([A-Za-z]{0,3})(\d{0,7})$/.exec(p);
    if (!m || (m[1] === "" && m[2] === "")) throw new Error(`InvalidArgument: the address "${address}" is not valid`);
    return { c: m[1] === "" ? undefined : columnOf(m[1]!), r: m[2] === "" ? undefined : Number(m[2]) - 1 };
  });
  const a = ends[0]!;
  const b = ends[1] ?? a;
  return { r1: a.r ?? 0, c1: a.c ?? 0, r2: b.r ?? MAX_ROWS - 1, c2: b.c ?? MAX_COLUMNS - 1 };
}

/** "B13" for one cell, "A1:I847" otherwise. */
export function boxAddress(box: Box): string {
  const first = `${letters(box.c1)}${box.r1 + 1}`;
  return box.r1 === box.r2 && box.c1 === box.c2 ? first : `${first}:${letters(box.c2)}${box.r2 + 1}`;
}

/** The sheet part as Excel writes it: quoted unless the name is plain ASCII. */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}
