/**
 * Issue 12, the round trip: generate from the sample; edit the .docx as a
 * clerk would (a paragraph added under I, a sentence reworded around a
 * figure, one figure's control removed, another typed over); add lots to the
 * workbook; `update`: the changed figures are new, everything outside the
 * controls is as the clerk left it, the removed and typed-over figures are
 * reported and left alone.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { SAMPLE_WORKBOOK } from "../../src/cli/generate-command";
import { workbookRecord } from "../../src/cli/update-command";
import { parseProvenance } from "../../src/core/living";
import { readLivingDocx } from "../../src/render/docx";
import { runCliCaptured, tempDir } from "../support/cli-run";

const tmp = tempDir("lbc-cli-update-");
afterAll(() => tmp.remove());

const ADDED_LOTS = 12;
const CLERK_PARAGRAPH = "<w:p><w:r><w:t>Đoạn văn do văn thư viết thêm trong Word.</w:t></w:r></w:p>";
const REWORDED = "Theo số liệu của bộ phận một cửa, công tác kiểm tra chất lượng hàng hóa nhập khẩu: ";

/** The sample with `ADDED_LOTS` more lots of electrical goods in June, as late rows arrive. */
async function workbookWithMoreLots(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_WORKBOOK);
  const ws = wb.getWorksheet("Lô hàng");
  if (ws === undefined) throw new Error("no Lô hàng sheet");
  const last = ws.actualRowCount;
  for (let i = 1; i <= ADDED_LOTS; i++) {
    const row = ws.getRow(last + i);
    const values = [
      "",
      `2021/09${String(i).padStart(2, "0")}-LS`,
      new Date(Date.UTC(2021, 5, 15)),
      "Công ty TNHH Điện máy Phú Thịnh",
      "Đồ điện, điện tử",
      "Quạt điện",
      100,
      "chiếc",
      "Đồng Đăng (ga)",
      "Đạt",
    ];
    values.forEach((v, c) => {
      if (c > 0) row.getCell(c).value = v;
    });
    row.commit();
  }
  await wb.xlsx.writeFile(path);
}

/** The clerk's edits, made on the XML as Word would save them. */
function editAsClerk(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  let body = strFromU8(files["word/document.xml"] ?? new Uint8Array());
  let notes = strFromU8(files["word/footnotes.xml"] ?? new Uint8Array());
  // A paragraph of her own under I.
  const heading = body.indexOf(">I. ");
  const end = body.indexOf("</w:p>", heading) + "</w:p>".length;
  expect(heading).toBeGreaterThan(0);
  body = body.slice(0, end) + CLERK_PARAGRAPH + body.slice(end);
  // The sentence around the lot count reworded.
  const before = body;
  body = body.replace(">Công tác kiểm tra chất lượng hàng hóa nhập khẩu: xử lý hồ sơ", `>${REWORDED}xử lý hồ sơ`);
  expect(body).not.toBe(before);
  // The managed tasks' control removed (Word's "Remove content control": its text stays as plain text).
  const managed =
    /<w:sdt><w:sdtPr>(?:(?!<\/w:sdtPr>).)*<w:tag w:val="lbc:tasks\.managed"\/>(?:(?!<\/w:sdtPr>).)*<\/w:sdtPr><w:sdtContent>(.*?)<\/w:sdtContent><\/w:sdt>/;
  expect(body).toMatch(managed);
  body = body.replace(managed, "$1");
  // The steel lots typed over in the footnote.
  const steel = /(<w:tag w:val="lbc:lots\.byGroup\.Thép"\/>(?:(?!<\/w:sdt>).)*<w:t xml:space="preserve">)46(<\/w:t>)/;
  expect(notes).toMatch(steel);
  notes = notes.replace(steel, "$150$2");
  const out: Zippable = {};
  for (const [path, data] of Object.entries(files)) {
    out[path] = path === "word/document.xml" ? strToU8(body) : path === "word/footnotes.xml" ? strToU8(notes) : data;
  }
  return zipSync(out);
}

