import { checkWorkbook } from "../../../src/core/check";
import type { Issue } from "../../../src/core/issues";
import type { WorkbookData } from "../../../src/core/model";
import { activitySheet, kindsSheet } from "../activities/activity-fixtures";
import { paramsOf } from "../../support/issue-params";

const settings: WorkbookData["settings"] = { values: {}, cells: {} };
const brief = (issues: ReadonlyArray<Issue>) => issues.map((i) => [i.code, i.severity, i.sheet, i.cell, i.params]);

describe("rules of Hoạt động", () => {
  it("names a kind the catalogue does not know, with the nearest kind and the allowed list", () => {
    const issues = checkWorkbook({
      settings,
      activities: activitySheet([
        { kind: "Kiểm tra đột xuất", subject: "Shop" },
        { kind: "kiem tra", subject: "Shop" },
        { kind: "Khảo sát chất lượg", subject: "Giò" },
      ]),
    });
    expect(issues.map((i) => [i.code, i.cell, paramsOf(i).value, paramsOf(i).nearest])).toEqual([
      ["category-unknown", "B2", "Kiểm tra đột xuất", "Kiểm tra"],
      ["category-unknown", "B4", "Khảo sát chất lượg", "Khảo sát chất lượng"],
    ]);
    expect(paramsOf(issues[0]!).column).toBe("Loại hoạt động");
    expect(String(paramsOf(issues[0]!).allowed).split(" · ")).toHaveLength(12);
  });

  it("allows the kinds the department's catalogue adds", () => {
    const issues = checkWorkbook({
      settings,
      activities: activitySheet([
        { kind: "Lập biên bản", subject: "CHXD" },
        { kind: "Lap bien ban", subject: "CHXD" },
      ]),
      activityKinds: kindsSheet([{ kind: "Lập biên bản", section: "II.6.2", sentence: "Lập {số lượng} biên bản." }]),
    });
    expect(issues).toEqual([]);
  });

  it("takes an amount only with Vi phạm", () => {
    const issues = checkWorkbook({
      settings,
      activities: activitySheet([
        { kind: "Kiểm tra", subject: "A", result: "Vi phạm", amount: 500_000 },
        { kind: "Kiểm tra", subject: "B", result: "Không vi phạm", amount: 500_000 },
        { kind: "Kiểm tra", subject: "C", amount: 0 },
        { kind: "Kiểm tra", subject: "D", result: "Vi phạm" },
      ]),
    });
    expect(brief(issues)).toEqual([
      ["activity-amount-without-violation", "error", "Hoạt động", "H3", { column: "Số tiền (đồng)", result: "Không vi phạm" }],
      ["activity-amount-without-violation", "error", "Hoạt động", "H4", { column: "Số tiền (đồng)", result: "" }],
    ]);
  });
});

describe("rules of Danh mục hoạt động", () => {
  it("names each unknown slot of a sentence by its cell", () => {
    const issues = checkWorkbook({
      settings,
      activityKinds: kindsSheet([
        { kind: "Kiểm tra", sentence: "Kiểm tra {số lượng} cơ sở, phạt {tiền phạt} đồng{danh sach}." },
        { kind: "Thanh tra", sentence: "Thanh tra {số cơ sở} cơ sở và {số người} người." },
      ]),
    });
    expect(issues.map((i) => [i.code, i.severity, i.cell, paramsOf(i).value])).toEqual([
      ["activity-slot-unknown", "error", "C2", "tiền phạt"],
      ["activity-slot-unknown", "error", "C3", "số cơ sở"],
    ]);
    expect(paramsOf(issues[0]!).known).toContain("{số lượng} ({quantity})");
  });

  it("asks a new kind for both its section and its sentence; an override may give either", () => {
    const issues = checkWorkbook({
      settings,
      activityKinds: kindsSheet([{ kind: "Việc mới" }, { kind: "Việc khác", section: "II.8" }, { kind: "Thanh tra", section: "II.8" }]),
    });
    expect(issues.map((i) => [i.code, i.cell, paramsOf(i).kind, paramsOf(i).column])).toEqual([
      ["activity-kind-incomplete", "B2", "Việc mới", "Mục"],
      ["activity-kind-incomplete", "C2", "Việc mới", "Câu"],
      ["activity-kind-incomplete", "C3", "Việc khác", "Câu"],
    ]);
  });

  it("reports a kind typed twice on the later cell", () => {
    const issues = checkWorkbook({
      settings,
      activityKinds: kindsSheet([
        { kind: "Thanh tra", section: "II.7" },
        { kind: "thanh tra ", section: "II.8" },
      ]),
    });
    expect(issues.map((i) => [i.code, i.cell, paramsOf(i).otherCell])).toEqual([["duplicate-value", "A3", "A2"]]);
  });
});
