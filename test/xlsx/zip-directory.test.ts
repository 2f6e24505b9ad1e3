import { DEFAULT_XLSX_LIMITS, XlsxBudget, XlsxFormatError, readZipDirectory, type ZipEntry } from "../../src/xlsx";
import { buildZip } from "../fuzz/zip-builder";

const readAt = (bytes: Uint8Array) => async (position: number, length: number) => bytes.subarray(position, position + length);
const list = (bytes: Uint8Array) => readZipDirectory(readAt(bytes), bytes.length);

describe("zip directory", () => {
  test("lists entries with their declared sizes", async () => {
    const zip = buildZip([
      { name: "a.xml", data: "<a/>".repeat(100) },
      { name: "b.txt", data: "bờ", stored: true },
    ]);
    const entries = await list(zip);
    expect([...entries.keys()]).toEqual(["a.xml", "b.txt"]);
    expect(entries.get("a.xml")).toMatchObject({ method: 8, size: 400 });
    expect(entries.get("b.txt")).toMatchObject({ method: 0, size: 4, compressedSize: 4 });
  });

  test.each([
    ["a compressed size of 0xFFFFFFF0", { compressedSize: 0xfffffff0 }, /more bytes than the file holds/],
    ["a stored entry with two sizes", { stored: true, size: 1 }, /two sizes/],
  ])("refuses %s before reading anything", async (_name, lie, message) => {
    const zip = buildZip([{ name: "a.xml", data: "<a/>", ...lie }]);
    await expect(list(zip)).rejects.toThrow(message);
    await expect(list(zip)).rejects.toBeInstanceOf(XlsxFormatError);
  });

  test("refuses a directory that claims more entries than it holds, and a file too short", async () => {
    const zip = buildZip([{ name: "a.xml", data: "<a/>" }]);
    zip.writeUInt16LE(5000, zip.length - 22 + 10);
    await expect(list(zip)).rejects.toThrow(/entry count/);
    await expect(list(new Uint8Array(10))).rejects.toThrow(/end of central directory/);
  });
});

describe("size limits", () => {
  const entry = (name: string, size: number, compressedSize: number): ZipEntry => ({ name, method: 8, size, compressedSize, localHeaderOffset: 0 });
  const limits = { ...DEFAULT_XLSX_LIMITS, maxPartBytes: 1000, maxSmallPartBytes: 100, maxWorkbookBytes: 1500, maxRatio: 10, ratioFloorBytes: 50 };

  test("a part, a whole-read part, the ratio and the workbook, each with its limit", () => {
    const budget = new XlsxBudget(limits);
    expect(() => budget.take(entry("big", 1001, 500))).toThrow(expect.objectContaining({ tooLarge: { limit: "part", part: "big", size: 1001, max: 1000 } }));
    expect(() => budget.take(entry("small", 101, 100), true)).toThrow(
      expect.objectContaining({ tooLarge: expect.objectContaining({ limit: "part", max: 100 }) }),
    );
    expect(() => budget.take(entry("bomb", 900, 10))).toThrow(
      expect.objectContaining({ tooLarge: expect.objectContaining({ limit: "ratio", size: 90, max: 10 }) }),
    );
    budget.take(entry("one", 900, 100));
    budget.take(entry("one", 900, 100)); // the same part again counts once
    expect(() => budget.take(entry("two", 700, 100))).toThrow(
      expect.objectContaining({ tooLarge: expect.objectContaining({ limit: "workbook", size: 1600, max: 1500 }) }),
    );
    budget.take(entry("three", 40, 1)); // under the ratio floor: small parts may compress well
  });
});
