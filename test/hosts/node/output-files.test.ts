// Output files are written whole or not at all. The disk failures a test run
// as root cannot cause (EACCES on a read-only folder, EROFS, ENOSPC half-way)
// are made by the injected file-system calls; ENOTDIR and EISDIR are real.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdir, rename, unlink, writeFile } from "node:fs/promises";
import { writeOutputFile, type OutputFs } from "../../../src/hosts/node/output-files";
import { fileIdentity, findClash, sameFile } from "../../../src/hosts/node/output-paths";
import { tempDir } from "../../support/cli-run";

const tmp = tempDir("lbc-output-files-");
afterAll(() => tmp.remove());

const REAL: OutputFs = { mkdir, writeFile, rename, unlink };
const fail = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

describe("writeOutputFile", () => {
  test("writes the bytes and leaves no temporary file", async () => {
    mkdirSync(tmp.path("ok"));
    expect(await writeOutputFile(tmp.path("ok/r.json"), "{}\n")).toBeUndefined();
    expect(readdirSync(tmp.path("ok"))).toEqual(["r.json"]);
    expect(readFileSync(tmp.path("ok/r.json"), "utf8")).toBe("{}\n");
  });

  test("a disk that fills half-way leaves the earlier file whole and no temporary file", async () => {
    mkdirSync(tmp.path("full"));
    writeFileSync(tmp.path("full/r.docx"), "the earlier report");
    const halfThenFull: OutputFs = {
      ...REAL,
      writeFile: (async (path: string, data: string) => {
        await writeFile(path, data.slice(0, data.length / 2));
        throw fail("ENOSPC");
      }) as unknown as OutputFs["writeFile"],
    };
    const problem = await writeOutputFile(tmp.path("full/r.docx"), "x".repeat(1000), {}, halfThenFull);
    expect(problem).toEqual({ code: "output-disk-full", params: { path: tmp.path("full/r.docx"), detail: "ENOSPC" } });
    expect(readdirSync(tmp.path("full"))).toEqual(["r.docx"]);
    expect(readFileSync(tmp.path("full/r.docx"), "utf8")).toBe("the earlier report");
  });

  test.each([
    ["EACCES", "writeFile", "output-permission"],
    ["EPERM", "rename", "output-permission"],
    ["EROFS", "writeFile", "output-read-only"],
    ["EDQUOT", "rename", "output-disk-full"],
    ["EIO", "writeFile", "output-failed"],
  ] as const)("%s from %s is %s, with nothing left behind", async (code, call, expected) => {
    const dir = tmp.path(`sim-${code}`);
    mkdirSync(dir);
    const fs: OutputFs = {
      ...REAL,
      [call]: async (...args: unknown[]) => {
        if (call === "rename") await (REAL.writeFile as (p: string, d: string) => Promise<void>)(args[0] as string, "");
        throw fail(code);
      },
    };
    const problem = await writeOutputFile(`${dir}/r.docx`, "bytes", {}, fs);
    expect(problem?.code).toBe(expected);
    expect(problem?.params.detail).toBe(code);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("real failures: through a file (ENOTDIR), onto a folder (EISDIR), into a missing folder (ENOENT)", async () => {
    writeFileSync(tmp.path("plain"), "a file");
    expect((await writeOutputFile(tmp.path("plain/r.docx"), "x"))?.code).toBe("output-not-a-folder");
    expect((await writeOutputFile(tmp.path("plain/sub/r.docx"), "x", { createFolder: true }))?.code).toBe("output-not-a-folder");
    mkdirSync(tmp.path("a-folder"));
    expect((await writeOutputFile(tmp.path("a-folder"), "x"))?.code).toBe("output-is-a-folder");
    expect((await writeOutputFile(tmp.path("missing/r.docx"), "x"))?.code).toBe("output-no-folder");
    expect(await writeOutputFile(tmp.path("made/deeper/r.docx"), "x", { createFolder: true })).toBeUndefined();
    expect(readFileSync(tmp.path("made/deeper/r.docx"), "utf8")).toBe("x");
  });
});

describe("output identities", () => {
  test("a path and its spellings are one file; a missing file is placed by its folder", async () => {
    mkdirSync(tmp.path("id"));
    writeFileSync(tmp.path("id/w.xlsx"), "w");
    const a = await fileIdentity(tmp.path("id/w.xlsx"));
    expect(sameFile(a, await fileIdentity(tmp.path("id/../id/./w.xlsx")))).toBe(true);
    expect(sameFile(a, await fileIdentity(tmp.path("id/nope/../w.xlsx")))).toBe(true);
    expect(sameFile(a, await fileIdentity(tmp.path("id/other.xlsx")))).toBe(false);
    expect((await fileIdentity(tmp.path("id/new.json"))).ino).toBeUndefined();
  });

  test("findClash names the first output that is an input or an earlier output", () => {
    const id = (real: string, ino?: number) => ({ real, dev: ino === undefined ? undefined : 1, ino });
    const inputs = [{ path: "W.xlsx", id: id("/d/W.xlsx", 7) }];
    expect(findClash(inputs, [{ output: { option: "-o", path: "x" }, id: id("/d/x") }])).toBeUndefined();
    expect(findClash(inputs, [{ output: { option: "-o", path: "h" }, id: id("/d/h", 7) }])).toEqual({
      kind: "input",
      output: { option: "-o", path: "h" },
      input: "W.xlsx",
    });
    expect(
      findClash(inputs, [
        { output: { option: "-o", path: "a" }, id: id("/d/a") },
        { output: { option: "--issues", path: "b" }, id: id("/d/a") },
      ]),
    ).toEqual({
      kind: "output",
      output: { option: "--issues", path: "b" },
      other: { option: "-o", path: "a" },
    });
  });
});

describe("writeOutputFile to a device", () => {
  test("/dev/null is written to as it is, not replaced by a rename", async () => {
    expect(await writeOutputFile("/dev/null", "report")).toBeUndefined();
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });
});
