/**
 * The list controls' XML work on small parts: the canonical text read back,
 * tracked changes told apart from look-alike elements, and a rewrite that
 * replaces a list's content whole and touches nothing else.
 */
import { hasRevisions, listControlsOf, listXmlText, rewritePart } from "../../../src/render/docx";

const sdt = (tag: string, content: string): string =>
  `<w:sdt><w:sdtPr><w:alias w:val="x"/><w:tag w:val="${tag}"/><w15:appearance w15:val="hidden"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
const run = (text: string): string => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const cell = (text: string): string => `<w:tc><w:tcPr><w:tcW w:w="1"/></w:tcPr><w:p><w:pPr><w:jc w:val="right"/></w:pPr>${text}</w:p></w:tc>`;

const TABLE = `<w:tbl><w:tblPr><w:tblBorders><w:insideH w:val="single"/></w:tblBorders></w:tblPr><w:tr><w:trPr/>${cell(run("Mã"))}${cell(run("Nội dung"))}</w:tr><w:tr>${cell(run("1"))}${cell(sdt("lbc:finance.lines.1.actual", run("10 &amp; 5")))}</w:tr><w:tr>${cell("")}${cell(run("Tổng"))}</w:tr></w:tbl>`;

test("a table's canonical text: one row a line, its non-empty cells joined, figure controls read through", () => {
  expect(listXmlText(TABLE)).toBe("Mã | Nội dung\n1 | 10 & 5\nTổng");
  // A note's or a paragraph's list holds runs.
  expect(listXmlText(`${run(" Thép: ")}${sdt("lbc:lots.byGroup.Thép", run("46"))}${run(" lô.")}`)).toBe("Thép: 46 lô.");
});

test("tracked insertions, deletions and moves are revisions; a table's insideH border and a deleted run's text alone are not", () => {
  expect(hasRevisions(TABLE)).toBe(false);
  expect(hasRevisions(`<w:ins w:id="1" w:author="A">${run("x")}</w:ins>`)).toBe(true);
  expect(hasRevisions(`<w:del w:id="1" w:author="A"><w:r><w:delText>x</w:delText></w:r></w:del>`)).toBe(true);
  expect(hasRevisions(`<w:moveTo w:id="1" w:author="A">${run("x")}</w:moveTo>`)).toBe(true);
});

test("a replaced list takes the fresh content whole; outside it a figure is rewritten; every other byte stays", () => {
  const clerk = `<w:p>${run("Đoạn của văn thư.")}</w:p>`;
  const figure = `<w:p>${run("Tổng: ")}${sdt("lbc:lots.total", run("840"))}</w:p>`;
  const list = sdt("lbc:list:finance.table", TABLE);
  const xml = `<w:body>${clerk}${figure}${list}<w:p/></w:body>`;
  expect(listControlsOf(xml).map((c) => [c.tag, c.content])).toEqual([["lbc:list:finance.table", TABLE]]);
  const fresh = TABLE.replace("10 &amp; 5", "12");
  const out = rewritePart(
    xml,
    new Map([
      ["lbc:lots.total", "852"],
      // Inside the replaced list: the fresh content brings it, it is not written again.
      ["lbc:finance.lines.1.actual", "99"],
    ]),
    new Map([["lbc:list:finance.table", fresh]]),
  );
  expect(out).toBe(
    `<w:body>${clerk}<w:p>${run("Tổng: ")}${sdt("lbc:lots.total", `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">852</w:t></w:r>`)}</w:p>${sdt("lbc:list:finance.table", fresh)}<w:p/></w:body>`,
  );
  // A list not to replace keeps its content, its figures rewritten one by one.
  expect(rewritePart(xml, new Map([["lbc:finance.lines.1.actual", "99"]]), new Map())).toBe(xml.replace("10 &amp; 5", "99"));
});
