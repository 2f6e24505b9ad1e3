// The report against Phụ lục I of Nghị định 30/2020/NĐ-CP, on the .docx XML
// and on the PDF LibreOffice prints from it (word boxes from pdftotext
// -bbox, rules from the rasterised page): the trích yếu rule, the motto rule
// as long as the motto, the Phụ lục blocks with their own page numbers, the
// zero-padded number, the room for the signature, a space after footnote
// marks. The workbook is the one with mistakes, written with --force, so
// both appendices (finance, excluded rows) are there; its number is 7.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { analyseWorkbook } from "../../../src/core/analyse";
import { planReport } from "../../../src/core/report";
import type { ReportDocument } from "../../../src/core/document";
import { openXlsxSource } from "../../../src/hosts/node";
import { renderDocx } from "../../../src/render/docx";
import { SIGNATURE_GAP_MM } from "../../../src/render/docx/closing-block";
import { mm } from "../../../src/render/docx/layout";
import { tempDir } from "../../support/cli-run";
import { describeWithTools } from "../../support/libreoffice";
import { MISTAKES_SAMPLE, REFERENCE_SAMPLE, reportDocumentOf } from "../../support/reference-report";
import { MM, horizontalRules, lines, pdfWords, phrase, span, type PdfPage, type PdfWord } from "./pdf-layout";
import { findAll, findFirst, parseXml, wordText, type XmlElement } from "./xml-tree";

const clock = new Date(Date.UTC(2022, 6, 5));

async function forcedReport(): Promise<ReportDocument> {
  const analysis = await analyseWorkbook(await openXlsxSource(MISTAKES_SAMPLE));
  const prepared = planReport(analysis, { lang: "vi", force: true });
  if (!prepared.ok) throw new Error(`no report: ${prepared.reason}`);
  const doc = prepared.built.document;
  return { ...doc, header: { ...doc.header, number: "7" } };
}

/** The bottom border of a paragraph, when it has one. */
function bottomBorder(p: XmlElement): XmlElement | undefined {
  return findAll(p, "w:pBdr").flatMap((b) => findAll(b, "w:bottom"))[0];
}

describe("Phụ lục I in the .docx XML", () => {
  let doc: ReportDocument;
  let body: XmlElement;
  let footnotes: XmlElement;

  beforeAll(async () => {
    doc = await forcedReport();
    const zip = await JSZip.loadAsync(await renderDocx(doc, { clock }));
    body = parseXml(await zip.file("word/document.xml")!.async("string"));
    footnotes = parseXml(await zip.file("word/footnotes.xml")!.async("string"));
  });

  test("a solid rule paragraph follows the trích yếu (II.5.b), centred by equal indents", () => {
    const paragraphs = findAll(body, "w:p");
    const subject = paragraphs.findIndex((p) => wordText(p) === doc.subject);
    const rule = paragraphs[subject + 1] as XmlElement;
    expect(wordText(rule)).toBe("");
    expect(bottomBorder(rule)?.attrs["w:val"]).toBe("single");
    const indent = findFirst(rule, "w:ind").attrs;
    expect(indent["w:left"]).toBe(indent["w:right"]);
  });

  test("the number and the “Kèm theo” lines write 07, not 7", () => {
    const text = findAll(body, "w:p").map(wordText);
    expect(text).toContain("Số: 07/BC-SKHCN");
    const attached = text.filter((t) => t.startsWith("(Kèm theo Báo cáo số"));
    expect(attached).toEqual([
      "(Kèm theo Báo cáo số 07/BC-SKHCN ngày      tháng      năm 2022 của Sở Khoa học và Công nghệ)",
      "(Kèm theo Báo cáo số 07/BC-SKHCN ngày      tháng      năm 2022 của Sở Khoa học và Công nghệ)",
    ]);
  });

  test("each Phụ lục is a section numbering its pages from 1, opening with its number, its title in capitals and the “Kèm theo” line over a rule", () => {
    const sections = findAll(body, "w:sectPr");
    expect(sections).toHaveLength(3);
    for (const s of sections.slice(1)) {
      expect(findFirst(s, "w:pgNumType").attrs["w:start"]).toBe("1");
      expect(findAll(s, "w:titlePg")).toHaveLength(1);
    }
    const paragraphs = findAll(body, "w:p");
    const starts = paragraphs.flatMap((p, i) => (findAll(p, "w:sectPr").length > 0 ? [i + 1] : [])).slice(0, 2);
    const heads = starts.map((i) => paragraphs.slice(i, i + 4));
    expect(heads.map((h) => h.slice(0, 2).map(wordText))).toEqual([
      ["Phụ lục I", "BIỂU THU – CHI TÀI CHÍNH 6 THÁNG ĐẦU NĂM 2022 VÀ ƯỚC THỰC HIỆN CẢ NĂM"],
      ["Phụ lục II", "CÁC DÒNG SỐ LIỆU CÓ LỖI CHƯA ĐƯỢC TÍNH VÀO BÁO CÁO"],
    ]);
    for (const head of heads) expect(bottomBorder(head[3] as XmlElement)?.attrs["w:val"]).toBe("single");
  });

  test("the signer's name stands 2.5 to 3.5 cm under the title, room for the signature and the seal", () => {
    const closing = findAll(body, "w:tbl").find((t) => wordText(t).includes("Nơi nhận:")) as XmlElement;
    const right = findAll(closing, "w:tc")[1] as XmlElement;
    const name = findAll(right, "w:p").find((p) => wordText(p) === doc.signer.name) as XmlElement;
    const before = Number(findFirst(name, "w:spacing").attrs["w:before"]);
    expect(before).toBeGreaterThanOrEqual(mm(25));
    expect(before).toBeLessThanOrEqual(mm(35));
  });

  test("a space follows each footnote mark where the text goes on, in the body and in the notes", () => {
    // In the notes: the run after the mark starts with a space.
    const notes = findAll(footnotes, "w:footnote").filter((n) => Number(n.attrs["w:id"]) > 0);
    expect(notes.length).toBeGreaterThan(2);
    for (const note of notes) expect(wordText(note)).toMatch(/^ \S/u);
    // In the body: text right after a reference never starts with a letter or digit.
    let checked = 0;
    for (const p of findAll(body, "w:p")) {
      const runs = findAll(p, "w:r");
      runs.forEach((r, i) => {
        if (findAll(r, "w:footnoteReference").length === 0) return;
        const next = wordText(runs[i + 1] ?? { name: "", attrs: {}, children: [], text: "" });
        checked++;
        expect(next).not.toMatch(/^[\p{L}\p{N}]/u);
      });
    }
    expect(checked).toBeGreaterThan(2);
  });
});

