/**
 * A long unfinished item at the end of a chunk (a row, a shared string), kept
 * in pieces until what it waits for arrives. Only the new text and a short
 * tail of the old are searched each time, so a long item costs time linear in
 * its length instead of a rescan of everything kept on every chunk.
 */
export class PendingItem {
  private pieces: string[] = [];
  private chars = 0;
  private tail = "";
  /** True when the item's start tag itself is not complete: it waits for `>`. */
  private waitingForTagEnd = false;

  constructor(
    /** How many characters of the kept text can hold the start of what the item waits for. */
    private readonly tailLength: number,
    private readonly maxChars: number,
    /** The error to throw when the item grows past `maxChars`. */
    private readonly tooLong: (chars: number) => Error,
  ) {}

  get active(): boolean {
    return this.pieces.length > 0;
  }

  /** Starts keeping `rest`. */
  start(rest: string, waitingForTagEnd: boolean): void {
    this.pieces = [rest];
    this.chars = rest.length;
    this.tail = rest.slice(-this.tailLength);
    this.waitingForTagEnd = waitingForTagEnd;
  }

  /**
   * Adds `text`. When `arrived` finds what the item waits for in the new text,
   * returns everything kept, joined, and stops keeping; else undefined.
   */
  add(text: string, arrived: (probe: string, waitingForTagEnd: boolean) => boolean): string | undefined {
    const probe = this.tail + text;
    this.chars += text.length;
    if (this.chars > this.maxChars) throw this.tooLong(this.chars);
    this.pieces.push(text);
    if (!arrived(probe, this.waitingForTagEnd)) {
      this.tail = probe.slice(-this.tailLength);
      return undefined;
    }
    return this.take();
  }

  /** Everything kept, joined; stops keeping. */
  take(): string {
    const all = this.pieces.join("");
    this.pieces = [];
    this.chars = 0;
    return all;
  }
}

/**
 * `a + b` as one flat string, for a short carried tail and the next chunk.
 * A plain `+` makes a rope (a V8 cons string), and every `charCodeAt` and
 * `indexOf` a scanner then makes on it pays for walking the rope: joining
 * copies the text once instead, which scanning a 256 KiB chunk repays many
 * times over.
 */
export function flat(a: string, b: string): string {
  if (a.length === 0) return b;
  return [a, b].join("");
}
