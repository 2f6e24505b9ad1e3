/**
 * The messages between the task pane and the download dialog. Office caps a
 * message's size, so the file travels as base64 in numbered chunks:
 *   dialog → pane  {"kind":"ready"}            the page is listening
 *   pane → dialog  {"kind":"file", name, index, total, data}   once per chunk
 *   dialog → pane  {"kind":"saved"}            the user saved the file
 */

/** The most base64 characters one message carries. */
export const CHUNK_LIMIT = 16_000;

export interface FileChunk {
  readonly kind: "file";
  readonly name: string;
  /** 0-based. */
  readonly index: number;
  readonly total: number;
  readonly data: string;
}

export type DialogReply = { readonly kind: "ready" } | { readonly kind: "saved" };

/** Splits a file's base64 into chunks of at most `limit` characters; an empty file is one empty chunk. */
export function fileChunks(base64: string, name: string, limit: number = CHUNK_LIMIT): FileChunk[] {
  const total = Math.max(1, Math.ceil(base64.length / limit));
  const out: FileChunk[] = [];
  for (let index = 0; index < total; index++) out.push({ kind: "file", name, index, total, data: base64.slice(index * limit, (index + 1) * limit) });
  return out;
}

/** A message from the dialog, or undefined for anything else. */
export function parseDialogReply(raw: string): DialogReply | undefined {
  const message = parseObject(raw);
  return message?.kind === "ready" || message?.kind === "saved" ? { kind: message.kind } : undefined;
}

/** A chunk from the pane, or undefined for anything malformed. */
export function parseFileChunk(raw: string): FileChunk | undefined {
  const m = parseObject(raw);
  if (m?.kind !== "file") return undefined;
  const { name, index, total, data } = m;
  if (typeof name !== "string" || typeof data !== "string") return undefined;
  if (!isCount(total) || total < 1 || !isCount(index) || index >= total || data.length > CHUNK_LIMIT) return undefined;
  return { kind: "file", name, index, total, data };
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
    // A chunk of another file (a second report) starts over.
    if (chunk.name !== this.name || chunk.total !== this.parts.length) {
      this.name = chunk.name;
      this.parts = new Array<string | undefined>(chunk.total).fill(undefined);
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
