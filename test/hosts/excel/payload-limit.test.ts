/**
 * Reads that adapt to Excel's 5 MB payload limit, through the Office stand-in
 * that enforces it with Excel's own error code (the exact script served to
 * the browser test, run in a vm sandbox).
 */
import { runInNewContext } from "node:vm";
import type { GridRow } from "../../../src/core/grid";
import { EXCEL_PAYLOAD_LIMIT, PAYLOAD_TOO_LARGE, RowTooLargeError, withExcelSource } from "../../../src/hosts/excel";
import { standInScript, type StandInConfig, type StandInGlobal, type StandInLogEntry, type StandInSheet } from "../../support/office-stand-in";

function install(config: StandInConfig): StandInLogEntry[] {
  const sandbox: StandInGlobal = { __OFFICE_STAND_IN__: config, location: { origin: "https://localhost:3000" } };
  runInNewContext(standInScript(), Object.assign(sandbox, { setTimeout, URL, console }));
  (globalThis as { Excel?: unknown }).Excel = sandbox.Excel;
  return sandbox.__OFFICE_LOG__!;
}

afterEach(() => delete (globalThis as { Excel?: unknown }).Excel);

/** `rows` data rows under a header, each about `rowBytes` bytes: a number column and a long text column. */
function wideSheet(rows: number, rowBytes: number): StandInSheet {
  const values: Array<Array<string | number>> = [["Số", "Nội dung"]];
  for (let r = 1; r <= rows; r++) values.push([r, `${r}:`.padEnd(rowBytes, String.fromCharCode(97 + (r % 26)))]);
  return {
    name: "Ghi chép",
    values,
    valueTypes: values.map((row, r) => row.map((v) => (r > 0 && typeof v === "number" ? "Double" : "String"))),
    numberFormat: values.map((row) => row.map(() => "General")),
  };
}

async function readAll(options: { signal?: AbortSignal; onBlock?: (sheet: string, done: number, total: number) => void } = {}): Promise<GridRow[]> {
  return withExcelSource(async (source) => {
    const out: GridRow[] = [];
    for await (const sheet of source.sheets()) for await (const row of sheet.rows()) out.push(row);
    return out;
  }, options);
}

describe("the stand-in enforces Excel's 5 MB limit", () => {
  it("refuses a 6 MB response with RequestPayloadSizeLimitExceeded and loads nothing", async () => {
    const log = install({ workbook: { sheets: [wideSheet(1_500, 4_096)] } });
    const error = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Ghi chép").getRange("A1:B1501").load("values");
      await context.sync();
      return range;
    }).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe(PAYLOAD_TOO_LARGE);
    const refused = log.filter((e) => e.kind === "payloadTooLarge");
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ response: expect.any(Number) });
    expect((refused[0] as { response: number }).response).toBeGreaterThan(EXCEL_PAYLOAD_LIMIT);
  });
});

describe("reading a sheet whose rows are 4 KB each", () => {
  it("splits the refused block, sizes the next ones from what was measured, and reads every row", async () => {
    const rows = 3_000;
    const log = install({ workbook: { sheets: [wideSheet(rows, 4_096)] } });
    const blocks: number[] = [];
    const read = await readAll({ onBlock: (_s, done) => blocks.push(done) });
    expect(read).toHaveLength(rows + 1);
    expect(read.at(-1)!.row).toBe(rows + 1);
    expect(read.at(-1)!.cells[1]).toEqual({ t: "s", v: `${rows}:`.padEnd(4_096, String.fromCharCode(97 + (rows % 26))) });
    // The first guess was refused at least once, and halved until it passed.
    const refused = log.filter((e) => e.kind === "payloadTooLarge").length;
    expect(refused).toBeGreaterThanOrEqual(1);
    // After the first success, no block was refused again: sizing came from the measured bytes.
    const firstBlockRows = blocks[0]!;
    const syncs = log.filter((e) => e.kind === "sync" || e.kind === "payloadTooLarge").map((e) => e.kind);
    const afterFirstSuccess = syncs.slice(syncs.indexOf("sync", 2 + refused));
    expect(afterFirstSuccess).not.toContain("payloadTooLarge");
    expect(firstBlockRows * 4_096).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
    const sizes = blocks.map((d, i) => d - (blocks[i - 1] ?? 0));
    console.log(`4 KB rows: ${rows + 1} rows read in ${blocks.length} blocks (${sizes.join(", ")} rows), ${refused} request(s) refused at 5 MB`);
  });

  it("names the row when a single row is over the limit", async () => {
    install({ workbook: { sheets: [wideSheet(3, 6 * 1024 * 1024)] } });
    const error = await readAll().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RowTooLargeError);
    expect(error).toMatchObject({ code: "RowTooLarge", sheet: "Ghi chép", row: 2 });
  });

  it("stops before the next block when cancelled", async () => {
    install({ workbook: { sheets: [wideSheet(3_000, 4_096)] } });
    const controller = new AbortController();
    const blocks: number[] = [];
    const error = await readAll({ signal: controller.signal, onBlock: (_s, done) => (blocks.push(done), controller.abort()) }).catch((e: unknown) => e);
    expect((error as Error).name).toBe("AbortError");
    expect(blocks).toHaveLength(1);
  });
});
