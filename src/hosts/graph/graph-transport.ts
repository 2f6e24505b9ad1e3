/**
 * One Graph request with the retries every call shares: a fresh token once
 * after a 401, waiting out 429 and 503 (Retry-After, in seconds), backing off
 * after a 502, a 504, a dropped connection or a request that took longer than
 * its timeout. The bearer token goes only to the Graph root's own origin, over
 * https. `fetch` and `sleep` are passed in, so tests drive it against a local
 * server without waiting.
 */
import type { TokenProvider } from "../auth";
import { graphProblem, GraphProblemCode, problemForStatus } from "./graph-problem";

/** The subset of `fetch` used; the browser's and Node's both fit. */
export type FetchLike = (
  url: string,
  init: {
    readonly method: string;
    readonly headers: Record<string, string>;
    readonly body?: Uint8Array | string;
    readonly redirect?: "manual";
    readonly signal?: AbortSignal;
  },
) => Promise<FetchResponseLike>;

/** What is read of a response; `arrayBuffer` and `body` only for downloads (a browser's and Node's fetch have both). */
export interface FetchResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
  arrayBuffer?(): Promise<ArrayBuffer>;
  readonly body?: { getReader(): { read(): Promise<{ readonly done: boolean; readonly value?: Uint8Array }> } } | null;
}

export interface GraphClientOptions {
  /** "https://graph.microsoft.com/v1.0" */
  readonly baseUrl: string;
  readonly tokens: TokenProvider;
  readonly fetch: FetchLike;
  readonly sleep: (ms: number) => Promise<void>;
  /** Tries per request for throttling and dropped connections (default 4). */
  readonly maxAttempts?: number;
  /** The first wait after a dropped connection, doubled each time (default 1,000 ms). */
  readonly backoffMs?: number;
  /** The longest Retry-After honoured (default 60 s); a longer one is cut to this. */
  readonly maxRetryAfterMs?: number;
  /** How long one request may take, answer and body included (a download: between two pieces), before it is abandoned and tried again (default 60 s). */
  readonly timeoutMs?: number;
}

export interface GraphRequest {
  readonly method: "GET" | "PUT" | "POST";
  /** Absolute, or a path after `baseUrl`. */
  readonly url: string;
  readonly headers?: Record<string, string>;
  readonly body?: Uint8Array | string;
  /** Send the bearer token (not to an upload session's own URL, which refuses it); it is only ever sent to the Graph root's origin. */
  readonly auth: boolean;
  /** Retry a dropped connection here (an upload session resumes instead). */
  readonly retryNetwork: boolean;
  /** Error statuses handed back rather than thrown. */
  readonly passThrough?: ReadonlyArray<number>;
  /** Hand a redirect back (status 3xx with `location`, or 0 for a browser's opaque one) instead of following it. */
  readonly redirect?: "manual";
  /** Read a 2xx body as bytes into `bytes`, reporting bytes received and the announced length (0 when unknown). */
  readonly download?: (received: number, total: number) => void;
}

export interface GraphResponse {
  readonly status: number;
  /** The parsed JSON body, or undefined for an empty or non-JSON one (or a download). */
  readonly body: unknown;
  /** A download's bytes. */
  readonly bytes?: Uint8Array;
  /** Where a redirect points, when `redirect` is "manual". */
  readonly location?: string;
}

/** Waited out as Retry-After says (429, 503), or backed off (502 and 504: a gateway that lost its way or its patience). */
const RETRY_STATUSES = new Set([429, 502, 503, 504]);

export const DEFAULT_MAX_ATTEMPTS = 4;
export const DEFAULT_TIMEOUT_MS = 60_000;

/** Thrown inside a try when a request outlives its timeout. */
class RequestTimeout extends Error {}

