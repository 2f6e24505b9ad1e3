/**
 * Which Word API puts the report where the user asked, given the requirement
 * sets their Word supports. Pure: the decision is tested without Word.
 */

/** Where the report goes: before or after what the document holds, instead of it, or into a new document. */
export const InsertPlace = { Start: "start", End: "end", Replace: "replace", NewDocument: "new-document" } as const;
export type InsertPlace = (typeof InsertPlace)[keyof typeof InsertPlace];
export const INSERT_PLACES: ReadonlyArray<InsertPlace> = [InsertPlace.Start, InsertPlace.End, InsertPlace.Replace, InsertPlace.NewDocument];

/** `Office.context.requirements.isSetSupported`, passed in so this stays testable. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/** Word's names for a place inside the document. */
export type WordLocation = "Start" | "End" | "Replace";

export const InsertMethodKind = {
  /** `application.createDocument(base64).open()`: WordApi 1.3. */
  NewDocument: "new-document",
  /** `document.insertFileFromBase64(base64, location, options)`: WordApi 1.5; keeps headers, page setup and footnotes. */
  Document: "document",
  /** `document.body.insertFileFromBase64(base64, location)`: WordApi 1.1; the body only. */
  Body: "body",
  /** This Word has none of the sets the place needs. */
  Unsupported: "unsupported",
} as const;
export type InsertMethodKind = (typeof InsertMethodKind)[keyof typeof InsertMethodKind];

export type InsertMethod =
  | { readonly kind: typeof InsertMethodKind.NewDocument }
  | { readonly kind: typeof InsertMethodKind.Document; readonly location: WordLocation }
  | { readonly kind: typeof InsertMethodKind.Body; readonly location: WordLocation }
  /** `set` is the lowest requirement set that would do, e.g. "WordApi 1.3". */
  | { readonly kind: typeof InsertMethodKind.Unsupported; readonly set: string };

export const WORD_SETS = {
  NewDocument: "1.3",
  DocumentInsert: "1.5",
  BodyInsert: "1.1",
} as const;

const LOCATION: Readonly<Record<Exclude<InsertPlace, "new-document">, WordLocation>> = { start: "Start", end: "End", replace: "Replace" };

/** The best API for `where`: the document-level insert where it exists, the body insert otherwise. */
export function chooseInsertMethod(isSetSupported: IsSetSupported, where: InsertPlace): InsertMethod {
  if (where === InsertPlace.NewDocument) {
    return isSetSupported("WordApi", WORD_SETS.NewDocument)
      ? { kind: InsertMethodKind.NewDocument }
      : { kind: InsertMethodKind.Unsupported, set: `WordApi ${WORD_SETS.NewDocument}` };
  }
  const location = LOCATION[where];
  if (isSetSupported("WordApi", WORD_SETS.DocumentInsert)) return { kind: InsertMethodKind.Document, location };
  if (isSetSupported("WordApi", WORD_SETS.BodyInsert)) return { kind: InsertMethodKind.Body, location };
  return { kind: InsertMethodKind.Unsupported, set: `WordApi ${WORD_SETS.BodyInsert}` };
}
