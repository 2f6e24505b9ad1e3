import { buildReport } from "../../../src/core/narrative";
import type { LotRecord } from "../../../src/core/model";
import type { GoodsGroup } from "../../../src/core/schema";
import { lot, sheetOf } from "../fixtures/records";
import { analysisOf, blocksText, figureRuns, sectionAt } from "./report-fixtures";

function lots(group: GoodsGroup, count: number, firstRow: number, fields: Partial<LotRecord> = {}): LotRecord[] {
  return Array.from({ length: count }, (_, i) => lot(firstRow + i, { group, ...fields }));
}

// The reference: 840 lots, 301 toys, 493 electrical goods, 46 steel.
const REFERENCE = [...lots("Đồ chơi trẻ em", 301, 2), ...lots("Đồ điện, điện tử", 493, 303), ...lots("Thép", 46, 796)];

describe("II.6.1 import lots", () => {
  it("writes the reference's sentence with the groups in a note, groups without lots left out", () => {
    const { document } = buildReport(analysisOf({ lots: sheetOf("lots", REFERENCE) }), { lang: "vi" });
    const s = sectionAt(document, ["II.", "6.", "6.1."]);
    expect(blocksText(s.blocks)).toEqual([
      "Công tác kiểm tra chất lượng hàng hóa nhập khẩu: xử lý hồ sơ và cấp đăng ký kiểm tra chất lượng hàng hóa của tổ chức nhập khẩu: 840 lô" +
        "[^Đồ chơi trẻ em: 301 lô; Đồ điện, điện tử: 493 lô; Thép: 46 lô.] thuộc trách nhiệm quản lý của Bộ Khoa học và Công nghệ.",
    ]);
    const figures = figureRuns(s.blocks);
    expect(figures.map((f) => f.text)).toEqual(["840", "301", "493", "46"]);
    expect(figures[0]!.sources).toEqual([{ sheet: "Lô hàng", ranges: ["B2:B841"] }]);
    expect(figures[3]!.sources).toEqual([{ sheet: "Lô hàng", ranges: ["D796:D841"] }]);
  });

  it("adds the lots that failed or are still pending", () => {
    const data = [...lots("Thép", 5, 2), ...lots("Thép", 2, 7, { result: "Không đạt" }), ...lots("Mũ bảo hiểm", 1, 9, { result: "Đang xử lý" })];
    const { document } = buildReport(analysisOf({ lots: sheetOf("lots", data) }), { lang: "vi" });
    expect(blocksText(sectionAt(document, ["II.", "6.", "6.1."]).blocks)).toEqual([
      "Công tác kiểm tra chất lượng hàng hóa nhập khẩu: xử lý hồ sơ và cấp đăng ký kiểm tra chất lượng hàng hóa của tổ chức nhập khẩu: 08 lô" +
        "[^Thép: 07 lô; Mũ bảo hiểm: 01 lô.] thuộc trách nhiệm quản lý của Bộ Khoa học và Công nghệ. Trong đó có 02 lô không đạt yêu cầu; 01 lô đang xử lý.",
    ]);
  });

  it("says so when no lot was registered in the period", () => {
    const { document } = buildReport(analysisOf(), { lang: "vi" });
    expect(blocksText(sectionAt(document, ["II.", "6.", "6.1."]).blocks)).toEqual([
      "Công tác kiểm tra chất lượng hàng hóa nhập khẩu: trong kỳ không có hồ sơ đăng ký kiểm tra chất lượng hàng hóa nhập khẩu.",
    ]);
  });
});
