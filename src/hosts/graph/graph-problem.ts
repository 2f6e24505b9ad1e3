/** Why a Graph call failed, as data: a code and its params (status, Graph's error code, attempts). */

export const GraphProblemCode = {
  /** The workbook has no OneDrive or SharePoint address (a local file, or not saved yet). */
  NotInCloud: "not-in-cloud",
  ItemNotFound: "item-not-found",
  /** 403: the account may not write to that folder. */
  NoPermission: "no-permission",
  /** 409: should not happen with rename, but Graph may still say so. */
  NameConflict: "name-conflict",
  /** 401 even with a fresh token. */
  Unauthorized: "unauthorized",
  /** 429 or 503 still, after waiting as asked each time. */
  Throttled: "throttled",
  /** The connection dropped, each time it was tried. */
  Network: "network",
  /** No answer within the timeout, each time it was tried. */
  Timeout: "timeout",
  /** The upload session is gone (expired, or finished while the connection was down). */
  SessionExpired: "session-expired",
  /** 507: the OneDrive is full. */
  StorageFull: "storage-full",
  ServerError: "server-error",
  BadResponse: "bad-response",
} as const;
export type GraphProblemCode = (typeof GraphProblemCode)[keyof typeof GraphProblemCode];

export interface GraphProblem {
  readonly code: GraphProblemCode;
  /** `status` (HTTP), `graphCode` (Graph's error.code), `attempts`. */
  readonly params: Readonly<Record<string, string | number>>;
}

export class GraphProblemError extends Error {
  constructor(readonly problem: GraphProblem) {
    super(`${problem.code} ${JSON.stringify(problem.params)}`);
    this.name = "GraphProblemError";
  }
}

export function graphProblem(code: GraphProblemCode, params: GraphProblem["params"] = {}): GraphProblemError {
  return new GraphProblemError({ code, params });
}

/** The problem an HTTP error status stands for; `body` is Graph's JSON error, when it sent one. */
export function problemForStatus(status: number, body: unknown, attempts: number): GraphProblemError {
  const graphCode = graphErrorCode(body);
  const params: Record<string, string | number> = graphCode ? { status, graphCode } : { status };
  switch (status) {
    case 401:
      return graphProblem(GraphProblemCode.Unauthorized, params);
    case 403:
      return graphProblem(GraphProblemCode.NoPermission, params);
    case 404:
      return graphProblem(GraphProblemCode.ItemNotFound, params);
    case 409:
      return graphProblem(GraphProblemCode.NameConflict, params);
    case 429:
    case 503:
      return graphProblem(GraphProblemCode.Throttled, { ...params, attempts });
    case 507:
      return graphProblem(GraphProblemCode.StorageFull, params);
    case 502:
    case 504:
      return graphProblem(GraphProblemCode.ServerError, { ...params, attempts });
    default:
      return graphProblem(GraphProblemCode.ServerError, params);
  }
}

function graphErrorCode(body: unknown): string | undefined {
  const error = isRecord(body) ? body.error : undefined;
  return isRecord(error) && typeof error.code === "string" ? error.code : undefined;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
