import JSZip from "jszip";
import { bold, cell, figure, footnote, paragraph, section, table } from "../../../src/core/document";
import type { Block, ReportDocument, Run } from "../../../src/core/document";
import { renderDocx } from "../../../src/render/docx";
import { REPORT_PREVIEW_CSS, renderHtml } from "../../../src/render/html";
import { sampleReport } from "../../core/document/sample-report";
import { findAll as findXml, parseXml, wordText } from "../docx/xml-tree";
import { byTag, childElements, findAll, findOne, hasClass, parseHtml, textOf } from "./html-tree";
import type { HtmlElement } from "./html-tree";

const cells = [{ sheet: "Tài chính", ranges: ["D7"] }];

/** The sample with footnotes in a table cell, the closing and an appendix too, to follow the numbering everywhere. */
function richReport(): ReportDocument {
  const base = sampleReport();
  const wide = table({
    columns: [
      { align: "center", width: 1 },
      { align: "left", width: 4 },
      { align: "right", width: 2 },
    ],
    header: [["Mã", "Nội dung", "Dự toán năm"].map((h) => cell(bold(h)))],
    body: [["1", ["Thu sự nghiệp", footnote("Gồm phí và lệ phí.")], [figure("2.014.000.000", cells)]]],
    total: ["", bold("Tổng thu"), [figure("2.014.000.000", cells, { bold: true })]],
  });
  return {
    ...base,
    closing: paragraph("Trên đây là báo cáo./.", footnote("Ghi chú cuối.")),
    appendices: [...base.appendices, { title: "Biểu chi tiết", orientation: "landscape", blocks: [wide] }],
  };
}

/** Every figure run of the document in reading order, then those of the footnotes, as the notes are listed at the end. */
function figuresOf(doc: ReportDocument): Array<{ text: string; sources: unknown }> {
  const out: Array<{ text: string; sources: unknown }> = [];
  const inNotes: Array<{ text: string; sources: unknown }> = [];
  const runs = (list: ReadonlyArray<Run>, to = out): void => {
    for (const run of list) {
      if (run.kind === "figure") to.push({ text: run.text, sources: run.sources });
      if (run.kind === "footnote") runs(run.content, inNotes);
    }
  };
  const blocks = (list: ReadonlyArray<Block>): void => {
    for (const b of list) {
      if (b.kind === "paragraph") runs(b.runs);
      else for (const row of [...b.headerRows, ...b.bodyRows, ...(b.totalRow ? [b.totalRow] : [])]) for (const c of row) runs(c.runs);
    }
  };
  blocks([doc.basis]);
  const walk = (s: ReportDocument["sections"][number]): void => {
    blocks(s.blocks);
    s.sections.forEach(walk);
  };
  doc.sections.forEach(walk);
  blocks([doc.closing]);
  for (const a of doc.appendices) blocks(a.blocks);
  return [...out, ...inNotes];
}

