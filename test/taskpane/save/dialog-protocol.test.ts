import {
  ChunkAssembler,
  CHUNK_LIMIT,
  MAX_CHUNKS,
  MAX_FILE_BYTES,
  MAX_NAME_LENGTH,
  fileChunks,
  fromBase64,
  parseDialogReply,
  parseFileChunk,
  sameOrigin,
  toBase64,
} from "../../../src/taskpane/save";

/** Deterministic pseudo-random bytes. */
function bytes(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

describe("base64", () => {
  it.each([0, 1, 2, 3, 4, 5, 100, 65_537])("agrees with Node's encoder and round-trips %i bytes", (n) => {
    const data = bytes(n);
    const text = toBase64(data);
    expect(text).toBe(Buffer.from(data).toString("base64"));
    expect(fromBase64(text)).toEqual(data);
  });

  it("refuses text that is not base64", () => {
    expect(fromBase64("ab$d")).toBeUndefined();
    expect(fromBase64("abcde")).toBeUndefined();
    expect(fromBase64("đây")).toBeUndefined();
  });
});

describe("file chunks", () => {
  const base64 = toBase64(bytes(40_000));

  it("cuts the base64 into numbered chunks of at most 16,000 characters that join back to it", () => {
    const chunks = fileChunks(base64, "bao-cao.docx");
    expect(CHUNK_LIMIT).toBe(16_000);
    expect(chunks.map((c) => [c.index, c.total, c.data.length])).toEqual([
      [0, 4, 16_000],
      [1, 4, 16_000],
      [2, 4, 16_000],
      [3, 4, base64.length - 48_000],
    ]);
    expect(chunks.map((c) => c.data).join("")).toBe(base64);
    expect(chunks.every((c) => c.kind === "file" && c.name === "bao-cao.docx")).toBe(true);
  });

  it("sends an empty file as one empty chunk", () => {
    expect(fileChunks("", "x.docx")).toEqual([{ kind: "file", name: "x.docx", index: 0, total: 1, data: "" }]);
  });

  it("reassembles in any order, ignoring a repeated chunk, and gives the file once", () => {
    const chunks = fileChunks(base64, "a.docx");
    const assembler = new ChunkAssembler();
    const order = [...chunks].reverse();
    const results = [...order, order[0]!].map((c) => assembler.accept(chunkOf(JSON.stringify(c))));
    expect(results.filter((r) => r !== undefined)).toHaveLength(1);
    expect(results[chunks.length - 1]).toEqual({ name: "a.docx", base64 });
    expect(assembler.progress).toEqual({ received: 1, total: chunks.length });
  });

  it("starts over when the chunks of another file arrive", () => {
    const assembler = new ChunkAssembler();
    const first = fileChunks("AAAABBBB", "1.docx", 4);
    const second = fileChunks("CCCCDDDD", "2.docx", 4);
    expect(assembler.accept(first[0]!)).toBeUndefined();
    expect(assembler.accept(second[0]!)).toBeUndefined();
    expect(assembler.accept(second[1]!)).toEqual({ name: "2.docx", base64: "CCCCDDDD" });
  });
});

describe("parsing messages", () => {
  it("knows the dialog's two replies and nothing else", () => {
    expect(parseDialogReply('{"kind":"ready"}')).toEqual({ kind: "ready" });
    expect(parseDialogReply('{"kind":"download-started","extra":1}')).toEqual({ kind: "download-started" });
    expect(parseDialogReply('{"kind":"saved"}')).toBeUndefined();
    expect(parseDialogReply(JSON.stringify({ kind: "ready", pad: "x".repeat(2000) }))).toBeUndefined();
    expect(parseDialogReply('{"kind":"file"}')).toBeUndefined();
    expect(parseDialogReply("ready")).toBeUndefined();
    expect(parseDialogReply("[]")).toBeUndefined();
  });

  it("refuses malformed chunks", () => {
    const good = { kind: "file", name: "a.docx", index: 1, total: 2, data: "AAAA" };
    expect(parseFileChunk(JSON.stringify(good))).toEqual({ ok: true, chunk: good });
    for (const bad of [
      { ...good, index: -1 },
      { ...good, index: 0.5 },
      { ...good, name: 3 },
      { ...good, kind: "ready" },
    ]) {
      expect(parseFileChunk(JSON.stringify(bad))).toEqual({ ok: false, problem: "not-chunk" });
    }
    expect(parseFileChunk("{not json")).toEqual({ ok: false, problem: "not-chunk" });
    for (const bad of [
      { ...good, index: 2 },
      { ...good, total: 0 },
      { ...good, index: 0, data: "AAAA" },
    ]) {
      expect(parseFileChunk(JSON.stringify(bad))).toEqual({ ok: false, problem: "inconsistent" });
    }
  });

  it("bounds every size it accepts: chunk count, chunk length, name length, message length", () => {
    const good = { kind: "file", name: "a.docx", index: 0, total: 1, data: "AAAA" };
    expect(MAX_CHUNKS).toBe(Math.ceil((Math.ceil(MAX_FILE_BYTES / 3) * 4) / CHUNK_LIMIT));
    expect(parseFileChunk(JSON.stringify({ ...good, total: 200_000_000 }))).toEqual({ ok: false, problem: "too-large" });
    expect(parseFileChunk(JSON.stringify({ ...good, total: MAX_CHUNKS + 1 }))).toEqual({ ok: false, problem: "too-large" });
    expect(parseFileChunk(JSON.stringify({ ...good, index: MAX_CHUNKS - 1, total: MAX_CHUNKS })).ok).toBe(true);
    expect(parseFileChunk(JSON.stringify({ ...good, data: "A".repeat(CHUNK_LIMIT + 1) }))).toEqual({ ok: false, problem: "too-large" });
    expect(parseFileChunk(JSON.stringify({ ...good, name: "n".repeat(MAX_NAME_LENGTH + 1) }))).toEqual({ ok: false, problem: "too-large" });
    expect(parseFileChunk(JSON.stringify({ ...good, pad: "x".repeat(CHUNK_LIMIT * 2) }))).toEqual({ ok: false, problem: "too-large" });
    expect(() => fileChunks("A".repeat(MAX_CHUNKS * CHUNK_LIMIT + 1), "big.docx")).toThrow(RangeError);
  });

  it("checks origins: the expected one passes, another does not, a host that reports none is trusted", () => {
    expect(sameOrigin("https://localhost:3000", "https://localhost:3000")).toBe(true);
    expect(sameOrigin("https://localhost:3001", "https://localhost:3000")).toBe(false);
    expect(sameOrigin(undefined, "https://localhost:3000")).toBe(true);
  });
});

function chunkOf(raw: string) {
  const parsed = parseFileChunk(raw);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.chunk;
}
