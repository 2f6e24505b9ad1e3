// office-addin-mock needs only the `OfficeApp` names from office-addin-manifest (see test/hosts/excel/mock-workbook.ts).
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));
import { insertReport, MAX_INSERT_BASE64, MAX_INSERT_BYTES } from "../../../src/hosts/word";
import { PROVENANCE_NAMESPACE } from "../../../src/core/living";
import { recordXml } from "../../../src/render/docx";
import { docxBodyText } from "../../support/docx-text";
import { mockWord, setsUpTo } from "./mock-word";
import { sampleReport } from "./report-fixture";

const BEFORE = ["Ý kiến của phòng Quản lý khoa học về dự thảo", "Đề nghị bổ sung số liệu quý II."];

let report: string[];
let record: string;

beforeAll(async () => {
  const { bytes } = await sampleReport();
  report = (await docxBodyText(bytes)).split("\n").filter((line) => line.trim().length > 0);
  record = recordXml(bytes)!;
});

describe("the report inserted", () => {
  it("is the reference sample's .docx, with its title", () => {
    expect(report).toContain("BÁO CÁO");
    expect(report.some((p) => p.includes("6 tháng đầu năm 2021"))).toBe(true);
  });
});

describe("insertReport with WordApi 1.5 (the whole document: headers, page setup, footnotes)", () => {
  it("puts the report after what the document holds, in one sync, and its record in one more", async () => {
    const { base64 } = await sampleReport();
    const word = mockWord({ sets: setsUpTo("1.5"), paragraphs: BEFORE });
    expect(await insertReport(base64, "end", word.deps, record)).toEqual({ ok: true, method: "document", keptLayout: true, recorded: true });
    expect(word.state.paragraphs).toEqual([...BEFORE, ...report]);
    expect(word.calls).toEqual([
      {
        api: "document.insertFileFromBase64",
        location: "End",
        options: {
          importStyles: true,
          importParagraphSpacing: true,
          importTheme: false,
          importPageColor: false,
          importChangeTrackingMode: false,
          importCustomXmlParts: false,
        },
        base64,
      },
      { api: "customXmlParts.add", base64: "" },
    ]);
    expect(word.state.parts).toEqual([{ namespace: PROVENANCE_NAMESPACE, xml: record }]);
    expect(word.state.syncs).toBe(2);
  });

  it("puts the new record in place of an earlier report's, leaving the document's other parts alone", async () => {
    const { base64 } = await sampleReport();
    const other = { namespace: "urn:someone-else", xml: '<x xmlns="urn:someone-else"/>' };
    const earlier = { namespace: PROVENANCE_NAMESPACE, xml: `<livingReport xmlns="${PROVENANCE_NAMESPACE}" version="0.0.9"/>` };
    const word = mockWord({ sets: setsUpTo("1.5"), paragraphs: BEFORE, parts: [other, earlier] });
    expect(await insertReport(base64, "replace", word.deps, record)).toMatchObject({ ok: true, recorded: true });
    expect(word.state.parts).toEqual([other, { namespace: PROVENANCE_NAMESPACE, xml: record }]);
    expect(word.calls.map((c) => c.api)).toEqual(["document.insertFileFromBase64", "customXmlPart.delete", "customXmlParts.add"]);
  });

  it("keeps the record with the body-only insertion too, where Word has custom XML parts (WordApi 1.4)", async () => {
    const { base64 } = await sampleReport();
    const word = mockWord({ sets: setsUpTo("1.4"), paragraphs: BEFORE });
    expect(await insertReport(base64, "start", word.deps, record)).toEqual({ ok: true, method: "body", keptLayout: false, recorded: true });
    expect(word.state.parts).toEqual([{ namespace: PROVENANCE_NAMESPACE, xml: record }]);
  });

  it("says the report is in when Word refuses only its record, so the clerk does not insert it twice", async () => {
    const { base64 } = await sampleReport();
    const word = mockWord({ sets: setsUpTo("1.5"), paragraphs: BEFORE, failRecordWith: "GeneralException" });
    expect(await insertReport(base64, "end", word.deps, record)).toEqual({ ok: true, method: "document", keptLayout: true, recorded: false });
    expect(word.state.paragraphs).toEqual([...BEFORE, ...report]);
  });

  it("keeps no record where Word has no custom XML parts, and says so", async () => {
    const { base64 } = await sampleReport();
    const word = mockWord({ sets: ["1.1", "1.2", "1.3"], paragraphs: BEFORE });
    expect(await insertReport(base64, "end", word.deps, record)).toEqual({ ok: true, method: "body", keptLayout: false, recorded: false });
    expect(word.state.parts).toEqual([]);
    expect(word.state.syncs).toBe(1);
  });

  it("puts the report before what the document holds", async () => {
    const { base64 } = await sampleReport();
    const word = mockWord({ sets: setsUpTo("1.7"), paragraphs: BEFORE });
    await insertReport(base64, "start", word.deps);
    expect(word.state.paragraphs).toEqual([...report, ...BEFORE]);
    expect(word.calls.map((c) => [c.api, c.location])).toEqual([["document.insertFileFromBase64", "Start"]]);
  });

  it("replaces the content only when asked, taking the report's theme and page colour too", async () => {
    const { base64 } = await sampleReport();
    const word = mockWord({ sets: setsUpTo("1.5"), paragraphs: BEFORE });
    await insertReport(base64, "replace", word.deps);
    expect(word.state.paragraphs).toEqual(report);
    expect(word.calls[0]).toMatchObject({ location: "Replace", options: { importTheme: true, importPageColor: true, importStyles: true } });
  });
});

