import { readFileSync } from "node:fs";
import { join } from "node:path";
import { zipSync } from "fflate";
import { analyseWorkbook, type Analysis } from "../../../src/core/analyse";
import { openXlsxBytes, XlsxBytesError, XlsxBytesProblemCode } from "../../../src/hosts/browser";
import { openXlsxSource } from "../../../src/hosts/node";
import { readAll } from "../node/fixtures";

const EXAMPLES = join(__dirname, "..", "..", "..", "examples");
const SAMPLE = join(EXAMPLES, "bao-cao-mau-6-thang-2021.xlsx");
const MISTAKES = join(EXAMPLES, "bao-cao-co-loi.xlsx");
const bytesOf = (path: string) => new Uint8Array(readFileSync(path));
const noPause = () => Promise.resolve();

/** What the pane shows of an analysis: the issues as data, the summary and the period. */
function view(a: Analysis) {
  return { issues: a.issues, summary: a.summary, period: a.period, sheetOrder: a.sheetOrder, hasErrors: a.hasErrors };
}

async function problemOf(bytes: Uint8Array): Promise<string | undefined> {
  try {
    const source = await openXlsxBytes(bytes, { pause: noPause });
    await readAll(source);
    return undefined;
  } catch (error) {
    return error instanceof XlsxBytesError ? error.problem : `unexpected: ${String(error)}`;
  }
}

describe("openXlsxBytes", () => {
  it.each([
    ["the reference sample", SAMPLE],
    ["the sample with mistakes", MISTAKES],
  ])("reads %s as the Node reader does: same rows, same analysis", async (_name, path) => {
    const browser = await openXlsxBytes(bytesOf(path), { pause: noPause, chunkSize: 4096 });
    const node = await openXlsxSource(path);
    expect(await readAll(browser)).toEqual(await readAll(node));
    const [fromBytes, fromFile] = await Promise.all([
      analyseWorkbook(await openXlsxBytes(bytesOf(path), { pause: noPause })),
      analyseWorkbook(await openXlsxSource(path)),
    ]);
    expect(view(fromBytes)).toEqual(view(fromFile));
  });

  it("finds the reference sample's figures and the mistakes sample's errors", async () => {
    const sample = await analyseWorkbook(await openXlsxBytes(bytesOf(SAMPLE), { pause: noPause }));
    expect(sample.hasErrors).toBe(false);
    expect(sample.period?.name).toBe("6 tháng đầu năm 2021");
    const mistakes = await analyseWorkbook(await openXlsxBytes(bytesOf(MISTAKES), { pause: noPause }));
    expect(mistakes.issues.filter((i) => i.severity === "error").length).toBeGreaterThan(0);
  });

  it("reports each sheet's progress in bytes, ending at the sheet's size", async () => {
    const seen: Array<[string, number, number]> = [];
    const source = await openXlsxBytes(bytesOf(SAMPLE), { pause: noPause, chunkSize: 2048, onSheetBytes: (s, d, t) => seen.push([s, d, t]) });
    const sheets = await readAll(source);
    for (const sheet of sheets) {
      const own = seen.filter(([s]) => s === sheet.name);
      expect(own.length).toBeGreaterThan(0);
      const last = own[own.length - 1]!;
      expect(last[1]).toBe(last[2]);
      expect(own.map(([, d]) => d)).toEqual([...own.map(([, d]) => d)].sort((a, b) => a - b));
    }
  });

  it("names what is wrong with files that are not .xlsx workbooks", async () => {
    expect(await problemOf(new Uint8Array())).toBe(XlsxBytesProblemCode.Empty);
    expect(await problemOf(new TextEncoder().encode("Mã;Tên\n1;A\n"))).toBe(XlsxBytesProblemCode.NotWorkbook);
    const cfb = new Uint8Array(1024);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await problemOf(cfb)).toBe(XlsxBytesProblemCode.Xls);
    cfb.set(Array.from("EncryptionInfo", (c) => [c.charCodeAt(0), 0]).flat(), 600);
    expect(await problemOf(cfb)).toBe(XlsxBytesProblemCode.Encrypted);
    expect(await problemOf(zipSync({ "word/document.xml": new TextEncoder().encode("<w:document/>") }))).toBe(XlsxBytesProblemCode.NotWorkbook);
  });

  it("says a workbook is damaged when a sheet's XML stops early", async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const zip = zipSync({
      "xl/workbook.xml": enc('<workbook><sheets><sheet name="Lô hàng" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      "xl/_rels/workbook.xml.rels": enc('<Relationships><Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
      "xl/worksheets/sheet1.xml": enc('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Mã</t></is></c></row><row r="2">'),
    });
    expect(await problemOf(zip)).toBe(XlsxBytesProblemCode.Corrupt);
  });
});
