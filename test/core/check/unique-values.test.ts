import { checkWorkbook, uniqueKey } from "../../../src/core/check";
import { financeLine, lot, sheetOf, task, workbook } from "../fixtures/records";
import { paramsOf } from "../../support/issue-params";

describe("unique columns", () => {
  it("reports a repeated registration number on the later cell, naming the first", () => {
    const lots = sheetOf("lots", [lot(5, { registrationNo: "DK-01" }), lot(6), lot(7, { registrationNo: " dk-01 " })]);
    expect(checkWorkbook(workbook({ lots }))).toEqual([
      {
        code: "duplicate-value",
        severity: "error",
        sheet: "Lô hàng",
        cell: "A7",
        row: 7,
        params: { column: "Số đăng ký", value: " dk-01 ", otherCell: "A5" },
      },
    ]);
  });

  it("reports every later repeat against the first, for task codes and finance codes", () => {
    const tasks = sheetOf("tasks", [task(2, { code: "ĐT-01" }), task(3, { code: "đt-01" }), task(4, { code: "ĐT-01" })]);
    const finance = sheetOf("finance", [financeLine(2, "1", "Thu", 5, 5), financeLine(3, "1", "Thu", 5, 5)]);
    const found = checkWorkbook(workbook({ tasks, finance }));
    expect(found.map((i) => [i.sheet, i.cell, paramsOf(i).otherCell, paramsOf(i).column])).toEqual([
      ["Nhiệm vụ", "A3", "A2", "Mã nhiệm vụ"],
      ["Nhiệm vụ", "A4", "A2", "Mã nhiệm vụ"],
      ["Tài chính", "A3", "A2", "Mã"],
    ]);
  });

  it("compares NFC forms: a decomposed spelling repeats its composed twin", () => {
    const composed = "LS-Đồ-01";
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    expect(uniqueKey(decomposed)).toBe(uniqueKey(composed));
    const lots = sheetOf("lots", [lot(2, { registrationNo: composed }), lot(3, { registrationNo: decomposed })]);
    expect(checkWorkbook(workbook({ lots })).map((i) => i.cell)).toEqual(["A3"]);
  });

  it("keys every value as trimming, NFC and lower case would, whichever way it takes", () => {
    const reference = (v: string) => v.trim().normalize("NFC").toLowerCase();
    const samples = [
      "LH-2021-000123",
      "lh-1",
      "ĐT.2021.0155",
      "Đồ chơi",
      " DK-01 ",
      "DK-01\u00a0",
      "\u00a0DK",
      "A\u0301",
      "Ǆ",
      "İ",
      "ẞ",
      "\ufeffX",
      "X\u2028",
      "Ω",
      "x\u0323\u0302",
    ];
    for (let c = 0; c < 0x2100; c++) samples.push(`a${String.fromCharCode(c)}b`, `${String.fromCharCode(c)}Z`, `Q${String.fromCharCode(c)}`);
    for (let c = 0x1e00; c < 0x1f00; c++) samples.push(`A${String.fromCharCode(c)}\u0301`);
    for (const v of samples) expect([v, uniqueKey(v)]).toEqual([v, reference(v)]);
  });

  it("accepts distinct values and ignores missing ones", () => {
    const lots = sheetOf("lots", [
      lot(2, { registrationNo: "DK-1" }),
      lot(3, { registrationNo: "DK-2" }),
      lot(4, { registrationNo: undefined }),
      lot(5, { registrationNo: undefined }),
    ]);
    expect(checkWorkbook(workbook({ lots }))).toEqual([]);
  });

  it("does not treat other columns as unique", () => {
    const lots = sheetOf("lots", [lot(2, { importer: "A" }), lot(3, { importer: "A" })]);
    expect(checkWorkbook(workbook({ lots }))).toEqual([]);
  });
});
