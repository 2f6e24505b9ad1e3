// `generate --empty-sections placeholder|omit`: what a blank template's empty sections become in the .docx.
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { runCliCaptured, tempDir } from "../support/cli-run";

const tmp = tempDir("lbc-cli-empty-");
afterAll(() => tmp.remove());

async function generated(name: string, extra: ReadonlyArray<string>): Promise<{ code: number; comments: boolean; document: string }> {
  const run = await runCliCaptured(["generate", tmp.path("mau.xlsx"), "-o", tmp.path(name), ...extra]);
  if (run.code !== 0) return { code: run.code, comments: false, document: "" };
  const zip = await JSZip.loadAsync(readFileSync(tmp.path(name)));
  return { code: run.code, comments: zip.file("word/comments.xml") !== null, document: (await zip.file("word/document.xml")?.async("string")) ?? "" };
}

beforeAll(async () => {
  expect((await runCliCaptured(["template", "-o", tmp.path("mau.xlsx")])).code).toBe(0);
});

test("by default each empty section holds the highlighted placeholder with its comment", async () => {
  const report = await generated("mac-dinh.docx", []);
  expect(report.code).toBe(0);
  expect(report.comments).toBe(true);
  expect(report.document).toContain("[Nội dung mục này chưa được nhập.]");
  expect(report.document).toContain("Công tác khác.");
});

test("--empty-sections omit leaves them out, headings and all", async () => {
  const report = await generated("bo-muc.docx", ["--empty-sections", "omit"]);
  expect(report.code).toBe(0);
  expect(report.comments).toBe(false);
  expect(report.document).not.toContain("chưa được nhập");
  expect(report.document).not.toContain("Công tác khác.");
  // Computed sections stay.
  expect(report.document).toContain("Kết quả thu – chi tài chính.");
});

test("another value is a usage error", async () => {
  const run = await runCliCaptured(["generate", tmp.path("mau.xlsx"), "--empty-sections", "hide"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("--empty-sections chỉ nhận placeholder hoặc omit");
});
