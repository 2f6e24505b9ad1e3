// A read-only target through the whole command line: one plain line, no
// "Unexpected error". Tests run as root, where a chmod 555 folder still takes
// writes, so the refusal is made where the disk would make it: fs.writeFile
// rejects with the system's code for the one path under test.
import { mkdirSync, readdirSync } from "node:fs";
import type * as FsPromises from "node:fs/promises";
import { runCliCaptured, tempDir } from "../support/cli-run";
import { REFERENCE_SAMPLE } from "../support/reference-report";

const refuse: { path?: string; code?: string } = {};

jest.mock("node:fs/promises", () => {
  const real = jest.requireActual<typeof FsPromises>("node:fs/promises");
  return {
    ...real,
    writeFile: (path: unknown, ...rest: unknown[]) =>
      typeof path === "string" && refuse.path && path.startsWith(refuse.path)
        ? Promise.reject(Object.assign(new Error(`${refuse.code}: simulated`), { code: refuse.code }))
        : (real.writeFile as (...a: unknown[]) => Promise<void>)(path, ...rest),
  };
});

const tmp = tempDir("lbc-cli-write-errors-");
afterAll(() => tmp.remove());

test.each([
  ["EACCES", "vi", "Không ghi được tệp “{p}”: không có quyền ghi vào thư mục hoặc tệp này."],
  ["EACCES", "en", "Cannot write “{p}”: no permission to write in that folder or to that file."],
  ["EROFS", "vi", "Không ghi được tệp “{p}”: ổ đĩa chỉ cho đọc. Hãy chọn thư mục ở ổ đĩa khác."],
  ["EROFS", "en", "Cannot write “{p}”: the disk is read-only. Choose a folder on another disk."],
  ["ENOSPC", "vi", "Không ghi được tệp “{p}”: ổ đĩa đã đầy. Hãy giải phóng bớt dung lượng rồi thử lại."],
  ["ENOSPC", "en", "Cannot write “{p}”: the disk is full. Free some space and try again."],
])("%s (%s): one line for each command, and nothing left in the folder", async (code, lang, line) => {
  const dir = tmp.path(`${code}-${lang}`);
  mkdirSync(dir);
  Object.assign(refuse, { path: dir, code });
  const runs = [
    ["generate", REFERENCE_SAMPLE, "-o", `${dir}/r.docx`],
    ["generate", REFERENCE_SAMPLE, "-o", tmp.path("elsewhere.docx"), "--issues", `${dir}/i.json`],
    ["validate", REFERENCE_SAMPLE, "--summary", `${dir}/s.json`],
    ["template", "-o", `${dir}/mau.xlsx`],
  ];
  for (const argv of runs) {
    const run = await runCliCaptured([...argv, "--lang", lang]);
    const path = argv[argv.length - 1]!;
    expect([run.code, run.out.filter((l) => l !== ""), run.err]).toEqual([2, [], [line.replace("{p}", path)]]);
  }
  expect(readdirSync(dir)).toEqual([]);
});
