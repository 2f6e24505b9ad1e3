/**
 * Zip writers (exceljs, fflate for docx) stamp each entry with the clock;
 * rewriting those stamps to one fixed moment makes the same input come out
 * as the same bytes. Only the two header fields change; the data does not.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * MS-DOS date and time fields of `at`, read in UTC (2-second resolution).
 * The format holds 1980–2107: an earlier moment becomes 1980-01-01 00:00:00,
 * a later one 2107-12-31 23:59:58.
 */
export function dosDateTime(at: Date): { readonly date: number; readonly time: number } {
  const year = at.getUTCFullYear();
  if (!(year >= 1980)) return { date: (1 << 5) | 1, time: 0 };
  if (year > 2107) return { date: (127 << 9) | (12 << 5) | 31, time: (23 << 11) | (59 << 5) | 29 };
  const date = ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate();
  const time = (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1);
  return { date, time };
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of up to 65535 bytes, at the end.
  const last = view.byteLength - 22;
  for (let i = last; i >= 0 && i >= last - 0xffff; i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  throw new Error("zip: end of central directory not found");
}

/** Dates every entry of `zip` at `at`, in place, in the central directory and the local headers; throws on a file that is not a plain zip. */
export function setZipDates<T extends Uint8Array>(zip: T, at: Date): T {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const { date, time } = dosDateTime(at);
  const eocd = findEndOfCentralDirectory(view);
  const entries = view.getUint16(eocd + 10, true);
  let entry = view.getUint32(eocd + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(entry, true) !== CENTRAL) throw new Error("zip: central directory entry expected");
    view.setUint16(entry + 12, time, true);
    view.setUint16(entry + 14, date, true);
    const local = view.getUint32(entry + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error("zip: local file header expected");
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    entry += 46 + view.getUint16(entry + 28, true) + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
  }
  return zip;
}

/** A copy of `zip` with every entry dated `at`. */
export function withZipDates(zip: Uint8Array, at: Date): Uint8Array {
  return setZipDates(zip.slice(), at);
}
