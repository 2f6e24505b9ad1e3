import JSZip from "jszip";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { WorkbookFileError, classifyWorkbookFile, openXlsxSource, toWorkbookFileProblem } from "../../../src/hosts/node";
import { readAll, tempFolder, writeWorkbook } from "./fixtures";

const tmp = tempFolder("lbc-file-errors-");
afterAll(() => tmp.remove());

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

/**
 * A minimal compound file (512-byte sectors): sector 1 is the FAT, the
 * directory takes sector 0 then 2, 3, … (four 128-byte entries a sector), so
 * a name past the fourth entry is found only by following the FAT chain.
 */
function compoundFile(streamNames: ReadonlyArray<string>): Buffer {
  const entries = ["Root Entry", ...streamNames];
  const dirSectors = Array.from({ length: Math.ceil(entries.length / 4) }, (_v, i) => (i === 0 ? 0 : i + 1));
  const buf = Buffer.alloc(512 * (2 + dirSectors.length));
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf, 0);
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

async function zipOf(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("classifyWorkbookFile", () => {
  it("finds a real workbook fine", async () => {
    const path = await writeWorkbook(tmp.path("ok.xlsx"), (wb) => void wb.addWorksheet("Lô hàng"));
    expect(await classifyWorkbookFile(path)).toBeUndefined();
  });

  it("names a missing file and a directory", async () => {
    const missing = tmp.path("khong-co.xlsx");
    expect(await classifyWorkbookFile(missing)).toEqual({ code: "file-missing", params: { path: missing } });
    const dir = tmp.path("thu-muc.xlsx");
    mkdirSync(dir);
    expect(await classifyWorkbookFile(dir)).toEqual({ code: "file-unreadable", params: { path: dir, reason: "directory" } });
  });

  it("recognises a CSV text file", async () => {
    const path = tmp.path("lo-hang.csv");
    writeFileSync(path, "Số đăng ký,Ngày đăng ký\nĐK-1,25/01/2021\n");
    expect(await classifyWorkbookFile(path)).toEqual({ code: "file-csv", params: { path } });
  });

  it("tells a zip that is not a workbook, naming a known other format", async () => {
    const docx = tmp.path("bao-cao.xlsx");
    writeFileSync(docx, await zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }));
    expect(await classifyWorkbookFile(docx)).toEqual({ code: "file-not-workbook", params: { path: docx, format: "docx" } });
    const plain = tmp.path("ghi-chu.xlsx");
    writeFileSync(plain, await zipOf({ "ghi-chu.txt": "xin chào" }));
    expect(await classifyWorkbookFile(plain)).toEqual({ code: "file-not-workbook", params: { path: plain } });
    const png = tmp.path("anh.xlsx");
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(await classifyWorkbookFile(png)).toEqual({ code: "file-not-workbook", params: { path: png } });
  });

  it("tells an old .xls from a password-protected workbook by the CFB directory", async () => {
    const xls = tmp.path("cu.xls");
    writeFileSync(xls, compoundFile(["Workbook", "\u0005SummaryInformation"]));
    expect(await classifyWorkbookFile(xls)).toEqual({ code: "file-xls", params: { path: xls } });
    const locked = tmp.path("mat-khau.xlsx");
    // Six names: EncryptionInfo sits in the second directory sector.
    writeFileSync(locked, compoundFile(["\u0006DataSpaces", "Version", "DataSpaceMap", "StrongEncryptionDataSpace", "EncryptionInfo", "EncryptedPackage"]));
    expect(await classifyWorkbookFile(locked)).toEqual({ code: "file-encrypted", params: { path: locked } });
  });

  it("calls a truncated zip corrupt", async () => {
    const good = readFileSync(await writeWorkbook(tmp.path("full.xlsx"), (wb) => void wb.addWorksheet("A")));
    const cut = tmp.path("cut.xlsx");
    writeFileSync(cut, good.subarray(0, Math.floor(good.length / 2)));
    expect((await classifyWorkbookFile(cut))?.code).toBe("file-corrupt");
  });
});

describe("errors while streaming", () => {
  it("come out as file-corrupt, never as a raw exceljs or zlib error", async () => {
    const path = await writeWorkbook(tmp.path("hong.xlsx"), (wb) => {
      const ws = wb.addWorksheet("Lô hàng");
      for (let r = 1; r <= 2000; r++) ws.addRow([`ĐK-${r}`, r, r * 1.5, "Thép"]);
    });
    const bytes = readFileSync(path);
    const at = bytes.indexOf("xl/worksheets/sheet1.xml") + 200; // inside that entry's compressed data
    bytes.fill(0x5a, at, at + 4000);
    writeFileSync(path, bytes);
    const error = await openXlsxSource(path)
      .then(readAll)
      .then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as WorkbookFileError).problem.code).toBe("file-corrupt");
  });

  it("maps system errors to their codes", () => {
    const path = "/x.xlsx";
    expect(toWorkbookFileProblem(path, Object.assign(new Error("no"), { code: "ENOENT" })).code).toBe("file-missing");
    expect(toWorkbookFileProblem(path, Object.assign(new Error("no"), { code: "EACCES" }))).toEqual({ code: "file-unreadable", params: { path, reason: "permission" } });
    expect(toWorkbookFileProblem(path, new Error("invalid signature"))).toEqual({ code: "file-corrupt", params: { path, detail: "invalid signature" } });
  });
});
