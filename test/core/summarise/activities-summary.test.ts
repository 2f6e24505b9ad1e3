import { summariseActivities, summaryToJson, summarise } from "../../../src/core/summarise";
import { activitySheet, kindsSheet } from "../activities/activity-fixtures";
import { H1_2021 } from "../fixtures/records";

describe("summariseActivities", () => {
  const sheet = activitySheet([
    { kind: "Kiểm tra", subject: "Shop A", batch: "Tết", result: "Không vi phạm", on: "2021-01-20" }, // row 2
    { kind: "kiem tra", subject: "Shop B", batch: " tết ", result: "Vi phạm", amount: 1_500_000, note: "quá hạn", on: "2021-01-21" }, // 3
    { kind: "Kiểm tra", subject: "shop a", batch: "Xăng", result: "Vi phạm", amount: 1_050_000, on: "2021-01-05" }, // 4: an earlier batch
    { kind: "Kiểm tra", subject: "Shop C", batch: "Tết", on: "2021-07-02" }, // 5: outside the period
    { kind: "Kiểm tra đột xuất", subject: "Shop D" }, // 6: a kind the catalogue lacks
    { kind: "Cân đối chứng", subject: "Điểm 1", quantity: 300, result: "Đạt" }, // 7
    { kind: "Cân đối chứng", subject: "Điểm 1", quantity: 3, result: "Không đạt" }, // 8
    { kind: "Cân đối chứng", subject: "Điểm 2", quantity: 99, result: "Đạt" }, // 9: named by an error
    { kind: "Hội nghị, hội thảo", subject: "Hội nghị", participants: 40 }, // 10
    { kind: "Hội nghị, hội thảo", subject: "Hội thảo", participants: 25, quantity: 2 }, // 11
  ]);
  const { summary, rows } = summariseActivities(sheet, new Set([9]), H1_2021);

  it("accounts for every row: counted, outside the period, or left out", () => {
    expect(rows).toEqual({ total: 10, counted: 7, outsidePeriod: 1, excluded: 2 });
  });

  it("sums each kind's slots, in catalogue order, each figure pointing at its cells", () => {
    expect(summary.kinds.map((k) => k.kind.name)).toEqual(["Hội nghị, hội thảo", "Cân đối chứng", "Kiểm tra"]);
    const [meetings, scales, checks] = summary.kinds;
    expect([meetings!.quantity.value, meetings!.rows.value, meetings!.batches.value, meetings!.participants.value]).toEqual([3, 2, 2, 65]);
    expect(meetings!.participants.sources).toEqual([{ sheet: "Hoạt động", ranges: ["E10:E11"] }]);
    expect([scales!.quantity.value, scales!.failed.value, scales!.passed.value, scales!.subjects.value]).toEqual([303, 3, 300, 1]);
    expect(scales!.failedPercent).toBeCloseTo(0.990099, 5);
    expect(scales!.failed.sources).toEqual([{ sheet: "Hoạt động", ranges: ["G8"] }]);
    expect(scales!.passed.sources).toEqual([{ sheet: "Hoạt động", ranges: ["D7"] }]);
    expect([checks!.rows.value, checks!.subjects.value, checks!.batches.value, checks!.failed.value, checks!.amount.value]).toEqual([3, 2, 2, 2, 2_550_000]);
    expect(checks!.amount.sources).toEqual([{ sheet: "Hoạt động", ranges: ["H3:H4"] }]);
    // A blank quantity counts 1; the figure then points at the quantity column all the same.
    expect(checks!.quantity).toEqual({ value: 3, sources: [{ sheet: "Hoạt động", ranges: ["D2:D4"] }] });
  });

  it("lists each subject once, as first spelled, with what failed: its notes, else its results", () => {
    expect(summary.kinds[2]!.list).toEqual([
      { name: "Shop A", quantity: 2, notes: [], results: ["Vi phạm"], failed: true },
      { name: "Shop B", quantity: 1, notes: ["quá hạn"], results: [], failed: true },
    ]);
  });

  it("keeps batches in date order, rows of one batch together however typed", () => {
    const batches = summary.kinds[2]!.batchList;
    expect(batches.map((b) => [b.name, b.rows.value, b.amount.value, b.batches.value])).toEqual([
      ["Xăng", 1, 1_050_000, 1],
      ["Tết", 2, 1_500_000, 1],
    ]);
    // A row without a batch is its own, named by its subject.
    expect(summary.kinds[0]!.batchList.map((b) => b.name)).toEqual(["Hội nghị", "Hội thảo"]);
  });

  it("follows the department's catalogue: its kinds are counted", () => {
    const own = activitySheet([{ kind: "Lập biên bản", subject: "CHXD" }]);
    const withKinds = summariseActivities(own, new Set(), H1_2021, kindsSheet([{ kind: "Lập biên bản", section: "II.6.2", sentence: "{số lượng}" }]));
    expect(withKinds.summary.kinds.map((k) => [k.kind.name, k.quantity.value])).toEqual([["Lập biên bản", 1]]);
    expect(summariseActivities(own, new Set(), H1_2021).rows.excluded).toBe(1);
  });

  it("appears in the summary JSON as the `activities` part", () => {
    const json = summaryToJson(summarise({ settings: { values: {}, cells: {} }, activities: sheet }, [], H1_2021));
    const scales = json.activities.kinds[1]!;
    expect(scales).toEqual({
      kind: "Cân đối chứng",
      section: "II.6.2",
      quantity: 402,
      rows: 3,
      batches: 3,
      subjects: 2,
      participants: 0,
      failed: 3,
      passed: 399,
      failedPercent: 0.75,
      amount: 0,
      list: [
        { subject: "Điểm 1", quantity: 303, failed: true, notes: [], results: ["Không đạt"] },
        { subject: "Điểm 2", quantity: 99, failed: false, notes: [], results: [] },
      ],
      batchList: expect.any(Array),
    });
    expect(scales.batchList[0]).toMatchObject({ name: "Điểm 1", date: "2021-03-01", quantity: 300 });
  });
});
