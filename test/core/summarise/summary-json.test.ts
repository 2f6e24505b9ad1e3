import { summarise, summaryToJson, type SummaryJson } from "../../../src/core/summarise";
import { H1_2021, calibration, d, financeLine, lot, sheetOf, task, workbook } from "../fixtures/records";

describe("summaryToJson", () => {
  it("gives the documented shape: contract names, ISO dates, plain numbers, nulls when absent", () => {
    const data = workbook({
      tasks: sheetOf("tasks", [
        task(2, { status: "Đã nghiệm thu", acceptedOn: d("2021-05-04"), certifiedOn: d("2021-06-01") }),
        task(3, { level: "Quốc gia", field: "Khoa học tự nhiên" }),
      ]),
      lots: sheetOf("lots", [lot(2, { group: "Đồ điện, điện tử", result: "Không đạt" }), lot(3)]),
      calibrations: sheetOf("calibrations", [calibration(2, { quantity: 3 }), calibration(3, { quantity: 2, result: "Không đạt" })]),
      finance: sheetOf("finance", [
        financeLine(2, "1", "Thu", 3, 2, { estimate: 3, item: "Thu phí" }),
        financeLine(3, "2", "Chi", 0, 1, { item: "Chi thường xuyên" }),
      ]),
    });
    const json: SummaryJson = summaryToJson(summarise(data, [], H1_2021));
    expect(json).toEqual({
      period: { from: "2021-01-01", to: "2021-06-30", name: "6 tháng đầu năm 2021" },
      tasks: {
        managed: 2,
        accepted: 1,
        certificates: 1,
        byField: {
          "Nông nghiệp và phát triển nông thôn": 0,
          "Xã hội - nhân văn": 0,
          "Y dược": 1,
          "Kỹ thuật - công nghệ": 0,
          "Khoa học tự nhiên": 1,
        },
        byLevel: { "Quốc gia": 1, Tỉnh: 1, "Cơ sở": 0 },
      },
      lots: {
        total: 2,
        byGroup: { "Đồ chơi trẻ em": 0, "Đồ điện, điện tử": 1, Thép: 1, "Mũ bảo hiểm": 0, Khác: 0 },
        byResult: { Đạt: 1, "Không đạt": 1, "Đang xử lý": 0 },
      },
      calibrations: {
        rows: [{ activity: "Kiểm định", instrument: "Cân", unit: "cái", quantity: 5, passed: 3, failed: 2 }],
      },
      finance: {
        revenue: { plan: 3, actual: 2 },
        expenditure: { plan: 0, actual: 1 },
        lines: [
          { code: "1", item: "Thu phí", kind: "Thu", plan: 3, actual: 2, estimate: 3, percentOfPlan: 66.67 },
          { code: "2", item: "Chi thường xuyên", kind: "Chi", plan: 0, actual: 1, estimate: null, percentOfPlan: null },
        ],
      },
      activities: { kinds: [] },
    });
    expect(Object.keys(json.tasks.byField)[0]).toBe("Nông nghiệp và phát triển nông thôn");
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
