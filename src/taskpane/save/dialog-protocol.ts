/**
 * The messages between the task pane and the download dialog. Office caps a
 * message's size, so the file travels as base64 in numbered chunks:
 *   dialog → pane  {"kind":"ready"}            the page is listening
 *   pane → dialog  {"kind":"file", name, index, total, data}   once per chunk
 *   dialog → pane  {"kind":"download-started"} the user clicked Save and the
 *                                               page handed the file to its download
 * Neither side trusts the other's sizes: every count and length is bounded.
 */

/** The most base64 characters one message carries. */
export const CHUNK_LIMIT = 16_000;
/** The largest report accepted: a real one is well under 1 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Chunks of a file of MAX_FILE_BYTES. */
export const MAX_CHUNKS = Math.ceil((Math.ceil(MAX_FILE_BYTES / 3) * 4) / CHUNK_LIMIT);
export const MAX_NAME_LENGTH = 255;
/** A dialog reply is a few bytes of JSON; anything longer is not one. */
export const MAX_REPLY_LENGTH = 1_000;
/** The longest chunk message: the data, the name and a little JSON. */
const MAX_CHUNK_MESSAGE = CHUNK_LIMIT + 6 * MAX_NAME_LENGTH + 200;

export interface FileChunk {
  readonly kind: "file";
  readonly name: string;
  /** 0-based. */
  readonly index: number;
  readonly total: number;
  readonly data: string;
}

export type DialogReply = { readonly kind: "ready" } | { readonly kind: "download-started" };

/** Why a chunk was refused. */
export const ChunkProblem = {
  /** Not a chunk at all (another message, or not JSON). */
  NotChunk: "not-chunk",
  /** More chunks, or a longer chunk or name, than a report can need. */
  TooLarge: "too-large",
  /** A chunk whose numbers do not add up (index past total, a total that changed). */
  Inconsistent: "inconsistent",
} as const;
export type ChunkProblem = (typeof ChunkProblem)[keyof typeof ChunkProblem];

export type ParsedChunk = { readonly ok: true; readonly chunk: FileChunk } | { readonly ok: false; readonly problem: ChunkProblem };

/** Splits a file's base64 into chunks of at most `limit` characters; an empty file is one empty chunk. */
export function fileChunks(base64: string, name: string, limit: number = CHUNK_LIMIT): FileChunk[] {
  if (base64.length > MAX_CHUNKS * CHUNK_LIMIT) throw new RangeError(`The report is larger than ${MAX_FILE_BYTES} bytes, the most the dialog accepts.`);
  const total = Math.max(1, Math.ceil(base64.length / limit));
  const out: FileChunk[] = [];
  for (let index = 0; index < total; index++) out.push({ kind: "file", name, index, total, data: base64.slice(index * limit, (index + 1) * limit) });
  return out;
}

/** A message from the dialog, or undefined for anything else (too long, not JSON, another kind). */
export function parseDialogReply(raw: string): DialogReply | undefined {
  if (raw.length > MAX_REPLY_LENGTH) return undefined;
  const message = parseObject(raw);
  return message?.kind === "ready" || message?.kind === "download-started" ? { kind: message.kind } : undefined;
}

/** A chunk from the pane, checked against every bound before anything is kept. */
export function parseFileChunk(raw: string): ParsedChunk {
  if (raw.length > MAX_CHUNK_MESSAGE) return { ok: false, problem: ChunkProblem.TooLarge };
  const m = parseObject(raw);
  if (m?.kind !== "file") return { ok: false, problem: ChunkProblem.NotChunk };
  const { name, index, total, data } = m;
  if (typeof name !== "string" || typeof data !== "string" || !isCount(total) || !isCount(index)) return { ok: false, problem: ChunkProblem.NotChunk };
  if (total > MAX_CHUNKS || data.length > CHUNK_LIMIT || name.length > MAX_NAME_LENGTH) return { ok: false, problem: ChunkProblem.TooLarge };
  // Every chunk but the last is full, so `total` chunks cannot hide a larger file.
  if (total < 1 || index >= total || (index < total - 1 && data.length !== CHUNK_LIMIT)) return { ok: false, problem: ChunkProblem.Inconsistent };
  return { ok: true, chunk: { kind: "file", name, index, total, data } };
}

/** Collects chunks in any order; `accept` gives the whole base64 once every chunk of one file is in. */
export class ChunkAssembler {
  private name = "";
  private parts: Array<string | undefined> = [];
  private received = 0;
  private lastTotal = 0;

  /** Chunks in so far of the file being collected (all of them, just after one completes). */
  get progress(): { readonly received: number; readonly total: number } {
    return this.parts.length > 0 ? { received: this.received, total: this.parts.length } : { received: this.lastTotal, total: this.lastTotal };
  }

  accept(chunk: FileChunk): { readonly name: string; readonly base64: string } | undefined {
    // A chunk of another file (a second report) starts over; `parseFileChunk` has bounded `total`.
    if (chunk.name !== this.name || chunk.total !== this.parts.length) {
      this.name = chunk.name;
      this.parts = new Array<string | undefined>(Math.min(chunk.total, MAX_CHUNKS)).fill(undefined);
      this.received = 0;
    }
    if (this.parts[chunk.index] === undefined) this.received++;
    this.parts[chunk.index] = chunk.data;
    if (this.received < this.parts.length) return undefined;
    const whole = { name: this.name, base64: this.parts.join("") };
    this.lastTotal = this.parts.length;
    this.parts = [];
    this.name = "";
    this.received = 0;
    return whole;
  }
}

/** True when a message's origin is the expected one; hosts before DialogOrigin 1.1 give none, and Office then allows only the add-in's own domain. */
export function sameOrigin(origin: string | undefined, expected: string): boolean {
  return origin === undefined || origin === expected;
}

function parseObject(raw: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function isCount(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 0;
}
