import JSZip from "jszip";
import { dosDateTime, withZipDates } from "../../src/xlsx";

describe("zip dates", () => {
  test("DOS date and time fields from UTC, seconds halved", () => {
    const { date, time } = dosDateTime(new Date(Date.UTC(2021, 5, 20, 8, 30, 41)));
    expect(date).toBe(((2021 - 1980) << 9) | (6 << 5) | 20);
    expect(time).toBe((8 << 11) | (30 << 5) | 20);
    expect(dosDateTime(new Date(Date.UTC(1970, 0, 1)))).toEqual({ date: 33, time: 0 });
  });

  test("rewrites the central directory and local headers of every entry", async () => {
    const source = new JSZip();
    source.file("a.txt", "một", { date: new Date(Date.UTC(2000, 0, 1)) });
    source.file("b/c.xml", "<x/>", { date: new Date(Date.UTC(2010, 0, 1)) });
    const zip = await source.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const at = new Date(Date.UTC(2021, 5, 20, 8, 30, 0));
    const fixed = withZipDates(zip, at);
    expect(fixed).not.toBe(zip);
    const read = await JSZip.loadAsync(fixed);
    expect(
      Object.values(read.files)
        .filter((f) => !f.dir)
        .map((f) => f.date.toISOString()),
    ).toEqual([at.toISOString(), at.toISOString()]);
    expect(await read.file("a.txt")?.async("string")).toBe("một");
    const view = new DataView(fixed.buffer, fixed.byteOffset, fixed.byteLength);
    const { date, time } = dosDateTime(at);
    expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([time, date]);
  });

  test("refuses bytes that are not a zip file", () => {
    expect(() => withZipDates(new Uint8Array(40), new Date(0))).toThrow(/end of central directory/);
  });
});
