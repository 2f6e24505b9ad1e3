/**
 * A stand-in for the Office.js objects the template writer creates (sheets,
 * tables, ranges, formats): office-addin-mock cannot hand out new objects
 * from `add`, so this records every property set and method call by path,
 * e.g. `set Lô hàng.tables.add().name = "LoHang"`.
 */
export interface Op {
  readonly kind: "set" | "call";
  /** "Lô hàng.getRange(A:A).format.columnWidth", or "Lô hàng.freezePanes.freezeRows". */
  readonly path: string;
  readonly value: unknown;
}

export function recorder(ops: Op[], path: string): unknown {
  const target = function () {};
  return new Proxy(target, {
    get(_t, prop) {
      // Not a promise: `await` must not take it for one.
      if (prop === "then" || typeof prop === "symbol") return undefined;
      return recorder(ops, `${path}.${prop}`);
    },
    set(_t, prop, value) {
      ops.push({ kind: "set", path: `${path}.${String(prop)}`, value });
      return true;
    },
    apply(_t, _this, args: unknown[]) {
      ops.push({ kind: "call", path, value: args });
      const label = args.filter((a) => typeof a === "string" || typeof a === "number").join(",");
      return recorder(ops, `${path}(${label})`);
    },
  });
}
