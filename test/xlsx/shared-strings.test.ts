import { Readable } from "node:stream";
import fc from "fast-check";
import { AlignedChunks, SharedStringScanner, readSharedStrings } from "../../src/xlsx";

const SST =
  '<?xml version="1.0"?><sst xmlns="main" count="5" uniqueCount="5">' +
  "<si><t>Thép</t></si>" +
  "<si/>" +
  '<si><r><rPr><b/></rPr><t xml:space="preserve">Sở </t></r><r><t>KH&amp;CN</t></r><rPh sb="0" eb="1"><t>ソ</t></rPh></si>' +
  "<si><t></t></si>" +
  "<si><t>dòng 1_x000D_\ndòng 2</t></si>" +
  "</sst>";

const EXPECTED = [{ t: "s", v: "Thép" }, undefined, { t: "s", v: "Sở KH&CN" }, undefined, { t: "s", v: "dòng 1\r\ndòng 2" }];

describe("shared strings", () => {
  it("gives one cell per item: runs joined, phonetic runs left out, empty items empty", async () => {
    expect(await readSharedStrings(Readable.from([Buffer.from(SST)]))).toEqual(EXPECTED);
  });

  it("reads the same whatever the chunking, even a multi-byte character cut in two", async () => {
    const bytes = Buffer.from(SST);
    const pieces = Array.from({ length: bytes.length }, (_v, i) => bytes.subarray(i, i + 1));
    expect(await readSharedStrings(Readable.from(pieces))).toEqual(EXPECTED);
    const scanner = new SharedStringScanner();
    for (const ch of SST) scanner.push(ch);
    scanner.end();
    expect(scanner.cells).toEqual(EXPECTED);
  });

  it("reads an item of one plain run in place, and any other item run by run, to the same text", async () => {
    const items: Array<[string, string | undefined]> = [
      ["<t>Đạt</t>", "Đạt"],
      ['<t xml:space="preserve"> Sở </t>', " Sở "],
      ["<t>a&lt;b&#x1EA1;</t>", "a<bạ"],
      ["<t>dòng_x000A_2</t>", "dòng\n2"],
      ["<t/>", undefined],
      ["<t>x</t><t>y</t>", "xy"],
      ["<t>a</t><rPh><t>k</t></rPh>", "a"],
      ["<tx>q</tx><t>z</t>", "z"],
      ["<r><t>r</t></r>", "r"],
      ["<t>b</t>\n", "b"],
      ["\n<t>c</t>", "c"],
    ];
    const xml = `<sst>${items.map(([item]) => `<si>${item}</si>`).join("")}</sst>`;
    const expected = items.map(([, text]) => (text === undefined ? undefined : { t: "s", v: text }));
    expect(await readSharedStrings(Readable.from([xml]))).toEqual(expected);
    const prefixed = xml.replace(/<(\/?)(?=[a-zA-Z])/g, "<$1x:");
    expect(await readSharedStrings(Readable.from([prefixed]))).toEqual(expected);
  });

  it("reads the same from bytes cut after an item's end, whatever the chunks", () => {
    const bytes = Buffer.from(SST);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 20 }), (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), bytes.length];
        const aligned = AlignedChunks.sharedStrings();
        const decoder = new TextDecoder("utf-8");
        const scanner = new SharedStringScanner();
        const handed: Uint8Array[] = [];
        for (let i = 1; i < points.length; i++) {
          for (const piece of aligned.next(bytes.subarray(points[i - 1], points[i]))) {
            handed.push(piece);
            scanner.push(decoder.decode(piece, { stream: true }));
          }
        }
        const rest = aligned.rest();
        if (rest) handed.push(rest);
        scanner.push(decoder.decode(rest));
        scanner.end();
        expect(scanner.cells).toEqual(EXPECTED);
        expect(Buffer.concat(handed)).toEqual(bytes);
        for (const piece of handed) if (Buffer.from(piece).includes("</si>")) expect(Buffer.from(piece).toString("latin1").endsWith("</si>")).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("reads a prefixed table", async () => {
    const prefixed = SST.replace(/<(\/?)(?=[a-zA-Z])/g, "<$1x:");
    expect(await readSharedStrings(Readable.from([prefixed]))).toEqual(EXPECTED);
  });
});
