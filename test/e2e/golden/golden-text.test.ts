// The reference sample's report as plain text, compared with a file reviewed
// by hand. A change to the wording shows up here as a diff to read.
// To accept a deliberate change:  UPDATE_GOLDEN=1 npx jest test/e2e/golden
// (then read the diff of the .txt before committing it).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { documentText } from "../../../src/core/document";
import { REFERENCE_SAMPLE, reportDocumentOf } from "../../support/reference-report";

const GOLDEN = join(__dirname, "bao-cao-mau-6-thang-2021.txt");

test("the reference sample's report reads exactly as the golden text", async () => {
  const actual = documentText(await reportDocumentOf(REFERENCE_SAMPLE)) + "\n";
  if (process.env.UPDATE_GOLDEN === "1") {
    writeFileSync(GOLDEN, actual, "utf8");
    console.warn(`UPDATE_GOLDEN=1: rewrote ${GOLDEN}`);
  }
  expect(existsSync(GOLDEN)).toBe(true);
  const expected = readFileSync(GOLDEN, "utf8");
  // Line by line first, so a failure names the paragraph that changed.
  const a = actual.split("\n");
  const e = expected.split("\n");
  const firstDiff = a.findIndex((line, i) => line !== e[i]);
  if (firstDiff >= 0) expect(`line ${firstDiff + 1}: ${a[firstDiff]}`).toBe(`line ${firstDiff + 1}: ${e[firstDiff]}`);
  expect(actual).toBe(expected);
  expect(actual.normalize("NFC")).toBe(actual);
});
