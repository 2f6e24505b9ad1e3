// The English edition translates every word the product writes. What it may
// leave in Vietnamese: the clerk's text, kept as typed (the settings, the
// free text and its notes, task titles, finance items, and an instrument or
// unit the glossary lacks, quoted), and the proper names listed here. Any
// other Vietnamese word fails: one with Vietnamese letters, or a toneless
// Vietnamese syllable from the list below.
import { documentText } from "../../../src/core/document";
import { clerkText, sampleEdition } from "./sample-editions";

/** Proper names and registry codes the English edition writes itself. */
const ALLOWED = new Set(["Lang", "Son", "LANG", "SON", "VIET", "NAM", "VND", "SKHCN", "BC", "VT", "KH", "CN", "LTHM", "No"]);

/** Vietnamese syllables that print without marks and are no English word. */
const TONELESS_VIETNAMESE = new Set(
  (
    "cua va cac nhung trong voi nhiem vu tinh thang ngay nam bao cao kinh gui noi nhan luu giam doc phu luc kem theo tong thu uoc dat lo cot cai qua diem " +
    "phong kiem dinh hieu chuan nghiem cong nghe khoa hoc ke hoach dau muc trang dong chi tiet bieu tai chinh don vi ghi chu hang hoa mau nhap khau thep " +
    "choi tre dien khac mu hiem quoc gia nhu tren lanh dao cac"
  ).split(" "),
);

/** The words of `text` that read as Vietnamese and are not allowed. */
function vietnameseWords(text: string): string[] {
  const words = text.match(/\p{L}[\p{L}\p{M}]*/gu) ?? [];
  return [...new Set(words.filter((w) => !ALLOWED.has(w) && (/[^\p{ASCII}]/u.test(w) || TONELESS_VIETNAMESE.has(w.toLowerCase()))))];
}

/** The text with every piece of the clerk's text blanked out, and the note marks. */
function productWritten(text: string, clerk: ReadonlyArray<string>): string {
  let out = text.replace(/\[\d+\]/g, " ");
  for (const piece of clerk) out = out.split(piece).join(" ");
  return out;
}

describe("the English edition of the reference sample", () => {
  test("has no Vietnamese word of its own: only the clerk's text and the listed names", async () => {
    const { analysis, document } = await sampleEdition("en");
    const text = productWritten(documentText(document), clerkText(analysis));
    expect(vietnameseWords(text)).toEqual([]);
  });

  test("the check catches a Vietnamese word the product wrote (a list value left untranslated)", async () => {
    const { analysis } = await sampleEdition("en");
    const planted = "Verification of cột đo xăng dầu: 187 cột. Tổng thu 1,000. Distribution: Noi nhan";
    expect(vietnameseWords(productWritten(planted, clerkText(analysis)))).toEqual(["cột", "đo", "xăng", "dầu", "Tổng", "thu", "Noi", "nhan"]);
  });

  test("says once that quoted text is in the original Vietnamese, keeps the basis, and dates with blanks, not spaces", async () => {
    const { document } = await sampleEdition("en");
    const text = documentText(document);
    expect(text.match(/in the original Vietnamese/g)).toHaveLength(1);
    expect(text).toContain("In response to “Thực hiện Công văn số 684/SKHĐT-THKTXH ngày 29/4/2021");
    expect(text).toContain("Lang Son, …… ………… 2021");
    expect(text).not.toMatch(/Lang Son,\s{2,}/);
  });
});
