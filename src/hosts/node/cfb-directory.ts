/**
 * Lists the stream names of an OLE compound file (CFB): old binary .xls files
 * and password-protected OOXML files both use this container, and only the
 * latter holds an `EncryptionInfo` stream.
 */
import type { FileHandle } from "node:fs/promises";

export const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const END_OF_CHAIN = 0xfffffffe;
const DIR_ENTRY_SIZE = 128;
/** A directory longer than this is not something we need to read to the end. */
const MAX_DIR_SECTORS = 256;

async function readSector(fh: FileHandle, sector: number, shift: number): Promise<Buffer | undefined> {
  const size = 1 << shift;
  const buf = Buffer.alloc(size);
  const { bytesRead } = await fh.read(buf, 0, size, (sector + 1) * size);
  return bytesRead === size ? buf : undefined;
}

/**
 * Names of the directory entries (streams and storages), following the
 * directory's sector chain through the FAT sectors the header lists.
 * Returns undefined when the header or the chain is not readable.
 */
export async function listCfbEntryNames(fh: FileHandle): Promise<string[] | undefined> {
  const header = Buffer.alloc(512);
  const { bytesRead } = await fh.read(header, 0, 512, 0);
  if (bytesRead < 512 || !header.subarray(0, 8).equals(CFB_MAGIC)) return undefined;
  const shift = header.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return undefined;
  const perFatSector = (1 << shift) / 4;
  const fatSectorCount = Math.min(header.readUInt32LE(0x2c), 109);
  const fatCache = new Map<number, Buffer | undefined>();

  const next = async (sector: number): Promise<number | undefined> => {
    const which = Math.floor(sector / perFatSector);
    if (which >= fatSectorCount) return undefined;
    if (!fatCache.has(which)) fatCache.set(which, await readSector(fh, header.readUInt32LE(0x4c + which * 4), shift));
    const fat = fatCache.get(which);
    return fat?.readUInt32LE((sector % perFatSector) * 4);
  };

  const names: string[] = [];
  let sector: number | undefined = header.readUInt32LE(0x30);
  for (let n = 0; n < MAX_DIR_SECTORS && sector !== undefined && sector < END_OF_CHAIN; n++) {
    const dir = await readSector(fh, sector, shift);
    if (!dir) break;
    for (let p = 0; p + DIR_ENTRY_SIZE <= dir.length; p += DIR_ENTRY_SIZE) {
      const nameBytes = dir.readUInt16LE(p + 0x40);
      if (nameBytes < 2 || nameBytes > 64) continue;
      names.push(dir.toString("utf16le", p, p + nameBytes - 2));
    }
    sector = await next(sector);
  }
  return names;
}

/** Cheap fallback when the directory chain is damaged: looks for the UTF-16LE name in the first bytes. */
export async function cfbMentions(fh: FileHandle, name: string, scanBytes = 65536): Promise<boolean> {
  const buf = Buffer.alloc(scanBytes);
  const { bytesRead } = await fh.read(buf, 0, scanBytes, 0);
  return buf.subarray(0, bytesRead).includes(Buffer.from(name, "utf16le"));
}
