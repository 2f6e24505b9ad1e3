import fc from "fast-check";
import { parseRange } from "../../../src/core/grid";
import { IssueCode, Severity, issue, type Issue } from "../../../src/core/issues";
import type { CalibrationRecord, LotRecord, TaskRecord } from "../../../src/core/model";
import { ACTIVITIES, GOODS_GROUPS, LOT_RESULTS, PASS_FAIL, TASK_FIELDS, TASK_LEVELS, TASK_STATUSES } from "../../../src/core/schema";
import { spellingKey, summarise, type Figure, type Period } from "../../../src/core/summarise";
import { d, sheetOf, workbook } from "../fixtures/records";

const BASE = d("2021-01-01");

/** Rows a figure's sources name, whatever the column. */
function rowsOf(f: Figure): number[] {
  const out: number[] = [];
  for (const s of f.sources) {
    for (const r of s.ranges) {
      const p = parseRange(r)!;
      for (let row = p.r1; row <= p.r2; row++) out.push(row);
    }
  }
  return out;
}

const period = fc
  .record({ from: fc.integer({ min: 0, max: 365 }), length: fc.integer({ min: 0, max: 400 }) })
  .map(({ from, length }): Period => ({ from: BASE + from, to: BASE + from + length, name: "kỳ" }));
const day = fc.integer({ min: -120, max: 900 }).map((x) => BASE + x);
const rowNumbers = (n: number) =>
  fc
    .array(fc.integer({ min: 1, max: 3 }), { minLength: n, maxLength: n })
    .map((gaps) => gaps.reduce<number[]>((acc, g) => [...acc, (acc.at(-1) ?? 1) + g], []));

const taskFields = fc.record({
  field: fc.constantFrom(...TASK_FIELDS),
  level: fc.constantFrom(...TASK_LEVELS),
  status: fc.constantFrom(...TASK_STATUSES),
  start: day,
  end: day,
  acceptedOn: fc.option(day, { nil: undefined }),
  certifiedOn: fc.option(day, { nil: undefined }),
});
const lotFields = fc.record({
  registeredOn: day,
  group: fc.constantFrom(...GOODS_GROUPS),
  result: fc.constantFrom(...LOT_RESULTS),
});
const calibrationFields = fc.record({
  date: day,
  activity: fc.constantFrom(...ACTIVITIES),
  instrument: fc.constantFrom("Cân", "cân ", "CÂN", "Áp kế", "áp  kế", "Taximet"),
  unit: fc.constantFrom("cái", "Cái", "máy"),
  quantity: fc.integer({ min: 1, max: 500 }),
  result: fc.constantFrom(...PASS_FAIL),
});

function sheetArb<F extends object>(fields: fc.Arbitrary<F>) {
  return fc
    .integer({ min: 0, max: 40 })
    .chain((n) =>
      fc.tuple(
        rowNumbers(n),
        fc.array(fields, { minLength: n, maxLength: n }),
        fc.array(fc.constantFrom("error", "warning", "none"), { minLength: n, maxLength: n }),
      ),
    )
    .map(([rows, values, marks]) => ({
      records: rows.map((row, i) => ({ row, ...values[i]! })),
      marked: rows.map((row, i) => ({ row, mark: marks[i]! })),
    }));
}

function issuesFor(sheet: string, marked: ReadonlyArray<{ row: number; mark: string }>): Issue[] {
  return marked.flatMap(({ row, mark }) =>
    mark === "none"
      ? []
      : [issue(IssueCode.ValueMissing, mark === "error" ? Severity.Error : Severity.Warning, { sheet, row, cell: `A${row}` }, { column: "A" })],
  );
}

const inP = (x: number | undefined, p: Period) => x !== undefined && x >= p.from && x <= p.to;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

