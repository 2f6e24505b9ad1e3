/**
 * Crafted workbooks that once hung, exhausted memory or lost rows without a
 * word, built at test time from the reference sample (no multi-MB binaries in
 * the repo). Each says what the reader must answer.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { unzipSync } from "fflate";
import { DEFAULT_XLSX_LIMITS, type XlsxLimits } from "../../src/xlsx";
import { buildZip, type CraftedEntry } from "./zip-builder";

export const EXAMPLES = join(__dirname, "..", "..", "examples");
export const SAMPLE = join(EXAMPLES, "bao-cao-mau-6-thang-2021.xlsx");
/** The sample's "Lô hàng" sheet. */
export const LOTS_PART = "xl/worksheets/sheet3.xml";

export interface HostileCase {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** What both readers must answer: an exit class, and for exit 2 the problem (and limit) when it matters. */
  readonly expect: {
    readonly exit: 0 | 1 | 2 | "0or1" | "any";
    readonly problem?: "corrupt" | "too-large";
    readonly limit?: string;
    readonly codes?: ReadonlyArray<string>;
  };
  readonly limits?: XlsxLimits;
}

/** The sample's parts by name, in zip order. */
export function sampleParts(path = SAMPLE): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(readFileSync(path))));
}

const text = (b: Uint8Array) => Buffer.from(b).toString("utf8");

/** The sample rezipped with some parts replaced (and some entries given lying headers). */
export function withParts(replace: Record<string, Uint8Array | string>, lies: Record<string, Partial<CraftedEntry>> = {}): Buffer {
  const parts = sampleParts();
  for (const [name, data] of Object.entries(replace)) parts.set(name, typeof data === "string" ? Buffer.from(data, "utf8") : data);
  return buildZip([...parts].map(([name, data]) => ({ name, data, ...lies[name] })));
}

function lotsXml(): string {
  return text(sampleParts().get(LOTS_PART)!);
}

/** Replaces the n-th occurrence (0-based) of `needle`. */
function replaceNth(s: string, needle: string, n: number, by: string): string {
  let at = -1;
  for (let k = 0; k <= n; k++) at = s.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`no occurrence ${n} of ${needle}`);
  return s.slice(0, at) + by + s.slice(at + needle.length);
}

/** A row's XML in the lots sheet, by its number. */
function rowXml(xml: string, row: number): { start: number; end: number; xml: string } {
  const start = xml.indexOf(`<row r="${row}"`);
  const end = xml.indexOf("</row>", start) + "</row>".length;
  return { start, end, xml: xml.slice(start, end) };
}

function editRow(xml: string, row: number, edit: (rowXml: string) => string): string {
  const r = rowXml(xml, row);
  return xml.slice(0, r.start) + edit(r.xml) + xml.slice(r.end);
}

const MiB = 1024 * 1024;

/** Deflates a sheet of `blank` spaces inside <sheetData>, without holding the text twice. */
function blankSheet(blanks: number): { raw: Buffer; size: number } {
  const head = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const tail = "</sheetData></worksheet>";
  const body = Buffer.concat([Buffer.from(head), Buffer.alloc(blanks, 0x20), Buffer.from(tail)]);
  return { raw: deflateRawSync(body, { level: 9 }), size: body.length };
}

