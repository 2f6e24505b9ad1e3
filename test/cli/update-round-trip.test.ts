/**
 * Issue 12, "Done when", complete: generate from the sample; edit the .docx as
 * a clerk and a reviewer would (a paragraph added under I, a sentence reworded
 * around a figure, one figure's control removed, another typed over, a
 * tracked change outside the controls and one inside a figure); change the
 * workbook (more lots, among them a goods group the report did not list, a
 * different fine, a new finance line); `update`: the changed figures and lists
 * are new, the XML outside the rewritten controls is byte for byte the
 * clerk's, and what was removed, typed over or tracked is reported and kept.
 */
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { SAMPLE_WORKBOOK } from "../../src/cli/generate-command";
import { parseProvenance } from "../../src/core/living";
import { listControlsOf, readLivingDocx } from "../../src/render/docx";
import { runCliCaptured, tempDir } from "../support/cli-run";
import { describeWithTools, docxToPdf, pdfPages } from "../support/libreoffice";
import { flowText } from "../support/pdf-text";

const tmp = tempDir("lbc-cli-round-trip-");
afterAll(() => tmp.remove());

const CLERK_PARAGRAPH = "<w:p><w:r><w:t>Đoạn văn do văn thư viết thêm trong Word.</w:t></w:r></w:p>";
const REWORDED = "Theo số liệu của bộ phận một cửa, công tác kiểm tra chất lượng hàng hóa nhập khẩu: ";
const TRACKED_OUTSIDE = `<w:ins w:id="9100" w:author="Văn thư" w:date="2021-07-01T00:00:00Z"><w:r><w:t xml:space="preserve"> Đã rà soát.</w:t></w:r></w:ins>`;
const TRACKED_INSIDE = `<w:del w:id="9101" w:author="Lãnh đạo" w:date="2021-07-02T00:00:00Z"><w:r><w:delText>132</w:delText></w:r></w:del><w:ins w:id="9102" w:author="Lãnh đạo" w:date="2021-07-02T00:00:00Z"><w:r><w:t>133</w:t></w:r></w:ins>`;
const FINE_ADDED = 500_000;

/** A control of `tag` (escaped as in the XML): its whole `<w:sdt>`, and its content. */
function figureControl(tag: string): RegExp {
  return new RegExp(`<w:sdt><w:sdtPr>(?:(?!</w:sdtPr>).)*<w:tag w:val="${tag}"/>(?:(?!</w:sdtPr>).)*</w:sdtPr><w:sdtContent>(.*?)</w:sdtContent></w:sdt>`);
}

/** The clerk's and the reviewer's edits, made on the XML as Word would save them. */
function editAsClerk(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  let body = strFromU8(files["word/document.xml"] ?? new Uint8Array());
  const edit = (what: string, change: (xml: string) => string): void => {
    const before = body;
    body = change(body);
    expect([what, body !== before]).toEqual([what, true]);
  };
  edit("a paragraph of her own under I", (xml) => {
    const end = xml.indexOf("</w:p>", xml.indexOf(">I. ")) + "</w:p>".length;
    return xml.slice(0, end) + CLERK_PARAGRAPH + xml.slice(end);
  });
  edit("the sentence around the lot count reworded", (xml) =>
    xml.replace(">Công tác kiểm tra chất lượng hàng hóa nhập khẩu: xử lý hồ sơ", `>${REWORDED}xử lý hồ sơ`),
  );
  edit("the managed tasks' control removed, its text kept", (xml) => xml.replace(figureControl("lbc:tasks\\.managed"), "$1"));
  edit("the conference participants typed over", (xml) =>
    xml.replace(
      /(<w:tag w:val="lbc:activities\.kinds\.Hội nghị, hội thảo\.participants"\/>(?:(?!<\/w:sdt>).)*<w:t xml:space="preserve">)610(<\/w:t>)/,
      "$1600$2",
    ),
  );
  edit("a tracked insertion at the end of the closing, outside every control", (xml) => xml.replace("./.</w:t></w:r>", `./.</w:t></w:r>${TRACKED_OUTSIDE}`));
  edit("a tracked change inside a figure: 132 verified pumps made 133", (xml) =>
    xml.replace(
      /(<w:tag w:val="lbc:calibrations\.done\.Kiểm định\.cột"\/>(?:(?!<\/w:sdtPr>).)*<\/w:sdtPr><w:sdtContent>)<w:r>(?:(?!<\/w:r>).)*<\/w:r>/,
      `$1${TRACKED_INSIDE}`,
    ),
  );
  const out: Zippable = {};
  for (const [path, data] of Object.entries(files)) out[path] = path === "word/document.xml" ? strToU8(body) : data;
  return zipSync(out);
}

function lotRow(ws: ExcelJS.Worksheet, at: number, number: string, group: string, goods: string): void {
  const values = [number, new Date(Date.UTC(2021, 5, 15)), "Công ty TNHH Thương mại Phú Thịnh", group, goods, 100, "chiếc", "Đồng Đăng (ga)", "Đạt"];
  const row = ws.getRow(at);
  values.forEach((v, c) => (row.getCell(c + 1).value = v));
  row.commit();
}

