/** Reads a written .docx back: its parts, and word/document.xml as plain text. */
import JSZip from "jszip";

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The text of an XML part: one paragraph a line, tags stripped, entities decoded. */
export function xmlText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<w:tab\/>/g, "\t")
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|apos);/g, (_m, name: string) => ENTITIES[name] ?? "")
    .normalize("NFC");
}

export async function openDocx(bytes: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

export async function partText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`no ${path} in the .docx`);
  return file.async("string");
}

/** word/document.xml as plain text. */
export async function docxBodyText(bytes: Uint8Array): Promise<string> {
  return xmlText(await partText(await openDocx(bytes), "word/document.xml"));
}
