import { alignedParagraph, bold, boldItalic, cell, figure, footnote, inlineText, italic, paragraph, section, table, text } from "../../../src/core/document";

const refs = [{ sheet: "Lô hàng", ranges: ["D5:D844"] }];

describe("run builders", () => {
  test("text, bold, italic and bold italic set their flags", () => {
    expect(text("a")).toEqual({ kind: "text", text: "a", bold: false, italic: false });
    expect(bold("b")).toEqual({ kind: "text", text: "b", bold: true, italic: false });
    expect(italic("c")).toEqual({ kind: "text", text: "c", bold: false, italic: true });
    expect(boldItalic("d")).toEqual({ kind: "text", text: "d", bold: true, italic: true });
  });

  test("a figure keeps its printed text and its source cells", () => {
    expect(figure("840", refs)).toEqual({ kind: "figure", text: "840", sources: refs, bold: false, italic: false });
    expect(figure("03", [], { bold: true }).bold).toBe(true);
  });

  test("a footnote turns strings into text runs and keeps figures", () => {
    const note = footnote("Đồ chơi trẻ em: ", figure("301", refs), " lô");
    expect(note.kind).toBe("footnote");
    expect(note.content.map((r) => r.kind)).toEqual(["text", "figure", "text"]);
    expect(inlineText(note.content)).toBe("Đồ chơi trẻ em: 301 lô");
  });
});

describe("block builders", () => {
  test("paragraph is justified and turns strings into runs", () => {
    const p = paragraph("Quản lý ", figure("29", refs), " đề tài", footnote("chi tiết"));
    expect(p.align).toBe("justify");
    expect(p.runs.map((r) => r.kind)).toEqual(["text", "figure", "text", "footnote"]);
    expect(alignedParagraph("center", "x").align).toBe("center");
  });

  test("table accepts strings, runs, run lists and cells", () => {
    const t = table({
      columns: [
        { align: "center", width: 1 },
        { align: "right", width: 3 },
      ],
      header: [["TT", bold("Số lượng")]],
      body: [["1", [figure("132", refs), " cột"]]],
      total: [cell("Tổng", { colSpan: 2 })],
    });
    expect(t.headerRows[0]?.map((c) => c.runs[0]?.kind)).toEqual(["text", "text"]);
    expect(t.bodyRows[0]?.[1]?.runs.map((r) => r.kind)).toEqual(["figure", "text"]);
    expect(t.totalRow?.[0]).toEqual({ runs: [text("Tổng")], colSpan: 2, rowSpan: 1 });
    expect(cell("a", { rowSpan: 2 }).rowSpan).toBe(2);
  });

  test("a table without a total has no total row", () => {
    const t = table({ columns: [{ align: "left", width: 1 }], header: [["A"]], body: [] });
    expect("totalRow" in t).toBe(false);
  });

  test("section nests sub-sections and defaults to no blocks", () => {
    const s = section("6.", "Công tác tiêu chuẩn.", [], [section("6.1.", "Tiêu chuẩn:")]);
    expect(s.sections[0]).toEqual({ number: "6.1.", heading: "Tiêu chuẩn:", blocks: [], sections: [] });
  });
});

describe("a footnote mark and the text after it", () => {
  test("a word, a number or an opening quote after the mark gets a space; punctuation does not", () => {
    const runs = paragraph("30", footnote("Dự án A."), "dự án; ", "điện tử", footnote("B."), ".", "X", footnote("C."), "“D”").runs;
    expect(runs.map((r) => (r.kind === "footnote" ? "^" : r.text))).toEqual(["30", "^", " dự án; ", "điện tử", "^", ".", "X", "^", " “D”"]);
  });

  test("a space already there is kept single", () => {
    const runs = paragraph("30", footnote("n"), " dự án").runs;
    expect(runs.map((r) => (r.kind === "footnote" ? "^" : r.text))).toEqual(["30", "^", " dự án"]);
  });
});
