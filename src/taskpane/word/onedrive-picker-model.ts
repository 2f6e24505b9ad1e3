/**
 * "Chọn từ OneDrive" without React: sign in, list the user's workbooks, and
 * download the one picked, each step reported as a state. The bytes then go
 * the same way as a file picked from the computer.
 */
import { formatNumber } from "../../core/format";
import { Lang } from "../../core/i18n";
import { AuthProblemCode } from "../../hosts/auth";
import type { DriveFiles, DriveWorkbook } from "../../hosts/graph";
import { canRetry, oneDriveProblemOf, problemMessage, type OneDriveProblem } from "../onedrive";
import { wordText, type OneDrivePickerProblemCode } from "./word-text";

/** What the picker needs of the OneDrive client: sign-in and the drive-file calls. */
export interface OneDrivePickerClient extends DriveFiles {
  signIn(): Promise<void>;
}

export type OneDrivePickerState =
  | { readonly kind: "idle" }
  | { readonly kind: "signing-in" }
  | { readonly kind: "listing" }
  | { readonly kind: "listed"; readonly items: ReadonlyArray<DriveWorkbook>; readonly selected: string | undefined }
  | {
      readonly kind: "downloading";
      readonly items: ReadonlyArray<DriveWorkbook>;
      readonly item: DriveWorkbook;
      readonly received: number;
      readonly total: number;
    }
  | { readonly kind: "failed"; readonly problem: OneDriveProblem; readonly canRetry: boolean; readonly items?: ReadonlyArray<DriveWorkbook> };

export const initialPickerState: OneDrivePickerState = { kind: "idle" };

/** A workbook's key in the list: ids are unique only within a drive. */
export function workbookKey(item: DriveWorkbook): string {
  return `${item.driveId}/${item.id}`;
}

/** True while a step runs: the buttons wait. */
export function isPickerBusy(state: OneDrivePickerState): boolean {
  return state.kind === "signing-in" || state.kind === "listing" || state.kind === "downloading";
}

/** Signs in, then lists; resolves with the last state ("listed" or "failed"). Without a client: what to configure. */
export async function listFromOneDrive(client: OneDrivePickerClient | undefined, onState: (s: OneDrivePickerState) => void): Promise<OneDrivePickerState> {
  const end = (state: OneDrivePickerState) => (onState(state), state);
  if (!client) return end(failed({ code: AuthProblemCode.NotConfigured, params: {} }));
  try {
    onState({ kind: "signing-in" });
    await client.signIn();
    onState({ kind: "listing" });
    const items = sortWorkbooks(await client.listWorkbooks());
    return end({ kind: "listed", items, selected: items[0] && workbookKey(items[0]) });
  } catch (error) {
    return end(failed(oneDriveProblemOf(error)));
  }
}

/** Downloads `item`, hands its bytes to `onBytes` and returns to the list; a failure keeps the list for another try. */
export async function downloadFromOneDrive(
  client: OneDrivePickerClient,
  items: ReadonlyArray<DriveWorkbook>,
  item: DriveWorkbook,
  onState: (s: OneDrivePickerState) => void,
  onBytes: (name: string, bytes: Uint8Array, location?: string) => void,
): Promise<OneDrivePickerState> {
  const end = (state: OneDrivePickerState) => (onState(state), state);
  try {
    onState({ kind: "downloading", items, item, received: 0, total: item.size });
    const bytes = await client.downloadItem(item.driveId, item.id, (received, total) =>
      onState({ kind: "downloading", items, item, received, total: total || item.size }),
    );
    // The address goes along, for the report's record ("" when Graph gave none that may be kept).
    onBytes(item.name, bytes, item.webUrl || undefined);
    return end({ kind: "listed", items, selected: workbookKey(item) });
  } catch (error) {
    return end({ ...failed(oneDriveProblemOf(error)), items });
  }
}

function failed(problem: OneDriveProblem): { readonly kind: "failed"; readonly problem: OneDriveProblem; readonly canRetry: boolean } {
  return { kind: "failed", problem, canRetry: canRetry(problem.code) };
}

/** Newest first, then by name (Vietnamese order), whatever order Graph gave. */
export function sortWorkbooks(items: ReadonlyArray<DriveWorkbook>): DriveWorkbook[] {
  return [...items].sort((a, b) => b.lastModified - a.lastModified || a.name.localeCompare(b.name, Lang.Vi));
}

/** The fraction downloaded, or undefined while the length is unknown (an indeterminate bar). */
export function downloadFraction(state: OneDrivePickerState): number | undefined {
  return state.kind === "downloading" && state.total > 0 ? Math.min(1, state.received / state.total) : undefined;
}

/** dd/mm/yyyy in the clerk's time zone; `offsetMinutes` east of UTC (Việt Nam: 420), the device's by default. */
export function formatModified(ms: number, offsetMinutes: number = -new Date(ms).getTimezoneOffset()): string {
  if (ms <= 0) return "";
  const local = new Date(ms + offsetMinutes * 60_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

const UNITS = ["B", "KB", "MB", "GB"] as const;

/** 1536 → "1,5 KB" (Vietnamese) or "1.5 KB"; bytes under 1 KB as a whole number. */
export function formatSize(bytes: number, lang: Lang): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  // One decimal below 10 of a unit, none above; a value rounding up to 1024 moves to the next unit.
  const decimals = unit === 0 || value >= 10 ? 0 : 1;
  if (Number(value.toFixed(decimals)) >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatNumber(value, unit === 0 || value >= 10 ? 0 : 1, lang)} ${UNITS[unit]}`;
}

const PICKER_PROBLEMS: ReadonlySet<string> = new Set<OneDrivePickerProblemCode>([
  "item-not-found",
  "no-permission",
  "unauthorized",
  "throttled",
  "network",
  "server-error",
  "bad-response",
  "unexpected",
]);

/** The words for a problem: the picker's own for Graph's, the save button's for sign-in (the same "what to configure"). */
export function pickerProblemMessage(problem: OneDriveProblem, lang: Lang): string {
  const code = problem.code as string;
  if (PICKER_PROBLEMS.has(code)) return wordText(lang).oneDrive.problems[code as OneDrivePickerProblemCode](problem.params);
  return problemMessage(problem, lang);
}

/** The OneDrive host's client, when it has the drive-file calls (`graphClient` gives them); undefined otherwise. */
export function pickerClientOf(client: unknown): OneDrivePickerClient | undefined {
  if (typeof client !== "object" || client === null) return undefined;
  const c = client as Partial<Record<keyof OneDrivePickerClient, unknown>>;
  return typeof c.signIn === "function" && typeof c.listWorkbooks === "function" && typeof c.downloadItem === "function"
    ? (client as OneDrivePickerClient)
    : undefined;
}
