// "Nothing is lost", end to end: rows typed the way clerks type them go through the real reader,
// checks and summary; every non-blank row is counted, outside the period, or named by an error.
import fc from "fast-check";
import { analyseWorkbook } from "../../../src/core/analyse";
import { gridSource, parseRange, type ArrayCell } from "../../../src/core/grid";
import { ACTIVITIES_SHEET, INFO_SHEET, LOTS_SHEET } from "../../../src/core/schema";

type Fate = "counted" | "outside" | "error";

interface GenRow {
  readonly cells: ArrayCell[];
  readonly blank: boolean;
  /** What the rules of the contract say about this row, worked out here independently of the product. */
  readonly invalid: boolean;
  readonly inPeriod: boolean;
  readonly regNo: string;
}

const date = fc.oneof(
  fc
    .record({ d: fc.integer({ min: 1, max: 28 }), m: fc.integer({ min: 1, max: 6 }) })
    .map(({ d, m }) => ({ cell: `${d}/${m}/2021` as ArrayCell, ok: true, inPeriod: true })),
  fc
    .record({ d: fc.integer({ min: 1, max: 28 }), m: fc.integer({ min: 7, max: 12 }) })
    .map(({ d, m }) => ({ cell: `${String(d).padStart(2, "0")}-${String(m).padStart(2, "0")}-2021` as ArrayCell, ok: true, inPeriod: false })),
  fc.constant({ cell: { t: "d", v: 44197 } as ArrayCell, ok: true, inPeriod: true }), // 01/01/2021 as a date cell
  fc.constant({ cell: "31/02/2021" as ArrayCell, ok: false, inPeriod: false }),
  fc.constant({ cell: "quý I" as ArrayCell, ok: false, inPeriod: false }),
  fc.constant({ cell: { t: "e", v: "#N/A" } as ArrayCell, ok: false, inPeriod: false }),
  fc.constant({ cell: "" as ArrayCell, ok: false, inPeriod: false }),
);
const group = fc.oneof(
  fc.constantFrom("Đồ chơi trẻ em", "do choi tre em", "Thép", "THÉP", "Đồ điện, điện tử", "Khác").map((cell) => ({ cell, ok: true })),
  fc.constantFrom("Thép hộp", "Quần áo", "").map((cell) => ({ cell, ok: false })),
);
const result = fc.oneof(
  fc.constantFrom("Đạt", "dat", "Không đạt", "Đang xử lý").map((cell) => ({ cell, ok: true })),
  fc.constantFrom("Đạt yêu cầu", "").map((cell) => ({ cell, ok: false })),
);
const quantity = fc.oneof(
  fc.integer({ min: 1, max: 5000 }).map((n) => ({ cell: n as ArrayCell, ok: true })),
  fc.constant({ cell: "3.339" as ArrayCell, ok: true }),
  fc.constant({ cell: "" as ArrayCell, ok: true }), // optional column
  fc.constantFrom<ArrayCell>(0, -5, "nhiều", { t: "e", v: "#REF!" }).map((cell) => ({ cell, ok: false })),
);
// Control characters alone are empty once cleaned: a missing importer.
const importer = fc.oneof(
  fc.constant({ cell: "Công ty TNHH An Phát", ok: true }),
  fc.constant({ cell: "", ok: false }),
  fc.constant({ cell: "\u0001\u0007", ok: false }),
);

const rowSpec = fc.record({ blank: fc.integer({ min: 0, max: 4 }).map((n) => n === 0), date, group, result, quantity, importer, dupOfPrevious: fc.boolean() });

type RowSpec = typeof rowSpec extends fc.Arbitrary<infer T> ? T : never;

function buildRows(specs: ReadonlyArray<RowSpec>): GenRow[] {
  const seen = new Set<string>();
  const rows: GenRow[] = [];
  specs.forEach((s, i) => {
    if (s.blank) {
      rows.push({ cells: [], blank: true, invalid: false, inPeriod: false, regNo: "" });
      return;
    }
    const regNo = s.dupOfPrevious && i > 0 ? `2021/${String(i - 1).padStart(4, "0")}-LS` : `2021/${String(i).padStart(4, "0")}-LS`;
    const duplicate = seen.has(regNo);
    seen.add(regNo);
    const cells: ArrayCell[] = [regNo, s.date.cell, s.importer.cell, s.group.cell, "Hàng mẫu", s.quantity.cell, "chiếc", "Hữu Nghị", s.result.cell];
    const invalid = duplicate || !s.date.ok || !s.group.ok || !s.result.ok || !s.quantity.ok || !s.importer.ok;
    rows.push({ cells, blank: false, invalid, inPeriod: s.date.inPeriod, regNo });
  });
  return rows;
}

