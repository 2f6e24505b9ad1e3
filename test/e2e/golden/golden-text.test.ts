// The reference sample's report as plain text, in Vietnamese and in English,
// compared with files reviewed by hand. A change to the wording shows up here
// as a diff to read. To accept a deliberate change:
//   UPDATE_GOLDEN=1 npx jest test/e2e/golden
// (then read the diff of the .txt files before committing them).
import type { Lang } from "../../../src/core/i18n";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { documentText } from "../../../src/core/document";
import { sampleEdition } from "./sample-editions";

const GOLDEN: Readonly<Record<Lang, string>> = {
  vi: join(__dirname, "bao-cao-mau-6-thang-2021.txt"),
  en: join(__dirname, "bao-cao-mau-6-thang-2021.en.txt"),
};

test.each(["vi", "en"] as const)("the reference sample's report (%s) reads exactly as the golden text", async (lang) => {
  const actual = documentText((await sampleEdition(lang)).document) + "\n";
  const golden = GOLDEN[lang];
  if (process.env.UPDATE_GOLDEN === "1") {
    writeFileSync(golden, actual, "utf8");
    console.warn(`UPDATE_GOLDEN=1: rewrote ${golden}`);
  }
  expect(existsSync(golden)).toBe(true);
  const expected = readFileSync(golden, "utf8");
  // Line by line first, so a failure names the paragraph that changed.
  const a = actual.split("\n");
  const e = expected.split("\n");
  const firstDiff = a.findIndex((line, i) => line !== e[i]);
  if (firstDiff >= 0) expect(`line ${firstDiff + 1}: ${a[firstDiff]}`).toBe(`line ${firstDiff + 1}: ${e[firstDiff]}`);
  expect(actual).toBe(expected);
  expect(actual.normalize("NFC")).toBe(actual);
});
