/**
 * "Lưu lên OneDrive", step by step and without React: sign in, find the
 * workbook's folder, upload the report beside it. Each step is reported as a
 * state; every failure ends as a problem with a code, never a lost report.
 */
import { AuthProblemCode, AuthProblemError } from "../../hosts/auth";
import { GraphProblemCode, GraphProblemError, type UploadedItem } from "../../hosts/graph";
import type { OneDriveHost } from "../host";

export type { OneDriveClient, OneDriveHost } from "../host";

export const OneDrivePhase = { SignIn: "sign-in", Find: "find", Upload: "upload" } as const;
export type OneDrivePhase = (typeof OneDrivePhase)[keyof typeof OneDrivePhase];

/** Anything else that went wrong, with its name for the support line. */
export const UNEXPECTED = "unexpected" as const;

export type OneDriveProblemCode = AuthProblemCode | GraphProblemCode | typeof UNEXPECTED;

export interface OneDriveProblem {
  readonly code: OneDriveProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
}

export type OneDriveState =
  | { readonly kind: "idle" }
  | { readonly kind: "working"; readonly phase: OneDrivePhase; readonly sent: number; readonly total: number }
  | { readonly kind: "saved"; readonly item: UploadedItem; readonly asked: string }
  | { readonly kind: "failed"; readonly problem: OneDriveProblem; readonly canRetry: boolean };

/** Problems a second try can fix; the others need a change first (configuration, Office, rights, where the workbook is). */
const RETRYABLE: ReadonlySet<OneDriveProblemCode> = new Set<OneDriveProblemCode>([
  AuthProblemCode.NotSignedIn,
  AuthProblemCode.ConsentNeeded,
  AuthProblemCode.Network,
  AuthProblemCode.Failed,
  GraphProblemCode.ItemNotFound,
  GraphProblemCode.NameConflict,
  GraphProblemCode.Unauthorized,
  GraphProblemCode.Throttled,
  GraphProblemCode.Network,
  GraphProblemCode.Timeout,
  GraphProblemCode.SessionExpired,
  GraphProblemCode.ServerError,
  GraphProblemCode.BadResponse,
  UNEXPECTED,
]);

export function canRetry(code: OneDriveProblemCode): boolean {
  return RETRYABLE.has(code);
}

/** The problem behind any error thrown on the way. */
export function oneDriveProblemOf(error: unknown): OneDriveProblem {
  if (error instanceof AuthProblemError || error instanceof GraphProblemError) return error.problem;
  return { code: UNEXPECTED, params: { detail: error instanceof Error ? error.name : String(error) } };
}

/** Runs the three steps, reporting each state to `onState`; resolves with the last one ("saved" or "failed"). */
export async function saveToOneDrive(host: OneDriveHost, bytes: Uint8Array, fileName: string, onState: (s: OneDriveState) => void): Promise<OneDriveState> {
  const end = (state: OneDriveState) => (onState(state), state);
  const client = host.client;
  if (!client) return end(failed({ code: AuthProblemCode.NotConfigured, params: {} }));
  const total = bytes.length;
  try {
    onState({ kind: "working", phase: OneDrivePhase.SignIn, sent: 0, total });
    await client.signIn();
    onState({ kind: "working", phase: OneDrivePhase.Find, sent: 0, total });
    const workbook = await client.driveItemForUrl(host.documentUrl());
    if (!workbook.parent) return end(failed({ code: GraphProblemCode.NotInCloud, params: {} }));
    onState({ kind: "working", phase: OneDrivePhase.Upload, sent: 0, total });
    const item = await client.uploadReport(workbook.parent, fileName, bytes, (sent) => onState({ kind: "working", phase: OneDrivePhase.Upload, sent, total }));
    return end({ kind: "saved", item, asked: fileName });
  } catch (error) {
    return end(failed(oneDriveProblemOf(error)));
  }
}

function failed(problem: OneDriveProblem): OneDriveState {
  return { kind: "failed", problem, canRetry: canRetry(problem.code) };
}