export function createTransport(options: GraphClientOptions): (request: GraphRequest) => Promise<GraphResponse> {
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const backoff = (attempt: number) => (options.backoffMs ?? 1000) * 2 ** (attempt - 1);
  const maxRetryAfter = options.maxRetryAfterMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const tokenOrigin = tokenOriginOf(options.baseUrl);

  return async (request) => {
    const url = /^[a-z][a-z0-9+.-]*:/i.test(request.url) ? request.url : options.baseUrl + request.url;
    // Never to another host (a foreign next link, an upload or download URL), nor over plain http.
    const auth = request.auth && tokenOrigin !== undefined && originOf(url) === tokenOrigin;
    let refreshed = false;
    let attempt = 0;
    for (;;) {
      attempt++;
      const headers: Record<string, string> = { ...request.headers };
      if (auth) headers.Authorization = `Bearer ${await options.tokens.getToken({ forceRefresh: refreshed })}`;
      let status: number;
      let retryAfter: string | null;
      let text: string;
      let bytes: Uint8Array | undefined;
      const abort = new AbortController();
      let timedOut = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      // Restarted by each piece of a download, so a large file on a slow line is not cut while it still flows.
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          timedOut = true;
          abort.abort();
        }, timeoutMs);
      };
      arm();
      try {
        const init = { method: request.method, headers, body: request.body, signal: abort.signal };
        const response = await orTimeout(options.fetch(url, request.redirect ? { ...init, redirect: request.redirect } : init), abort.signal);
        status = response.status;
        retryAfter = response.headers.get("Retry-After");
        if (request.redirect && (status === 0 || (status >= 300 && status < 400)))
          return { status, body: undefined, location: response.headers.get("Location") ?? undefined };
        // Read inside the try: a connection can also drop, or stall, mid-body.
        if (request.download && status >= 200 && status < 300) {
          const onProgress = request.download;
          const progress = (received: number, total: number) => (arm(), onProgress(received, total));
          bytes = await orTimeout(readBytes(response, Number(response.headers.get("Content-Length")) || 0, progress), abort.signal);
          text = "";
        } else text = await orTimeout(response.text(), abort.signal);
      } catch (error) {
        if (!timedOut && !isNetworkError(error)) throw error;
        const code = timedOut ? GraphProblemCode.Timeout : GraphProblemCode.Network;
        if (!request.retryNetwork || attempt >= maxAttempts) throw graphProblem(code, { attempts: attempt });
        await options.sleep(backoff(attempt));
        continue;
      } finally {
        clearTimeout(timer);
      }
      const body = parseJson(text);
      if (status >= 200 && status < 300) return bytes ? { status, body, bytes } : { status, body };
      if (status === 401 && auth && !refreshed) {
        // One fresh token; this try does not count against the others.
        refreshed = true;
        attempt--;
        continue;
      }
      if (RETRY_STATUSES.has(status) && attempt < maxAttempts) {
        await options.sleep(Math.min(retryAfterMs(retryAfter) ?? backoff(attempt), maxRetryAfter));
        continue;
      }
      if (request.passThrough?.includes(status)) return { status, body };
      throw problemForStatus(status, body, attempt);
    }
  };
}

/** The body as bytes, in the chunks the connection gives, so that progress can be shown. */
async function readBytes(response: FetchResponseLike, total: number, onProgress: (received: number, total: number) => void): Promise<Uint8Array> {
  onProgress(0, total);
  const reader = response.body?.getReader();
  if (!reader) {
    if (!response.arrayBuffer) throw graphProblem(GraphProblemCode.BadResponse, { status: response.status });
    const all = new Uint8Array(await response.arrayBuffer());
    onProgress(all.length, total);
    return all;
  }
  const parts: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!value) continue;
    parts.push(value);
    received += value.length;
    onProgress(received, total);
  }
  const all = new Uint8Array(received);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

/** Rejects with a `RequestTimeout` as soon as `signal` aborts, whether or not `promise` heeds it. */
function orTimeout<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new RequestTimeout());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new RequestTimeout());
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => (signal.removeEventListener("abort", onAbort), resolve(value)),
      (error) => (signal.removeEventListener("abort", onAbort), reject(error)),
    );
  });
}

/** The origin the token may go to: the Graph root's, over https (plain http only to this machine, for the stand-in server). */
export function tokenOriginOf(baseUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return undefined;
  }
  const loopback = url.hostname === "127.0.0.1" || url.hostname === "localhost" || url.hostname === "[::1]";
  return url.protocol === "https:" || (url.protocol === "http:" && loopback) ? url.origin : undefined;
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** Retry-After in seconds as milliseconds; undefined for a date or anything else. */
export function retryAfterMs(value: string | null): number | undefined {
  const v = value?.trim();
  return v && /^\d+$/.test(v) ? Number(v) * 1000 : undefined;
}

/** fetch rejects with a TypeError when the connection fails or drops (browsers and Node alike). */
function isNetworkError(error: unknown): boolean {
  // By name too: an error from another realm (a test runner's sandbox, a frame) fails instanceof.
  return error instanceof TypeError || (typeof error === "object" && error !== null && (error as { name?: unknown }).name === "TypeError");
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
