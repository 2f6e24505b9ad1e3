/**
 * LibreOffice and poppler for the tests that print a .docx: which tools are
 * missing, and a .docx → PDF → text conversion with a profile of its own.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { basename, join } from "node:path";

export function onPath(tool: string): boolean {
  try {
    execFileSync("which", [tool], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The tools of `tools` that are not on PATH. */
export function missingTools(tools: ReadonlyArray<string>): string[] {
  return tools.filter((tool) => !onPath(tool));
}

/**
 * `describe` when every tool is there, else `describe.skip` with a printed
 * notice naming what is missing, so a skipped run is never mistaken for a pass.
 */
export function describeWithTools(what: string, tools: ReadonlyArray<string>): jest.Describe {
  const missing = missingTools(tools);
  if (missing.length === 0) return describe;
  console.warn(`${what} skipped: ${missing.join(", ")} not on PATH (apt-get install libreoffice-writer poppler-utils).`);
  return describe.skip;
}

/** Converts `docx` to a PDF in `dir` and returns the PDF's path. */
export function docxToPdf(docx: string, dir: string): string {
  // A profile of its own, so a LibreOffice already running elsewhere does not lock this one out.
  execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx], {
    stdio: "ignore",
    timeout: 120_000,
  });
  const pdf = join(dir, basename(docx).replace(/\.docx$/i, "") + ".pdf");
  if (!existsSync(pdf)) throw new Error("LibreOffice wrote no PDF");
  return pdf;
}

/** The PDF's text as `pdftotext -layout` prints it, one string a page (split on form feed). */
export function pdfPages(pdf: string): string[] {
  const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f");
  // pdftotext ends the last page with a form feed too.
  if (pages.length > 1 && pages[pages.length - 1]!.trim() === "") pages.pop();
  return pages;
}
