/// <reference types="office-js" />
/** Takes the user to a cell an issue or a figure points at. */
import { localAddress } from "./range-address";

/** Queues the selection of `address` ("C17", "C5:C7", or sheet-qualified) on `sheet`; the caller syncs. */
export function queueSelect(context: Excel.RequestContext, sheet: string, address: string): void {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(localAddress(address)).select();
}

/** Activates `sheet` and selects `address` on it, in one request. */
export async function selectCell(sheet: string, address: string): Promise<void> {
  await Excel.run(async (context) => {
    queueSelect(context, sheet, address);
    await context.sync();
  });
}
