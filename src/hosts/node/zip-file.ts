/**
 * A zip file on disk, read by random access: its central directory (through
 * src/xlsx), small parts whole, and big parts streamed and inflated straight
 * from their place in the file, never past the size their entry declares.
 */
import { createReadStream } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { open } from "node:fs/promises";
import { pipeline, type Readable } from "node:stream";
import { createInflateRaw, inflateRawSync } from "node:zlib";
import { XlsxFormatError, checkInflatedSize, entryDataStart, type ReadAt, type ZipEntry } from "../../xlsx";

const STREAM_CHUNK = 256 * 1024;

/** Random access into an open file. */
export function fileReadAt(fh: FileHandle): ReadAt {
  return async (position, length) => {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await fh.read(buf, 0, length, position);
    return buf.subarray(0, bytesRead);
  };
}

/** Reads and inflates one entry whole; the caller has checked its declared size against the limits. */
export async function readZipEntry(fh: FileHandle, fileSize: number, entry: ZipEntry): Promise<Buffer> {
  const readAt = fileReadAt(fh);
  const dataStart = await entryDataStart(readAt, entry, fileSize);
  const data = Buffer.from(await readAt(dataStart, entry.compressedSize));
  if (data.length < entry.compressedSize) throw new XlsxFormatError(`${entry.name} truncated`);
  let out: Buffer;
  if (entry.method === 0) out = data;
  else {
    try {
      // One byte past the declared size is enough to know it lied.
      out = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
    } catch (error) {
      const tooBig = (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE";
      throw new XlsxFormatError(tooBig ? `${entry.name} inflates past its declared size` : `cannot inflate ${entry.name}: ${(error as Error).message}`);
    }
  }
  checkInflatedSize(entry, out.length);
  return out;
}

/**
 * Streams one entry's inflated bytes straight from the file (no temp copy).
 * Read errors, bad deflate data and a size other than the declared one are
 * thrown from the iteration; leaving it early closes the file.
 */
export async function* zipEntryChunks(path: string, fileSize: number, entry: ZipEntry): AsyncGenerator<Buffer> {
  const fh = await open(path, "r");
  let dataStart: number;
  try {
    dataStart = await entryDataStart(fileReadAt(fh), entry, fileSize);
  } finally {
    await fh.close();
  }
  let seen = 0;
  if (entry.compressedSize > 0) {
    const raw = createReadStream(path, { start: dataStart, end: dataStart + entry.compressedSize - 1, highWaterMark: STREAM_CHUNK });
    let stream: Readable = raw;
    if (entry.method === 8) {
      const inflate = createInflateRaw({ chunkSize: STREAM_CHUNK });
      pipeline(raw, inflate, () => undefined); // an error destroys both streams; the loop below sees it on `inflate`
      stream = inflate;
    }
    try {
      for await (const chunk of stream) {
        seen += (chunk as Buffer).length;
        if (seen > entry.size) throw new XlsxFormatError(`${entry.name} inflates past its declared size`);
        yield chunk as Buffer;
      }
    } finally {
      raw.destroy();
      stream.destroy();
    }
  }
  checkInflatedSize(entry, seen);
}
