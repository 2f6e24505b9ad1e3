import { issue, IssueCode, Severity, sortIssues, type Issue } from "../../../src/core/issues";
import { countsBySheet, groupIssues, issueLine, issueTarget } from "../../../src/taskpane/check";

const ORDER = ["Thông tin", "Nhiệm vụ", "Lô hàng"];
const ISSUES: Issue[] = sortIssues(
  [
    issue(IssueCode.NumberInvalid, Severity.Error, { sheet: "Lô hàng", cell: "F13", row: 13 }, { column: "Số lượng", value: "abc" }),
    issue(IssueCode.DateWithoutStatus, Severity.Warning, { sheet: "Nhiệm vụ", cell: "K4", row: 4 }, { column: "Ngày nghiệm thu", status: "Đang thực hiện" }),
    issue(IssueCode.ValueMissing, Severity.Error, { sheet: "Lô hàng", cell: "B5", row: 5 }, { column: "Ngày đăng ký" }),
    issue(IssueCode.SheetUnknown, Severity.Info, { sheet: "Ghi chép" }),
    issue(IssueCode.SheetMissing, Severity.Error, {}, { sheet: "Tài chính" }),
    issue(IssueCode.ControlCharsRemoved, Severity.Info, { sheet: "Lô hàng", cell: "E2", row: 2 }, { column: "Tên hàng", count: 1 }),
    issue(IssueCode.ValueMissing, Severity.Error, { sheet: "Nhiệm vụ", cell: "B9", row: 9 }, { column: "Tên nhiệm vụ" }),
  ],
  ORDER,
);

describe("groupIssues", () => {
  it("groups by sheet in workbook order (workbook-wide first, unknown sheets last), then errors, warnings, notes", () => {
    const groups = groupIssues(ISSUES, ORDER);
    expect(groups.map((g) => [g.sheet, g.groups.map((s) => [s.severity, s.issues.map((i) => i.cell ?? "-")])])).toEqual([
      [undefined, [["error", ["-"]]]],
      ["Nhiệm vụ", [["error", ["B9"]], ["warning", ["K4"]]]],
      ["Lô hàng", [["error", ["B5", "F13"]], ["info", ["E2"]]]],
      ["Ghi chép", [["info", ["-"]]]],
    ]);
  });

  it("keeps only the severity asked for, dropping sheets left empty", () => {
    const warnings = groupIssues(ISSUES, ORDER, "warning");
    expect(warnings).toEqual([{ sheet: "Nhiệm vụ", groups: [{ severity: "warning", issues: [ISSUES.find((i) => i.cell === "K4")] }] }]);
    expect(groupIssues([], ORDER)).toEqual([]);
  });

  it("counts per sheet and severity, adding up to the whole list", () => {
    const counts = countsBySheet(ISSUES, ORDER);
    expect(counts).toEqual([
      { sheet: undefined, counts: { error: 1, warning: 0, info: 0 } },
      { sheet: "Nhiệm vụ", counts: { error: 1, warning: 1, info: 0 } },
      { sheet: "Lô hàng", counts: { error: 2, warning: 0, info: 1 } },
      { sheet: "Ghi chép", counts: { error: 0, warning: 0, info: 1 } },
    ]);
    expect(counts.reduce((n, c) => n + c.counts.error + c.counts.warning + c.counts.info, 0)).toBe(ISSUES.length);
  });
});

describe("an issue's line and target", () => {
  const f13 = ISSUES.find((i) => i.cell === "F13")!;

  it("starts with the location as Excel writes it, then the severity and the catalogue's message", () => {
    const vi = issueLine(f13, "vi");
    expect(vi.location).toBe("'Lô hàng'!F13");
    expect(vi.detail).toMatch(/^Lỗi: .*Số lượng/);
    expect(`${vi.location} ${vi.detail}`.startsWith("'Lô hàng'!F13 ")).toBe(true);
    expect(issueLine(f13, "en").detail).toMatch(/^Error: /);
  });

  it("selects the issue's cell, a sheet's first cell for a whole-sheet issue, nothing for a workbook-wide one", () => {
    expect(issueTarget(f13)).toEqual({ sheet: "Lô hàng", address: "F13" });
    expect(issueTarget(ISSUES.find((i) => i.code === IssueCode.SheetUnknown)!)).toEqual({ sheet: "Ghi chép", address: "A1" });
    expect(issueTarget(ISSUES.find((i) => i.code === IssueCode.SheetMissing)!)).toBeUndefined();
  });
});
