import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildSamples } from "../../examples/build-samples";
import {
  FINANCE_TITLE,
  MISSING_COLUMN_FILE,
  MISTAKES_FILE,
  PLANNED_OUTCOMES,
  REFERENCE_BASIS,
  REFERENCE_DISTRIBUTION,
  REFERENCE_FILE,
  allSamples,
  headerRowOf,
  outcomesTable,
  type SampleValue,
} from "../../examples/sample-data";
import { epochDayToSerial } from "../../src/core/grid";
import { IssueCode } from "../../src/core/issues/issue";
import { CALIBRATIONS_SHEET, INFO_KEYS, SHEETS, TASK_FIELDS } from "../../src/core/schema";
import { asDate, plain, readTable, within } from "./sheet-table";

const FROM = new Date(Date.UTC(2021, 0, 1));
const TO = new Date(Date.UTC(2021, 5, 30));

let dir = "";
const books = new Map<string, ExcelJS.Workbook>();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "lap-bao-cao-samples-"));
  for (const file of await buildSamples(dir)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    books.set(path.basename(file), wb);
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function sheet(file: string, name: string): ExcelJS.Worksheet {
  const ws = books.get(file)?.getWorksheet(name);
  if (ws === undefined) throw new Error(`${file}: no sheet ${name}`);
  return ws;
}

const table = (name: string, firstHeader: string) => readTable(sheet(REFERENCE_FILE, name), firstHeader);

/** A cell read back equals what the data said to write. */
function sameValue(read: ExcelJS.CellValue, planned: SampleValue): boolean {
  if (planned === null) return read === null || read === undefined;
  if (planned instanceof Date) return read instanceof Date && read.getTime() === planned.getTime();
  if (typeof planned !== "object") return read === planned;
  return JSON.stringify(read) === JSON.stringify(planned);
}

describe("every sample workbook", () => {
  it("reads back cell for cell as its data describes it, with a bold, frozen header", () => {
    for (const sample of allSamples()) {
      const wb = books.get(sample.fileName);
      expect(wb?.worksheets.map((w) => w.name)).toEqual(sample.sheets.map((s) => s.name));
      for (const s of sample.sheets) {
        const ws = sheet(sample.fileName, s.name);
        const h = headerRowOf(s);
        expect(s.headers.map((_, c) => ws.getCell(h, c + 1).value)).toEqual(s.headers);
        expect(s.headers.every((_, c) => ws.getCell(h, c + 1).font?.bold === true)).toBe(true);
        expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: h });
        const mismatches: string[] = [];
        s.rows.forEach((values, r) =>
          values.forEach((v, c) => {
            const cell = ws.getCell(h + 1 + r, c + 1);
            if (!sameValue(cell.value, v)) mismatches.push(`${s.name}!${cell.address}`);
          }),
        );
        expect(mismatches).toEqual([]);
      }
    }
  });

  it("is generated the same way every time, down to the bytes of the file", async () => {
    expect(allSamples()).toEqual(allSamples());
    const again = fs.mkdtempSync(path.join(os.tmpdir(), "lap-bao-cao-samples-"));
    try {
      for (const file of await buildSamples(again)) {
        expect([path.basename(file), fs.readFileSync(file).equals(fs.readFileSync(path.join(dir, path.basename(file))))]).toEqual([path.basename(file), true]);
      }
    } finally {
      fs.rmSync(again, { recursive: true, force: true });
    }
  });
});

