/** The few driveItem fields the add-in uses, read defensively from Graph's JSON. */
import { isRecord } from "./graph-problem";

/** A folder to upload into: its drive and item ids. */
export interface DriveFolder {
  readonly driveId: string;
  readonly id: string;
}

export interface DriveItem {
  readonly id: string;
  readonly name: string;
  readonly webUrl: string;
  /** The folder holding the item; absent for a drive's root. */
  readonly parent: DriveFolder | undefined;
}

/** The item, or undefined when `body` is not a driveItem. */
export function parseDriveItem(body: unknown): DriveItem | undefined {
  if (!isRecord(body)) return undefined;
  const { id, name, webUrl, parentReference } = body;
  if (typeof id !== "string" || typeof name !== "string" || typeof webUrl !== "string") return undefined;
  const parent =
    isRecord(parentReference) && typeof parentReference.driveId === "string" && typeof parentReference.id === "string"
      ? { driveId: parentReference.driveId, id: parentReference.id }
      : undefined;
  return { id, name, webUrl, parent };
}

/** The first byte an upload session still wants ("nextExpectedRanges": ["26-"] → 26; the lowest of several), or undefined. */
export function nextExpectedStart(body: unknown): number | undefined {
  const ranges = isRecord(body) ? body.nextExpectedRanges : undefined;
  if (!Array.isArray(ranges)) return undefined;
  let lowest: number | undefined;
  for (const range of ranges) {
    const match = typeof range === "string" ? /^(\d+)(?:-|$)/.exec(range) : null;
    if (match) lowest = Math.min(lowest ?? Infinity, Number(match[1]));
  }
  return lowest;
}
