/** `--outline FILE.json`: a department's own headings and order, checked before use. */
import { readFile } from "node:fs/promises";
import { outlineProblemText, parseOutline, type Outline } from "../core/outline";
import type { Lang } from "../core/i18n";
import { cliText } from "./cli-text";

export type OutlineLoad = { readonly ok: true; readonly outline?: Outline } | { readonly ok: false; readonly lines: ReadonlyArray<string> };

export async function loadOutline(path: string | undefined, lang: Lang): Promise<OutlineLoad> {
  if (!path) return { ok: true };
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    const why = error instanceof SyntaxError ? cliText(lang).notJson : ((error as NodeJS.ErrnoException).code ?? String(error));
    return { ok: false, lines: [cliText(lang).outlineUnreadable(path, why)] };
  }
  const parsed = parseOutline(json);
  if (parsed.ok) return { ok: true, outline: parsed.outline };
  const head = cliText(lang).outlineUnusable(path);
  return { ok: false, lines: [head, ...parsed.problems.map((p) => "  " + outlineProblemText(p, lang))] };
}
