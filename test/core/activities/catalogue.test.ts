import { activityCatalogue, BUILT_IN_KINDS, kindOf } from "../../../src/core/activities";
import { BUILT_IN_ACTIVITY_KINDS } from "../../../src/core/schema";
import { kindsSheet } from "./activity-fixtures";

describe("the activity catalogue", () => {
  it("holds the contract's twelve kinds with their sections, each with a sentence in both languages and no unknown slot", () => {
    const c = activityCatalogue();
    expect(c.kinds.map((k) => [k.name, k.section])).toEqual([
      ["Thẩm định công nghệ", "II.3"],
      ["Cấp giấy phép X-quang", "II.3"],
      ["Cấp chứng chỉ nhân viên bức xạ", "II.3"],
      ["Đào tạo an toàn bức xạ", "II.3"],
      ["Xét công nhận sáng kiến", "II.4"],
      ["Hội nghị, hội thảo", "II.4"],
      ["Khảo sát chất lượng", "II.6.1"],
      ["Công bố hợp chuẩn", "II.6.1"],
      ["Niêm phong cột đo xăng dầu", "II.6.2"],
      ["Cân đối chứng", "II.6.2"],
      ["Thanh tra", "II.7"],
      ["Kiểm tra", "II.7"],
    ]);
    for (const k of c.kinds) {
      expect([k.name, k.sentence?.vi.unknown, k.sentence?.en.unknown, k.builtIn]).toEqual([k.name, [], [], true]);
      expect(k.sentence!.vi.perBatch).toBe(k.sentence!.en.perBatch);
    }
    // The names are the contract's list, the one the template's drop-down offers.
    expect(BUILT_IN_KINDS.map((k) => k.name)).toEqual([...BUILT_IN_ACTIVITY_KINDS]);
  });

  it("matches a typed kind like a category: case, diacritics and tone placement aside", () => {
    const c = activityCatalogue();
    expect(kindOf(c, "kiem tra")?.name).toBe("Kiểm tra");
    expect(kindOf(c, "  CÂN ĐỐI CHỨNG ")?.name).toBe("Cân đối chứng");
    expect(kindOf(c, "Khảo sát chất lương")?.name).toBe("Khảo sát chất lượng");
    expect(kindOf(c, "Kiểm tra đột xuất")).toBeUndefined();
    expect(c.matcher.nearest("Kiểm tra đột xuất")).toBe("Kiểm tra");
  });

  it("lets a department's row add a kind and override a built-in one's section, sentence or unit", () => {
    const c = activityCatalogue(
      kindsSheet([
        { kind: "Lập biên bản hiện trạng", section: "II.6.2", sentence: "Lập biên bản {số đối tượng} cửa hàng{danh sách}.", unit: "cửa hàng" },
        { kind: "cap chung chi nhan vien buc xa", sentence: "Cấp mới {số lượng} chứng chỉ." },
        { kind: "Thanh tra", section: "II.8" },
      ]),
    );
    expect(c.kinds).toHaveLength(13);
    const added = c.kinds[12]!;
    expect([added.name, added.section, added.builtIn, added.unit.vi, added.row?.sentenceCell]).toEqual([
      "Lập biên bản hiện trạng",
      "II.6.2",
      false,
      "cửa hàng",
      "C2",
    ]);
    const certificates = kindOf(c, "Cấp chứng chỉ nhân viên bức xạ")!;
    // Overridden in the department's own words, for both languages; the section stays.
    expect([certificates.section, certificates.sentence?.vi.parts[1], certificates.sentence?.en]).toEqual([
      "II.3",
      { t: "slot", slot: "quantity" },
      certificates.sentence?.vi,
    ]);
    const inspection = kindOf(c, "Thanh tra")!;
    expect([inspection.section, inspection.sentence?.vi.perBatch, inspection.row?.sectionCell]).toEqual(["II.8", true, "B4"]);
    expect(kindOf(c, "lap bien ban hien trang")?.name).toBe("Lập biên bản hiện trạng");
  });

  it("keeps the built-in words when the department's sentence holds an unknown slot or its row is in error", () => {
    const sheet = kindsSheet([
      { kind: "Kiểm tra", sentence: "Kiểm tra {số cơ sở} cơ sở." },
      { kind: "Thanh tra", section: "II.9", sentence: "Thanh tra {số lượng}." },
      { kind: "Hoạt động mới", section: "II.9", sentence: "Làm {số lượng}." },
    ]);
    const c = activityCatalogue(sheet, new Set([3, 4]));
    expect(kindOf(c, "Kiểm tra")!.sentence?.vi.parts.some((p) => p.t === "text" && p.text.includes("Chủ trì"))).toBe(true);
    expect(kindOf(c, "Thanh tra")!.section).toBe("II.7");
    // A new kind in error still names its kind (its rows are not reported twice) but says nothing.
    const added = kindOf(c, "Hoạt động mới")!;
    expect([added.section, added.sentence]).toEqual([undefined, undefined]);
  });
});