/** The sample with 12 more lots of electrical goods and 3 of helmets (a group the report did not list), a fine of 500.000 more, a new spending line. */
async function changedWorkbook(path: string): Promise<{ fineFrom: number; fineTo: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_WORKBOOK);
  const lots = wb.getWorksheet("Lô hàng");
  const activities = wb.getWorksheet("Hoạt động");
  const finance = wb.getWorksheet("Tài chính");
  if (lots === undefined || activities === undefined || finance === undefined) throw new Error("sample sheets missing");
  const last = lots.actualRowCount;
  for (let i = 1; i <= 12; i++) lotRow(lots, last + i, `2021/09${String(i).padStart(2, "0")}-LS`, "Đồ điện, điện tử", "Quạt điện");
  for (let i = 1; i <= 3; i++) lotRow(lots, last + 12 + i, `2021/10${String(i).padStart(2, "0")}-LS`, "Mũ bảo hiểm", "Mũ bảo hiểm xe máy");
  // The fines: the amounts of the rows Vi phạm; one corrected upwards.
  let fineFrom = 0;
  let corrected = false;
  activities.eachRow((row, n) => {
    const amount = row.getCell(8).value;
    if (n === 1 || row.getCell(7).value !== "Vi phạm" || typeof amount !== "number") return;
    fineFrom += amount;
    if (!corrected) {
      row.getCell(8).value = amount + FINE_ADDED;
      corrected = true;
    }
  });
  expect(corrected).toBe(true);
  const line = finance.getRow(finance.actualRowCount + 1);
  ["5", "Chi khác", "Chi", 100_000_000, 40_000_000, 100_000_000, "Số liệu mẫu"].forEach((v, c) => (line.getCell(c + 1).value = v));
  line.commit();
  await wb.xlsx.writeFile(path);
  return { fineFrom, fineTo: fineFrom + FINE_ADDED };
}

/** A part with every control's content cut out (a list's with the figures inside it): what must not change. */
function outsideControls(xml: string): string {
  let out = "";
  let at = 0;
  for (const l of listControlsOf(xml)) {
    out += xml.slice(at, l.contentStart);
    at = l.contentEnd;
  }
  return (out + xml.slice(at)).replace(/<w:sdtContent>(?:(?!<\/w:sdtContent>)[\s\S])*<\/w:sdtContent>/g, "<w:sdtContent/>");
}

const dots = (n: number): string => n.toLocaleString("de-DE");

let edited: Uint8Array;
let updated: Uint8Array;
let out: string[];
let code: number;
let fine: { fineFrom: number; fineTo: number };

beforeAll(async () => {
  const gen = await runCliCaptured(["generate", "-o", tmp.path("bao-cao.docx")]);
  expect(gen.code).toBe(0);
  edited = editAsClerk(readFileSync(tmp.path("bao-cao.docx")));
  writeFileSync(tmp.path("da-sua.docx"), edited);
  fine = await changedWorkbook(tmp.path("so-lieu-moi.xlsx"));
  const run = await runCliCaptured(["update", tmp.path("da-sua.docx"), tmp.path("so-lieu-moi.xlsx"), "-o", tmp.path("cap-nhat.docx")]);
  ({ code, out } = run);
  expect(run.err).toEqual([]);
  updated = readFileSync(tmp.path("cap-nhat.docx"));
}, 90_000);

test("update exits 0 and prints the changed figures and lists, the removed, typed-over and tracked figures", () => {
  expect(code).toBe(0);
  expect(out).toContain("II.6.1 lô: 840 → 855");
  expect(out).toContain(`II.7 đồng: ${dots(fine.fineFrom)} → ${dots(fine.fineTo)}`);
  expect(out).toContain("II.6.1 chú thích nhóm hàng: 3 mục → 4 mục");
  const table = out.map((l) => /^Phụ lục bảng thu chi: (\d+) dòng → (\d+) dòng$/.exec(l)).find((m) => m !== null);
  expect(Number(table?.[2])).toBe(Number(table?.[1]) + 1);
  expect(out).toContain("II.11 đoạn tổng thu chi: cập nhật số liệu (2 mục)");
  expect(out.some((l) => /đã bị xoá khỏi văn bản \(nay là 29\)/.test(l))).toBe(true);
  expect(out.some((l) => /đã được sửa tay thành “600” \(số liệu nay là 610\)/.test(l))).toBe(true);
  expect(out.some((l) => /^II\.9 cột: có sửa đổi đang theo dõi \(Track Changes\) trong số liệu này \(số liệu nay là 132\)/.test(l))).toBe(true);
});

