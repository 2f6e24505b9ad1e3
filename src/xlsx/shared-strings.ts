/**
 * The shared string table (`xl/sharedStrings.xml`), streamed once into one
 * ready cell per string: every cell that refers to a string shares its object.
 * Linear in its input like the row scanner: an unfinished item waits in
 * pieces, and only new text is searched for its end.
 */
import type { GridCell } from "../core/grid";
import { forward } from "./forward-progress";
import { PendingItem, flat } from "./pending-item";
import { XlsxFormatError, XlsxLimitKind, tooLarge } from "./xlsx-format-error";
import { nextStartTag, runTags, runsText, type RunTags } from "./xml-text";

const MAX_START_TAG = 64 * 1024;
const TAIL = 16;

/** Collects `<si>` items from XML text fed chunk by chunk. */
export class SharedStringScanner {
  private carry = "";
  /** An unfinished item too long to rejoin on every chunk. */
  private readonly pending: PendingItem;
  private si = "";
  private siEnd = "";
  private runs: RunTags = runTags("");
  /** `cells[i]` is string i, or undefined when it is empty. */
  readonly cells: Array<GridCell | undefined> = [];

  constructor(
    private readonly part = "xl/sharedStrings.xml",
    private readonly maxItemChars = 32 * 1024 * 1024,
    private readonly maxTextChars = 32_767,
  ) {
    this.pending = new PendingItem(TAIL, maxItemChars, (chars) => tooLarge(XlsxLimitKind.Row, part, chars, maxItemChars));
  }

  push(text: string): void {
    if (text.length === 0) return;
    if (!this.si) {
      this.carry += text;
      const tag = nextStartTag(this.carry, "sst", 0);
      if (!tag) {
        const lt = this.carry.lastIndexOf("<");
        this.carry = lt >= 0 && this.carry.length - lt <= MAX_START_TAG ? this.carry.slice(lt) : this.carry.slice(-8);
        return;
      }
      this.si = `<${tag.prefix}si`;
      this.siEnd = `</${tag.prefix}si>`;
      this.runs = runTags(tag.prefix);
      text = this.carry.slice(tag.end);
      this.carry = "";
    }
    if (this.pending.active) {
      const whole = this.pending.add(text, (probe, tagEnd) => probe.indexOf(tagEnd ? ">" : this.siEnd) >= 0);
      if (whole === undefined) return;
      text = whole;
    } else {
      text = flat(this.carry, text);
      this.carry = "";
    }
    this.scan(text, false);
  }

  /** Call when the input has ended: takes the last item, even without its end. */
  end(): void {
    if (!this.si) return;
    const rest = this.pending.active ? this.pending.take() : this.carry;
    this.carry = "";
    this.scan(rest, true);
  }

  private scan(s: string, last: boolean): void {
    const { si, siEnd } = this;
    let i = s.indexOf(si);
    while (i >= 0) {
      const next = s.charCodeAt(i + si.length);
      if (next !== 32 && next !== 62 && next !== 47) {
        i = s.indexOf(si, forward(i, i + si.length)); // another tag that starts with "si"
        continue;
      }
      const open = s.indexOf(">", i);
      if (open < 0) return this.keep(s, i, last, true);
      if (s.charCodeAt(open - 1) === 47) {
        this.cells.push(undefined); // <si/>
        i = s.indexOf(si, forward(i, open + 1));
        continue;
      }
      let end = s.indexOf(siEnd, open);
      const nextItem = s.indexOf(si, open);
      // Items do not nest: a start before this item's end means its end is missing, and every later index would shift.
      if (nextItem >= 0 && (end < 0 || nextItem < end)) throw new XlsxFormatError(`${this.part}: a string item has no end`);
      if (end < 0) {
        if (!last) return this.keep(s, i, last, false);
        end = s.length;
      }
      const text = runsText(s, open, end, this.runs);
      if (text.length > this.maxTextChars) throw tooLarge(XlsxLimitKind.Text, this.part, text.length, this.maxTextChars);
      this.cells.push(text.length > 0 ? { t: "s", v: text } : undefined);
      i = s.indexOf(si, forward(i, end));
    }
    if (last) return;
    // Keep only what could be the start of a split `<si`: nothing when the text ends with a tag's end.
    const lt = s.lastIndexOf("<");
    this.carry = lt >= 0 && s.length - lt <= si.length ? s.slice(lt) : "";
  }

  private keep(s: string, from: number, last: boolean, waitingForTagEnd: boolean): void {
    if (last) return;
    const rest = s.slice(from);
    if (rest.length > this.maxItemChars) throw tooLarge(XlsxLimitKind.Row, this.part, rest.length, this.maxItemChars);
    if (rest.length < 4096) this.carry = rest;
    else this.pending.start(rest, waitingForTagEnd);
  }
}

/** Reads a whole shared string table from a stream of its bytes. */
export async function readSharedStrings(xml: AsyncIterable<Uint8Array | string>): Promise<Array<GridCell | undefined>> {
  const scanner = new SharedStringScanner();
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of xml) scanner.push(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
  scanner.push(decoder.decode());
  scanner.end();
  return scanner.cells;
}
