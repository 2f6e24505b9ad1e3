/// <reference types="office-js" />
/**
 * Puts a finished report (.docx as base64) into Word: one `Word.run` and one
 * sync per insertion, and one more to keep the report's record. The API is
 * chosen by `chooseInsertMethod`; what the user had is only replaced when they
 * chose "replace". Inserting into the open document brings no custom XML part
 * along (it is not asked to: a second report would leave two records), so the
 * record is put in by hand, in place of any earlier one (WordApi 1.4).
 */
import { PROVENANCE_NAMESPACE } from "../../core/living";
import { chooseInsertMethod, InsertMethodKind, type InsertMethod, type InsertPlace, type IsSetSupported } from "./insert-method";
import { WordProblemCode, wordProblem, type WordProblem } from "./word-problem";

/** `Word.run` as this module uses it; tests pass one over office-addin-mock. */
export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

export interface WordDeps {
  readonly run: WordRun;
  readonly isSetSupported: IsSetSupported;
}

export type InsertOutcome =
  | {
      readonly ok: true;
      readonly method: Exclude<InsertMethodKind, "unsupported">;
      /** False when only the body could be inserted: the report's header, page setup and footnotes may not come along. */
      readonly keptLayout: boolean;
      /** True when the document now holds the report's record, so that "Cập nhật số liệu" can refresh it. */
      readonly recorded: boolean;
    }
  | { readonly ok: false; readonly problem: WordProblem };

/**
 * The file travels to Word as base64 inside one Office request, which may not
 * exceed 5 MB (on the web): the base64 text itself is held to 4 MB, leaving
 * room for the rest of the request. Base64 is 4/3 of the file, so about 3 MB of .docx.
 */
export const MAX_INSERT_BASE64 = 4 * 1024 * 1024;
/** The largest .docx that fits: its base64 is `MAX_INSERT_BASE64` characters. */
export const MAX_INSERT_BYTES = (MAX_INSERT_BASE64 / 4) * 3;

/**
 * Styles and paragraph spacing make the report look as written; the theme and
 * page colour are the user's unless the report replaces everything; the user's
 * change-tracking mode is never switched.
 */
export function insertOptions(location: "Start" | "End" | "Replace"): Word.InsertFileOptions {
  const replacing = location === "Replace";
  return {
    importStyles: true,
    importParagraphSpacing: true,
    importTheme: replacing,
    importPageColor: replacing,
    importChangeTrackingMode: false,
    importCustomXmlParts: false,
  };
}

function queueInsert(context: Word.RequestContext, method: InsertMethod, base64: string): void {
  switch (method.kind) {
    case InsertMethodKind.NewDocument:
      context.application.createDocument(base64).open();
      return;
    case InsertMethodKind.Document:
      context.document.insertFileFromBase64(base64, method.location, insertOptions(method.location));
      return;
    case InsertMethodKind.Body:
      context.document.body.insertFileFromBase64(base64, method.location);
      return;
    case InsertMethodKind.Unsupported:
      return;
  }
}

/** Inserts the report at `where`, with its record (`record`, the custom XML part's XML) where one is given; never throws: a failure comes back as a `WordProblem`. */
export async function insertReport(base64: string, where: InsertPlace, deps: WordDeps, record?: string): Promise<InsertOutcome> {
  const method = chooseInsertMethod(deps.isSetSupported, where);
  if (method.kind === InsertMethodKind.Unsupported) return { ok: false, problem: { code: WordProblemCode.Unsupported, method: method.kind, set: method.set } };
  if (method.kind !== InsertMethodKind.NewDocument && base64.length > MAX_INSERT_BASE64) {
    return { ok: false, problem: { code: WordProblemCode.TooLarge, method: method.kind } };
  }
  // A new document is the file itself, record included; the open one takes the record by hand.
  const keepsRecord = record !== undefined && method.kind !== InsertMethodKind.NewDocument && deps.isSetSupported("WordApi", "1.4");
  let recorded = method.kind === InsertMethodKind.NewDocument ? record !== undefined : false;
  let inserted = false;
  try {
    await deps.run(async (context) => {
      const earlier = keepsRecord ? context.document.customXmlParts.getByNamespace(PROVENANCE_NAMESPACE) : undefined;
      earlier?.load("items");
      queueInsert(context, method, base64);
      await context.sync();
      inserted = true;
      if (earlier === undefined || record === undefined) return;
      for (const part of earlier.items) part.delete();
      context.document.customXmlParts.add(record);
      await context.sync();
      recorded = true;
    });
  } catch (error) {
    // The report is in once the first sync went through: a record Word refused is said, the insertion is not undone.
    if (!inserted) return { ok: false, problem: wordProblem(error, method.kind) };
  }
  return { ok: true, method: method.kind, keptLayout: method.kind !== InsertMethodKind.Body, recorded };
}

/** The deps of the live Word: `Word.run` and Office's requirement check. */
export function officeWordDeps(): WordDeps {
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  return {
    run: (batch) => Word.run(batch),
    isSetSupported: (name, version) => requirements?.isSetSupported(name, version) === true,
  };
}