describeWithTools("Phụ lục I on the printed page", ["soffice", "pdftotext", "pdftoppm"])("Phụ lục I in the PDF LibreOffice prints", () => {
  const tmp = tempDir("lbc-decree-");
  let pdf: string;
  let pages: PdfPage[];
  let doc: ReportDocument;
  /** The reference sample, whose finance Phụ lục runs to two pages. */
  let sample: PdfPage[];

  const print = async (report: ReportDocument, name: string): Promise<string> => {
    const docx = tmp.path(`${name}.docx`);
    writeFileSync(docx, await renderDocx(report, { clock }));
    execFileSync("soffice", [`-env:UserInstallation=file://${join(tmp.dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", tmp.dir, docx], {
      stdio: "ignore",
      timeout: 120_000,
    });
    return tmp.path(`${name}.pdf`);
  };

  beforeAll(async () => {
    doc = await forcedReport();
    pdf = await print(doc, "bao-cao");
    pages = pdfWords(pdf);
    sample = pdfWords(await print(await reportDocumentOf(REFERENCE_SAMPLE), "bao-cao-mau"));
  }, 240_000);

  afterAll(() => tmp.remove());

  const first = (): PdfPage => pages[0] as PdfPage;
  const must = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`not found: ${what}`);
    return value;
  };

  test("the motto's rule is as long as the motto, within 1 mm, and centred under it", () => {
    const motto = span(must(phrase(first(), "Độc lập - Tự do - Hạnh phúc"), "motto"));
    const rule = must(
      horizontalRules(pdf, 1, tmp.dir).find((r) => r.y > motto.yMax - 2 && r.y < motto.yMax + 8 * MM && r.xMax > motto.xMin && r.xMin < motto.xMax),
      "motto rule",
    );
    expect(Math.abs(rule.length - (motto.xMax - motto.xMin))).toBeLessThan(1 * MM);
    expect(Math.abs((rule.xMin + rule.xMax) / 2 - (motto.xMin + motto.xMax) / 2)).toBeLessThan(1 * MM);
  });

  test("the agency's rule is a third to a half of its line, centred under it", () => {
    const agency = span(must(phrase(first(), "SỞ KHOA HỌC VÀ CÔNG NGHỆ"), "agency"));
    const rule = must(
      horizontalRules(pdf, 1, tmp.dir).find((r) => r.y > agency.yMax - 2 && r.y < agency.yMax + 8 * MM && r.xMax < agency.xMax + 5 && r.xMin > agency.xMin - 5),
      "agency rule",
    );
    const ratio = rule.length / (agency.xMax - agency.xMin);
    expect(ratio).toBeGreaterThanOrEqual(1 / 3);
    expect(ratio).toBeLessThanOrEqual(1 / 2);
    expect(Math.abs((rule.xMin + rule.xMax) / 2 - (agency.xMin + agency.xMax) / 2)).toBeLessThan(1 * MM);
  });

  test("a rule under the trích yếu, a third to a half of its longest line, centred (II.5.b)", () => {
    const words = must(phrase(first(), doc.subject), "trích yếu");
    const subjectLines = lines(words).map(span);
    const longest = Math.max(...subjectLines.map((l) => l.xMax - l.xMin));
    const bottom = Math.max(...subjectLines.map((l) => l.yMax));
    const to = span(must(phrase(first(), "Kính gửi:"), "Kính gửi"));
    const rules = horizontalRules(pdf, 1, tmp.dir).filter((r) => r.y > bottom - 2 && r.y < to.yMin);
    expect(rules).toHaveLength(1);
    const rule = rules[0] as (typeof rules)[number];
    expect(rule.length / longest).toBeGreaterThanOrEqual(1 / 3);
    expect(rule.length / longest).toBeLessThanOrEqual(1 / 2);
    const centre = (subjectLines[0]!.xMin + subjectLines[0]!.xMax) / 2;
    expect(Math.abs((rule.xMin + rule.xMax) / 2 - centre)).toBeLessThan(1 * MM);
  });

  test("the number prints as 07 on page 1 and in each “Kèm theo” line", () => {
    expect(first().words.map((w) => w.text)).toContain("07/BC-SKHCN");
    const attached = pages.filter((p) => phrase(p, "(Kèm theo Báo cáo số 07/BC-SKHCN") !== undefined);
    expect(attached).toHaveLength(2);
  });

  test("each Phụ lục opens a page with its number, title and “Kèm theo” line over a rule, and numbers its own pages from 1", () => {
    const opening = (label: string): number =>
      pages.findIndex(
        (p) =>
          lines(p.words)[0]
            ?.map((w) => w.text)
            .join(" ") === label,
      );
    const one = opening("Phụ lục I");
    const two = opening("Phụ lục II");
    expect(one).toBeGreaterThan(0);
    expect(two).toBeGreaterThan(one);
    // The page before each opening ends the part before it; the opening page itself shows no number.
    for (const [start, end] of [
      [one, two],
      [two, pages.length],
    ] as const) {
      const numbers = pages.slice(start, end).map((p) =>
        lines(p.words)[0]
          ?.map((w) => w.text)
          .join(" "),
      );
      expect(numbers[0]).toMatch(/^Phụ lục/);
      expect(numbers.slice(1)).toEqual(numbers.slice(1).map((_n, i) => String(i + 2)));
      const page = pages[start] as PdfPage;
      const attached = span(lines(page.words)[2] as PdfWord[]);
      expect(attached.text).toMatch(/^\(Kèm theo Báo cáo số/);
      const rule = must(
        horizontalRules(pdf, start + 1, tmp.dir).find((r) => r.y > attached.yMax - 2 && r.y < attached.yMax + 8 * MM),
        "Kèm theo rule",
      );
      expect(rule.length / (attached.xMax - attached.xMin)).toBeGreaterThanOrEqual(1 / 3);
      expect(rule.length / (attached.xMax - attached.xMin)).toBeLessThanOrEqual(1 / 2);
    }
    // The report's own pages run on from 2.
    expect(
      pages.slice(1, one).map((p) =>
        lines(p.words)[0]
          ?.map((w) => w.text)
          .join(" "),
      ),
    ).toEqual(pages.slice(1, one).map((_p, i) => String(i + 2)));
  });

  test("a Phụ lục of two pages numbers its second page 2, after a report of many pages", () => {
    const heads = sample.map((p) =>
      lines(p.words)[0]
        ?.map((w) => w.text)
        .join(" "),
    );
    const at = heads.indexOf("Phụ lục");
    expect(at).toBeGreaterThan(3);
    expect(heads[at - 1]).toBe(String(at));
    expect(heads.slice(at + 1)).toEqual(["2"]);
  });

  test(`the signer's name prints ${SIGNATURE_GAP_MM} mm (2.5 to 3.5 cm) under the title`, () => {
    const page = must(
      pages.find((p) => phrase(p, doc.signer.name) !== undefined),
      "signer page",
    );
    const title = span(must(phrase(page, doc.signer.titleLines[0]!.toUpperCase()), "signer title"));
    const name = span(must(phrase(page, doc.signer.name), "signer name"));
    const gap = (name.yMin - title.yMax) / MM;
    expect(gap).toBeGreaterThanOrEqual(25);
    expect(gap).toBeLessThanOrEqual(35);
    expect(Math.abs(gap - SIGNATURE_GAP_MM)).toBeLessThan(1);
  });

  test("a space follows each footnote mark where the text goes on, in the body and in the notes", () => {
    let marks = 0;
    const tight: string[] = [];
    for (const page of pages) {
      for (const line of lines(page.words)) {
        const full = Math.max(...line.map((w) => w.yMax - w.yMin));
        line.forEach((w, i) => {
          const next = line[i + 1];
          // A mark: digits printed smaller than the line's text, followed by a word.
          if (!/^\d+$/.test(w.text) || w.yMax - w.yMin > 0.7 * full || next === undefined || !/^[\p{L}\p{N}“(]/u.test(next.text)) return;
          marks++;
          if (next.xMin - w.xMax < 1.5) tight.push(`${w.text}|${next.text}`);
        });
      }
    }
    expect(tight).toEqual([]);
    expect(marks).toBeGreaterThan(3);
  });
});
