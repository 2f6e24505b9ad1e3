// Opens the rendered .docx in LibreOffice and reads the PDF it prints: the
// header block, a footnote, and page numbers only from page 2.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bold, cell, figure, table } from "../../../src/core/document";
import type { Appendix } from "../../../src/core/document";
import { renderDocx } from "../../../src/render/docx";
import { sampleReport } from "../../core/document/sample-report";
import { describeWithTools } from "../../support/libreoffice";

const describeIfTools = describeWithTools("LibreOffice check", ["soffice", "pdftotext", "pdfinfo"]);

const AMOUNTS = ["26.995.000.000", "9.722.400.000", "26.305.000.000", "2.014.000.000"] as const;

/** A finance table of seven columns, as wide as the real one, on a landscape page. */
const WIDE: Appendix = {
  title: "Biểu chi tiết thu – chi tài chính",
  orientation: "landscape",
  blocks: [
    table({
      columns: [1, 5, 2.2, 2.2, 2.2, 1.5, 2].map((width, i) => ({ align: i === 1 || i === 6 ? "left" : i === 0 ? "center" : "right", width })),
      header: [["Mã", "Nội dung", "Dự toán năm", "Thực hiện kỳ báo cáo", "Ước cả năm", "% so với dự toán", "Ghi chú"].map((h) => cell(bold(h)))],
      body: [
        ["1.1.1", "+ Phí thẩm định cấp giấy phép tiến hành công việc bức xạ", ...AMOUNTS.slice(0, 3).map((a) => [figure(a, [])]), "44,31%", "Số liệu mẫu"],
      ],
      total: ["", bold("Tổng chi"), ...AMOUNTS.slice(1).map((a) => [figure(a, [], { bold: true })]), "36,02%", ""],
    }),
  ],
};

describeIfTools("the .docx in LibreOffice", () => {
  let dir: string;
  let pages: string[];
  let sizes: ReadonlyArray<readonly [number, number]>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "lap-bao-cao-docx-"));
    const docx = join(dir, "report.docx");
    const doc = sampleReport();
    writeFileSync(docx, await renderDocx(sampleReport({ appendices: [...doc.appendices, WIDE] }), { clock: new Date(Date.UTC(2021, 5, 20)) }));
    // A profile of its own, so a LibreOffice already running elsewhere does not lock this one out.
    execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx], {
      stdio: "ignore",
      timeout: 120_000,
    });
    const pdf = join(dir, "report.pdf");
    if (!existsSync(pdf)) throw new Error("LibreOffice wrote no PDF");
    pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f");
    if (pages.length > 1 && pages[pages.length - 1]?.trim() === "") pages.pop();
    sizes = execFileSync("pdfinfo", ["-f", "1", "-l", String(pages.length), pdf], { encoding: "utf8" })
      .split("\n")
      .flatMap((line) => {
        const m = /^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/.exec(line);
        return m === null ? [] : [[Number(m[1]), Number(m[2])] as const];
      });
  }, 150_000);

  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  const firstLine = (page: string | undefined): string =>
    (page ?? "")
      .split("\n")
      .find((l) => l.trim() !== "")
      ?.trim() ?? "";

  test("page 1 opens with the header block and shows no page number", () => {
    const first = pages[0] ?? "";
    expect(firstLine(first)).toMatch(/^UBND TỈNH LẠNG SƠN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
    expect(first).toMatch(/SỞ KHOA HỌC VÀ CÔNG NGHỆ\s+Độc lập - Tự do - Hạnh phúc/);
    expect(first).toMatch(/Số:\s+\/BC-SKHCN/);
    expect(first).toMatch(/Lạng Sơn, ngày\s+tháng\s+năm 2021/);
    expect(first).toContain("BÁO CÁO");
  });

  test("page 2 shows its number at the top", () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(firstLine(pages[1])).toBe("2");
  });

  test("the footnotes are printed", () => {
    const all = pages.join("\n");
    expect(all).toContain("Đồ chơi trẻ em: 301 lô; Đồ điện các loại: 493 lô; Thép: 46 lô.");
    expect(all).toContain("Mã cân đúng là 3.328, mã cân sai là 71.");
  });

  test("the wide appendix prints on an A4 landscape page, a Phụ lục of its own whose first page shows no number", () => {
    const at = pages.findIndex((p) => p.includes("BIỂU CHI TIẾT THU – CHI TÀI CHÍNH"));
    expect(at).toBe(pages.length - 1);
    const [width, height] = sizes[at] ?? [0, 0];
    expect(Math.round(width)).toBe(842);
    expect(Math.round(height)).toBe(595);
    const [portraitWidth] = sizes[0] ?? [0, 0];
    expect(Math.round(portraitWidth)).toBe(595);
    expect(firstLine(pages[at])).toBe("Phụ lục II");
  });

  test("each amount of the wide table prints whole, and “Mã” on one line", () => {
    const page = pages[pages.length - 1] ?? "";
    for (const amount of AMOUNTS) expect(page).toMatch(new RegExp(`(^|\\s)${amount.replace(/\./g, "\\.")}(\\s|$)`, "m"));
    expect(page).toMatch(/^\s*Mã\s/m);
    expect(page).toContain("44,31%");
    expect(page).toMatch(/(^|\s)1\.1\.1\s/m);
  });
});
