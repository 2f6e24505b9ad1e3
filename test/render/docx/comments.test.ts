// Empty sections reach the .docx as highlighted text inside a Word comment's range, with the comment saying what to write.
import JSZip from "jszip";
import { paragraph, placeholder, section } from "../../../src/core/document";
import { writeFileSync } from "node:fs";
import { COMMENT_AUTHOR, PLACEHOLDER_HIGHLIGHT, renderDocx } from "../../../src/render/docx";
import { sampleReport } from "../../core/document/sample-report";
import { describeWithTools, docxToPdf, pdfPages } from "../../support/libreoffice";
import { tempDir } from "../../support/cli-run";
import { MISTAKES_SAMPLE } from "../../support/reference-report";
import { analyseWorkbook } from "../../../src/core/analyse";
import { planReport } from "../../../src/core/report";
import { openXlsxSource } from "../../../src/hosts/node";
import { findAll, findFirst, parseXml } from "./xml-tree";
import type { XmlElement } from "./xml-tree";

const clock = new Date(Date.UTC(2021, 5, 20, 8, 30, 0));
const COMMENT = "Mục II.10 “Công tác khác.” chưa có nội dung. Hãy viết kết quả thực hiện 6 tháng đầu năm 2021 thay cho dòng đánh dấu này.";

function withPlaceholder() {
  const report = sampleReport();
  // Three, so that comments numbered from 0 would share ids with the footnotes.
  const empty = ["10.", "11.", "12."].map((n) => section(n, "Công tác khác.", [paragraph(placeholder("[Nội dung mục này chưa được nhập.]", COMMENT))]));
  // Before the footnotes, where LibreOffice's loss shows.
  return { ...report, sections: [section("0.", "MỤC THỬ", [], empty), ...report.sections] };
}

async function xmlOf(bytes: Uint8Array, path: string): Promise<XmlElement | undefined> {
  const file = (await JSZip.loadAsync(bytes)).file(path);
  return file === null ? undefined : parseXml(await file.async("string"));
}

describe("placeholders in the .docx", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderDocx(withPlaceholder(), { clock });
  });

  it("highlights the placeholder's text inside a comment's range, followed by its reference, the comment's id past every footnote's", async () => {
    const doc = (await xmlOf(bytes, "word/document.xml"))!;
    const p = findAll(doc, "w:p").find((x) => findAll(x, "w:commentRangeStart").length > 0)!;
    expect(p.children.filter((c) => c.name !== "w:pPr").map((c) => c.name)).toEqual(["w:commentRangeStart", "w:r", "w:commentRangeEnd", "w:r"]);
    const [start, run, end, ref] = p.children.filter((c) => c.name !== "w:pPr");
    const id = start?.attrs["w:id"];
    expect([end?.attrs["w:id"], findFirst(ref!, "w:commentReference").attrs["w:id"]]).toEqual([id, id]);
    // LibreOffice drops the text of a footnote whose id a comment shares.
    const footnoteIds = findAll((await xmlOf(bytes, "word/footnotes.xml"))!, "w:footnote").map((f) => Number(f.attrs["w:id"]));
    expect(footnoteIds.length).toBeGreaterThan(2);
    expect(Number(id)).toBeGreaterThan(Math.max(...footnoteIds));
    expect(findFirst(run!, "w:highlight").attrs["w:val"]).toBe(PLACEHOLDER_HIGHLIGHT);
    expect(findFirst(run!, "w:t").text).toBe("[Nội dung mục này chưa được nhập.]");
  });

  it("writes the comment, by the product, dated with the report's clock, saying what to write", async () => {
    const comments = (await xmlOf(bytes, "word/comments.xml"))!;
    const [comment] = findAll(comments, "w:comment");
    const doc = (await xmlOf(bytes, "word/document.xml"))!;
    expect(comment?.attrs).toMatchObject({
      "w:id": findFirst(doc, "w:commentRangeStart").attrs["w:id"],
      "w:author": COMMENT_AUTHOR,
      "w:date": clock.toISOString(),
    });
    expect(
      findAll(comment!, "w:t")
        .map((t) => t.text)
        .join(""),
    ).toBe(COMMENT);
  });

  it("gives the same bytes each time, and a report without placeholders has no comments part", async () => {
    expect(Buffer.from(await renderDocx(withPlaceholder(), { clock })).equals(Buffer.from(bytes))).toBe(true);
    expect(await xmlOf(await renderDocx(sampleReport(), { clock }), "word/comments.xml")).toBeUndefined();
  });
});

describeWithTools("placeholders in LibreOffice", ["soffice", "pdftotext"])("placeholders in the PDF LibreOffice prints", () => {
  const tmp = tempDir("lbc-comments-");
  afterAll(() => tmp.remove());

  // The mistakes sample's report has empty sections between its footnotes: with comment ids that
  // footnotes also use, LibreOffice printed the notes' numbers without their text.
  it("prints the placeholders and keeps every footnote's text", async () => {
    const analysis = await analyseWorkbook(await openXlsxSource(MISTAKES_SAMPLE));
    const prepared = planReport(analysis, { lang: "vi", force: true });
    if (!prepared.ok) throw new Error(prepared.reason);
    const doc = prepared.built.document;
    const docx = tmp.path("co-loi.docx");
    writeFileSync(docx, await renderDocx(doc, { clock }));
    const text = pdfPages(docxToPdf(docx, tmp.dir)).join("\n").replace(/\s+/g, " ");
    expect(text).toContain("[Nội dung mục này chưa được nhập.]");
    const notes: string[] = [];
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value !== null && typeof value === "object") {
        const run = value as { kind?: string; content?: ReadonlyArray<{ text: string }> };
        if (run.kind === "footnote" && run.content !== undefined) notes.push(run.content.map((c) => c.text).join(""));
        else Object.values(value).forEach(visit);
      }
    };
    visit(doc);
    expect(notes.length).toBeGreaterThan(2);
    for (const note of notes) expect(text).toContain(note.replace(/\s+/g, " ").trim().slice(0, 40));
  }, 180_000);
});
