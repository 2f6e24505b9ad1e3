/** pdftotext -layout pages turned into one searchable string. */

/** Pages 2..N open with their page number (the header); page 1 has none. */
export function withoutPageNumbers(pages: ReadonlyArray<string>): string[] {
  return pages.map((page, i) => (i === 0 ? page : page.replace(/^\s*\d+[ \t]*\n/, "")));
}

/**
 * One line of text: a word cut at a hyphen joins up again ("QĐ-\nUBND"), and
 * every run of whitespace (line breaks, layout padding) becomes one space.
 */
export function flowText(pages: ReadonlyArray<string>): string {
  return withoutPageNumbers(pages)
    .join("\n")
    .replace(/(\S)-\n\s*/g, "$1-")
    .replace(/\s+/g, " ")
    .normalize("NFC");
}

/** The first non-blank line of a page, trimmed. */
export function firstLine(page: string | undefined): string {
  return (
    (page ?? "")
      .split("\n")
      .find((l) => l.trim() !== "")
      ?.trim() ?? ""
  );
}
