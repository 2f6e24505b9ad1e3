/**
 * Sets every entry of a zip file to one date and time. fflate, which docx
 * zips with, stamps entries with the local time of packing; rewriting the
 * two header fields in place keeps the compressed data untouched.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** MS-DOS date and time fields of `at`, read in UTC, from 1980 on (the format's first year). */
export function dosDateTime(at: Date): { readonly date: number; readonly time: number } {
  if (at.getUTCFullYear() < 1980) return { date: (1 << 5) | 1, time: 0 };
  const date = ((at.getUTCFullYear() - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate();
  const time = (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1);
  return { date, time };
}

/** A copy of `zip` with every entry dated `at`; throws on a file that is not a plain zip. */
export function withZipDates(zip: Uint8Array, at: Date): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
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
  return out;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of up to 65535 bytes, at the end.
  const last = view.byteLength - 22;
  for (let i = last; i >= 0 && i >= last - 0xffff; i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  throw new Error("zip: end of central directory not found");
}