test("the new goods group and the new finance line are in the document, as a fresh report writes them", () => {
  const { controls, lists } = readLivingDocx(updated);
  expect(lists.get("lbc:list:lots.byGroup")).toEqual(["Đồ chơi trẻ em: 301 lô; Đồ điện, điện tử: 505 lô; Thép: 46 lô; Mũ bảo hiểm: 03 lô."]);
  expect(controls.get("lbc:lots.byGroup.Mũ bảo hiểm")).toEqual(["03"]);
  expect(lists.get("lbc:list:finance.table")?.[0]).toContain("\n5 | Chi khác | 100.000.000 | 40.000.000 | 100.000.000 | 40,00% | Số liệu mẫu\n");
  expect(controls.get("lbc:lots.total")).toEqual(["855"]);
  // The record knows the new group's figure and the lists as written now, so the next update starts from them.
  const provenance = parseProvenance(strFromU8(unzipSync(updated)["customXml/item1.xml"] ?? new Uint8Array()));
  expect(provenance?.figures.find((f) => f.key === "lots.byGroup.Mũ bảo hiểm")?.text).toBe("03");
  expect(provenance?.lists?.find((l) => l.key === "lots.byGroup")?.items).toBe(4);
  // The record's summary is the one the figures were refreshed from.
  const summary = JSON.parse(provenance?.summary?.json ?? "null") as { lots: { total: number; byGroup: Record<string, number> } };
  expect(summary.lots.total).toBe(855);
  expect(summary.lots.byGroup["Mũ bảo hiểm"]).toBe(3);
  // Kept as the clerk and the reviewer left them.
  expect(controls.get("lbc:activities.kinds.Hội nghị, hội thảo.participants")).toEqual(["600"]);
  expect(controls.has("lbc:tasks.managed")).toBe(false);
  const body = strFromU8(unzipSync(updated)["word/document.xml"] ?? new Uint8Array());
  expect(body).toContain(TRACKED_INSIDE);
});

test("outside the rewritten controls, the body and the notes are byte for byte the clerk's, tracked change included", () => {
  const before = unzipSync(edited);
  const after = unzipSync(updated);
  for (const part of ["word/document.xml", "word/footnotes.xml"]) {
    const a = strFromU8(before[part] ?? new Uint8Array());
    const b = strFromU8(after[part] ?? new Uint8Array());
    expect(a).not.toBe(b);
    expect(outsideControls(b)).toBe(outsideControls(a));
  }
  const body = strFromU8(after["word/document.xml"] ?? new Uint8Array());
  expect(body).toContain(CLERK_PARAGRAPH);
  expect(body).toContain(REWORDED);
  expect(body).toContain(TRACKED_OUTSIDE);
  for (const [path, data] of Object.entries(before)) {
    if (["word/document.xml", "word/footnotes.xml", "customXml/item1.xml"].includes(path)) continue;
    expect([path, Buffer.from(after[path] ?? []).equals(Buffer.from(data))]).toEqual([path, true]);
  }
});

test("a second update changes nothing and still reports what the clerk and the reviewer did", async () => {
  const run = await runCliCaptured(["update", tmp.path("cap-nhat.docx"), tmp.path("so-lieu-moi.xlsx"), "--dry-run"]);
  expect(run.code).toBe(0);
  expect(run.out.filter((l) => l.includes("→"))).toEqual([]);
  expect(run.out.some((l) => l.includes("“600”"))).toBe(true);
  expect(run.out.some((l) => l.includes("Track Changes"))).toBe(true);
  expect(run.out.some((l) => l.includes("đã bị xoá khỏi văn bản (nay là 29)"))).toBe(true);
});

test("--dry-run lists the same changes and writes nothing", async () => {
  writeFileSync(tmp.path("thu.docx"), edited);
  const run = await runCliCaptured(["update", tmp.path("thu.docx"), tmp.path("so-lieu-moi.xlsx"), "--dry-run"]);
  expect(run.code).toBe(0);
  expect(run.out.filter((l) => l.includes("→"))).toEqual(out.filter((l) => l.includes("→")));
  expect(run.out).toContain("Chạy thử (--dry-run): chưa ghi gì.");
  expect(Buffer.from(readFileSync(tmp.path("thu.docx"))).equals(Buffer.from(edited))).toBe(true);
});

test("the lines in English name the lists in English, where they stand in the report", async () => {
  const run = await runCliCaptured(["update", tmp.path("da-sua.docx"), tmp.path("so-lieu-moi.xlsx"), "--dry-run", "--lang", "en"]);
  expect(run.code).toBe(0);
  expect(run.out).toContain("II.6.1 note on goods groups: 3 items → 4 items");
  expect(run.out.some((l) => /^Phụ lục revenue and expenditure table: (\d+) rows → (\d+) rows$/.test(l))).toBe(true);
  expect(run.out.some((l) => l.startsWith("II.9 cột: this figure holds a tracked change"))).toBe(true);
});

describeWithTools("the updated report in LibreOffice", ["soffice", "pdftotext"])("the updated report in LibreOffice", () => {
  test("opens and prints the new group, the new line and the clerk's paragraph", () => {
    const text = flowText(pdfPages(docxToPdf(tmp.path("cap-nhat.docx"), tmp.dir)));
    expect(text).toContain("Mũ bảo hiểm: 03 lô");
    expect(text).toContain("Chi khác");
    expect(text).toContain("Đoạn văn do văn thư viết thêm trong Word.");
  }, 120_000);
});
