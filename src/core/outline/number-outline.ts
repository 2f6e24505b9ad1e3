/**
 * Numbers from position: parts I., II., III.; sections 1., 2.; sub-sections
 * 6.1., 6.1.2. Two sections can never share a number, whatever the outline.
 */
import type { Outline, OutlineNode } from "./outline";
import { romanNumeral } from "../format";

export interface NumberedNode {
  readonly node: OutlineNode;
  /** 0 for parts, 1 for sections, 2 for sub-sections … */
  readonly depth: number;
  /** As printed, with its dot: "II.", "6.", "6.1.". */
  readonly label: string;
  /** The full position, for messages: "II", "II.6", "II.6.1". */
  readonly path: string;
  readonly children: ReadonlyArray<NumberedNode>;
}

function numberChildren(nodes: ReadonlyArray<OutlineNode>, depth: number, partPath: string, arabic: ReadonlyArray<number>): NumberedNode[] {
  return nodes.map((node, i) => {
    const own = [...arabic, i + 1];
    const label = own.join(".") + ".";
    return {
      node,
      depth,
      label,
      path: `${partPath}.${own.join(".")}`,
      children: numberChildren(node.children ?? [], depth + 1, partPath, own),
    };
  });
}

/** The outline with the numbers its positions give. */
export function numberOutline(outline: Outline): ReadonlyArray<NumberedNode> {
  return outline.parts.map((part, i) => {
    const roman = romanNumeral(i + 1);
    return { node: part, depth: 0, label: `${roman}.`, path: roman, children: numberChildren(part.children ?? [], 1, roman, []) };
  });
}

/** Every node, parents before their children, in document order. */
export function flattenNumbered(nodes: ReadonlyArray<NumberedNode>): NumberedNode[] {
  const out: NumberedNode[] = [];
  const visit = (list: ReadonlyArray<NumberedNode>): void => {
    for (const n of list) {
      out.push(n);
      visit(n.children);
    }
  };
  visit(nodes);
  return out;
}
