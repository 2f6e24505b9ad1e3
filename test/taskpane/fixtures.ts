/** Analyses of the bundled sample workbooks, and a host that serves them as the task pane would see Excel. */
import { join } from "node:path";
import { analyseWorkbook, type Analysis } from "../../src/core/analyse";
import { planReport } from "../../src/core/report";
import { openXlsxSource } from "../../src/hosts/node";
import { deliveryPlan, type DeliveryMethod, type DeliveryPlan } from "../../src/taskpane/save";
import { SaveOutcome, type ReadingProgress, type TaskpaneHost } from "../../src/taskpane/host/taskpane-host";

export const SAMPLE = join(__dirname, "..", "..", "examples", "bao-cao-mau-6-thang-2021.xlsx");
export const WITH_ERRORS = join(__dirname, "..", "..", "examples", "bao-cao-co-loi.xlsx");

const cache = new Map<string, Promise<Analysis>>();

export function analysisOf(path: string): Promise<Analysis> {
  let found = cache.get(path);
  if (!found) cache.set(path, (found = openXlsxSource(path).then((source) => analyseWorkbook(source))));
  return found;
}

export interface FakeHost extends TaskpaneHost {
  readonly calls: string[];
  readonly saved: Array<{ bytes: Uint8Array; fileName: string; method?: DeliveryMethod }>;
}

/** A host over a sample workbook; `fail` makes one of its functions throw an Office-like error. */
export function fakeHost(
  path: string,
  options: { fail?: keyof TaskpaneHost; outcome?: SaveOutcome; delivery?: DeliveryPlan; workbook?: { name: string; location?: string } } = {},
): FakeHost {
  const calls: string[] = [];
  const saved: Array<{ bytes: Uint8Array; fileName: string; method?: DeliveryMethod }> = [];
  const officeError = Object.assign(new Error("RichApi.Error at line 1\n    at Excel.run (stack)"), { code: "ItemNotFound" });
  const maybeFail = (name: keyof TaskpaneHost) => {
    if (options.fail === name) throw officeError;
  };
  return {
    calls,
    saved,
    delivery: options.delivery ?? deliveryPlan("OfficeOnline", () => true),
    async readWorkbook(report, onProgress: (p: ReadingProgress) => void, signal?: AbortSignal) {
      calls.push("read");
      maybeFail("readWorkbook");
      onProgress({ sheet: "Thông tin", sheetIndex: 0, sheetCount: 2, rowsDone: 10, rowsTotal: 10 });
      // A cancelled read stops at the next block, as the Excel host does.
      await Promise.resolve();
      signal?.throwIfAborted();
      onProgress({ sheet: "Lô hàng", sheetIndex: 1, sheetCount: 2, rowsDone: 5, rowsTotal: 10 });
      const analysis = await analysisOf(path);
      return { analysis, plan: planReport(analysis, report) };
    },
    async selectCell(sheet, address) {
      calls.push(`select ${sheet}!${address}`);
      maybeFail("selectCell");
    },
    async createTemplate() {
      calls.push("template");
      maybeFail("createTemplate");
      return { added: ["Nhiệm vụ", "Lô hàng"] };
    },
    async saveReport(bytes, fileName, _lang, method) {
      calls.push(`save ${fileName}`);
      maybeFail("saveReport");
      saved.push({ bytes, fileName, method });
      return options.outcome ?? SaveOutcome.Downloaded;
    },
    ...(options.workbook ? { workbook: () => options.workbook } : {}),
  };
}
