/**
 * One workbook's bytes through the real pipeline (read → check → sum up) on
 * the Node reader (from a file) and on the browser reader (from bytes), each
 * ending in the command line's classes: 0 no errors, 1 workbook errors,
 * 2 unreadable with a clear problem. Anything else thrown is a crash.
 */
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { analyseWorkbook } from "../../src/core/analyse";
import { openXlsxBytes, XlsxBytesError } from "../../src/hosts/browser";
import { openXlsxSource, WorkbookFileError } from "../../src/hosts/node";
import type { XlsxLimits } from "../../src/xlsx";

export interface CaseOutcome {
  /** 0, 1 or 2 as the CLI would exit; "crash" for an unclassified throw. */
  readonly exit: 0 | 1 | 2 | "crash";
  /** Issue codes (exit 0 or 1), or the problem code (exit 2). */
  readonly codes: ReadonlyArray<string>;
  /** Issues with their cells, "code@sheet!cell". */
  readonly where: ReadonlyArray<string>;
  /** For exit 2 and crashes: what was said. */
  readonly detail?: string;
  /** The `too-large` limit broken, if that was the problem. */
  readonly limit?: string;
  readonly ms: number;
  /** Lots counted by the summary, when there is one. */
  readonly lots?: number;
}

async function analyse(open: () => Promise<Parameters<typeof analyseWorkbook>[0]>): Promise<Omit<CaseOutcome, "ms">> {
  const analysis = await analyseWorkbook(await open());
  return {
    exit: analysis.hasErrors ? 1 : 0,
    codes: [...new Set(analysis.issues.map((i) => i.code))].sort(),
    where: analysis.issues.map((i) => `${i.code}@${i.sheet ?? ""}!${i.cell ?? (i.row !== undefined ? `row ${i.row}` : "")}`),
    ...(analysis.summary ? { lots: analysis.summary.lots.total.value } : {}),
  };
}

async function timed(run: () => Promise<Omit<CaseOutcome, "ms">>): Promise<CaseOutcome> {
  const t0 = performance.now();
  let out: Omit<CaseOutcome, "ms">;
  try {
    out = await run();
  } catch (error) {
    if (error instanceof WorkbookFileError) {
      out = {
        exit: 2,
        codes: [error.problem.code],
        where: [],
        detail: error.message,
        ...(error.problem.params.limit ? { limit: error.problem.params.limit } : {}),
      };
    } else if (error instanceof XlsxBytesError) {
      out = { exit: 2, codes: [error.problem], where: [], detail: error.message, ...(error.tooLarge ? { limit: error.tooLarge.limit } : {}) };
    } else {
      out = { exit: "crash", codes: [], where: [], detail: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error) };
    }
  }
  return { ...out, ms: performance.now() - t0 };
}

/** The Node reader, from `bytes` written to `path`. */
export function runNodeReader(bytes: Uint8Array, path: string, limits?: XlsxLimits): Promise<CaseOutcome> {
  writeFileSync(path, bytes);
  return timed(() => analyse(() => openXlsxSource(path, limits ? { limits } : {})));
}

/** The browser reader, from the bytes in memory (no pause between chunks). */
export function runBrowserReader(bytes: Uint8Array, limits?: XlsxLimits): Promise<CaseOutcome> {
  return timed(() => analyse(() => openXlsxBytes(bytes, { pause: () => Promise.resolve(), ...(limits ? { limits } : {}) })));
}
