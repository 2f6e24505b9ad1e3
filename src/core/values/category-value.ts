/** Categories: one of a column's listed values, matched the way headers are (case, diacritics, tone placement). */
import { IssueCode } from "../issues";
import type { GridCell } from "../grid";
import { NameIndex } from "../text";
import { nearest } from "../text";
import { ValueProblem, cellDisplay, excelError, type Parsed } from "./value-problem";

/** Made once per column: the allowed values' keys, and the "did you mean" for each misspelling met. */
export class CategoryMatcher<T extends string = string> {
  /** The allowed values joined by " · ", as messages list them. */
  readonly allowedText: string;
  private readonly index: NameIndex<T>;
  private readonly nearestSeen = new Map<string, string>();

  constructor(readonly allowed: ReadonlyArray<T>) {
    this.index = new NameIndex<T>(allowed.map((v) => [v, v] as const));
    this.allowedText = allowed.join(" · ");
  }

  /** The allowed value `text` stands for, spelled as the contract spells it. */
  match(text: string): T | undefined {
    return this.index.get(text);
  }

  /** The allowed value closest to a misspelling. */
  nearest(text: string): string {
    let found = this.nearestSeen.get(text);
    if (found === undefined) {
      found = nearest(text, this.allowed) ?? "";
      if (this.nearestSeen.size < 1024) this.nearestSeen.set(text, found);
    }
    return found;
  }
}

/** A cell → the allowed value it names, or `category-unknown` with the nearest allowed value and the list. */
export function parseCategory<T extends string>(cell: GridCell, column: string, matcher: CategoryMatcher<T>): Parsed<T> {
  if (cell.t === "e") return excelError(cell, column);
  const text = cellDisplay(cell);
  const found = matcher.match(text);
  if (found !== undefined) return found;
  return new ValueProblem(IssueCode.CategoryUnknown, {
    column,
    value: text,
    nearest: matcher.nearest(text),
    allowed: matcher.allowedText,
  });
}
