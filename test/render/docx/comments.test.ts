// Empty sections reach the .docx as highlighted text inside a Word comment's range, with the comment saying what to write.
import JSZip from "jszip";
import { paragraph, placeholder, section } from "../../../src/core/document";
import { COMMENT_AUTHOR, PLACEHOLDER_HIGHLIGHT, renderDocx } from "../../../src/render/docx";
import { sampleReport } from "../../core/document/sample-report";
import { findAll, findFirst, parseXml } from "./xml-tree";
import type { XmlElement } from "./xml-tree";

const clock = new Date(Date.UTC(2021, 5, 20, 8, 30, 0));
const COMMENT = "Mục II.10 “Công tác khác.” chưa có nội dung. Hãy viết kết quả thực hiện 6 tháng đầu năm 2021 thay cho dòng đánh dấu này.";

function withPlaceholder() {
  const report = sampleReport();
  const empty = section("10.", "Công tác khác.", [paragraph(placeholder("[Nội dung mục này chưa được nhập.]", COMMENT))]);
  return { ...report, sections: [...report.sections, section("IV.", "MỤC THỬ", [], [empty])] };
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

  it("highlights the placeholder's text inside the range of comment 0, followed by its reference", async () => {
    const doc = (await xmlOf(bytes, "word/document.xml"))!;
    const p = findAll(doc, "w:p").find((x) => findAll(x, "w:commentRangeStart").length > 0)!;
    expect(p.children.filter((c) => c.name !== "w:pPr").map((c) => c.name)).toEqual(["w:commentRangeStart", "w:r", "w:commentRangeEnd", "w:r"]);
    const [start, run, end, ref] = p.children.filter((c) => c.name !== "w:pPr");
    expect([start?.attrs["w:id"], end?.attrs["w:id"], findFirst(ref!, "w:commentReference").attrs["w:id"]]).toEqual(["0", "0", "0"]);
    expect(findFirst(run!, "w:highlight").attrs["w:val"]).toBe(PLACEHOLDER_HIGHLIGHT);
    expect(findFirst(run!, "w:t").text).toBe("[Nội dung mục này chưa được nhập.]");
  });

  it("writes the comment, by the product, dated with the report's clock, saying what to write", async () => {
    const comments = (await xmlOf(bytes, "word/comments.xml"))!;
    const [comment] = findAll(comments, "w:comment");
    expect(comment?.attrs).toMatchObject({ "w:id": "0", "w:author": COMMENT_AUTHOR, "w:date": clock.toISOString() });
    expect(findAll(comment!, "w:t").map((t) => t.text).join("")).toBe(COMMENT);
  });

  it("gives the same bytes each time, and a report without placeholders has no comments part", async () => {
    expect(Buffer.from(await renderDocx(withPlaceholder(), { clock })).equals(Buffer.from(bytes))).toBe(true);
    expect(await xmlOf(await renderDocx(sampleReport(), { clock }), "word/comments.xml")).toBeUndefined();
  });
});
