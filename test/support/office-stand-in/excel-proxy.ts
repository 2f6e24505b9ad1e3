/**
 * The rules of Office.js proxy objects, kept strict so the add-in's mistakes
 * show: a property can be read only after `load` and `context.sync()`
 * (PropertyNotLoaded otherwise), `isNullObject` only after a sync, a member
 * the stand-in lacks throws and is logged as "missing", and every property
 * set is logged as a write. Selections are queued and happen at the sync.
 */
import type { StandInLogEntry } from "./stand-in-types";

export interface ApiSpec {
  readonly label: () => string;
  /** Loadable properties, read from the model when the sync runs. */
  readonly props?: Readonly<Record<string, () => unknown>>;
  /** Child objects (a sheet's tables, a range's format), made once on first use. */
  readonly nav?: Readonly<Record<string, () => object>>;
  readonly methods?: Readonly<Record<string, (...args: never[]) => unknown>>;
  /** A collection's items, read when the sync runs. */
  readonly items?: () => object[];
  /** Applies a property write to the model; without it a write is only logged. */
  readonly write?: (property: string, value: unknown) => void;
  readonly isNull?: boolean;
  /** The error the next sync fails with (e.g. getItem of a sheet that does not exist). */
  readonly error?: string;
  /** Cells in the range: counted in the sync's log entry when a cell property is loaded. */
  readonly cells?: () => number;
}

/** Excel on the web refuses a request, or a response, over 5 MB: the stand-in does too, with Excel's error code. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const PAYLOAD_ERROR = "RequestPayloadSizeLimitExceeded";

const CELL_PROPS = new Set(["values", "valueTypes", "numberFormat", "text", "formulas"]);
// Asked by `await`, JSON.stringify and test matchers: never an Office member.
const NOT_MEMBERS = new Set(["then", "toJSON", "asymmetricMatch", "$$typeof", "nodeType", "constructor"]);

interface State {
  readonly spec: ApiSpec;
  readonly loaded: Map<string, unknown>;
  readonly pending: Set<string>;
  readonly navs: Map<string, object>;
  synced: boolean;
}

/** One request context: its objects, their pending loads and the queued actions. */
export class Session {
  private readonly states = new WeakMap<object, State>();
  private readonly dirty = new Set<State>();
  private unsynced: State[] = [];
  private queue: Array<() => void> = [];
  /** Bytes of the property writes queued since the last sync (the request's payload). */
  private requestBytes = 0;

  constructor(private readonly log: (entry: StandInLogEntry) => void) {}

  /** An action that happens when the context syncs (select, activate). */
  enqueue(action: () => void): void {
    this.queue.push(action);
  }

