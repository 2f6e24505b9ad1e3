/**
 * Writes assets/readme/bao-cao-trang-1.png: page 1 of the sample report as
 * LibreOffice prints it, for the README. Run by hand when the report's look
 * changes:  npx tsx test/e2e/render-first-page.ts
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { runCliCaptured, tempDir } from "../support/cli-run";
import { docxToPdf, missingTools } from "../support/libreoffice";
import { REFERENCE_SAMPLE } from "../support/reference-report";

const OUTPUT = join(__dirname, "..", "..", "assets", "readme", "bao-cao-trang-1.png");
const DPI = 80;

async function main(): Promise<number> {
  const missing = missingTools(["soffice", "pdftoppm"]);
  if (missing.length > 0) {
    console.error(`Needs ${missing.join(", ")} (apt-get install libreoffice-writer poppler-utils).`);
    return 2;
  }
  const tmp = tempDir("lbc-first-page-");
  try {
    const docx = tmp.path("bao-cao-mau.docx");
    const run = await runCliCaptured(["generate", REFERENCE_SAMPLE, "-o", docx]);
    if (run.code !== 0) {
      console.error(run.stderr);
      return run.code;
    }
    const pdf = docxToPdf(docx, tmp.dir);
    const prefix = tmp.path("trang-1");
    execFileSync("pdftoppm", ["-png", "-r", String(DPI), "-f", "1", "-l", "1", "-singlefile", pdf, prefix]);
    mkdirSync(join(OUTPUT, ".."), { recursive: true });
    copyFileSync(`${prefix}.png`, OUTPUT);
    console.log(`Written: ${OUTPUT}`);
    return 0;
  } finally {
    tmp.remove();
  }
}

main().then((code) => (process.exitCode = code));
