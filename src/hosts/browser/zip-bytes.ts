/**
 * A zip held in memory: its central directory (through src/xlsx) and each
 * entry inflated as a stream with fflate's `Inflate`, a slice of compressed
 * bytes at a time, never past the size the entry declares.
 */
import { Inflate } from "fflate";
import { XlsxFormatError, checkInflatedSize, entryDataStart, readZipDirectory, type ReadAt, type ZipEntry } from "../../xlsx";

/** Compressed bytes inflated at once: deflate expands at most about 1032 times, so one step yields at most ~16 MB. */
const SLICE = 16 * 1024;

export class ZipBytes {
  private constructor(
    private readonly bytes: Uint8Array,
    readonly entries: ReadonlyMap<string, ZipEntry>,
  ) {}

  static async open(bytes: Uint8Array): Promise<ZipBytes> {
    return new ZipBytes(bytes, await readZipDirectory(bytesReadAt(bytes), bytes.length));
  }

  /** The entry's inflated bytes, in pieces, as they come out of the inflater. */
  async *chunks(entry: ZipEntry): AsyncGenerator<Uint8Array> {
    const start = await entryDataStart(bytesReadAt(this.bytes), entry, this.bytes.length);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    let seen = 0;
    if (entry.method === 0) {
      for (let at = 0; at < data.length; at += SLICE * 64) {
        const piece = data.subarray(at, Math.min(data.length, at + SLICE * 64));
        seen += piece.length;
        yield piece;
      }
    } else {
      const out: Uint8Array[] = [];
      const inflate = new Inflate((piece) => {
        seen += piece.length;
        if (seen > entry.size) throw new XlsxFormatError(`${entry.name} inflates past its declared size`);
        out.push(piece);
      });
      for (let at = 0; at < data.length || at === 0; at += SLICE) {
        const end = Math.min(data.length, at + SLICE);
        try {
          inflate.push(data.subarray(at, end), end === data.length);
        } catch (error) {
          if (error instanceof XlsxFormatError) throw error;
          throw new XlsxFormatError(`cannot inflate ${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
        }
        for (const piece of out) yield piece;
        out.length = 0;
        if (end === data.length) break;
      }
    }
    checkInflatedSize(entry, seen);
  }

  /** The whole entry's text; the caller has checked its declared size against the limits. */
  async text(entry: ZipEntry): Promise<string> {
    const decoder = new TextDecoder("utf-8");
    let text = "";
    for await (const piece of this.chunks(entry)) text += decoder.decode(piece, { stream: true });
    return text + decoder.decode();
  }
}

function bytesReadAt(bytes: Uint8Array): ReadAt {
  return async (position, length) => bytes.subarray(position, position + length);
}