  make<T extends object = Record<string, never>>(spec: ApiSpec): T {
    const state: State = { spec, loaded: new Map(), pending: new Set(), navs: new Map(), synced: false };
    this.unsynced.push(state);
    const fail = (member: string): never => {
      this.log({ kind: "missing", member: `${spec.label()}.${member}` });
      throw new Error(`Office stand-in: ${spec.label()}.${member} is not implemented`);
    };
    const proxy: object = new Proxy(
      {},
      {
        get: (_t, prop) => {
          if (typeof prop === "symbol" || NOT_MEMBERS.has(prop)) return undefined;
          if (prop === "load") {
            return (props?: unknown) => {
              this.requestLoad(state, props);
              return proxy;
            };
          }
          if (prop === "isNullObject") {
            if (!state.synced) throw new Error(`PropertyNotLoaded: ${spec.label()}.isNullObject is known only after context.sync()`);
            return spec.isNull === true;
          }
          if (spec.methods && prop in spec.methods) return spec.methods[prop];
          if ((prop === "items" && spec.items) || (spec.props && prop in spec.props)) {
            if (state.loaded.has(prop)) return state.loaded.get(prop);
            throw new Error(`PropertyNotLoaded: ${spec.label()}.${prop} was read before load() and context.sync()`);
          }
          if (spec.nav && prop in spec.nav) return this.nav(state, prop);
          return fail(prop);
        },
        set: (_t, prop, value: unknown) => {
          this.log({ kind: "write", target: spec.label(), property: String(prop), value });
          this.requestBytes += jsonBytes(value);
          spec.write?.(String(prop), value);
          if (spec.props && String(prop) in spec.props) state.loaded.set(String(prop), value);
          return true;
        },
      },
    );
    this.states.set(proxy, state);
    return proxy as T;
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    // An action on an object that does not exist (a missing sheet) fails the whole sync, as in Excel.
    for (const action of queue) action();
    const dirty = [...this.dirty];
    this.dirty.clear();
    const failed = dirty.find((s) => s.spec.error !== undefined);
    const loads: Array<{ target: string; props: string[] }> = [];
    let cells = 0;
    const request = this.requestBytes;
    this.requestBytes = 0;
    let response = 0;
    if (!failed) {
      for (const state of dirty) {
        const props = [...state.pending];
        state.pending.clear();
        for (const path of props) this.resolve(state, path);
        for (const p of props) response += jsonBytes(state.loaded.get(p.split("/")[0]!));
        loads.push({ target: state.spec.label(), props });
        if (state.spec.cells && props.some((p) => CELL_PROPS.has(p))) cells += state.spec.cells();
      }
    }
    if (request > PAYLOAD_LIMIT || response > PAYLOAD_LIMIT) {
      // Nothing of a refused request is loaded, as in Excel.
      for (const state of dirty) state.loaded.clear();
      this.log({ kind: "payloadTooLarge", request, response });
      await Promise.resolve();
      throw Object.assign(new Error(`${PAYLOAD_ERROR}: the ${request > PAYLOAD_LIMIT ? "request" : "response"} is over Excel's 5 MB limit`), {
        code: PAYLOAD_ERROR,
      });
    }
    // Objects made before or during this sync (a collection's items) now know whether they are null.
    for (const s of this.unsynced) s.synced = true;
    this.unsynced = [];
    this.log({ kind: "sync", cells, loads });
    // Office.js answers asynchronously even when nothing was asked.
    await Promise.resolve();
    if (failed) throw new Error(failed.spec.error);
  }

  private nav(state: State, name: string): object {
    let child = state.navs.get(name);
    if (!child) {
      child = state.spec.nav![name]!();
      state.navs.set(name, child);
    }
    return child;
  }

  private requestLoad(state: State, props: unknown): void {
    const select = props && typeof props === "object" && !Array.isArray(props) ? (props as { select?: unknown }).select : props;
    const list =
      select === undefined
        ? [...Object.keys(state.spec.props ?? {}), ...(state.spec.items ? ["items"] : [])]
        : Array.isArray(select)
          ? select.map(String)
          : String(select).split(",");
    for (const p of list) if (p.trim() !== "") state.pending.add(p.trim());
    this.dirty.add(state);
  }

  /** Loads "name", "items/name", "items/worksheet/name", "worksheet" (all its properties), … */
  private resolve(state: State, path: string): void {
    const [head = "", ...rest] = path.split("/");
    const { spec } = state;
    if (spec.items) {
      const items = spec.items();
      state.loaded.set("items", items);
      const sub = head === "items" ? rest.join("/") : path;
      for (const item of items) this.loadAll(this.states.get(item)!, sub);
      return;
    }
    if (spec.props && head in spec.props) {
      state.loaded.set(head, spec.props[head]!());
      return;
    }
    if (spec.nav && head in spec.nav) {
      const child = this.states.get(this.nav(state, head))!;
      this.loadAll(child, rest.join("/"));
      return;
    }
    this.log({ kind: "missing", member: `${spec.label()}.load(${path})` });
    throw new Error(`PropertyNotFound: ${spec.label()} has no property "${head}" the stand-in can load`);
  }

  private loadAll(state: State, path: string): void {
    if (path !== "") return this.resolve(state, path);
    for (const p of Object.keys(state.spec.props ?? {})) this.resolve(state, p);
  }
}

/** The UTF-8 bytes of a value as JSON, as Excel sends it. */
function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return bytes;
}
