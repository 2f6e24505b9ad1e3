/** Outline problems in words, for the CLI and the task pane. */
import type { Lang } from "../i18n";
import { MAX_OUTLINE_DEPTH, COMPUTED_CONTENT, HEADING_PLACEHOLDERS } from "./outline";
import { OutlineProblemCode as C, type OutlineProblem, type OutlineProblemCode } from "./parse-outline";

type Catalogue = Readonly<Record<OutlineProblemCode, (v: string) => string>>;

const computed = COMPUTED_CONTENT.join(", ");
const placeholders = HEADING_PLACEHOLDERS.map((p) => `{${p}}`).join(", ");

const VI: Catalogue = {
  [C.NotAnObject]: () => "Đề cương phải là một đối tượng JSON có trường “parts”.",
  [C.PartsMissing]: () => "Đề cương phải có danh sách phần “parts” và ít nhất một phần.",
  [C.NodeNotAnObject]: () => "Mỗi phần, mục phải là một đối tượng { key, heading, … }.",
  [C.FieldUnknown]: (v) => `Trường “${v}” không được dùng trong đề cương (chỉ có key, heading, computed, children).`,
  [C.KeyMissing]: () => "Thiếu khóa mục “key” (khóa dùng ở cột Mục của trang Nội dung).",
  [C.KeyDuplicate]: (v) => `Khóa mục “${v}” bị trùng với một mục khác.`,
  [C.HeadingMissing]: () => "Thiếu tiêu đề “heading” (tiếng Việt bắt buộc).",
  [C.PlaceholderUnknown]: (v) => `Tiêu đề dùng ${v}, không phải tham số đã biết (${placeholders}).`,
  [C.ComputedUnknown]: (v) => `Nội dung tính toán “${v}” không có; các giá trị: ${computed}.`,
  [C.ComputedDuplicate]: (v) => `Nội dung tính toán “${v}” đã được đặt ở một mục khác.`,
  [C.ChildrenNotAList]: () => "“children” phải là một danh sách.",
  [C.TooDeep]: () => `Đề cương chỉ được có tối đa ${MAX_OUTLINE_DEPTH} cấp.`,
};

const EN: Catalogue = {
  [C.NotAnObject]: () => "The outline must be a JSON object with a “parts” field.",
  [C.PartsMissing]: () => "The outline needs a “parts” list with at least one part.",
  [C.NodeNotAnObject]: () => "Each part or section must be an object { key, heading, … }.",
  [C.FieldUnknown]: (v) => `“${v}” is not an outline field (only key, heading, computed, children).`,
  [C.KeyMissing]: () => "The section key “key” is missing (the key used in the Mục column of Nội dung).",
  [C.KeyDuplicate]: (v) => `The section key “${v}” is used twice.`,
  [C.HeadingMissing]: () => "The heading is missing (the Vietnamese heading is required).",
  [C.PlaceholderUnknown]: (v) => `The heading uses ${v}, which is not a known placeholder (${placeholders}).`,
  [C.ComputedUnknown]: (v) => `There is no computed content “${v}”; use one of ${computed}.`,
  [C.ComputedDuplicate]: (v) => `The computed content “${v}” is already placed in another section.`,
  [C.ChildrenNotAList]: () => "“children” must be a list.",
  [C.TooDeep]: () => `An outline may have at most ${MAX_OUTLINE_DEPTH} levels.`,
};

const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { vi: VI, en: EN };

/** "parts[1].children[0].key: Khóa mục “II.1” bị trùng …". */
export function outlineProblemText(problem: OutlineProblem, lang: Lang): string {
  const message = CATALOGUES[lang][problem.code](problem.value ?? "");
  return problem.path === "" ? message : `${problem.path}: ${message}`;
}
