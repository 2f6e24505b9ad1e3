import { listChanges, type FigureChange, type ProvenanceList, type WrittenList } from "../../../src/core/living";

const written: ProvenanceList[] = [
  { tag: "lbc:list:lots.byGroup", key: "lots.byGroup", text: "Thép: 46 lô.", items: 1, figures: ["lots.byGroup.Thép"] },
  { tag: "lbc:list:finance.table", key: "finance.table", text: "1 | Thu | 10", items: 1, figures: [] },
  { tag: "lbc:list:tasks.acceptedTasks", key: "tasks.acceptedTasks", text: "“A”.", items: 1, figures: [] },
  { tag: "lbc:list:calibrations.rows", key: "calibrations.rows", text: "Cân 03 cái.", items: 1, figures: [] },
];
const fresh = (key: string, text: string, items: number): WrittenList => ({
  key,
  tag: `lbc:list:${key}`,
  kind: "note",
  text,
  items,
  title: "",
  section: "II",
  figures: [],
});
const freshLists = [
  fresh("lots.byGroup", "Thép: 46 lô; Mũ bảo hiểm: 03 lô.", 2),
  fresh("finance.table", "1 | Thu | 10\n2 | Chi | 5", 2),
  fresh("tasks.acceptedTasks", "“A”; “B”.", 2),
  fresh("calibrations.rows", "Cân 03 cái.", 1),
];

test("a list untouched by the clerk is replaced when the fresh one differs; an edited, tracked or removed one is kept and reported", () => {
  const held = new Map([
    ["lbc:list:lots.byGroup", ["Thép: 46 lô."]],
    ["lbc:list:finance.table", ["1 | Thu | 10 (đã kiểm tra)"]],
    ["lbc:list:calibrations.rows", ["Cân 03 cái."]],
  ]);
  const changes = listChanges(written, held, freshLists, [], new Set());
  expect(changes.map((c) => [c.key, c.kind])).toEqual([
    ["lots.byGroup", "changed"],
    ["finance.table", "conflict"],
    ["tasks.acceptedTasks", "missing"],
    ["calibrations.rows", "unchanged"],
  ]);
  expect(listChanges(written.slice(0, 1), held, freshLists, [], new Set(["lbc:list:lots.byGroup"]))[0]).toMatchObject({ kind: "conflict", tracked: true });
});

test("a list whose figure's control the clerk removed is an edit: not replaced, so the figure is never recreated", () => {
  const removed: FigureChange = { kind: "missing", key: "lots.byGroup.Thép", tag: "lbc:lots.byGroup.Thép", written: "46", fresh: "46" };
  const changes = listChanges(written.slice(0, 1), new Map([["lbc:list:lots.byGroup", ["Thép: 46 lô."]]]), freshLists, [removed]);
  expect(changes[0]?.kind).toBe("conflict");
});