describe("the reference sample", () => {
  it("has every sheet of the contract with its headers exactly", () => {
    const wb = books.get(REFERENCE_FILE);
    expect(wb?.worksheets.map((w) => w.name)).toEqual(SHEETS.map((s) => s.vi));
    for (const spec of SHEETS) {
      const t = table(spec.vi, spec.columns[0]?.vi ?? "");
      expect(t.headers).toEqual(spec.columns.map((c) => c.vi));
    }
  });

  it("holds the report's settings, the period as real date cells at UTC midnight", async () => {
    const ws = sheet(REFERENCE_FILE, "Thông tin");
    const rows = readTable(ws, "Mục").rows;
    expect(rows.map((r) => r.get("Mục"))).toEqual(INFO_KEYS.map((k) => k.vi));
    const value = (key: string) => rows.find((r) => r.get("Mục") === key)?.get("Giá trị") ?? null;
    expect(value("Từ ngày")).toEqual(FROM);
    expect(value("Đến ngày")).toEqual(TO);
    expect(value("Số văn bản")).toBeNull();
    expect(value("Ngày ban hành")).toBeNull();
    expect(value("Căn cứ")).toBe(REFERENCE_BASIS);
    expect(String(value("Nơi nhận")).split("\n")).toEqual([...REFERENCE_DISTRIBUTION]);

    // The serial in the file is the whole day number Excel expects (01/01/2021 = 44197).
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, REFERENCE_FILE)));
    const xml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    const serialOf = (d: Date) => epochDayToSerial(d.getTime() / 86_400_000);
    const fromCell = rows.find((r) => r.get("Mục") === "Từ ngày")?.row;
    expect(serialOf(FROM)).toBe(44197);
    expect(xml).toMatch(new RegExp(`<c r="B${fromCell}" s="\\d+"><v>${serialOf(FROM)}</v></c>`));
    const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
    expect(styles).toContain('formatCode="dd/mm/yyyy"');
  });

  it("gives 29 tasks managed, 3 accepted and 9 certificates under the contract's rules", () => {
    const rows = table("Nhiệm vụ", "Mã nhiệm vụ").rows;
    const date = (r: (typeof rows)[number], h: string) => asDate(r.get(h));
    const managed = rows.filter((r) => {
      const start = date(r, "Ngày bắt đầu");
      const accepted = date(r, "Ngày nghiệm thu");
      const end = date(r, "Ngày kết thúc");
      if (start === undefined || start > TO) return false;
      if (accepted !== undefined && accepted < FROM) return false;
      return !(r.get("Trạng thái") === "Dừng" && end !== undefined && end < FROM);
    });
    const byField = Object.fromEntries(TASK_FIELDS.map((f) => [f, managed.filter((r) => r.get("Lĩnh vực") === f).length]));
    expect(byField).toEqual({
      "Nông nghiệp và phát triển nông thôn": 20,
      "Xã hội - nhân văn": 4,
      "Y dược": 1,
      "Kỹ thuật - công nghệ": 4,
      "Khoa học tự nhiên": 0,
    });
    expect(rows.filter((r) => within(date(r, "Ngày nghiệm thu"), FROM, TO))).toHaveLength(3);
    const certified = rows.filter((r) => within(date(r, "Ngày cấp GCN"), FROM, TO));
    expect(new Set(certified.map((r) => r.get("Tên nhiệm vụ"))).size).toBe(9);
    expect(certified).toHaveLength(9);

    // The rules matter: rows that a careless filter would count.
    const acceptedBefore = rows.filter((r) => (date(r, "Ngày nghiệm thu") ?? TO) < FROM);
    expect(acceptedBefore.filter((r) => within(date(r, "Ngày cấp GCN"), FROM, TO)).length).toBeGreaterThan(0);
    expect(rows.some((r) => r.get("Trạng thái") === "Đề xuất" && (date(r, "Ngày bắt đầu") ?? FROM) > TO)).toBe(true);
    expect(rows.some((r) => r.get("Trạng thái") === "Dừng" && (date(r, "Ngày kết thúc") ?? TO) < FROM)).toBe(true);
    expect(new Set(rows.map((r) => r.get("Mã nhiệm vụ"))).size).toBe(rows.length);
    expect(new Set(managed.map((r) => r.get("Cấp quản lý")))).toEqual(new Set(["Quốc gia", "Tỉnh", "Cơ sở"]));
  });

  it("gives 840 lots in the period: toys 301, electrical 493, steel 46", () => {
    const rows = table("Lô hàng", "Số đăng ký").rows;
    const inPeriod = rows.filter((r) => within(asDate(r.get("Ngày đăng ký")), FROM, TO));
    const count = (g: string) => inPeriod.filter((r) => r.get("Nhóm hàng") === g).length;
    expect([count("Đồ chơi trẻ em"), count("Đồ điện, điện tử"), count("Thép")]).toEqual([301, 493, 46]);
    expect(inPeriod).toHaveLength(840);
    expect(rows.some((r) => (asDate(r.get("Ngày đăng ký")) ?? FROM) < FROM)).toBe(true);
    expect(rows.some((r) => (asDate(r.get("Ngày đăng ký")) ?? TO) > TO)).toBe(true);
    expect(new Set(rows.map((r) => r.get("Số đăng ký"))).size).toBe(rows.length);
    const pending = inPeriod.filter((r) => r.get("Kết quả") === "Đang xử lý").length;
    expect(pending).toBeGreaterThan(0);
    expect(pending).toBeLessThan(inPeriod.length / 10);
  });

  it("sums calibrations to the reference's note 12, in its order", () => {
    const expected: ReadonlyArray<readonly [string, string, string, number]> = [
      ["Kiểm định", "Cột đo xăng dầu", "cột", 132],
      ["Kiểm định", "Cân các loại", "cái", 205],
      ["Kiểm định", "Taximet", "cái", 6],
      ["Kiểm định", "Huyết áp kế", "cái", 338],
      ["Kiểm định", "Áp kế", "cái", 10],
      ["Kiểm định", "Công tơ điện", "cái", 946],
      ["Kiểm định", "Quả cân", "quả", 6],
      ["Kiểm định", "Máy điện tim, điện não", "máy", 4],
      ["Kiểm định", "Đồng hồ nước", "cái", 59],
      ["Kiểm định", "Ca đồng", "cái", 24],
      ["Đo kiểm", "Điện trở tiếp địa", "điểm đo", 54],
      ["Đo kiểm", "Bức xạ", "phòng X-quang", 16],
      ["Kiểm định", "Máy X-quang", "máy", 10],
      ["Hiệu chuẩn", "Cân", "cái", 11],
      ["Hiệu chuẩn", "Quả cân", "quả", 106],
    ];
    const rows = table("Kiểm định", CALIBRATIONS_SHEET.columns[0]?.vi ?? "").rows;
    const sums = new Map<string, number>();
    for (const r of rows.filter((x) => within(asDate(x.get("Ngày")), FROM, TO))) {
      const key = [r.get("Hình thức"), r.get("Phương tiện đo"), r.get("Đơn vị tính")].join("|");
      sums.set(key, (sums.get(key) ?? 0) + Number(r.get("Số lượng")));
    }
    expect([...sums.entries()]).toEqual(expected.map(([a, i, u, q]) => [`${a}|${i}|${u}`, q]));
    expect(rows.every((r) => Number.isInteger(r.get("Số lượng")) && Number(r.get("Số lượng")) > 0)).toBe(true);
    expect(rows.some((r) => r.get("Kết quả") === "Không đạt")).toBe(true);
    expect(rows.filter((r) => !within(asDate(r.get("Ngày")), FROM, TO)).length).toBeGreaterThan(0);
  });

  it("has finance parents equal to the sum of their children in every number column", () => {
    const ws = sheet(REFERENCE_FILE, "Tài chính");
    expect(ws.getCell("A1").value).toBe(FINANCE_TITLE);
    const rows = readTable(ws, "Mã").rows;
    const code = (r: (typeof rows)[number]) => String(r.get("Mã"));
    const columns = ["Dự toán năm (đồng)", "Thực hiện kỳ báo cáo (đồng)", "Ước cả năm (đồng)"];
    let parents = 0;
    for (const parent of rows) {
      const children = rows.filter(
        (r) =>
          code(r).startsWith(`${code(parent)}.`) &&
          !code(r)
            .slice(code(parent).length + 1)
            .includes("."),
      );
      if (children.length === 0) continue;
      parents++;
      for (const col of columns) {
        expect([code(parent), col, parent.get(col)]).toEqual([code(parent), col, children.reduce((s, c) => s + Number(c.get(col)), 0)]);
      }
      expect(children.every((c) => c.get("Loại") === parent.get("Loại"))).toBe(true);
    }
    expect(parents).toBeGreaterThanOrEqual(5);
    expect(new Set(rows.map((r) => r.get("Ghi chú")))).toEqual(new Set(["Số liệu mẫu"]));
    expect(new Set(rows.map((r) => r.get("Loại")))).toEqual(new Set(["Thu", "Chi"]));
  });

  it("keeps the narrative by section, corrected, with notes inline", () => {
    const outline = [
      "I",
      ...Array.from({ length: 11 }, (_, i) => `II.${i + 1}`),
      "II.6.1",
      "II.6.2",
      ...Array.from({ length: 9 }, (_, i) => `III.${i + 1}`),
      "III.3.1",
      "III.3.2",
      "III.3.3",
    ];
    const rows = table("Nội dung", "Mục").rows.map((r) => [String(r.get("Mục")), String(r.get("Nội dung"))] as const);
    expect(rows.filter(([s]) => !outline.includes(s))).toEqual([]);
    const text = (s: string) =>
      rows
        .filter(([k]) => k === s)
        .map(([, t]) => t)
        .join("\n");
    const all = rows.map(([, t]) => t).join("\n");

    expect(all.normalize("NFC")).toBe(all);
    expect(all).not.toMatch(/[¹²³⁴⁵⁶⁷⁸⁹⁰]/);
    // Notes 2, 4, 9 and 11 stay free text; 1, 6, 7, 8 and 10 come with the register's sentences.
    expect(all.match(/\[\^/g)).toHaveLength(4);
    expect(all.match(/\[\^[^\]]+\]/g)).toHaveLength(4);
    expect(text("I")).toMatch(/^Trong 6 tháng đầu năm 2021,/);
    // Sentences the product computes are left out.
    const fromRegister = [
      "hồ sơ của 30",
      "Thẩm định cấp 09 Giấy phép",
      "04 chứng chỉ nhân viên bức xạ",
      "Tổ chức 01 lớp đào tạo",
      "chấm đánh giá 01 hồ sơ",
      "Tổ chức 03 Hội nghị",
      "02 cuộc khảo sát",
      "02 hồ sơ công bố hợp chuẩn",
      "dán lại tem niêm phong",
      "Lập biên bản xác định hiện trạng",
      "Theo dõi, quản lý hoạt động 30 điểm",
      "3.339",
      "09 cơ sở Y tế",
      "được 13 cơ sở",
      "2.550.000",
      "kiểm tra được 12 cơ sở",
    ];
    for (const computed of [
      "Quản lý và theo dõi 29",
      "Tổ chức nghiệm thu 03",
      "840 lô",
      "Cấp 09 Giấy chứng nhận",
      "Kiểm định cột đo xăng dầu",
      "Tổ chức kiểm định, hiệu chuẩn các phương tiện đo",
      ...fromRegister,
    ]) {
      expect(all).not.toContain(computed);
    }
    expect(text("II.2")).toContain("Trình UBND tỉnh đặt hàng 04 nhiệm vụ");
    expect(text("II.6.2")).toContain("Kiểm tra tình hình hoạt động của Cân đối chứng tại các Chợ[^");
    expect(text("II.11")).toBe("");
    expect(new Set(rows.map(([s]) => s)).size).toBe(outline.length - 3); // no text for II.6, II.11, III.3
  });
});