function expandRows(ranges: ReadonlyArray<string>): number[] {
  const out: number[] = [];
  for (const r of ranges) {
    const p = parseRange(r);
    if (p) for (let row = p.r1; row <= p.r2; row++) out.push(row);
  }
  return out;
}

const ACTIVITY_KINDS_HEADER = ["Loại hoạt động", "Mục", "Câu", "Đơn vị"];

const settings = [
  INFO_SHEET.columns.map((c) => c.vi),
  ["Cơ quan chủ quản", "UBND TỈNH LẠNG SƠN"],
  ["Cơ quan ban hành", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
  ["Ký hiệu cơ quan", "SKHCN"],
  ["Địa danh", "Lạng Sơn"],
  ["Từ ngày", "01/01/2021"],
  ["Đến ngày", "30/06/2021"],
  ["Kính gửi", "Sở Kế hoạch và Đầu tư"],
  ["Chức vụ người ký", "GIÁM ĐỐC"],
  ["Người ký", "Nguyễn Thị Hà"],
];

describe("nothing is lost, from typed cells to the summary", () => {
  test("every non-blank lot row is counted, outside the period, or named by an error — exactly one", async () => {
    await fc.assert(
      // Found by its name, or on "Sheet1" through an Excel table that may end before the last rows typed.
      fc.asyncProperty(fc.array(rowSpec, { minLength: 1, maxLength: 60 }), fc.option(fc.nat({ max: 60 })), async (specs, tableRows) => {
        const rows = buildRows(specs);
        const header = LOTS_SHEET.columns.map((c) => c.vi);
        const sheet =
          tableRows === null
            ? { name: "Lô hàng", rows: [["DANH SÁCH LÔ HÀNG"], header, ...rows.map((r) => r.cells)] }
            : { name: "Sheet1", tables: [{ name: "LoHang", ref: `A2:I${2 + tableRows}` }], rows: [["DANH SÁCH LÔ HÀNG"], header, ...rows.map((r) => r.cells)] };
        const source = gridSource(false, [{ name: "Thông tin", rows: settings }, sheet], { async: true });
        const analysis = await analyseWorkbook(source);
        const summary = analysis.summary!;
        const counted = new Set(summary.lots.total.sources.flatMap((s) => expandRows(s.ranges)));
        const errorRows = new Set(analysis.issues.filter((i) => i.severity === "error" && i.sheet === sheet.name && i.row !== undefined).map((i) => i.row!));

        const fates: Fate[] = [];
        rows.forEach((r, i) => {
          if (r.blank) return;
          const sheetRow = i + 3; // title on row 1, header on row 2
          const fate: Fate = counted.has(sheetRow) ? "counted" : errorRows.has(sheetRow) ? "error" : "outside";
          const expected: Fate = r.invalid ? "error" : r.inPeriod ? "counted" : "outside";
          expect({ row: sheetRow, fate }).toEqual({ row: sheetRow, fate: expected });
          expect(counted.has(sheetRow) && errorRows.has(sheetRow)).toBe(false);
          fates.push(fate);
        });
        const account = summary.rows.lots!;
        expect(account.total).toBe(rows.filter((r) => !r.blank).length);
        expect(account.counted).toBe(fates.filter((f) => f === "counted").length);
        expect(account.excluded).toBe(fates.filter((f) => f === "error").length);
        expect(account.outsidePeriod).toBe(fates.filter((f) => f === "outside").length);
        expect(summary.lots.total.value).toBe(counted.size);
      }),
      { numRuns: 150 },
    );
  });

  test("every non-blank activity row is counted, outside the period, or named by an error — exactly one", async () => {
    const kind = fc.oneof(
      fc.constantFrom("Kiểm tra", "kiem tra", "THANH TRA", "Cân đối chứng", "Khảo sát chất lương", "Lập biên bản").map((cell) => ({ cell, ok: true })),
      fc.constantFrom("Kiểm tra đột xuất", "").map((cell) => ({ cell, ok: false })),
    );
    const count = (min: number) =>
      fc.oneof(
        fc.integer({ min: Math.max(min, 1), max: 900 }).map((n) => ({ cell: n as ArrayCell, ok: true, n })),
        fc.constant({ cell: "" as ArrayCell, ok: true, n: undefined }),
        fc.constantFrom<ArrayCell>(-1, "2,5", "nhiều", ...(min > 0 ? [0] : [])).map((cell) => ({ cell, ok: false, n: undefined })),
      );
    const outcome = fc.oneof(
      fc.record({ result: fc.constantFrom("Đạt", "Không đạt", "Không vi phạm", ""), amount: fc.constant("") }).map((o) => ({ ...o, ok: true })),
      fc.record({ result: fc.constant("Vi phạm"), amount: fc.constantFrom("", "2.550.000", 0) }).map((o) => ({ ...o, ok: true })),
      fc.record({ result: fc.constantFrom("Không vi phạm", ""), amount: fc.constant(500_000) }).map((o) => ({ ...o, ok: false })),
      fc.record({ result: fc.constant("Vi pham nang"), amount: fc.constant("") }).map((o) => ({ ...o, ok: false })),
    );
    const subject = fc.oneof(
      fc.constantFrom("Cửa hàng A", "cửa hàng a ", "Chợ Kỳ Lừa").map((cell) => ({ cell, ok: true })),
      fc.constant({ cell: "", ok: false }),
    );
    const activityRow = fc.record({
      blank: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
      date,
      kind,
      subject,
      quantity: count(1),
      participants: count(0),
      outcome,
      batch: fc.constantFrom("", "Đợt 1", "đợt 1"),
    });
    const catalogue = [ACTIVITY_KINDS_HEADER, ["Lập biên bản", "II.6.2", "Lập {số lượng} biên bản{danh sách}.", "biên bản"]];

    await fc.assert(
      fc.asyncProperty(fc.array(activityRow, { minLength: 1, maxLength: 50 }), async (specs) => {
        const rows = specs.map((s) => {
          if (s.blank) return { cells: [] as ArrayCell[], blank: true, invalid: false, inPeriod: false, quantity: 0 };
          const cells: ArrayCell[] = [
            s.date.cell,
            s.kind.cell,
            s.subject.cell,
            s.quantity.cell,
            s.participants.cell,
            s.batch,
            s.outcome.result,
            s.outcome.amount,
            "",
          ];
          // A row whose every cell came out empty is a blank row, which the contract skips.
          if (cells.every((c) => c === "")) return { cells, blank: true, invalid: false, inPeriod: false, quantity: 0 };
          const invalid = !s.date.ok || !s.kind.ok || !s.subject.ok || !s.quantity.ok || !s.participants.ok || !s.outcome.ok;
          return { cells, blank: false, invalid, inPeriod: s.date.inPeriod, quantity: s.quantity.n ?? 1 };
        });
        const source = gridSource(
          false,
          [
            { name: "Thông tin", rows: settings },
            { name: "Danh mục hoạt động", rows: catalogue },
            { name: "Activities", rows: [ACTIVITIES_SHEET.columns.map((c) => c.en), ...rows.map((r) => r.cells)] },
          ],
          { async: true },
        );
        const analysis = await analyseWorkbook(source);
        const kinds = analysis.summary!.activities.kinds;
        const counted = new Set(kinds.flatMap((k) => expandRows(k.rows.sources.flatMap((s) => s.ranges))));
        const errorRows = new Set(analysis.issues.filter((i) => i.severity === "error" && i.sheet === "Activities" && i.row !== undefined).map((i) => i.row!));
        let expectedQuantity = 0;
        rows.forEach((r, i) => {
          if (r.blank) return;
          const sheetRow = i + 2;
          const fate: Fate = counted.has(sheetRow) ? "counted" : errorRows.has(sheetRow) ? "error" : "outside";
          const expected: Fate = r.invalid ? "error" : r.inPeriod ? "counted" : "outside";
          expect({ row: sheetRow, fate }).toEqual({ row: sheetRow, fate: expected });
          expect(counted.has(sheetRow) && errorRows.has(sheetRow)).toBe(false);
          if (expected === "counted") expectedQuantity += r.quantity;
        });
        const account = analysis.summary!.rows.activities!;
        expect(account.total).toBe(rows.filter((r) => !r.blank).length);
        expect(account.counted).toBe(counted.size);
        expect(account.counted + account.outsidePeriod + account.excluded).toBe(account.total);
        expect(kinds.reduce((a, k) => a + k.quantity.value, 0)).toBe(expectedQuantity);
        for (const k of kinds) {
          expect(k.passed.value + k.failed.value).toBe(k.quantity.value);
          expect(k.batchList.reduce((a, b) => a + b.rows.value, 0)).toBe(k.rows.value);
        }
      }),
      { numRuns: 150 },
    );
  });
});
