/** `--outline FILE.json`: a department's own headings and order, checked before use. */
import { readFile } from "node:fs/promises";
import { outlineProblemText, parseOutline, type Outline } from "../core/outline";
import type { Lang } from "../core/issues";

export type OutlineLoad = { readonly ok: true; readonly outline?: Outline } | { readonly ok: false; readonly lines: ReadonlyArray<string> };

export async function loadOutline(path: string | undefined, lang: Lang): Promise<OutlineLoad> {
  if (!path) return { ok: true };
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    const why = error instanceof SyntaxError ? (lang === "en" ? "not valid JSON" : "không phải JSON hợp lệ") : ((error as NodeJS.ErrnoException).code ?? String(error));
    return { ok: false, lines: [lang === "en" ? `Cannot read the outline “${path}” (${why}).` : `Không đọc được đề cương “${path}” (${why}).`] };
  }
  const parsed = parseOutline(json);
  if (parsed.ok) return { ok: true, outline: parsed.outline };
  const head = lang === "en" ? `The outline “${path}” cannot be used:` : `Đề cương “${path}” chưa dùng được:`;
  return { ok: false, lines: [head, ...parsed.problems.map((p) => "  " + outlineProblemText(p, lang))] };
}
