/** Reads the cells of one contract column: made once per sheet, used for every row. */
import { IssueCode } from "../issues";
import type { GridCell } from "../grid";
import type { ColumnSpec } from "../schema";
import { CategoryMatcher, parseCategory } from "./category-value";
import { parseDate } from "./date-value";
import { parseNumber, type NumberRule } from "./number-value";
import { parseOutlineCode } from "./outline-code";
import { parseText } from "./text-value";
import { ValueProblem, type Parsed } from "./value-problem";

const matchers = new WeakMap<ReadonlyArray<string>, CategoryMatcher>();

/** One matcher per list of allowed values, shared by every sheet and every read. */
export function categoryMatcher(values: ReadonlyArray<string>): CategoryMatcher {
  let m = matchers.get(values);
  if (!m) {
    m = new CategoryMatcher(values);
    matchers.set(values, m);
  }
  return m;
}

export class ColumnReader {
  /** The column's contract name, as issues name it. */
  readonly name: string;
  private readonly matcher: CategoryMatcher | undefined;
  private readonly rule: NumberRule;

  constructor(
    readonly spec: ColumnSpec,
    private readonly date1904: boolean,
  ) {
    this.name = spec.vi;
    this.matcher = spec.type === "category" ? categoryMatcher(spec.values ?? []) : undefined;
    this.rule = { integer: spec.type === "integer", min: spec.min };
  }

  /** A non-blank cell → its typed value, or the problem. */
  read(cell: GridCell): Parsed<string | number> {
    switch (this.spec.type) {
      case "date":
        return parseDate(cell, this.name, this.date1904);
      case "number":
      case "integer":
        return parseNumber(cell, this.name, this.rule);
      case "category":
        return parseCategory(cell, this.name, this.matcher!);
      case "outline-code":
        return parseOutlineCode(cell, this.name);
      case "text":
        return this.text(cell);
    }
  }

  /** Text made only of control characters is empty once cleaned: missing where a value is required, nothing where it is not. */
  private text(cell: GridCell): Parsed<string> {
    const text = parseText(cell, this.name, this.date1904);
    if (!(text instanceof ValueProblem) || text.value !== "") return text;
    if (this.spec.required) return new ValueProblem(IssueCode.ValueOnlyControlChars, text.params);
    return new ValueProblem(text.code, text.params, text.severity);
  }
}