export function hostileCases(): HostileCase[] {
  const lots = lotsXml();
  const sheetCount = (lots.match(/<row /g) ?? []).length;
  const cases: HostileCase[] = [];
  const add = (c: HostileCase) => cases.push(c);

  // Hangs: a missing </row> made the old scanner step back (pos = -1 + 6) and loop for ever.
  add({
    name: "a row without </row> in the middle",
    bytes: withParts({ [LOTS_PART]: replaceNth(lots, "</row>", 4, "") }),
    expect: { exit: 2, problem: "corrupt" },
  });
  add({
    name: "the last row without </row>",
    bytes: withParts({ [LOTS_PART]: replaceNth(lots, "</row>", sheetCount - 1, "") }),
    expect: { exit: 2, problem: "corrupt" },
  });
  add({ name: "no </row> at all", bytes: withParts({ [LOTS_PART]: lots.split("</row>").join("") }), expect: { exit: 2, problem: "corrupt" } });
  // A row tag running into its first cell loses that cell, which the checks then name.
  add({
    name: "a row tag running into its first cell",
    bytes: withParts({ [LOTS_PART]: lots.replace(/(<row r="9")[^>]*>/, "$1 ") }),
    expect: { exit: 1, codes: ["value-missing@Lô hàng!A9"] },
  });
  add({
    name: "a row tag cut off at the end of the sheet",
    bytes: withParts({ [LOTS_PART]: lots.replace(/<row r="848"[\s\S]*$/, '<row r="848" spans="1:9"') }),
    expect: { exit: 2, problem: "corrupt" },
  });
  // A missing </c> is read from where the next cell starts: the values are all there.
  add({ name: "a cell without </c>", bytes: withParts({ [LOTS_PART]: replaceNth(lots, "</c>", 20, "") }), expect: { exit: 0 } });
  add({ name: "no </c> at all", bytes: withParts({ [LOTS_PART]: lots.split("</c>").join("") }), expect: { exit: 0 } });
  add({ name: "no </v> at all", bytes: withParts({ [LOTS_PART]: lots.split("</v>").join("") }), expect: { exit: "any" } });
  add({ name: "no </sheetData>", bytes: withParts({ [LOTS_PART]: lots.replace("</sheetData>", "") }), expect: { exit: 2, problem: "corrupt" } });

  // Bombs: stopped from the central directory, before anything is inflated.
  const bomb = blankSheet(64 * MiB);
  add({ name: "a sheet of 64 MB of blanks (ratio over 400)", bytes: buildBomb(bomb), expect: { exit: 2, problem: "too-large", limit: "ratio" } });
  add({ name: "a sheet declaring 2 KB that inflates to 64 MB", bytes: buildBomb(bomb, 2048), expect: { exit: 2, problem: "corrupt" } });
  add({ name: "a sheet declaring 3.9 GB", bytes: buildBomb(bomb, 0xf0000000), expect: { exit: 2, problem: "too-large", limit: "part" } });
  // With the ratio limit lifted, 64 MB of blanks between rows is read in linear time.
  add({
    name: "64 MB of blanks between rows, ratio limit lifted",
    bytes: withParts({ [LOTS_PART]: lots.replace('<row r="200"', " ".repeat(64 * MiB) + '<row r="200"') }),
    expect: { exit: 0 },
    limits: { ...DEFAULT_XLSX_LIMITS, maxRatio: 1e9 },
  });
  add({
    name: "shared strings declaring 3.9 GB",
    bytes: withParts({}, { "xl/sharedStrings.xml": { size: 0xf0000000 } }),
    expect: { exit: 2, problem: "too-large", limit: "part" },
  });
  add({
    name: "one 40 MB shared string without its end",
    bytes: withParts({ "xl/sharedStrings.xml": text(sampleParts().get("xl/sharedStrings.xml")!).replace("</sst>", "<si><t>" + "x".repeat(40 * MiB)) }),
    expect: { exit: 2, problem: "too-large", limit: "row" },
    limits: { ...DEFAULT_XLSX_LIMITS, maxRatio: 1e9 },
  });
  // A text longer than a cell can hold once overflowed the stack of a regular expression in the core.
  add({
    name: "a shared string of 7 MB of blanks",
    bytes: withParts({ "xl/sharedStrings.xml": text(sampleParts().get("xl/sharedStrings.xml")!).replace("<si><t>", "<si><t>" + " ".repeat(7 * MiB)) }),
    expect: { exit: 2, problem: "too-large", limit: "text" },
  });
  add({
    name: "an inline string of 40,000 characters",
    bytes: withParts({
      [LOTS_PART]: lots.replace(/<c r="C5"([^>]*?) t="s"><v>\d+<\/v><\/c>/, `<c r="C5"$1 t="inlineStr"><is><t>${"x".repeat(40_000)}</t></is></c>`),
    }),
    expect: { exit: 2, problem: "too-large", limit: "text" },
  });
  add({
    name: "a 1.5 GB workbook in parts of 400 MB (ratio lifted)",
    bytes: withParts(
      {},
      {
        [LOTS_PART]: { size: 400 * MiB },
        "xl/worksheets/sheet4.xml": { size: 400 * MiB },
        "xl/worksheets/sheet2.xml": { size: 400 * MiB },
        "xl/sharedStrings.xml": { size: 300 * MiB },
      },
    ),
    expect: { exit: 2, problem: "too-large", limit: "workbook" },
    limits: { ...DEFAULT_XLSX_LIMITS, maxRatio: 1e9 },
  });

  // Lying sizes: checked against the file before any read (0xFFFFFFF0 once aborted Node natively).
  add({ name: "a compressed size of 0xFFFFFFF0", bytes: withParts({}, { [LOTS_PART]: { compressedSize: 0xfffffff0 } }), expect: { exit: 2 } });
  add({
    name: "workbook.xml with a compressed size of 0xFFFFFFF0",
    bytes: withParts({}, { "xl/workbook.xml": { compressedSize: 0xfffffff0 } }),
    expect: { exit: 2 },
  });
  add({
    name: "a stored sheet declaring fewer bytes than it holds",
    bytes: withParts({}, { [LOTS_PART]: { stored: true, size: 100, compressedSize: 100 } }),
    expect: { exit: 2, problem: "corrupt" },
  });

  // Regular-expression traps in the small parts.
  const workbook = text(sampleParts().get("xl/workbook.xml")!);
  add({
    name: "workbook.xml with 200,000 letters in a sheet tag",
    bytes: withParts({ "xl/workbook.xml": workbook.replace('<sheet sheetId="3"', "<sheet " + "a".repeat(200_000) + ' sheetId="3"') }),
    expect: { exit: "0or1" },
  });
  add({
    name: "workbook.xml with 50,000 open prefixes",
    bytes: withParts({ "xl/workbook.xml": workbook.replace("<sheets>", "<sheets>" + "<x:".repeat(50_000)) }),
    expect: { exit: "any" },
  });
  add({
    name: "workbook.xml with 50,000 unclosed attributes",
    bytes: withParts({ "xl/workbook.xml": workbook.replace('<sheet sheetId="1"', '<sheet sheetId="1"' + ' a="'.repeat(50_000)) }),
    expect: { exit: "any" },
  });
  const styles = text(sampleParts().get("xl/styles.xml")!);
  add({
    name: "styles.xml with 50,000 unclosed <cellXfs>",
    bytes: withParts({ "xl/styles.xml": styles.replace("<cellXfs", "<cellXfs>".repeat(50_000) + "<cellXfs") }),
    expect: { exit: "0or1" },
  });
  add({
    name: "a 1 MB number format of brackets",
    bytes: withParts({
      "xl/styles.xml": styles.replace("<numFmts", '<numFmts><numFmt numFmtId="300" formatCode="' + "[".repeat(MiB) + '"/></numFmts><numFmts'),
    }),
    expect: { exit: "0or1" },
  });
  add({
    name: "entities: 100,000 unfinished &#x",
    bytes: withParts({ [LOTS_PART]: replaceNth(lots, "<v>", 1, "<v>" + "&#x".repeat(100_000)) }),
    expect: { exit: "any" },
  });

  // Odd references: each read right or named by an issue.
  let odd = lots;
  odd = editRow(odd, 2, (r) => r.replace(/ r="([A-I])2"/g, (_m, c: string) => ` r="${c.toLowerCase()}2"`));
  odd = editRow(odd, 3, (r) => r.replace(' r="C3"', ' r="C0"'));
  odd = editRow(odd, 4, (r) => r.replace('<row r="4"', '<row r="-4"'));
  odd = editRow(odd, 6, (r) => r.replace(/(<c r="I6"[^>]*t="s"[^>]*><v>)\d+/, "$1999999"));
  odd = editRow(odd, 8, (r) => r.replace('<row r="8"', '<row r="7"').replace(/ r="([A-I])8"/g, ' r="$17"'));
  add({
    name: "odd references: lowercase a2, C0, row -4, string 999999 in I6, row 7 twice",
    bytes: withParts({ [LOTS_PART]: odd }),
    expect: {
      exit: 1,
      codes: ["cell-reference-invalid@Lô hàng!C3", "row-number-invalid@Lô hàng!", "shared-string-missing@Lô hàng!I6", "row-number-repeated@Lô hàng!row 7"],
    },
  });

  // Other containers and damage.
  add({ name: "a zip nested as the sheet", bytes: withParts({ [LOTS_PART]: readFileSync(SAMPLE) }), expect: { exit: 2, problem: "corrupt" } });
  add({ name: "the sample cut in half", bytes: readFileSync(SAMPLE).subarray(0, readFileSync(SAMPLE).length >> 1), expect: { exit: 2 } });
  return cases;
}

/** The sample with its lots sheet replaced by an already-deflated blank sheet, declaring `size` (default: the truth). */
function buildBomb(bomb: { raw: Buffer; size: number }, size = bomb.size): Buffer {
  const parts = sampleParts();
  return buildZip(
    [...parts].map(([name, data]) =>
      name === LOTS_PART ? { name, data: new Uint8Array(0), raw: bomb.raw, size, compressedSize: bomb.raw.length } : { name, data },
    ),
  );
}
