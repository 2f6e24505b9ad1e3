/** The OneDrive button's words and a message for each problem code; each language's file fills it in full. */
import type { OneDriveProblem, OneDriveProblemCode } from "./onedrive-save";

type Params = OneDriveProblem["params"];

export interface OneDriveText {
  readonly save: string;
  readonly openInWord: string;
  readonly retry: string;
  readonly saveLocally: string;
  readonly progressLabel: string;
  readonly signingIn: string;
  readonly finding: string;
  readonly uploading: (percent: string) => string;
  readonly saved: (name: string) => string;
  readonly renamed: (asked: string) => string;
  /** Said under every failure: the report is still at hand. */
  readonly notLost: string;
  readonly problems: Readonly<Record<OneDriveProblemCode, (p: Params) => string>>;
}

/** "4": how many times the upload was tried, for the messages that say so. */
export const problemAttempts = (p: Params): string => String(p.attempts ?? "");

/** "500, generalException": the HTTP status and Graph's code, for the messages that quote them. */
export const problemStatus = (p: Params): string => [p.status, p.graphCode].filter((v) => v !== undefined).join(", ");
