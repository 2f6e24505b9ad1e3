import { parseProvenance, provenanceXml, summaryRecord, type Provenance } from "../../../src/core/living";
import { summaryToJson } from "../../../src/core/summarise";
import { analysisOf, SAMPLE } from "../../taskpane/fixtures";

async function sampleSummary() {
  const analysis = await analysisOf(SAMPLE);
  if (!analysis.summary) throw new Error("no summary");
  return analysis.summary;
}

describe("summaryRecord", () => {
  it("keeps a real half-year's summary whole, as --summary writes it", async () => {
    const summary = await sampleSummary();
    const record = summaryRecord(summary);
    expect(record.omitted).toEqual([]);
    expect(JSON.parse(record.json)).toEqual(summaryToJson(summary));
  });

  it("past the bound, leaves out the subjects, then the batches, never the figures, and says which", async () => {
    const summary = await sampleSummary();
    const whole = JSON.stringify(summaryToJson(summary));
    const kinds = summaryToJson(summary).activities.kinds;
    expect(kinds.some((k) => k.list.length > 0)).toBe(true);
    expect(kinds.some((k) => k.batchList.length > 0)).toBe(true);

    const lean = summaryRecord(summary, whole.length - 1);
    expect(lean.omitted).toEqual(["subjects"]);
    const leanJson = JSON.parse(lean.json) as ReturnType<typeof summaryToJson>;
    expect(leanJson.activities.kinds.every((k) => k.list.length === 0 && k.batchList.every((b) => b.list.length === 0))).toBe(true);
    expect(leanJson.activities.kinds.map((k) => [k.kind, k.quantity, k.batchList.length])).toEqual(kinds.map((k) => [k.kind, k.quantity, k.batchList.length]));
    expect(leanJson.lots).toEqual(summaryToJson(summary).lots);

    const least = summaryRecord(summary, 10);
    expect(least.omitted).toEqual(["subjects", "batches"]);
    const leastJson = JSON.parse(least.json) as ReturnType<typeof summaryToJson>;
    expect(leastJson.activities.kinds.every((k) => k.batchList.length === 0)).toBe(true);
    expect(leastJson.finance).toEqual(summaryToJson(summary).finance);
  });

  it("travels through the document's record and back, with what was left out", async () => {
    const record = summaryRecord(await sampleSummary(), 10);
    const provenance: Provenance = { period: "6 tháng đầu năm 2021", version: "0.1.0", figures: [], summary: record };
    const xml = provenanceXml(provenance);
    expect(xml).toContain('<summary format="application/json" omitted="subjects batches">');
    expect(xml).not.toMatch(/<summary[^>]*>[^<]*<(?!\/summary>)/);
    expect(parseProvenance(xml)?.summary).toEqual(record);
    expect(parseProvenance(provenanceXml({ ...provenance, summary: undefined }))?.summary).toBeUndefined();
  });
});
