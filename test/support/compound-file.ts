/**
 * A minimal compound file (CFB, 512-byte sectors) holding streams of the given
 * names: what an old .xls or a password-protected .xlsx looks like from outside.
 * Sector 1 is the FAT; the directory takes sector 0, then 2, 3, … (four
 * 128-byte entries a sector).
 */
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

export const CFB_MAGIC_BYTES = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

/** The streams of an encrypted OOXML package (MS-OFFCRYPTO); EncryptionInfo is what tells it apart. */
export const ENCRYPTED_PACKAGE_STREAMS = [
  "\u0006DataSpaces",
  "Version",
  "DataSpaceMap",
  "StrongEncryptionDataSpace",
  "EncryptionInfo",
  "EncryptedPackage",
] as const;

export function compoundFile(streamNames: ReadonlyArray<string>): Buffer {
  const entries = ["Root Entry", ...streamNames];
  const dirSectors = Array.from({ length: Math.ceil(entries.length / 4) }, (_v, i) => (i === 0 ? 0 : i + 1));
  const buf = Buffer.alloc(512 * (2 + dirSectors.length));
  Buffer.from(CFB_MAGIC_BYTES).copy(buf, 0);
  buf.writeUInt16LE(0x3e, 0x18);
  buf.writeUInt16LE(3, 0x1a);
  buf.writeUInt16LE(0xfffe, 0x1c);
  buf.writeUInt16LE(9, 0x1e);
  buf.writeUInt16LE(6, 0x20);
  buf.writeUInt32LE(1, 0x2c);
  buf.writeUInt32LE(dirSectors[0]!, 0x30);
  buf.writeUInt32LE(0x1000, 0x38);
  buf.writeUInt32LE(END_OF_CHAIN, 0x3c);
  buf.writeUInt32LE(END_OF_CHAIN, 0x44);
  for (let i = 0; i < 109; i++) buf.writeUInt32LE(i === 0 ? 1 : FREE, 0x4c + i * 4);
  const fat = 512 * 2;
  for (let i = 0; i < 128; i++) buf.writeUInt32LE(FREE, fat + i * 4);
  buf.writeUInt32LE(FAT_SECTOR, fat + 4);
  dirSectors.forEach((s, i) => buf.writeUInt32LE(dirSectors[i + 1] ?? END_OF_CHAIN, fat + s * 4));
  entries.forEach((name, i) => {
    const at = (dirSectors[Math.floor(i / 4)]! + 1) * 512 + (i % 4) * 128;
    buf.write(name, at, "utf16le");
    buf.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    buf.writeUInt8(i === 0 ? 5 : 2, at + 0x42);
  });
  return buf;
}
