/**
 * Reads a zip's central directory and its entries by random access: the
 * small parts (workbook.xml, styles, rels, tables) whole, the sheets as
 * streams, each straight from its place in the file.
 */
import { createReadStream } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { Readable, pipeline } from "node:stream";
import { createInflateRaw, inflateRawSync } from "node:zlib";

export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflate. */
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const MAX_COMMENT = 0xffff;
const STREAM_CHUNK = 256 * 1024;

/** Thrown when the bytes are not a readable zip; the caller classifies it. */
export class ZipFormatError extends Error {}

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  if (bytesRead < length) throw new ZipFormatError("zip truncated");
  return buf;
}

/** Lists the entries of the zip open in `fh` (of `fileSize` bytes), by name. */
export async function readZipDirectory(fh: FileHandle, fileSize: number): Promise<Map<string, ZipEntry>> {
  const tailLength = Math.min(fileSize, 22 + MAX_COMMENT + 20);
  const tailStart = fileSize - tailLength;
  const tail = await readAt(fh, tailStart, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("no end of central directory");
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // Zip64: the locator sits just before the classic record and points at the zip64 record.
    const loc = eocd - 20;
    if (loc < 0 || tail.readUInt32LE(loc) !== ZIP64_LOCATOR_SIG) throw new ZipFormatError("zip64 locator missing");
    const rec = await readAt(fh, Number(tail.readBigUInt64LE(loc + 8)), 56);
    count = Number(rec.readBigUInt64LE(32));
    cdSize = Number(rec.readBigUInt64LE(40));
    cdOffset = Number(rec.readBigUInt64LE(48));
  }
  if (cdOffset + cdSize > fileSize) throw new ZipFormatError("central directory out of range");
  const cd = await readAt(fh, cdOffset, cdSize);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL_SIG) throw new ZipFormatError("bad central directory entry");
    const method = cd.readUInt16LE(p + 10);
    let compressedSize = cd.readUInt32LE(p + 20);
    let size = cd.readUInt32LE(p + 24);
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    let localHeaderOffset = cd.readUInt32LE(p + 42);
    const name = cd.toString("utf8", p + 46, p + 46 + nameLength);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      // The zip64 extra field holds, in this order, only the fields that overflowed.
      let e = p + 46 + nameLength;
      const end = e + extraLength;
      while (e + 4 <= end) {
        const id = cd.readUInt16LE(e);
        const len = cd.readUInt16LE(e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (size === 0xffffffff) {
            size = Number(cd.readBigUInt64LE(q));
            q += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = Number(cd.readBigUInt64LE(q));
            q += 8;
          }
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = Number(cd.readBigUInt64LE(q));
          break;
        }
        e += 4 + len;
      }
    }
    entries.set(name, { name, method, compressedSize, size, localHeaderOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Reads and inflates one entry; refuses entries larger than `maxSize` bytes. */
export async function readZipEntry(fh: FileHandle, entry: ZipEntry, maxSize: number): Promise<Buffer> {
  if (entry.size > maxSize) throw new ZipFormatError(`entry ${entry.name} too large`);
  const header = await readAt(fh, entry.localHeaderOffset, 30);
  if (header.readUInt32LE(0) !== LOCAL_SIG) throw new ZipFormatError(`bad local header for ${entry.name}`);
  const dataStart = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const data = entry.compressedSize === 0 ? Buffer.alloc(0) : await readAt(fh, dataStart, entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method === 8) {
    try {
      return inflateRawSync(data, { maxOutputLength: Math.max(maxSize, 1) });
    } catch (error) {
      throw new ZipFormatError(`cannot inflate ${entry.name}: ${(error as Error).message}`);
    }
  }
  throw new ZipFormatError(`unsupported compression ${entry.method} for ${entry.name}`);
}

/**
 * Streams one entry's inflated bytes straight from the file (no temp copy).
 * Read errors and bad deflate data surface as errors of the returned stream.
 */
export async function openZipEntry(path: string, entry: ZipEntry): Promise<Readable> {
  const fh = await open(path, "r");
  let dataStart: number;
  try {
    const header = await readAt(fh, entry.localHeaderOffset, 30);
    if (header.readUInt32LE(0) !== LOCAL_SIG) throw new ZipFormatError(`bad local header for ${entry.name}`);
    dataStart = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    await fh.close();
  }
  if (entry.compressedSize === 0) return Readable.from([]);
  const raw = createReadStream(path, { start: dataStart, end: dataStart + entry.compressedSize - 1, highWaterMark: STREAM_CHUNK });
  if (entry.method === 0) return raw;
  if (entry.method !== 8) throw new ZipFormatError(`unsupported compression ${entry.method} for ${entry.name}`);
  const inflate = createInflateRaw({ chunkSize: STREAM_CHUNK });
  pipeline(raw, inflate, () => undefined); // an error destroys both streams; the reader sees it on `inflate`
  return inflate;
}
