/**
 * A zip's central directory, read through random access (`readAt`), so the
 * Node reader (a file handle) and the browser reader (bytes in memory) share
 * it. Every offset and size the zip declares is checked against the file's
 * size before anything is read at it.
 */
import { XlsxFormatError } from "./xlsx-format-error";

export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflate. */
  readonly method: number;
  readonly compressedSize: number;
  /** The inflated size the directory declares; a reader never accepts more. */
  readonly size: number;
  readonly localHeaderOffset: number;
}

/** Reads `length` bytes at `position`; may return fewer at the end of the file. */
export type ReadAt = (position: number, length: number) => Promise<Uint8Array>;

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const MAX_COMMENT = 0xffff;
const CENTRAL_HEADER = 46;
const LOCAL_HEADER = 30;

function fail(message: string): XlsxFormatError {
  return new XlsxFormatError(message);
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A 64-bit little-endian field as a number; refuses values past `max` (which also keeps it exact). */
function u64(v: DataView, at: number, max: number, what: string): number {
  const n = v.getBigUint64(at, true);
  if (n > BigInt(max)) throw fail(`${what} out of range`);
  return Number(n);
}

async function readExactly(readAt: ReadAt, position: number, length: number, fileSize: number): Promise<Uint8Array> {
  if (position < 0 || length < 0 || position + length > fileSize) throw fail("zip truncated");
  const bytes = await readAt(position, length);
  if (bytes.length < length) throw fail("zip truncated");
  return bytes;
}

const utf8 = new TextDecoder("utf-8");

/** Lists the entries of a zip of `fileSize` bytes, by name; throws `XlsxFormatError` when it is not a readable zip. */
export async function readZipDirectory(readAt: ReadAt, fileSize: number): Promise<Map<string, ZipEntry>> {
  if (fileSize < 22) throw fail("no end of central directory");
  const tailLength = Math.min(fileSize, 22 + MAX_COMMENT + 20);
  const tailStart = fileSize - tailLength;
  const tail = view(await readExactly(readAt, tailStart, tailLength, fileSize));
  let eocd = -1;
  for (let i = tail.byteLength - 22; i >= 0; i--) {
    if (tail.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw fail("no end of central directory");
  let count = tail.getUint16(eocd + 10, true);
  let cdSize = tail.getUint32(eocd + 12, true);
  let cdOffset = tail.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // Zip64: the locator sits just before the classic record and points at the zip64 record.
    const loc = eocd - 20;
    if (loc < 0 || tail.getUint32(loc, true) !== ZIP64_LOCATOR_SIG) throw fail("zip64 locator missing");
    const rec = view(await readExactly(readAt, u64(tail, loc + 8, fileSize, "zip64 record offset"), 56, fileSize));
    if (rec.getUint32(0, true) !== ZIP64_EOCD_SIG) throw fail("zip64 record missing");
    count = u64(rec, 32, fileSize, "entry count");
    cdSize = u64(rec, 40, fileSize, "central directory size");
    cdOffset = u64(rec, 48, fileSize, "central directory offset");
  }
  if (cdOffset + cdSize > fileSize) throw fail("central directory out of range");
  if (count * CENTRAL_HEADER > cdSize) throw fail("central directory shorter than its entry count");
  const cdBytes = await readExactly(readAt, cdOffset, cdSize, fileSize);
  const cd = view(cdBytes);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + CENTRAL_HEADER > cd.byteLength || cd.getUint32(p, true) !== CENTRAL_SIG) throw fail("bad central directory entry");
    const method = cd.getUint16(p + 10, true);
    let compressedSize = cd.getUint32(p + 20, true);
    let size = cd.getUint32(p + 24, true);
    const nameLength = cd.getUint16(p + 28, true);
    const extraLength = cd.getUint16(p + 30, true);
    const commentLength = cd.getUint16(p + 32, true);
    let localHeaderOffset = cd.getUint32(p + 42, true);
    const next = p + CENTRAL_HEADER + nameLength + extraLength + commentLength;
    if (next > cd.byteLength) throw fail("bad central directory entry");
    const name = utf8.decode(cdBytes.subarray(p + CENTRAL_HEADER, p + CENTRAL_HEADER + nameLength));
    if (size === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      // The zip64 extra field holds, in this order, only the fields that overflowed.
      let e = p + CENTRAL_HEADER + nameLength;
      const end = e + extraLength;
      while (e + 4 <= end) {
        const id = cd.getUint16(e, true);
        const len = cd.getUint16(e + 2, true);
        if (id === 0x0001) {
          let q = e + 4;
          const field = (what: string): number => {
            if (q + 8 > e + 4 + len || q + 8 > end) throw fail(`zip64 field of ${name} too short`);
            const value = u64(cd, q, Number.MAX_SAFE_INTEGER, what);
            q += 8;
            return value;
          };
          if (size === 0xffffffff) size = field("size");
          if (compressedSize === 0xffffffff) compressedSize = field("compressed size");
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = field("local header offset");
          break;
        }
        e += 4 + len;
      }
    }
    // Declared sizes are checked against the file now, so no read can reach past it later.
    if (localHeaderOffset + LOCAL_HEADER + nameLength > fileSize) throw fail(`entry ${name} lies past the end of the file`);
    if (compressedSize > fileSize - localHeaderOffset - LOCAL_HEADER) throw fail(`entry ${name} declares more bytes than the file holds`);
    if (method === 0 && size !== compressedSize) throw fail(`stored entry ${name} has two sizes`);
    if (!entries.has(name)) entries.set(name, { name, method, compressedSize, size, localHeaderOffset });
    p = next;
  }
  return entries;
}

/** Where an entry's compressed bytes start, from its local header; checked against the file's size. */
export async function entryDataStart(readAt: ReadAt, entry: ZipEntry, fileSize: number): Promise<number> {
  const header = view(await readExactly(readAt, entry.localHeaderOffset, LOCAL_HEADER, fileSize));
  if (header.getUint32(0, true) !== LOCAL_SIG) throw fail(`bad local header for ${entry.name}`);
  const dataStart = entry.localHeaderOffset + LOCAL_HEADER + header.getUint16(26, true) + header.getUint16(28, true);
  if (dataStart + entry.compressedSize > fileSize) throw fail(`entry ${entry.name} lies past the end of the file`);
  if (entry.method !== 0 && entry.method !== 8) throw fail(`unsupported compression ${entry.method} for ${entry.name}`);
  return dataStart;
}

/** Checks that an inflated part came out at the size its entry declared. */
export function checkInflatedSize(entry: ZipEntry, inflated: number): void {
  if (inflated > entry.size) throw fail(`${entry.name} inflates past its declared size`);
  if (inflated < entry.size) throw fail(`${entry.name} ends early`);
}
