/** A heading as printed: placeholders filled in, parts in capitals. */
import type { HeadingPlaceholder, OutlineNode } from "./outline";

export type HeadingValues = Readonly<Record<HeadingPlaceholder, string>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** "Kết quả thực hiện nhiệm vụ {period}" → "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021"; unknown placeholders stay. */
function fillPlaceholders(template: string, values: HeadingValues): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? values[name as HeadingPlaceholder] : whole,
  );
}

/** The node's heading in a language; depth 0 (a part) is printed in capitals. */
export function headingText(node: OutlineNode, depth: number, lang: "vi" | "en", values: HeadingValues): string {
  const filled = fillPlaceholders(node.heading[lang], values).trim();
  return depth === 0 ? filled.toUpperCase().normalize("NFC") : filled;
}

/** The placeholders a template uses, in order. */
export function placeholdersOf(template: string): string[] {
  const out: string[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) out.push(m[1] ?? "");
  return out;
}
