/**
 * The shared string table (`xl/sharedStrings.xml`), streamed once into one
 * ready cell per string: every cell that refers to a string shares its object.
 * No Node modules here: the browser reader (src/hosts/browser) shares it.
 */
import type { GridCell } from "../../core/grid";
import { runTags, runsText, type RunTags } from "./xml-text";

const SST = /<([\w.-]+:)?sst(?=[\s>])/;

/** Collects `<si>` items from XML text fed chunk by chunk. */
export class SharedStringScanner {
  private buf = "";
  private si = "";
  private siEnd = "";
  private runs: RunTags = runTags("");
  /** `cells[i]` is string i, or undefined when it is empty. */
  readonly cells: Array<GridCell | undefined> = [];

  push(text: string): void {
    this.buf += text;
    if (!this.si) {
      const m = SST.exec(this.buf);
      if (!m) {
        this.buf = this.buf.slice(-64);
        return;
      }
      const p = m[1] ?? "";
      this.si = `<${p}si`;
      this.siEnd = `</${p}si>`;
      this.runs = runTags(p);
      this.buf = this.buf.slice(m.index);
    }
    // Items do not nest: all before the last item start is complete.
    this.scan(this.buf.lastIndexOf(this.si));
  }

  /** Call when the input has ended: takes the last item. */
  end(): void {
    if (this.si) this.scan(this.buf.length);
    this.buf = "";
  }

  private scan(limit: number): void {
    const s = this.buf;
    if (limit <= 0) return;
    let pos = 0;
    for (;;) {
      const i = s.indexOf(this.si, pos);
      if (i < 0 || i >= limit) break;
      const next = s.charCodeAt(i + this.si.length);
      if (next !== 32 && next !== 62 && next !== 47) {
        pos = i + this.si.length; // another tag that starts with "si"
        continue;
      }
      const open = s.indexOf(">", i);
      if (s.charCodeAt(open - 1) === 47) {
        this.cells.push(undefined); // <si/>
        pos = open + 1;
        continue;
      }
      const end = s.indexOf(this.siEnd, open);
      if (end < 0) break;
      const text = runsText(s, open, end, this.runs);
      this.cells.push(text.length > 0 ? { t: "s", v: text } : undefined);
      pos = end + this.siEnd.length;
    }
    this.buf = s.slice(limit);
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
