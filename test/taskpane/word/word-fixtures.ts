/** A Word pane host for the tests: the real browser reader, insertion through the office-addin-mock Word of test/hosts/word. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { insertReport } from "../../../src/hosts/word";
import { toBase64 } from "../../../src/taskpane/save";
import { SaveOutcome } from "../../../src/taskpane/host/taskpane-host";
import { readWorkbookBytes, type WordPaneHost } from "../../../src/taskpane/word";
import { mockWord, type MockWordOptions } from "../../hosts/word/mock-word";

const EXAMPLES = join(__dirname, "..", "..", "..", "examples");
export const SAMPLE_BYTES = new Uint8Array(readFileSync(join(EXAMPLES, "bao-cao-mau-6-thang-2021.xlsx")));
export const MISTAKES_BYTES = new Uint8Array(readFileSync(join(EXAMPLES, "bao-cao-co-loi.xlsx")));

export const noPause = () => Promise.resolve();

export function wordPaneHost(word: MockWordOptions) {
  const mock = mockWord(word);
  const saved: Array<{ fileName: string; bytes: Uint8Array }> = [];
  const host: WordPaneHost = {
    readWorkbook: (bytes, onProgress) => readWorkbookBytes(bytes, onProgress, noPause),
    insertReport: (bytes, where, record) => insertReport(toBase64(bytes), where, mock.deps, record),
    delivery: { automatic: "download", others: ["download"] },
    saveReport: async (bytes, fileName) => {
      saved.push({ fileName, bytes });
      return SaveOutcome.Downloaded;
    },
  };
  return { host, mock, saved };
}

/** A picked file over bytes, as `File` offers them. */
export function picked(name: string, bytes: Uint8Array) {
  return { name, arrayBuffer: async () => bytes.slice().buffer };
}