describe("insertReport with WordApi 1.1 only (the body)", () => {
  it.each([
    ["start", "Start", () => [...report, ...BEFORE]],
    ["end", "End", () => [...BEFORE, ...report]],
    ["replace", "Replace", () => report],
  ] as const)("inserts at %s in the body and says the layout may not come along", async (where, location, expected) => {
    const { base64 } = await sampleReport();
    const word = mockWord({ sets: ["1.1", "1.2"], paragraphs: BEFORE });
    expect(await insertReport(base64, where, word.deps)).toEqual({ ok: true, method: "body", keptLayout: false, recorded: false });
    expect(word.state.paragraphs).toEqual(expected());
    expect(word.calls).toEqual([{ api: "body.insertFileFromBase64", location, base64 }]);
    expect(word.state.syncs).toBe(1);
  });
});

describe("insertReport into a new document (WordApi 1.3)", () => {
  it("creates and opens a document holding the report, leaving the open one as it was", async () => {
    const { base64 } = await sampleReport();
    const word = mockWord({ sets: setsUpTo("1.3"), paragraphs: BEFORE });
    expect(await insertReport(base64, "new-document", word.deps, record)).toEqual({ ok: true, method: "new-document", keptLayout: true, recorded: true });
    expect(word.state.newDocuments).toEqual([report]);
    expect(word.state.opened).toBe(1);
    expect(word.state.paragraphs).toEqual(BEFORE);
    expect(word.calls.map((c) => c.api)).toEqual(["application.createDocument"]);
    expect(word.state.syncs).toBe(1);
  });
});

describe("insertReport when it cannot", () => {
  it("names the missing set and calls nothing", async () => {
    const { base64 } = await sampleReport();
    const word = mockWord({ sets: ["1.1", "1.2"], paragraphs: BEFORE });
    expect(await insertReport(base64, "new-document", word.deps)).toEqual({
      ok: false,
      problem: { code: "unsupported", method: "unsupported", set: "WordApi 1.3" },
    });
    expect(word.calls).toEqual([]);
    expect(word.state.syncs).toBe(0);
  });

  it("turns Word's refusal of a new document (Word on the web) into not-allowed, changing nothing", async () => {
    const { base64 } = await sampleReport();
    const word = mockWord({ sets: setsUpTo("1.5"), paragraphs: BEFORE, failWith: "NotAllowed" });
    expect(await insertReport(base64, "new-document", word.deps)).toEqual({
      ok: false,
      problem: { code: "not-allowed", method: "new-document", errorCode: "NotAllowed" },
    });
    expect(word.state.paragraphs).toEqual(BEFORE);
    expect(word.state.newDocuments).toEqual([]);
  });

  it("says a read-only document is read-only and keeps its content", async () => {
    const { base64 } = await sampleReport();
    const word = mockWord({ sets: setsUpTo("1.5"), paragraphs: BEFORE, failWith: "AccessDenied" });
    expect(await insertReport(base64, "replace", word.deps)).toEqual({
      ok: false,
      problem: { code: "read-only", method: "document", errorCode: "AccessDenied" },
    });
    expect(word.state.paragraphs).toEqual(BEFORE);
  });

  it("keeps Office's code for any other failure", async () => {
    const { base64 } = await sampleReport();
    const word = mockWord({ sets: ["1.1"], paragraphs: BEFORE, failWith: "GeneralException" });
    expect(await insertReport(base64, "end", word.deps)).toEqual({ ok: false, problem: { code: "failed", method: "body", errorCode: "GeneralException" } });
  });

  it("refuses a file over Word's 4 MB limit before calling Word", async () => {
    const word = mockWord({ sets: setsUpTo("1.5"), paragraphs: BEFORE });
    const big = "A".repeat(Math.ceil(((MAX_INSERT_BYTES + 3) * 4) / 3));
    expect(await insertReport(big, "end", word.deps)).toEqual({ ok: false, problem: { code: "too-large", method: "document" } });
    expect(word.calls).toEqual([]);
  });

  it("counts the base64 text that goes into Office's 5 MB request, not the file it decodes to", async () => {
    const word = mockWord({ sets: setsUpTo("1.5"), paragraphs: BEFORE });
    // Just over 3 MB of .docx is just over 4 MB of base64: under 4 MB as a file, over the budget as the request carries it.
    const over = "A".repeat(MAX_INSERT_BASE64 + 4);
    expect(Math.floor((over.length * 3) / 4)).toBeLessThan(4 * 1024 * 1024);
    expect(await insertReport(over, "end", word.deps)).toEqual({ ok: false, problem: { code: "too-large", method: "document" } });
    expect(word.calls).toEqual([]);
    expect(MAX_INSERT_BYTES).toBe(3 * 1024 * 1024);
  });
});