describe("summarise, for any records and errors", () => {
  it("puts every record in exactly one of counted, outside the period, excluded; figures equal a recount", () => {
    fc.assert(
      fc.property(period, sheetArb(taskFields), sheetArb(lotFields), sheetArb(calibrationFields), (p, t, l, c) => {
        const tasks = t.records as TaskRecord[];
        const lots = l.records as LotRecord[];
        const cals = c.records as CalibrationRecord[];
        const issues = [
          ...issuesFor("Nhiệm vụ", t.marked),
          ...issuesFor("Lô hàng", l.marked),
          ...issuesFor("Kiểm định", c.marked),
          // An error on another sheet's row never excludes these.
          issue(IssueCode.ValueMissing, Severity.Error, { sheet: "Tài chính", row: 3 }, { column: "Thực hiện kỳ báo cáo (đồng)" }),
        ];
        const s = summarise(workbook({ tasks: sheetOf("tasks", tasks), lots: sheetOf("lots", lots), calibrations: sheetOf("calibrations", cals) }), issues, p);
        const bad = (marked: typeof t.marked) => new Set(marked.filter((m) => m.mark === "error").map((m) => m.row));

        // Tasks.
        const tBad = bad(t.marked);
        const ok = tasks.filter((x) => !tBad.has(x.row));
        const managed = ok.filter(
          (x) => x.start! <= p.to && !(x.acceptedOn !== undefined && x.acceptedOn < p.from) && !(x.status === "Dừng" && x.end! < p.from),
        );
        const accepted = ok.filter((x) => inP(x.acceptedOn, p));
        const certified = ok.filter((x) => inP(x.certifiedOn, p));
        expect(rowsOf(s.tasks.managed)).toEqual(managed.map((x) => x.row));
        expect(s.tasks.managed.value).toBe(managed.length);
        expect(rowsOf(s.tasks.accepted)).toEqual(accepted.map((x) => x.row));
        expect(rowsOf(s.tasks.certificates)).toEqual(certified.map((x) => x.row));
        expect(s.tasks.acceptedTasks.map((x) => x.row)).toEqual(accepted.map((x) => x.row));
        for (const f of TASK_FIELDS) expect(s.tasks.byField[f].value).toBe(managed.filter((x) => x.field === f).length);
        for (const v of TASK_LEVELS) expect(rowsOf(s.tasks.byLevel[v])).toEqual(managed.filter((x) => x.level === v).map((x) => x.row));
        const tCounted = new Set([...managed, ...accepted, ...certified].map((x) => x.row));
        const tOutside = ok.filter((x) => !tCounted.has(x.row));
        expect(s.rows.tasks).toEqual({ total: tasks.length, counted: tCounted.size, outsidePeriod: tOutside.length, excluded: tBad.size });

        // Lots.
        const lBad = bad(l.marked);
        const lIn = lots.filter((x) => !lBad.has(x.row) && inP(x.registeredOn, p));
        expect(rowsOf(s.lots.total)).toEqual(lIn.map((x) => x.row));
        for (const g of GOODS_GROUPS) expect(rowsOf(s.lots.byGroup[g])).toEqual(lIn.filter((x) => x.group === g).map((x) => x.row));
        for (const r of LOT_RESULTS) expect(s.lots.byResult[r].value).toBe(lIn.filter((x) => x.result === r).length);
        expect(sorted(GOODS_GROUPS.flatMap((g) => rowsOf(s.lots.byGroup[g])))).toEqual(lIn.map((x) => x.row));
        expect(s.rows.lots).toEqual({ total: lots.length, counted: lIn.length, outsidePeriod: lots.length - lBad.size - lIn.length, excluded: lBad.size });

        // Calibrations: each counted row in exactly one line, sums per line equal a recount.
        const cBad = bad(c.marked);
        const cIn = cals.filter((x) => !cBad.has(x.row) && inP(x.date, p));
        expect(sorted(s.calibrations.rows.flatMap((line) => rowsOf(line.quantity)))).toEqual(cIn.map((x) => x.row));
        for (const line of s.calibrations.rows) {
          const mine = cIn.filter(
            (x) =>
              x.activity === line.activity && spellingKey(x.instrument!) === spellingKey(line.instrument) && spellingKey(x.unit!) === spellingKey(line.unit),
          );
          expect(rowsOf(line.quantity)).toEqual(mine.map((x) => x.row));
          expect(line.quantity.value).toBe(mine.reduce((a, x) => a + x.quantity!, 0));
          expect(line.passed).toBe(mine.filter((x) => x.result === "Đạt").reduce((a, x) => a + x.quantity!, 0));
          expect(line.passed + line.failed).toBe(line.quantity.value);
        }
        expect(s.calibrations.rows.map((r) => ACTIVITIES.indexOf(r.activity))).toEqual(sorted(s.calibrations.rows.map((r) => ACTIVITIES.indexOf(r.activity))));
        expect(s.rows.calibrations).toEqual({
          total: cals.length,
          counted: cIn.length,
          outsidePeriod: cals.length - cBad.size - cIn.length,
          excluded: cBad.size,
        });

        for (const a of Object.values(s.rows)) expect(a.counted + a.outsidePeriod + a.excluded).toBe(a.total);
      }),
      { numRuns: 300 },
    );
  });
});
