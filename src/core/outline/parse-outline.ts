/**
 * Checks an outline a department supplies (parsed JSON) and returns it, or
 * every problem found, as data: one pass finds them all.
 */
import { placeholdersOf } from "./heading-text";
import {
  COMPUTED_CONTENT,
  HEADING_PLACEHOLDERS,
  MAX_OUTLINE_DEPTH,
  normaliseSectionKey,
  type ComputedContent,
  type Outline,
  type OutlineNode,
} from "./outline";

export const OutlineProblemCode = {
  NotAnObject: "not-an-object",
  PartsMissing: "parts-missing",
  NodeNotAnObject: "node-not-an-object",
  FieldUnknown: "field-unknown",
  KeyMissing: "key-missing",
  KeyDuplicate: "key-duplicate",
  HeadingMissing: "heading-missing",
  PlaceholderUnknown: "placeholder-unknown",
  ComputedUnknown: "computed-unknown",
  ComputedDuplicate: "computed-duplicate",
  ChildrenNotAList: "children-not-a-list",
  TooDeep: "too-deep",
} as const;
export type OutlineProblemCode = (typeof OutlineProblemCode)[keyof typeof OutlineProblemCode];

export interface OutlineProblem {
  readonly code: OutlineProblemCode;
  /** Where in the JSON: "parts[1].children[0].heading.vi". */
  readonly path: string;
  /** The offending value or name, when there is one. */
  readonly value?: string;
}

export type ParseOutlineResult = { readonly ok: true; readonly outline: Outline } | { readonly ok: false; readonly problems: ReadonlyArray<OutlineProblem> };

const NODE_FIELDS = new Set(["key", "heading", "computed", "children"]);
const C = OutlineProblemCode;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function nonEmpty(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}

class OutlineParser {
  readonly problems: OutlineProblem[] = [];
  private readonly keys = new Map<string, string>();
  private readonly computed = new Map<ComputedContent, string>();

  problem(code: OutlineProblemCode, path: string, value?: string): void {
    this.problems.push(value === undefined ? { code, path } : { code, path, value });
  }

  nodes(input: unknown, path: string, depth: number): OutlineNode[] {
    if (!Array.isArray(input)) {
      this.problem(depth === 0 ? C.PartsMissing : C.ChildrenNotAList, path);
      return [];
    }
    if (depth >= MAX_OUTLINE_DEPTH && input.length > 0) {
      this.problem(C.TooDeep, path, String(MAX_OUTLINE_DEPTH));
      return [];
    }
    const out: OutlineNode[] = [];
    input.forEach((item, i) => {
      const parsed = this.node(item, `${path}[${i}]`, depth);
      if (parsed) out.push(parsed);
    });
    return out;
  }

  private node(input: unknown, path: string, depth: number): OutlineNode | undefined {
    if (!isObject(input)) {
      this.problem(C.NodeNotAnObject, path);
      return undefined;
    }
    for (const field of Object.keys(input)) if (!NODE_FIELDS.has(field)) this.problem(C.FieldUnknown, `${path}.${field}`, field);
    const key = this.key(input.key, `${path}.key`);
    const heading = this.heading(input.heading, `${path}.heading`);
    const computed = this.computedOf(input.computed, `${path}.computed`);
    const children = input.children === undefined ? [] : this.nodes(input.children, `${path}.children`, depth + 1);
    if (key === undefined || heading === undefined) return undefined;
    return {
      key,
      heading,
      ...(computed === undefined ? {} : { computed }),
      ...(children.length === 0 ? {} : { children }),
    };
  }

  private key(input: unknown, path: string): string | undefined {
    if (!nonEmpty(input)) {
      this.problem(C.KeyMissing, path);
      return undefined;
    }
    const key = input.trim();
    const normal = normaliseSectionKey(key);
    const first = this.keys.get(normal);
    if (first !== undefined) this.problem(C.KeyDuplicate, path, key);
    else this.keys.set(normal, path);
    return key;
  }

  /** A string stands for the same heading in both languages; `en` may be left out. */
  private heading(input: unknown, path: string): { vi: string; en: string } | undefined {
    let vi: unknown = input;
    let en: unknown = input;
    if (isObject(input)) {
      vi = input.vi;
      en = input.en === undefined ? input.vi : input.en;
    }
    if (!nonEmpty(vi) || !nonEmpty(en)) {
      this.problem(C.HeadingMissing, path);
      return undefined;
    }
    for (const [lang, text] of [
      ["vi", vi],
      ["en", en],
    ] as const) {
      for (const name of placeholdersOf(text)) {
        if (!(HEADING_PLACEHOLDERS as ReadonlyArray<string>).includes(name)) {
          this.problem(C.PlaceholderUnknown, isObject(input) ? `${path}.${lang}` : path, `{${name}}`);
        }
      }
    }
    return { vi: vi.normalize("NFC"), en: en.normalize("NFC") };
  }

  private computedOf(input: unknown, path: string): ComputedContent | undefined {
    if (input === undefined) return undefined;
    const found = COMPUTED_CONTENT.find((c) => c === input);
    if (found === undefined) {
      this.problem(C.ComputedUnknown, path, String(input));
      return undefined;
    }
    if (this.computed.has(found)) this.problem(C.ComputedDuplicate, path, found);
    else this.computed.set(found, path);
    return found;
  }
}

/** Accepts `{ "parts": [...] }` (or the bare list of parts). */
export function parseOutline(json: unknown): ParseOutlineResult {
  const parser = new OutlineParser();
  let partsInput: unknown;
  if (Array.isArray(json)) partsInput = json;
  else if (isObject(json)) partsInput = json.parts;
  else {
    parser.problem(C.NotAnObject, "");
    return { ok: false, problems: parser.problems };
  }
  const parts = parser.nodes(partsInput, "parts", 0);
  if (parser.problems.length === 0 && parts.length === 0) parser.problem(C.PartsMissing, "parts");
  return parser.problems.length > 0 ? { ok: false, problems: parser.problems } : { ok: true, outline: { parts } };
}
