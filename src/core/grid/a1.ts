/** A1 addresses: column letters, cell and range references, sheet-qualified. */

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 26. Returns -1 for anything that is not column letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Cell address: column index 0-based, row 1-based → "C17". */
export function cellAddress(col: number, row: number): string {
  return columnLetter(col) + String(row);
}

/** Parses "C17" into { col: 2, row: 17 }; undefined if it is not an address. */
export function parseCellAddress(ref: string): { col: number; row: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return undefined;
  return { col: columnIndex(m[1]!), row: Number(m[2]) };
}

/** Parses "A3:I200" (or a single cell) into its corners. */
export function parseRange(ref: string): { c1: number; r1: number; c2: number; r2: number } | undefined {
  const [a, b] = ref.split(":");
  const p = parseCellAddress(a ?? "");
  const q = b === undefined ? p : parseCellAddress(b);
  if (!p || !q) return undefined;
  return { c1: Math.min(p.col, q.col), r1: Math.min(p.row, q.row), c2: Math.max(p.col, q.col), r2: Math.max(p.row, q.row) };
}

/** Sheet name quoted the way Excel does when it needs to be: 'Lô hàng'!B17. */
export function qualify(sheet: string, ref: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet);
  return (plain ? sheet : `'${sheet.replace(/'/g, "''")}'`) + "!" + ref;
}

/**
 * Compresses sorted 1-based row numbers of one column into ranges:
 * rows [5,6,7,9] in column 3 → ["D5:D7", "D9"].
 */
export function columnRuns(col: number, rows: ReadonlyArray<number>): string[] {
  const out: string[] = [];
  const letter = columnLetter(col);
  let i = 0;
  while (i < rows.length) {
    const start = rows[i]!;
    let end = start;
    while (i + 1 < rows.length && rows[i + 1] === end + 1) {
      end = rows[i + 1]!;
      i++;
    }
    out.push(start === end ? `${letter}${start}` : `${letter}${start}:${letter}${end}`);
    i++;
  }
  return out;
}
