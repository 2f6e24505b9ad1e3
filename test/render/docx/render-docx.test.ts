import JSZip from "jszip";
import { renderDocx } from "../../../src/render/docx";
import { bold, cell, figure, footnote, paragraph, table } from "../../../src/core/document";
import type { Appendix } from "../../../src/core/document";
import { sampleReport } from "../../core/document/sample-report";
import { findAll, findFirst, parseXml, wordText } from "./xml-tree";
import type { XmlElement } from "./xml-tree";

const clock = new Date(Date.UTC(2021, 5, 20, 8, 30, 0));

async function parts(bytes: Uint8Array): Promise<{ zip: JSZip; xml: (path: string) => Promise<XmlElement> }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = async (path: string): Promise<XmlElement> => {
    const file = zip.file(path);
    if (file === null) throw new Error(`no ${path} in the package`);
    return parseXml(await file.async("string"));
  };
  return { zip, xml };
}

describe("renderDocx", () => {
  let bytes: Uint8Array;
  let xml: (path: string) => Promise<XmlElement>;
  let zip: JSZip;

  beforeAll(async () => {
    bytes = await renderDocx(sampleReport(), { clock });
    ({ xml, zip } = await parts(bytes));
  });

  test("A4 portrait with the decree's margins and a different first page", async () => {
    const sect = findFirst(await xml("word/document.xml"), "w:sectPr");
    expect(findFirst(sect, "w:pgSz").attrs).toMatchObject({ "w:w": "11906", "w:h": "16838" });
    // 20 mm top and bottom, 30 mm left, 15 mm right, in twips.
    expect(findFirst(sect, "w:pgMar").attrs).toMatchObject({ "w:top": "1134", "w:bottom": "1134", "w:left": "1701", "w:right": "850" });
    const titlePg = findAll(sect, "w:titlePg");
    expect(titlePg).toHaveLength(1);
    expect(["true", "1", "on", undefined]).toContain(titlePg[0]?.attrs["w:val"]);
    const refs = findAll(sect, "w:headerReference").map((r) => r.attrs["w:type"]);
    expect(refs.sort()).toEqual(["default", "first"]);
  });

  test("the default header holds a PAGE field and the first-page header none", async () => {
    const doc = await xml("word/document.xml");
    const rels = await xml("word/_rels/document.xml.rels");
    const target = (type: string): string => {
      const ref = findAll(doc, "w:headerReference").find((r) => r.attrs["w:type"] === type);
      const rel = findAll(rels, "Relationship").find((r) => r.attrs.Id === ref?.attrs["r:id"]);
      return `word/${rel?.attrs.Target ?? "?"}`;
    };
    const fieldCode = (h: XmlElement): string =>
      findAll(h, "w:instrText")
        .map((i) => i.text)
        .join("") +
      findAll(h, "w:fldSimple")
        .map((f) => f.attrs["w:instr"])
        .join("");
    expect(fieldCode(await xml(target("default")))).toMatch(/\bPAGE\b/);
    expect(fieldCode(await xml(target("first")))).toBe("");
  });

  test("Times New Roman 14 pt by default; body paragraphs justified with a first-line indent", async () => {
    const styles = await xml("word/styles.xml");
    const defaults = findFirst(styles, "w:rPrDefault");
    expect(findFirst(defaults, "w:rFonts").attrs).toMatchObject({ "w:ascii": "Times New Roman", "w:hAnsi": "Times New Roman" });
    expect(findFirst(defaults, "w:sz").attrs["w:val"]).toBe("28");
    const body = findAll(styles, "w:style").find((s) => s.attrs["w:styleId"] === "ReportBody");
    expect(body).toBeDefined();
    expect(findFirst(body as XmlElement, "w:jc").attrs["w:val"]).toBe("both");
    expect(findFirst(body as XmlElement, "w:ind").attrs["w:firstLine"]).toBe("720");
    expect(findFirst(body as XmlElement, "w:spacing").attrs).toMatchObject({ "w:after": "120", "w:line": "288" });
  });

  test("the header block carries the agency, the number, the motto and the date line", async () => {
    const doc = await xml("word/document.xml");
    const headerTable = findFirst(doc, "w:tbl");
    const cells = findAll(headerTable, "w:tc").map((tc) =>
      findAll(tc, "w:p")
        .map(wordText)
        .filter((t) => t !== ""),
    );
    expect(cells).toEqual([
      ["UBND TỈNH LẠNG SƠN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số:      /BC-SKHCN"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lạng Sơn, ngày      tháng      năm 2021"],
    ]);
    // A rule (bottom border on an empty paragraph) under the agency and under the motto.
    const rules = findAll(headerTable, "w:p").filter((p) => findAll(p, "w:bottom").length > 0 && wordText(p) === "");
    expect(rules).toHaveLength(2);
    const border = findAll(headerTable, "w:tblBorders")[0];
    expect(findAll(border as XmlElement, "w:top")[0]?.attrs["w:val"]).toBe("none");
  });

  test("footnotes are real Word footnotes numbered from 1 in order of appearance", async () => {
    const notes = findAll(await xml("word/footnotes.xml"), "w:footnote").filter((n) => Number(n.attrs["w:id"]) > 0);
    // Each note's text follows its mark after a space.
    expect(notes.map((n) => [n.attrs["w:id"], wordText(n)])).toEqual([
      ["1", " Đồ chơi trẻ em: 301 lô; Đồ điện các loại: 493 lô; Thép: 46 lô."],
      ["2", " Mã cân đúng là 3.328, mã cân sai là 71."],
    ]);
    const refs = findAll(await xml("word/document.xml"), "w:footnoteReference").map((r) => r.attrs["w:id"]);
    expect(refs).toEqual(["1", "2"]);
    const size = findFirst(notes[0] as XmlElement, "w:sz").attrs["w:val"];
    expect(Number(size)).toBeGreaterThanOrEqual(20);
    expect(Number(size)).toBeLessThanOrEqual(24);
  });

  test("data tables repeat their header row, bold, and right-align number columns", async () => {
    const tables = findAll(await xml("word/document.xml"), "w:tbl");
    const data = tables.find((t) => wordText(t).includes("Phương tiện đo")) as XmlElement;
    const rows = findAll(data, "w:tr");
    expect(findAll(rows[0] as XmlElement, "w:tblHeader")).toHaveLength(1);
    expect(findAll(rows[1] as XmlElement, "w:tblHeader")).toHaveLength(0);
    expect(findAll(rows[0] as XmlElement, "w:b").length).toBeGreaterThan(0);
    const lastCell = findAll(rows[1] as XmlElement, "w:tc")[2] as XmlElement;
    expect(wordText(lastCell)).toBe("132");
    expect(findFirst(lastCell, "w:jc").attrs["w:val"]).toBe("right");
    // The total row spans the first two columns.
    const total = rows[3] as XmlElement;
    expect(findFirst(total, "w:gridSpan").attrs["w:val"]).toBe("2");
  });

  test("the closing puts Nơi nhận on the left and the signer on the right", async () => {
    const tables = findAll(await xml("word/document.xml"), "w:tbl");
    const closing = tables.find((t) => wordText(t).includes("Nơi nhận:")) as XmlElement;
    const [left, right] = findAll(closing, "w:tc").map((tc) =>
      findAll(tc, "w:p")
        .map(wordText)
        .filter((t) => t !== ""),
    );
    expect(left).toEqual(["Nơi nhận:", "- Như trên;", "- VP: Tỉnh uỷ, HĐND, UBND tỉnh;", "- Lãnh đạo Sở;", "- Lưu: VT, KH&CN."]);
    expect(right).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Mẫu"]);
  });

  test("each appendix starts a section of its own, so a new page", async () => {
    const doc = await xml("word/document.xml");
    expect(findAll(doc, "w:sectPr")).toHaveLength(2);
    const paragraphs = findAll(doc, "w:p");
    const end = paragraphs.findIndex((p) => findAll(p, "w:sectPr").length > 0);
    expect(wordText(paragraphs[end + 1] as XmlElement)).toBe("Phụ lục");
  });

  test("core.xml and every zip entry carry the clock", async () => {
    const core = await xml("docProps/core.xml");
    expect(findFirst(core, "dcterms:created").text).toBe("2021-06-20T08:30:00Z");
    expect(findFirst(core, "dcterms:modified").text).toBe("2021-06-20T08:30:00Z");
    const dates = Object.values(zip.files).map((f) => f.date.toISOString());
    expect(new Set(dates)).toEqual(new Set(["2021-06-20T08:30:00.000Z"]));
  });

  test("the same document and clock give the same bytes; another clock does not", async () => {
    const again = await renderDocx(sampleReport(), { clock });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const later = await renderDocx(sampleReport(), { clock: new Date(Date.UTC(2021, 5, 21)) });
    expect(Buffer.from(later).equals(Buffer.from(bytes))).toBe(false);
  });

  test("a footnote in the closing sentence is numbered after those of the body", async () => {
    const doc = sampleReport({ closing: paragraph("Trên đây là báo cáo./.", footnote("Ghi chú cuối.")) });
    const { xml: read } = await parts(await renderDocx(doc, { clock }));
    const notes = findAll(await read("word/footnotes.xml"), "w:footnote").filter((n) => n.attrs["w:id"] === "3");
    expect(notes.map(wordText)).toEqual([" Ghi chú cuối."]);
  });

  test("headings keep with the next paragraph; body paragraphs split freely under widow/orphan control", async () => {
    const paragraphs = findAll(await xml("word/document.xml"), "w:p").filter((p) => findAll(p, "w:pStyle").some((st) => st.attrs["w:val"] === "ReportBody"));
    const has = (p: XmlElement, name: string): boolean => findAll(p, name).length > 0;
    const headings = paragraphs.filter((p) => /^([IVX]+|\d+(\.\d+)*)\. /.test(wordText(p)));
    expect(headings.map(wordText)).toContain("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2021");
    for (const heading of headings) expect(has(heading, "w:keepNext")).toBe(true);
    const body = paragraphs.filter((p) => !headings.includes(p) && wordText(p) !== "");
    expect(body.length).toBeGreaterThan(10);
    // Only the closing sentence stays with the signature block below it.
    expect(body.filter((p) => has(p, "w:keepNext")).map(wordText)).toEqual([
      sampleReport()
        .closing.runs.map((r) => (r.kind === "footnote" ? "" : r.text))
        .join(""),
    ]);
    for (const p of body) {
      expect(has(p, "w:keepLines")).toBe(false);
      expect(findFirst(p, "w:widowControl").attrs["w:val"] ?? "true").toMatch(/^(true|1|on)$/);
    }
  });
});

describe("renderDocx: a landscape appendix", () => {
  const wide: Appendix = {
    title: "Biểu ước thu – chi tài chính 6 tháng đầu năm 2021",
    orientation: "landscape",
    blocks: [
      table({
        columns: [
          { align: "center", width: 1 },
          { align: "left", width: 5 },
          { align: "right", width: 2.2 },
          { align: "right", width: 2.2 },
        ],
        header: [["Mã", "Nội dung", "Dự toán năm", "Ước cả năm"].map((h) => cell(bold(h)))],
        body: [["1.1.1", "+ Phí thẩm định cấp giấy phép", [figure("26.995.000.000", [{ sheet: "Tài chính", ranges: ["D7"] }])], "1.956.000.000"]],
      }),
    ],
  };
  const portrait: Appendix = { title: "Danh sách dòng không đưa vào báo cáo", blocks: [paragraph("Không có.")] };
  let doc: XmlElement;
  let sections: XmlElement[];

  beforeAll(async () => {
    const first = sampleReport().appendices[0] as Appendix;
    const { xml } = await parts(await renderDocx(sampleReport({ appendices: [first, wide, portrait] }), { clock }));
    doc = await xml("word/document.xml");
    sections = findAll(doc, "w:sectPr");
  });

  test("each appendix opens a section of its own; the landscape one A4 landscape, the binding margin still 30 mm on the left", () => {
    expect(sections).toHaveLength(4);
    const [body, first, turned, back] = sections as [XmlElement, XmlElement, XmlElement, XmlElement];
    expect(findFirst(body, "w:pgSz").attrs).toMatchObject({ "w:w": "11906", "w:h": "16838" });
    expect(findFirst(first, "w:pgSz").attrs).toMatchObject({ "w:w": "11906", "w:h": "16838" });
    expect(findFirst(turned, "w:pgSz").attrs).toMatchObject({ "w:w": "16838", "w:h": "11906", "w:orient": "landscape" });
    expect(findFirst(turned, "w:pgMar").attrs).toMatchObject({ "w:top": "1134", "w:bottom": "1134", "w:left": "1701", "w:right": "850" });
    // The portrait appendix after it turns the page back.
    expect(findFirst(back, "w:pgSz").attrs).toMatchObject({ "w:w": "11906", "w:h": "16838" });
  });

  test("each appendix numbers its pages from 1, its first page unnumbered like the report's", () => {
    expect(findAll(sections[0] as XmlElement, "w:pgNumType").every((n) => n.attrs["w:start"] === undefined)).toBe(true);
    for (const later of sections.slice(1)) {
      expect(findFirst(later, "w:pgNumType").attrs["w:start"]).toBe("1");
      expect(findAll(later, "w:titlePg")).toHaveLength(1);
      expect(
        findAll(later, "w:headerReference")
          .map((r) => r.attrs["w:type"])
          .sort(),
      ).toEqual(["default", "first"]);
    }
  });

  test("each appendix opens with “Phụ lục” and its Roman number, the title in capitals and the “Kèm theo” line, a rule under it", () => {
    const paragraphs = findAll(doc, "w:p");
    const starts = paragraphs.flatMap((p, i) => (findAll(p, "w:sectPr").length > 0 ? [i + 1] : [])).slice(0, 3);
    const heads = starts.map((at) => paragraphs.slice(at, at + 4));
    expect(heads.map((h) => h.slice(0, 3).map(wordText))).toEqual([
      [
        "Phụ lục I",
        "BIỂU ƯỚC THU – CHI TÀI CHÍNH 6 THÁNG ĐẦU NĂM 2021",
        "(Kèm theo Báo cáo số      /BC-SKHCN ngày      tháng      năm 2021 của Sở Khoa học và Công nghệ)",
      ],
      [
        "Phụ lục II",
        "BIỂU ƯỚC THU – CHI TÀI CHÍNH 6 THÁNG ĐẦU NĂM 2021",
        "(Kèm theo Báo cáo số      /BC-SKHCN ngày      tháng      năm 2021 của Sở Khoa học và Công nghệ)",
      ],
      [
        "Phụ lục III",
        "DANH SÁCH DÒNG KHÔNG ĐƯA VÀO BÁO CÁO",
        "(Kèm theo Báo cáo số      /BC-SKHCN ngày      tháng      năm 2021 của Sở Khoa học và Công nghệ)",
      ],
    ]);
    for (const head of heads) {
      const [label, title, attached, rule] = head as [XmlElement, XmlElement, XmlElement, XmlElement];
      expect(findAll(label, "w:b").length).toBeGreaterThan(0);
      expect(findAll(title, "w:b").length).toBeGreaterThan(0);
      expect(findAll(attached, "w:i").length).toBeGreaterThan(0);
      for (const p of [label, title, attached]) expect(findFirst(p, "w:jc").attrs["w:val"]).toBe("center");
      expect(findFirst(findFirst(rule, "w:pBdr"), "w:bottom").attrs["w:val"]).toBe("single");
    }
  });

  test("its table spans the landscape text width and gives the amounts a whole line", () => {
    const tables = findAll(doc, "w:tbl");
    const finance = tables.find((t) => wordText(t).includes("26.995.000.000")) as XmlElement;
    expect(findFirst(finance, "w:tblW").attrs["w:w"]).toBe(String(16838 - 1701 - 850));
    const grid = findAll(finance, "w:gridCol").map((g) => Number(g.attrs["w:w"]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(16838 - 1701 - 850);
    // 14 characters of 13 pt Times: 11 digits of 130 twips and 3 dots of 65, plus padding.
    expect(grid[2]).toBeGreaterThan(11 * 130 + 3 * 65 + 170);
  });

  test("no appendix needs a page break of its own: each section starts a new page", () => {
    const breaks = findAll(doc, "w:p")
      .filter((p) => findAll(p, "w:pageBreakBefore").length > 0)
      .map(wordText);
    expect(breaks).toEqual([]);
  });
});
