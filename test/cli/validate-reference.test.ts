// `validate` on the reference sample: no errors, the JSON issue shape, and a
// --summary file holding the figures of /work/shared/reference/README.md.
import { readFileSync } from "node:fs";
import { FINANCE_LINES } from "../../examples/sample-data";
import { IssueCode, Severity } from "../../src/core/issues";
import { runCliCaptured, tempDir } from "../support/cli-run";
import { MISTAKES_SAMPLE, REFERENCE_SAMPLE } from "../support/reference-report";

const tmp = tempDir("lbc-cli-validate-");
afterAll(() => tmp.remove());

const CODES = new Set<string>(Object.values(IssueCode));
const SEVERITIES = new Set<string>(Object.values(Severity));

interface SummaryFile {
  period: { from: string; to: string; name: string };
  tasks: { managed: number; accepted: number; certificates: number; byField: Record<string, number> };
  lots: { total: number; byGroup: Record<string, number> };
  calibrations: { rows: Array<{ activity: string; instrument: string; unit: string; quantity: number; passed: number; failed: number }> };
  finance: {
    revenue: { plan: number; actual: number };
    expenditure: { plan: number; actual: number };
    lines: Array<{ code: string; kind: string; plan: number; actual: number }>;
  };
}

describe("validate on the reference sample", () => {
  let summary: SummaryFile;
  let text: Awaited<ReturnType<typeof runCliCaptured>>;

  beforeAll(async () => {
    text = await runCliCaptured(["validate", REFERENCE_SAMPLE, "--summary", tmp.path("summary.json")]);
    summary = JSON.parse(readFileSync(tmp.path("summary.json"), "utf8")) as SummaryFile;
  });

  test("exits 0 with no error line", () => {
    expect(text.code).toBe(0);
    expect(text.err.filter((l) => l !== "")).toEqual([]);
    expect(text.out.filter((l) => /LỖI|CẢNH BÁO/.test(l))).toEqual([]);
    expect(text.stdout).toContain("0 lỗi, 0 cảnh báo, 0 thông tin");
    expect(text.stdout).toContain("Không có lỗi: có thể lập báo cáo.");
  });

  test("--json prints an empty array", async () => {
    const run = await runCliCaptured(["validate", REFERENCE_SAMPLE, "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  test("the summary holds the tasks figures: 29 managed (20/4/1/4), 03 accepted, 09 certificates", () => {
    expect(summary.period).toEqual({ from: "2021-01-01", to: "2021-06-30", name: "6 tháng đầu năm 2021" });
    expect(summary.tasks.managed).toBe(29);
    expect(summary.tasks.byField).toMatchObject({
      "Nông nghiệp và phát triển nông thôn": 20,
      "Xã hội - nhân văn": 4,
      "Y dược": 1,
      "Kỹ thuật - công nghệ": 4,
    });
    expect(Object.values(summary.tasks.byField).reduce((a, b) => a + b, 0)).toBe(29);
    expect(summary.tasks.accepted).toBe(3);
    expect(summary.tasks.certificates).toBe(9);
  });

  test("the summary holds the lots: 840 = 301 + 493 + 46", () => {
    expect(summary.lots.total).toBe(840);
    expect(summary.lots.byGroup).toMatchObject({ "Đồ chơi trẻ em": 301, "Đồ điện, điện tử": 493, Thép: 46 });
    expect(Object.values(summary.lots.byGroup).reduce((a, b) => a + b, 0)).toBe(840);
  });

  test("the summary holds every line of note 12, passes and fails together", () => {
    // [activity, instrument, quantity, unit, failed]: examples/README.md, Kiểm định table.
    const note12: ReadonlyArray<readonly [string, string, number, string, number]> = [
      ["Kiểm định", "Cột đo xăng dầu", 132, "cột", 2],
      ["Kiểm định", "Cân các loại", 205, "cái", 4],
      ["Kiểm định", "Taximet", 6, "cái", 0],
      ["Kiểm định", "Huyết áp kế", 338, "cái", 3],
      ["Kiểm định", "Áp kế", 10, "cái", 0],
      ["Kiểm định", "Công tơ điện", 946, "cái", 7],
      ["Kiểm định", "Quả cân", 6, "quả", 0],
      ["Kiểm định", "Máy điện tim, điện não", 4, "máy", 0],
      ["Kiểm định", "Đồng hồ nước", 59, "cái", 3],
      ["Kiểm định", "Ca đồng", 24, "cái", 0],
      ["Đo kiểm", "Điện trở tiếp địa", 54, "điểm đo", 0],
      ["Đo kiểm", "Bức xạ", 16, "phòng X-quang", 0],
      ["Kiểm định", "Máy X-quang", 10, "máy", 1],
      ["Hiệu chuẩn", "Cân", 11, "cái", 0],
      ["Hiệu chuẩn", "Quả cân", 106, "quả", 0],
    ];
    const key = (a: string, i: string, u: string) => `${a} · ${i} · ${u}`;
    const got = new Map(summary.calibrations.rows.map((r) => [key(r.activity, r.instrument, r.unit), [r.quantity, r.passed, r.failed]]));
    const want = new Map(note12.map(([a, i, q, u, f]) => [key(a, i, u), [q, q - f, f]]));
    expect(got).toEqual(want);
  });

  test("the finance totals are present and equal the sum of the top-level lines", () => {
    const top = summary.finance.lines.filter((l) => !l.code.includes("."));
    expect(top.map((l) => l.code)).toEqual(["1", "2", "3", "4"]);
    const sum = (kind: string, field: "plan" | "actual") => top.filter((l) => l.kind === kind).reduce((a, l) => a + l[field], 0);
    expect(summary.finance.revenue).toEqual({ plan: sum("Thu", "plan"), actual: sum("Thu", "actual") });
    expect(summary.finance.expenditure).toEqual({ plan: sum("Chi", "plan"), actual: sum("Chi", "actual") });
    // And both equal the typed leaves of the sample, so a wrong parent formula could not hide.
    const leaves = (kind: string, at: 3 | 4) => FINANCE_LINES.filter((l) => l[2] === kind).reduce((a, l) => a + (l[at] ?? 0), 0);
    expect(summary.finance.revenue).toEqual({ plan: leaves("Thu", 3), actual: leaves("Thu", 4) });
    expect(summary.finance.expenditure).toEqual({ plan: leaves("Chi", 3), actual: leaves("Chi", 4) });
    expect(summary.finance.revenue.plan).toBeGreaterThan(0);
  });
});

describe("validate --json", () => {
  test("prints an array of {severity, code, sheet, cell, message} and nothing else", async () => {
    const run = await runCliCaptured(["validate", MISTAKES_SAMPLE, "--json"]);
    expect(run.code).toBe(1);
    const issues = JSON.parse(run.stdout) as unknown[];
    expect(Array.isArray(issues)).toBe(true);
    expect(issues.length).toBeGreaterThan(0);
    for (const item of issues) {
      const i = item as Record<string, unknown>;
      expect(Object.keys(i)).toEqual(["severity", "code", "sheet", "cell", "message"]);
      expect(SEVERITIES.has(i.severity as string)).toBe(true);
      expect(CODES.has(i.code as string)).toBe(true);
      expect(i.sheet === null || (typeof i.sheet === "string" && i.sheet !== "")).toBe(true);
      expect(i.cell === null || (typeof i.cell === "string" && /^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(i.cell))).toBe(true);
      expect(typeof i.message === "string" && i.message.length > 0).toBe(true);
    }
  });
});
