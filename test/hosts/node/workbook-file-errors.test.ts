import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { WorkbookFileError, classifyWorkbookFile, openXlsxSource, toWorkbookFileProblem } from "../../../src/hosts/node";
import { readAll, tempFolder, writeWorkbook } from "./fixtures";
import { compoundFile } from "../../support/compound-file";

const tmp = tempFolder("lbc-file-errors-");
afterAll(() => tmp.remove());

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

  it("names a pipe with no writer as not a file, without waiting for one", async () => {
    const fifo = tmp.path("ong-dan.xlsx");
    execFileSync("mkfifo", [fifo]);
    const started = Date.now();
    expect(await classifyWorkbookFile(fifo)).toEqual({ code: "file-unreadable", params: { path: fifo, reason: "not-file" } });
    await expect(openXlsxSource(fifo)).rejects.toMatchObject({ problem: { code: "file-unreadable", params: { reason: "not-file" } } });
    expect(Date.now() - started).toBeLessThan(5000);
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
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as WorkbookFileError).problem.code).toBe("file-corrupt");
  });

  it("maps system errors to their codes", () => {
    const path = "/x.xlsx";
    expect(toWorkbookFileProblem(path, Object.assign(new Error("no"), { code: "ENOENT" })).code).toBe("file-missing");
    expect(toWorkbookFileProblem(path, Object.assign(new Error("no"), { code: "EACCES" }))).toEqual({
      code: "file-unreadable",
      params: { path, reason: "permission" },
    });
    expect(toWorkbookFileProblem(path, new Error("invalid signature"))).toEqual({ code: "file-corrupt", params: { path, detail: "invalid signature" } });
  });
});
