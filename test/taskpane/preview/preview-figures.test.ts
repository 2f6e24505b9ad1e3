import { planReport } from "../../../src/core/report";
import type { FigureRun, ReportDocument } from "../../../src/core/document";
import { renderHtml } from "../../../src/render/html";
import { figureTarget, isActivationKey, parseSources } from "../../../src/taskpane/preview";
import { analysisOf, SAMPLE } from "../fixtures";

/** Every figure run anywhere in the document: body, tables, footnotes, appendices. */
function figures(doc: ReportDocument): FigureRun[] {
  const out: FigureRun[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === "object" && value !== null) {
      if ((value as { kind?: unknown }).kind === "figure") out.push(value as FigureRun);
      else Object.values(value).forEach(visit);
    }
  };
  visit(doc);
  return out;
}

/** The data-sources attributes of the rendered figures, unescaped as a browser would. */
function sourceAttributes(html: string): string[] {
  return [...html.matchAll(/<span class="figure" data-sources='([^']*)'/g)].map((m) =>
    m[1]!
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&"),
  );
}

describe("preview figures", () => {
  it("lead back to the cells the report's figures came from", async () => {
    const prepared = planReport(await analysisOf(SAMPLE), { lang: "vi" });
    if (!prepared.ok) throw new Error("the sample should give a report");
    const html = renderHtml(prepared.built.document);
    const attrs = sourceAttributes(html);
    const runs = figures(prepared.built.document).filter((f) => f.sources.length > 0);
    expect(attrs.length).toBeGreaterThan(5);
    const parsed = attrs.map(parseSources);
    for (const p of parsed) expect(runs.some((r) => JSON.stringify(r.sources) === JSON.stringify(p))).toBe(true);
    const first = figureTarget(attrs[0]);
    expect(first).toEqual({ sheet: parsed[0]![0]!.sheet, address: parsed[0]![0]!.ranges[0] });
  });

  it("refuses sources that are not cell ranges, rather than select something else", () => {
    expect(parseSources('[{"sheet":"Lô hàng","ranges":["D5:D20","D22"]}]')).toEqual([{ sheet: "Lô hàng", ranges: ["D5:D20", "D22"] }]);
    expect(parseSources('[{"sheet":"A","ranges":["=HYPERLINK()","B2"]},{"sheet":3,"ranges":["A1"]}]')).toEqual([{ sheet: "A", ranges: ["B2"] }]);
    expect(parseSources("not json")).toEqual([]);
    expect(parseSources('{"sheet":"A"}')).toEqual([]);
    expect(parseSources(null)).toEqual([]);
    expect(figureTarget('[{"sheet":"A","ranges":[]}]')).toBeUndefined();
  });

  it("acts on Enter and Space, as a button does", () => {
    expect(["Enter", " ", "Spacebar", "Tab", "a"].map(isActivationKey)).toEqual([true, true, true, false, false]);
  });
});