describe("renderHtml", () => {
  const doc = richReport();
  const html = renderHtml(doc);
  const tree = parseHtml(html);
  const article = findOne(tree, byTag("article"));

  test("is one article in the report's language, and the same document gives the same HTML", () => {
    expect(childElements(tree).map((e) => e.name)).toEqual(["article"]);
    expect(article.attrs).toMatchObject({ class: "report-preview", lang: "vi" });
    expect(renderHtml(richReport())).toBe(html);
  });

  test("the header block has two columns: agency and number left, nation, motto and date right", () => {
    const header = findOne(article, hasClass("report-header"));
    const columns = childElements(header);
    expect(columns.map((c) => c.attrs.class)).toEqual(["report-header-left", "report-header-right"]);
    const lines = (e: HtmlElement): string[] =>
      childElements(e)
        .filter((c) => c.name === "p")
        .map(textOf);
    expect(lines(columns[0] as HtmlElement)).toEqual(["UBND TỈNH LẠNG SƠN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số:      /BC-SKHCN"]);
    expect(lines(columns[1] as HtmlElement)).toEqual([
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Lạng Sơn, ngày      tháng      năm 2021",
    ]);
  });

  test("the title, the subject and the recipient follow", () => {
    expect(textOf(findOne(article, byTag("h1")))).toBe("BÁO CÁO");
    expect(textOf(findOne(article, hasClass("report-subject")))).toBe(doc.subject);
    expect(textOf(findOne(article, hasClass("report-recipients")))).toBe("Kính gửi: Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn");
  });

  test("sections are nested with their numbers and headings, in outline order", () => {
    const headings = findAll(article, hasClass("report-heading"));
    expect(headings.map((h) => [h.name, textOf(findOne(h, hasClass("report-section-number"))), textOf(h)])).toEqual([
      ["h2", "I.", "I. ĐÁNH GIÁ CHUNG"],
      ["h2", "II.", "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2021"],
      ["h3", "1.", "1. Công tác nghiên cứu khoa học và phát triển công nghệ."],
      ["h3", "6.", "6. Công tác tiêu chuẩn đo lường chất lượng."],
      ["h4", "6.1.", "6.1. Công tác Tiêu chuẩn – Chất lượng:"],
      ["h4", "6.2.", "6.2. Công tác Đo lường:"],
      ["h3", "10.", "10. Kết quả thu – chi tài chính."],
      ["h2", "III.", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2021"],
    ]);
    // 6.1 sits inside 6, which sits inside II.
    const part = findAll(article, hasClass("report-level-0"))[1] as HtmlElement;
    expect(findAll(part, hasClass("report-level-2")).map((s) => textOf(findOne(s, hasClass("report-section-number"))))).toEqual(["6.1.", "6.2."]);
  });

  test("body paragraphs are justified; the centred note keeps its alignment", () => {
    const first = findAll(article, hasClass("report-level-0"))[0] as HtmlElement;
    expect(findAll(first, byTag("p")).every((p) => p.attrs.class === "report-body")).toBe(true);
    const note = findAll(article, hasClass("align-center")).find((p) => p.name === "p");
    expect(textOf(note as HtmlElement)).toBe("(Có biểu báo cáo ước thu – chi tài chính kèm theo)");
  });

  test("footnotes are superscript links numbered as the .docx numbers them, listed at the end", async () => {
    const zip = await JSZip.loadAsync(await renderDocx(doc, { clock: new Date(Date.UTC(2021, 5, 20)) }));
    const notesXml = parseXml(await (zip.file("word/footnotes.xml") as JSZip.JSZipObject).async("string"));
    const docxNotes = findXml(notesXml, "w:footnote")
      .filter((n) => Number(n.attrs["w:id"]) > 0)
      // A .docx note opens with a space after its mark; the HTML list numbers its items instead.
      .map((n) => [Number(n.attrs["w:id"]), wordText(n).replace(/^ /, "")] as const);
    expect(docxNotes.length).toBe(4);

    const refs = findAll(article, hasClass("footnote-ref")).map((sup) => findOne(sup, byTag("a")));
    expect(refs.map(textOf)).toEqual(["1", "2", "3", "4"]);
    const list = findOne(article, hasClass("report-footnotes"));
    const items = findAll(list, byTag("li"));
    const htmlNotes = items.map((li) => [Number(li.attrs.value), textOf(li).replace(/\s*↩$/, "")] as const);
    expect(htmlNotes).toEqual(docxNotes);
    // Each reference links to its note and back.
    refs.forEach((a, i) => {
      const li = items[i] as HtmlElement;
      expect(a.attrs.href).toBe(`#${li.attrs.id}`);
      expect(findOne(li, hasClass("footnote-back")).attrs.href).toBe(`#${a.attrs.id}`);
    });
    // The list closes the fragment, after the appendices.
    expect(childElements(article).at(-1)).toBe(list);
  });

  test("every figure is a focusable span carrying its source cells", () => {
    const spans = findAll(article, hasClass("figure"));
    const expected = figuresOf(doc);
    expect(spans.map((s) => ({ text: textOf(s), sources: JSON.parse(s.attrs["data-sources"] ?? "null") as unknown }))).toEqual(expected);
    for (const span of spans) {
      expect(span.name).toBe("span");
      expect(span.attrs.tabindex).toBe("0");
    }
    // The figure inside a footnote keeps its sources too.
    const noteFigure = findAll(findOne(article, hasClass("report-footnotes")), hasClass("figure"))[0];
    expect(JSON.parse(noteFigure?.attrs["data-sources"] ?? "null")).toEqual([{ sheet: "Lô hàng", ranges: ["D5:D844"] }]);
    // Written as the task pane reads it: JSON in a single-quoted attribute.
    expect(html).toContain(`<span class="figure" data-sources='[{"sheet":"Lô hàng","ranges":["D5:D844"]}]' tabindex="0"`);
  });

  test("tables keep their header, body and total, with merged cells and column alignment", () => {
    const tables = findAll(article, byTag("table"));
    const measures = tables.find((t) => textOf(t).includes("Phương tiện đo")) as HtmlElement;
    expect(findAll(findOne(measures, byTag("thead")), byTag("th")).map(textOf)).toEqual(["TT", "Phương tiện đo", "Số lượng"]);
    const bodyRows = findAll(findOne(measures, byTag("tbody")), byTag("tr"));
    expect(bodyRows.map((r) => findAll(r, byTag("td")).map(textOf))).toEqual([
      ["1", "Cột đo xăng dầu", "132"],
      ["2", "Cân các loại", "205"],
    ]);
    expect(findAll(bodyRows[0] as HtmlElement, byTag("td")).map((td) => td.attrs.class)).toEqual(["align-center", "align-left", "align-right"]);
    const total = findOne(findOne(measures, byTag("tfoot")), byTag("tr"));
    expect(findAll(total, byTag("td")).map((td) => [textOf(td), td.attrs.colspan, td.attrs.class])).toEqual([
      ["Tổng cộng", "2", "align-center"],
      ["337", undefined, "align-right"],
    ]);
    // The appendix header merges down and across: the second header row's cells sit under "Số tiền".
    const merged = tables.find((t) => textOf(t).includes("Số tiền")) as HtmlElement;
    const headerRows = findAll(findOne(merged, byTag("thead")), byTag("tr"));
    expect(findAll(headerRows[0] as HtmlElement, byTag("th")).map((th) => [textOf(th), th.attrs.rowspan, th.attrs.colspan])).toEqual([
      ["TT", "2", undefined],
      ["Nội dung", "2", undefined],
      ["Số tiền (triệu đồng)", undefined, "2"],
    ]);
    expect(findAll(findAll(findOne(merged, byTag("tbody")), byTag("tr"))[0] as HtmlElement, byTag("td")).map((td) => td.attrs.class)).toEqual([
      "align-center",
      "align-left",
      "align-right",
      "align-right",
    ]);
  });

  test("the closing: Nơi nhận on the left, the signer on the right", () => {
    const closing = findOne(article, hasClass("report-closing"));
    const [left, right] = childElements(closing) as [HtmlElement, HtmlElement];
    expect(left.attrs.class).toBe("report-distribution");
    expect(textOf(findOne(left, hasClass("report-distribution-label")))).toBe("Nơi nhận:");
    expect(findAll(left, byTag("li")).map(textOf)).toEqual(["- Như trên;", "- VP: Tỉnh uỷ, HĐND, UBND tỉnh;", "- Lãnh đạo Sở;", "- Lưu: VT, KH&CN."]);
    expect(right.attrs.class).toBe("report-signer");
    expect(findAll(right, byTag("p")).map(textOf)).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Mẫu"]);
    // The closing sentence comes just before it.
    const siblings = childElements(article);
    expect(textOf(siblings[siblings.indexOf(closing) - 1] as HtmlElement)).toBe("Trên đây là báo cáo./.3");
  });

  test("appendices follow the closing as Phụ lục I, II: number, title in capitals and the “Kèm theo” line", () => {
    const appendices = findAll(article, hasClass("report-appendix"));
    expect(appendices.map((a) => textOf(findOne(a, byTag("h2"))))).toEqual(["BIỂU ƯỚC THU – CHI TÀI CHÍNH 6 THÁNG ĐẦU NĂM 2021", "BIỂU CHI TIẾT"]);
    expect(appendices.map((a) => textOf(findOne(a, hasClass("report-appendix-label"))))).toEqual(["Phụ lục I", "Phụ lục II"]);
    expect(textOf(findOne(appendices[0] as HtmlElement, hasClass("report-appendix-subtitle")))).toBe(
      "(Kèm theo Báo cáo số      /BC-SKHCN ngày      tháng      năm 2021 của Sở Khoa học và Công nghệ)",
    );
    expect(appendices.map((a) => hasClass("report-landscape")(a))).toEqual([false, true]);
    const siblings = childElements(article);
    expect(siblings.indexOf(appendices[0] as HtmlElement)).toBeGreaterThan(siblings.indexOf(findOne(article, hasClass("report-closing"))));
  });

  test("the labels follow the pane's language; the report's words stay", () => {
    const en = parseHtml(renderHtml(doc, { lang: "en" }));
    expect(textOf(findOne(en, hasClass("report-footnotes-title")))).toBe("Notes");
    expect(findAll(en, hasClass("footnote-ref")).map((s) => findOne(s, byTag("a")).attrs["aria-label"])).toContain("Note 1");
    expect(textOf(findOne(en, hasClass("report-nation")))).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(textOf(findOne(tree, hasClass("report-footnotes-title")))).toBe("Chú thích");
  });

  test("ids take the given prefix, made safe", () => {
    const other = parseHtml(renderHtml(doc, { idPrefix: 'p2"><x ' }));
    const ids = findAll(other, (e) => e.attrs.id !== undefined).map((e) => e.attrs.id);
    expect(ids.length).toBe(8);
    for (const id of ids) expect(id).toMatch(/^p2---x-fn(ref)?-\d$/);
  });

  test("a report without footnotes has no footnote list", () => {
    const plain = parseHtml(renderHtml(sampleReport({ sections: [], appendices: [] })));
    expect(findAll(plain, hasClass("report-footnotes"))).toEqual([]);
  });
});

describe("renderHtml escapes every text", () => {
  const evil = `<script>alert("x")</script> & 'q'`;
  const sheet = `Lô'hàng"</span><b>`;
  const doc = sampleReport({
    subject: evil,
    recipients: [evil, "Sở Tài chính"],
    basis: paragraph(evil, figure(evil, [{ sheet, ranges: ["A1&B2"] }])),
    sections: [
      section(`<i>I.</i>`, evil, [
        paragraph(bold(evil), footnote(evil, figure("1", [{ sheet, ranges: ["C3"] }]))),
        table({ columns: [{ align: "left", width: 1 }], header: [[evil]], body: [[evil]] }),
      ]),
    ],
    distribution: [evil],
    signer: { titleLines: [evil], name: evil },
    appendices: [{ title: evil, blocks: [paragraph(evil)] }],
    header: { ...sampleReport().header, parentAgency: evil, agency: "A & B", agencyInText: evil, place: "<b>" },
  });
  const html = renderHtml(doc);

  test("no markup gets through", () => {
    expect(html).not.toMatch(/<script|<\/script|<i>|<b>|<\/b>/i);
    const tree = parseHtml(html);
    const names = new Set(findAll(tree, () => true).map((e) => e.name));
    expect([...names].filter((n) => ["script", "i", "b"].includes(n))).toEqual([]);
  });

  test("the text reads back as written, the ampersand included", () => {
    const tree = parseHtml(html);
    expect(textOf(findOne(tree, hasClass("report-subject")))).toBe(evil);
    expect(textOf(findOne(tree, hasClass("report-agency")))).toBe("A & B");
    expect(textOf(findOne(tree, hasClass("report-date-line")))).toBe("<b>, ngày      tháng      năm 2021");
    expect(textOf(findOne(tree, hasClass("report-heading")))).toBe(`<i>I.</i> ${evil}`);
    expect(findAll(tree, byTag("td", "th")).map(textOf)).toEqual([evil, evil]);
    expect(textOf(findOne(findOne(tree, hasClass("report-distribution")), byTag("li")))).toBe(`- ${evil}`);
    expect(findAll(findOne(tree, hasClass("report-footnotes")), byTag("li")).map((li) => textOf(li).replace(/\s*↩$/, ""))).toEqual([`${evil}1`]);
  });

  test("sources with quotes and markup in the sheet name survive the attribute", () => {
    const spans = findAll(parseHtml(html), hasClass("figure"));
    expect(spans.map((s) => JSON.parse(s.attrs["data-sources"] ?? "null") as unknown)).toEqual([[{ sheet, ranges: ["A1&B2"] }], [{ sheet, ranges: ["C3"] }]]);
    expect(textOf(spans[0] as HtmlElement)).toBe(evil);
    // The tooltip quotes the sheet as Excel does, its own quote doubled.
    expect(spans[0]?.attrs.title).toBe(`Số liệu lấy từ 'Lô''hàng"</span><b>'!A1&B2`);
  });
});

describe("REPORT_PREVIEW_CSS", () => {
  const html = renderHtml(richReport());
  const used = new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => (m[1] ?? "").split(" ")));
  const css = REPORT_PREVIEW_CSS.replace(/\/\*[\s\S]*?\*\//g, "");
  const styled = new Set([...css.matchAll(/\.([a-z][\w-]*)/g)].map((m) => m[1] ?? ""));

  test("sets Times New Roman for the whole preview", () => {
    expect(REPORT_PREVIEW_CSS).toMatch(/\.report-preview \{[^}]*font-family: "Times New Roman"/);
  });

  test("styles the classes the preview relies on, and only classes it uses", () => {
    for (const name of [
      "report-preview",
      "report-header",
      "report-title",
      "report-body",
      "report-heading",
      "figure",
      "footnote-ref",
      "report-table",
      "report-closing",
      "report-signer",
      "report-appendix",
      "report-footnotes",
    ]) {
      expect(used.has(name)).toBe(true);
      expect(styled.has(name)).toBe(true);
    }
    expect([...styled].filter((name) => !used.has(name))).toEqual([]);
  });

  test("every rule is scoped to the preview", () => {
    const selectors = [...css.matchAll(/(^|\})\s*([^{}]+)\{/g)].flatMap((m) => (m[2] ?? "").split(",").map((s) => s.trim()));
    expect(selectors.length).toBeGreaterThan(20);
    for (const selector of selectors) expect(selector).toMatch(/^\.report-preview\b/);
  });
});
