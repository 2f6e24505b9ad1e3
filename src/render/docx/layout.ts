/**
 * Page and type measures of Nghị định 30/2020/NĐ-CP, Phụ lục I, in the units
 * Word uses: twips (1/20 pt) for lengths, half-points for font sizes.
 */
const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to twips, rounded. */
export function mm(value: number): number {
  return Math.round(value * TWIPS_PER_MM);
}

/** Points to half-points, the unit of run sizes. */
export function pt(value: number): number {
  return value * 2;
}

export const FONT = "Times New Roman";

export const PAGE = {
  width: 11906,
  height: 16838,
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  /** The page number sits in the top margin. */
  header: mm(10),
  footer: mm(10),
} as const;

/** Width between the margins, the width of every full-width table. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/**
 * On a landscape page the margins keep their sides: the binding edge stays
 * on the left (30 mm), so the text runs 297 - 30 - 15 mm wide.
 */
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - PAGE.left - PAGE.right;

export const SIZE = {
  body: pt(14),
  headerBlock: pt(13),
  nation: pt(12),
  motto: pt(13),
  dateLine: pt(14),
  pageNumber: pt(13),
  table: pt(13),
  footnote: pt(11),
  distributionLabel: pt(12),
  distribution: pt(11),
  signer: pt(14),
} as const;

/** 1.2 lines: inside the "single to 1.5 lines" the decree allows. */
export const LINE_SPACING = 288;
export const FIRST_LINE_INDENT = 720;
export const SPACE_AFTER = 120;

/**
 * Left column of the header block: room for "SỞ KHOA HỌC VÀ CÔNG NGHỆ" in
 * 13 pt bold (65 mm) on one line, leaving 93 mm for the national name.
 */
export const HEADER_LEFT_WIDTH = mm(72);
/** The closing block splits the width in halves. */
export const CLOSING_LEFT_WIDTH = Math.round(TEXT_WIDTH / 2);