/** A part with the content of every control blanked: what must not change. */
const masked = (xml: string): string => xml.replace(/<w:sdtContent>(?:(?!<\/w:sdtContent>)[\s\S])*<\/w:sdtContent>/g, "<w:sdtContent/>");

describe("update after the clerk's edits and late rows", () => {
  let edited: Uint8Array;
  let updated: Uint8Array;
  let out: string[];
  let code: number;

  beforeAll(async () => {
    const gen = await runCliCaptured(["generate", "-o", tmp.path("bao-cao.docx")]);
    expect(gen.code).toBe(0);
    edited = editAsClerk(readFileSync(tmp.path("bao-cao.docx")));
    writeFileSync(tmp.path("da-sua.docx"), edited);
    await workbookWithMoreLots(tmp.path("so-lieu-moi.xlsx"));
    const run = await runCliCaptured(["update", tmp.path("da-sua.docx"), tmp.path("so-lieu-moi.xlsx"), "-o", tmp.path("cap-nhat.docx")]);
    ({ code, out } = run);
    expect(run.err).toEqual([]);
    updated = readFileSync(tmp.path("cap-nhat.docx"));
  }, 60_000);

  test("exits 0 and lists each change, the typed-over and the removed figure", () => {
    expect(code).toBe(0);
    expect(out).toContain("II.6.1 lô: 840 → 852");
    expect(out.some((l) => l.endsWith(": 493 → 505"))).toBe(true);
    expect(out.some((l) => /đã được sửa tay thành “50” \(số liệu nay là 46\)/.test(l))).toBe(true);
    expect(out.some((l) => /đã bị xoá khỏi văn bản \(nay là 29\)/.test(l))).toBe(true);
    expect(out[out.length - 1]).toBe(`Đã cập nhật báo cáo: ${tmp.path("cap-nhat.docx")}`);
  });

  test("the changed figures are new, the typed-over one is the clerk's, the removed one is not recreated", () => {
    const { controls } = readLivingDocx(updated);
    expect(controls.get("lbc:lots.total")).toEqual(["852"]);
    expect(controls.get("lbc:lots.byGroup.Đồ điện, điện tử")).toEqual(["505"]);
    expect(controls.get("lbc:lots.byGroup.Thép")).toEqual(["50"]);
    expect(controls.has("lbc:tasks.managed")).toBe(false);
    const provenance = parseProvenance(strFromU8(unzipSync(updated)["customXml/item1.xml"] ?? new Uint8Array()));
    expect(provenance?.workbook?.name).toBe("so-lieu-moi.xlsx");
    expect(provenance?.figures.find((f) => f.key === "lots.total")?.text).toBe("852");
    // What the product wrote stays 46: the clerk's 50 is still a conflict next time.
    expect(provenance?.figures.find((f) => f.key === "lots.byGroup.Thép")?.text).toBe("46");
  });

  test("outside the controls, the body and the footnotes are byte for byte the clerk's", () => {
    const before = unzipSync(edited);
    const after = unzipSync(updated);
    for (const part of ["word/document.xml", "word/footnotes.xml"]) {
      const a = strFromU8(before[part] ?? new Uint8Array());
      const b = strFromU8(after[part] ?? new Uint8Array());
      expect(a).not.toBe(b);
      expect(masked(b)).toBe(masked(a));
    }
    const body = strFromU8(after["word/document.xml"] ?? new Uint8Array());
    expect(body).toContain(CLERK_PARAGRAPH);
    expect(body).toContain(REWORDED);
  });

  test("every other part is copied as it was, in the same order", () => {
    const before = unzipSync(edited);
    const after = unzipSync(updated);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const [path, data] of Object.entries(before)) {
      if (["word/document.xml", "word/footnotes.xml", "customXml/item1.xml"].includes(path)) continue;
      expect([path, Buffer.from(after[path] ?? []).equals(Buffer.from(data))]).toEqual([path, true]);
    }
  });

  test("a second update changes nothing and still reports the clerk's figures", async () => {
    const run = await runCliCaptured(["update", tmp.path("cap-nhat.docx"), tmp.path("so-lieu-moi.xlsx"), "--dry-run"]);
    expect(run.code).toBe(0);
    expect(run.out.filter((l) => l.includes("→"))).toEqual([]);
    expect(run.out.some((l) => l.includes("“50”"))).toBe(true);
    expect(run.out.some((l) => l.startsWith("Đã cập nhật 0 số liệu;"))).toBe(true);
  });
});

