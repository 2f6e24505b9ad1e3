import { firstNumberSlot, parseSentence, slotNamed } from "../../../src/core/activities";

describe("a kind's sentence, parsed", () => {
  it("knows every slot of the contract by its Vietnamese and English names, case and diacritics aside", () => {
    const pairs = [
      ["số lượng", "quantity"],
      ["số dòng", "rows"],
      ["số đợt", "batches"],
      ["số đối tượng", "subjects"],
      ["số người", "participants"],
      ["không đạt", "failed"],
      ["tỷ lệ không đạt", "failedPercent"],
      ["số tiền", "amount"],
      ["danh sách", "list"],
      ["đợt", "batch"],
    ] as const;
    for (const [vi, en] of pairs) {
      expect([vi, slotNamed(vi)]).toEqual([vi, en]);
      expect([en, slotNamed(en)]).toEqual([en, en]);
    }
    expect(slotNamed("Số Lượng")).toBe("quantity");
    expect(slotNamed("so luong")).toBe("quantity");
    expect(slotNamed("số mẫu")).toBeUndefined();
  });

  it("splits text, slots, a footnote and an optional part with its alternative", () => {
    const t = parseSentence("Lấy {số lượng} mẫu{danh sách}[^Đúng {đạt}.][; {không đạt} hỏng|; không hỏng].");
    expect(t.unknown).toEqual([]);
    expect(t.perBatch).toBe(false);
    expect(t.parts).toEqual([
      { t: "text", text: "Lấy " },
      { t: "slot", slot: "quantity" },
      { t: "text", text: " mẫu" },
      { t: "slot", slot: "list" },
      {
        t: "note",
        parts: [
          { t: "text", text: "Đúng " },
          { t: "slot", slot: "passed" },
          { t: "text", text: "." },
        ],
      },
      {
        t: "optional",
        parts: [
          { t: "text", text: "; " },
          { t: "slot", slot: "failed" },
          { t: "text", text: " hỏng" },
        ],
        otherwise: [{ t: "text", text: "; không hỏng" }],
      },
      { t: "text", text: "." },
    ]);
  });

  it("collects unknown slots as typed, and marks a sentence with {đợt} as written per batch", () => {
    const t = parseSentence("Tổ chức {đợt}: {số cơ sở} cơ sở, {Quantity} mẫu, {tiền phạt}.");
    expect(t.unknown).toEqual(["số cơ sở", "tiền phạt"]);
    expect(t.perBatch).toBe(true);
    expect(parseSentence("{batch}").perBatch).toBe(true);
  });

  it("leaves an unclosed brace or a stray bracket as text", () => {
    expect(parseSentence("a {b c").parts).toEqual([{ t: "text", text: "a {b c" }]);
    expect(
      parseSentence("a ] b | c")
        .parts.map((p) => (p.t === "text" ? p.text : "?"))
        .join(""),
    ).toBe("a ] b | c");
  });

  it("decides an optional part by its first number slot", () => {
    const t = parseSentence("[{danh sách} {số tiền} đồng, {không đạt}]");
    const optional = t.parts[0]!;
    expect(optional.t === "optional" && firstNumberSlot(optional.parts)).toBe("amount");
  });
});
