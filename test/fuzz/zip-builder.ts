/**
 * A small zip writer for crafted test files: each entry's bytes, compressed
 * or stored, and any header field set to a lie on purpose.
 */
import { deflateRawSync } from "node:zlib";

export interface CraftedEntry {
  readonly name: string;
  readonly data: Uint8Array | string;
  /** Deflate (default) or store. */
  readonly stored?: boolean;
  /** Already-deflated bytes to use instead of compressing `data` (the declared size is then `data`'s unless `size` says). */
  readonly raw?: Uint8Array;
  /** Lies written into the central directory instead of the true values. */
  readonly size?: number;
  readonly compressedSize?: number;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const bytesOf = (d: Uint8Array | string): Uint8Array => (typeof d === "string" ? Buffer.from(d, "utf8") : d);

/** The zip's bytes. */
export function buildZip(entries: ReadonlyArray<CraftedEntry>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = bytesOf(e.data);
    const body = e.raw ?? (e.stored ? data : deflateRawSync(data, { level: 1 }));
    const name = Buffer.from(e.name, "utf8");
    const method = e.stored && !e.raw ? 0 : 8;
    const crc = e.raw ? 0 : crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(Math.min(data.length, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE((e.compressedSize ?? body.length) >>> 0, 20);
    central.writeUInt32LE((e.size ?? data.length) >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(body));
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}