describe("update's files", () => {
  beforeAll(async () => {
    await runCliCaptured(["generate", "-o", tmp.path("goc.docx")]);
    await workbookWithMoreLots(tmp.path("moi.xlsx"));
  }, 60_000);

  test("--dry-run lists the changes and writes nothing", async () => {
    const before = readFileSync(tmp.path("goc.docx"));
    const run = await runCliCaptured(["update", tmp.path("goc.docx"), tmp.path("moi.xlsx"), "--dry-run", "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("II.6.1 lô: 840 → 852");
    expect(run.out).toContain("Dry run (--dry-run): nothing written.");
    expect(readFileSync(tmp.path("goc.docx")).equals(before)).toBe(true);
  });

  test("without -o the report is updated in place", async () => {
    const run = await runCliCaptured(["update", tmp.path("goc.docx"), tmp.path("moi.xlsx")]);
    expect(run.code).toBe(0);
    expect(readLivingDocx(readFileSync(tmp.path("goc.docx"))).controls.get("lbc:lots.total")).toEqual(["852"]);
  });

  test("never writes over the workbook", async () => {
    const before = readFileSync(tmp.path("moi.xlsx"));
    const run = await runCliCaptured(["update", tmp.path("goc.docx"), tmp.path("moi.xlsx"), "-o", tmp.path("moi.xlsx")]);
    expect(run.code).toBe(2);
    expect(readFileSync(tmp.path("moi.xlsx")).equals(before)).toBe(true);
  });

  test("a .docx the product did not write is refused", async () => {
    writeFileSync(tmp.path("khac.docx"), zipSync({ "word/document.xml": strToU8("<w:document/>") }));
    const run = await runCliCaptured(["update", tmp.path("khac.docx"), tmp.path("moi.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("không phải báo cáo do lap-bao-cao lập");
    expect(existsSync(tmp.path("khac.docx"))).toBe(true);
  });
});

test("a workbook of another period is noted, and the period's name is refreshed where the report computed it", async () => {
  const dir = tempDir("lbc-cli-update-period-");
  try {
    await runCliCaptured(["generate", "-o", dir.path("r.docx")]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE_WORKBOOK);
    const info = wb.getWorksheet("Thông tin");
    let changed = false;
    info?.eachRow((row) => {
      const value = row.getCell(2).value;
      if (value instanceof Date && value.getUTCMonth() === 5 && value.getUTCDate() === 30) {
        row.getCell(2).value = new Date(Date.UTC(2021, 8, 30));
        changed = true;
      }
    });
    expect(changed).toBe(true);
    await wb.xlsx.writeFile(dir.path("9-thang.xlsx"));
    const run = await runCliCaptured(["update", dir.path("r.docx"), dir.path("9-thang.xlsx"), "--dry-run", "--force"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^Lưu ý: báo cáo lập cho kỳ “6 tháng đầu năm 2021” nhưng sổ nay là kỳ “9 tháng/);
    // The period's name and the next one's are figures: in the trích yếu, the headings and the computed paragraphs they are refreshed.
    expect(run.out).toContain("tên kỳ báo cáo: 6 tháng đầu năm → 9 tháng đầu năm");
    expect(run.out).toContain("II tên kỳ báo cáo: 6 THÁNG ĐẦU NĂM 2021 → 9 THÁNG ĐẦU NĂM 2021");
    expect(run.out).toContain("III tên kỳ tới: 6 THÁNG CUỐI NĂM 2021 → 3 THÁNG CUỐI NĂM 2021");
    expect(run.out).toContain("II.11 tên kỳ báo cáo: 6 tháng đầu năm 2021 → 9 tháng đầu năm 2021");
  } finally {
    dir.remove();
  }
});

test("a figure with a reviewer's comment on it is kept, comment and all, and said; the other figures are updated", async () => {
  const dir = tempDir("lbc-cli-update-comment-");
  try {
    await runCliCaptured(["generate", "-o", dir.path("r.docx")]);
    // The comment as Word anchors it on the figure's text, inside the control.
    const files = unzipSync(readFileSync(dir.path("r.docx")));
    const body = strFromU8(files["word/document.xml"] ?? new Uint8Array());
    const lots = /(<w:tag w:val="lbc:lots\.total"\/>(?:(?!<\/w:sdtPr>).)*<\/w:sdtPr><w:sdtContent>)(.*?)(<\/w:sdtContent>)/;
    expect(body).toMatch(lots);
    const commented = body.replace(
      lots,
      '$1<w:commentRangeStart w:id="7"/>$2<w:commentRangeEnd w:id="7"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="7"/></w:r>$3',
    );
    const out: Zippable = {};
    for (const [path, data] of Object.entries(files)) out[path] = path === "word/document.xml" ? strToU8(commented) : data;
    writeFileSync(dir.path("co-ghi-chu.docx"), zipSync(out));
    await workbookWithMoreLots(dir.path("so-lieu-moi.xlsx"));
    const run = await runCliCaptured(["update", dir.path("co-ghi-chu.docx"), dir.path("so-lieu-moi.xlsx"), "-o", dir.path("cap-nhat.docx")]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      "II.6.1 lô: có ghi chú (comment) hoặc dấu trang (bookmark) gắn vào số liệu này (số liệu nay là 852); giữ nguyên để khỏi mất ghi chú, hãy xem lại.",
    );
    expect(run.out.some((l) => l.endsWith(": 493 → 505"))).toBe(true);
    const updated = readFileSync(dir.path("cap-nhat.docx"));
    const { controls } = readLivingDocx(updated);
    expect(controls.get("lbc:lots.total")).toEqual(["840"]);
    expect(controls.get("lbc:lots.byGroup.Đồ điện, điện tử")).toEqual(["505"]);
    const after = strFromU8(unzipSync(updated)["word/document.xml"] ?? new Uint8Array());
    expect(after).toContain('<w:commentRangeStart w:id="7"/>');
    expect(after).toContain('<w:commentReference w:id="7"/>');
  } finally {
    dir.remove();
  }
});

describe("workbookRecord", () => {
  const onedrive = { name: "so-lieu.xlsx", location: "https://contoso-my.sharepoint.com/personal/ha/Documents/so-lieu.xlsx" };
  it("keeps the OneDrive address of the same workbook: a local path never replaces it", () => {
    expect(workbookRecord(onedrive, "/home/ha/Tải về/so-lieu.xlsx")).toEqual(onedrive);
  });
  it("records the file given when the record names another workbook, or none, or only a path", () => {
    expect(workbookRecord(onedrive, "/tmp/so-lieu-2022.xlsx")).toEqual({ name: "so-lieu-2022.xlsx", location: "/tmp/so-lieu-2022.xlsx" });
    expect(workbookRecord(undefined, "so-lieu.xlsx")).toEqual({ name: "so-lieu.xlsx", location: "so-lieu.xlsx" });
    expect(workbookRecord({ name: "so-lieu.xlsx", location: "C:\\SKHCN\\so-lieu.xlsx" }, "/tmp/so-lieu.xlsx")).toEqual({
      name: "so-lieu.xlsx",
      location: "/tmp/so-lieu.xlsx",
    });
  });
});