describe("the mistakes samples", () => {
  it("hold each planted value in the cell the README names", () => {
    const wrong: string[] = [];
    for (const o of PLANNED_OUTCOMES) {
      const wb = books.get(o.file);
      const ws = wb?.getWorksheet(o.sheet);
      if (o.code === IssueCode.SheetMissing) {
        expect([o.file, o.sheet, ws]).toEqual([o.file, o.sheet, undefined]);
        continue;
      }
      expect([o.file, o.sheet, ws !== undefined]).toEqual([o.file, o.sheet, true]);
      if (o.cell === undefined || o.holds === undefined || ws === undefined) continue;
      if (!sameValue(ws.getCell(o.cell).value, o.holds)) wrong.push(`${o.file} ${o.sheet}!${o.cell}`);
    }
    expect(wrong).toEqual([]);
  });

  it("are listed in examples/README.md exactly as planned", () => {
    const readme = fs.readFileSync(path.join(__dirname, "../../examples/README.md"), "utf8");
    expect(readme).toContain(outcomesTable(MISTAKES_FILE));
    expect(readme).toContain(outcomesTable(MISSING_COLUMN_FILE));
    const planted = PLANNED_OUTCOMES.filter((o) => o.file === MISTAKES_FILE);
    const count = (severity?: string) => planted.filter((o) => o.severity === severity).length;
    expect(readme.replace(/\s+/g, " ")).toContain(
      `has ${count("error")} errors, ${count("warning")} warnings, ${count("info")} infos and ${count(undefined)} accepted habits planted`,
    );
  });

  it("put the finance mismatch at exactly 1.000.000 đồng and keep the others in balance", () => {
    const rows = readTable(sheet(MISTAKES_FILE, "Tài chính"), "Mã").rows;
    const n = (v: unknown) => (typeof v === "string" ? Number(v.replace(/\./g, "")) : Number(v));
    const line = (code: string) => rows.find((r) => String(r.get("Mã")) === code);
    const col = "Thực hiện kỳ báo cáo\n(đồng)";
    expect(n(line("1")?.get(col)) - n(line("1.1")?.get(col)) - n(line("1.2")?.get(col))).toBe(1_000_000);
    expect(n(line("2")?.get(col)) - n(line("2.1")?.get(col)) - n(line("2.2")?.get(col))).toBe(0);
    const plan = "Dự toán năm\n(đồng)";
    expect(n(line("1")?.get(plan))).toBe(n(line("1.1")?.get(plan)) + n(line("1.2")?.get(plan)));
  });

  it("leave only Đơn vị tính out of the third workbook's Kiểm định", () => {
    const t = readTable(sheet(MISSING_COLUMN_FILE, "Kiểm định"), "Ngày");
    expect(CALIBRATIONS_SHEET.columns.map((c) => c.vi).filter((h) => !t.headers.includes(h))).toEqual(["Đơn vị tính"]);
    expect(t.rows.length).toBeGreaterThan(0);
    expect(plain(sheet(MISTAKES_FILE, "Thông tin").getCell("B8").value)).toBe("01/01/2022");
  });
});
