// Opens the rendered .docx in LibreOffice and reads the PDF it prints: the
// header block, a footnote, and page numbers only from page 2.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderDocx } from "../../../src/render/docx";
import { sampleReport } from "../../core/document/sample-report";
import { describeWithTools } from "../../support/libreoffice";

const describeIfTools = describeWithTools("LibreOffice check", ["soffice", "pdftotext"]);

describeIfTools("the .docx in LibreOffice", () => {
  let dir: string;
  let pages: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "lap-bao-cao-docx-"));
    const docx = join(dir, "report.docx");
    writeFileSync(docx, await renderDocx(sampleReport(), { clock: new Date(Date.UTC(2021, 5, 20)) }));
    // A profile of its own, so a LibreOffice already running elsewhere does not lock this one out.
    execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx], {
      stdio: "ignore",
      timeout: 120_000,
    });
    const pdf = join(dir, "report.pdf");
    if (!existsSync(pdf)) throw new Error("LibreOffice wrote no PDF");
    pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f");
  }, 150_000);

  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  const firstLine = (page: string | undefined): string => (page ?? "").split("\n").find((l) => l.trim() !== "")?.trim() ?? "";

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
});
