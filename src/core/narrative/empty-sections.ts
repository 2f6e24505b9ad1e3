/**
 * Sections with nothing to say are never printed as a bare heading: by
 * default they hold a highlighted placeholder with a comment saying what to
 * write, for the clerk to finish in Word; or they are left out and the
 * numbers close up.
 */
import { paragraph, placeholder, type DocumentSection, type ParagraphBlock } from "../document";
import { romanNumeral } from "../format";
import type { NumberedNode } from "../outline";
import type { ReportContext } from "./report-context";

export const EMPTY_SECTIONS = ["placeholder", "omit"] as const;
export type EmptySections = (typeof EMPTY_SECTIONS)[number];

/** The paragraph an empty section holds: "[Nội dung mục này chưa được nhập.]", highlighted, with its comment. */
export function placeholderParagraph(ctx: ReportContext, node: NumberedNode, heading: string, nextPeriod: boolean): ParagraphBlock {
  const { words } = ctx;
  const key = node.node.key;
  if (ctx.lang === "en") {
    const what = nextPeriod
      ? `the directions and tasks planned for ${words.nextPeriod} (what will be done, targets, deadlines)`
      : `what was done in ${words.period} (the work, its figures, the documents issued)`;
    const comment = `Section ${node.path} “${heading}” has no content yet. Write ${what} in place of this highlighted line, then delete this comment. Next time it can be typed on the Nội dung sheet with ${key} in the Mục column.`;
    return paragraph(placeholder("[This section has not been written yet.]", comment));
  }
  const what = nextPeriod
    ? `phương hướng, nhiệm vụ ${words.nextPeriodVi} (việc sẽ làm, chỉ tiêu, thời hạn)`
    : `kết quả thực hiện ${words.periodVi} (việc đã làm, số liệu, văn bản đã ban hành)`;
  const comment = `Mục ${node.path} “${heading}” chưa có nội dung. Hãy viết ${what} thay cho dòng đánh dấu này, rồi xoá ghi chú. Lần sau có thể nhập trước ở trang Nội dung, cột Mục ghi “${key}”.`;
  return paragraph(placeholder("[Nội dung mục này chưa được nhập.]", comment));
}

/** Numbers from position again, once sections are left out: I., II.; 1., 2.; 6.1. */
export function renumberSections(sections: ReadonlyArray<DocumentSection>): DocumentSection[] {
  const visit = (list: ReadonlyArray<DocumentSection>, prefix: ReadonlyArray<number>): DocumentSection[] =>
    list.map((s, i) => {
      const own = [...prefix, i + 1];
      return { ...s, number: `${own.join(".")}.`, sections: visit(s.sections, own) };
    });
  return sections.map((part, i) => ({ ...part, number: `${romanNumeral(i + 1)}.`, sections: visit(part.sections, []) }));
}
