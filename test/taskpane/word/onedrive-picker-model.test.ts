import { AuthProblemCode, AuthProblemError } from "../../../src/hosts/auth";
import { GraphProblemCode, GraphProblemError, type DriveWorkbook } from "../../../src/hosts/graph";
import { oneDriveText } from "../../../src/taskpane/onedrive";
import {
  downloadFraction,
  downloadFromOneDrive,
  formatModified,
  formatSize,
  isPickerBusy,
  listFromOneDrive,
  pickerClientOf,
  pickerProblemMessage,
  sortWorkbooks,
  wordText,
  type OneDrivePickerClient,
  type OneDrivePickerState,
} from "../../../src/taskpane/word";

const w = (id: string, name: string, iso: string, size = 100, driveId = "d1"): DriveWorkbook => ({
  id,
  driveId,
  name,
  webUrl: `https://x/${id}`,
  lastModified: Date.parse(iso),
  size,
});

const A = w("A", "so-lieu 2020.xlsx", "2020-12-31T09:00:00Z");
const B = w("B", "Bảng 6 tháng.xlsx", "2021-06-30T08:00:00Z", 56_789);
const C = w("C", "ănh.xlsx", "2021-06-30T08:00:00Z");

function client(overrides: Partial<OneDrivePickerClient> = {}): OneDrivePickerClient & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    signIn: async () => void calls.push("signIn"),
    listWorkbooks: async () => (calls.push("list"), [A, C, B]),
    downloadItem: async (driveId, itemId, onProgress) => {
      calls.push(`download ${driveId}/${itemId}`);
      onProgress?.(0, 4);
      onProgress?.(2, 4);
      onProgress?.(4, 4);
      return new Uint8Array([1, 2, 3, 4]);
    },
    ...overrides,
  };
}

describe("listFromOneDrive", () => {
  it("signs in, lists newest first and chooses the newest", async () => {
    const c = client();
    const states: OneDrivePickerState[] = [];
    const last = await listFromOneDrive(c, (s) => states.push(s));
    expect(c.calls).toEqual(["signIn", "list"]);
    expect(states.map((s) => s.kind)).toEqual(["signing-in", "listing", "listed"]);
    expect(last).toEqual({ kind: "listed", items: [C, B, A], selected: "d1/C" });
    expect(states.slice(0, 2).every(isPickerBusy)).toBe(true);
    expect(isPickerBusy(last)).toBe(false);
  });

  it("says what to configure, without trying, when there is no client id", async () => {
    const states: OneDrivePickerState[] = [];
    const last = await listFromOneDrive(undefined, (s) => states.push(s));
    expect(states).toEqual([last]);
    expect(last).toEqual({ kind: "failed", problem: { code: AuthProblemCode.NotConfigured, params: {} }, canRetry: false });
    if (last.kind !== "failed") throw new Error("expected failed");
    for (const lang of ["vi", "en"] as const) expect(pickerProblemMessage(last.problem, lang)).toBe(oneDriveText(lang).problems["auth-not-configured"]({}));
  });

  it("ends in a retryable failure when sign-in is refused, and lists nothing", async () => {
    const c = client({ signIn: async () => Promise.reject(new AuthProblemError({ code: AuthProblemCode.NotSignedIn, params: {} })) });
    const last = await listFromOneDrive(c, () => {});
    expect(last).toEqual({ kind: "failed", problem: { code: AuthProblemCode.NotSignedIn, params: {} }, canRetry: true });
    expect(c.calls).toEqual([]);
  });

  it("turns a Graph problem into the picker's own words", async () => {
    const c = client({
      listWorkbooks: async () => Promise.reject(new GraphProblemError({ code: GraphProblemCode.Throttled, params: { status: 429, attempts: 4 } })),
    });
    const last = await listFromOneDrive(c, () => {});
    if (last.kind !== "failed") throw new Error("expected failed");
    expect(pickerProblemMessage(last.problem, "vi")).toBe("OneDrive đang bận (đã chờ và thử 4 lần). Hãy bấm Thử lại sau ít phút.");
    expect(pickerProblemMessage({ code: GraphProblemCode.Network, params: { attempts: 3 } }, "vi")).toContain("khi đọc OneDrive");
    expect(pickerProblemMessage({ code: "unexpected", params: { detail: "RangeError" } }, "en")).toContain("RangeError");
  });
});

describe("downloadFromOneDrive", () => {
  it("reports progress, hands the bytes on under the file's name and address, and returns to the list", async () => {
    const c = client();
    const states: OneDrivePickerState[] = [];
    const got: Array<[string, number[], string | undefined]> = [];
    const last = await downloadFromOneDrive(
      c,
      [B, A],
      A,
      (s) => states.push(s),
      (name, bytes, location) => got.push([name, [...bytes], location]),
    );
    expect(c.calls).toEqual(["download d1/A"]);
    expect(got).toEqual([["so-lieu 2020.xlsx", [1, 2, 3, 4], "https://x/A"]]);
    expect(states.map(downloadFraction)).toEqual([0, 0, 0.5, 1, undefined]);
    expect(last).toEqual({ kind: "listed", items: [B, A], selected: "d1/A" });
  });

  it("keeps the list after a failed download and hands nothing on", async () => {
    const c = client({ downloadItem: async () => Promise.reject(new GraphProblemError({ code: GraphProblemCode.ItemNotFound, params: { status: 404 } })) });
    const got: string[] = [];
    const last = await downloadFromOneDrive(
      c,
      [B, A],
      B,
      () => {},
      (name) => got.push(name),
    );
    expect(got).toEqual([]);
    expect(last).toEqual({ kind: "failed", problem: { code: GraphProblemCode.ItemNotFound, params: { status: 404 } }, canRetry: true, items: [B, A] });
    if (last.kind !== "failed") throw new Error("expected failed");
    expect(pickerProblemMessage(last.problem, "vi")).toBe(wordText("vi").oneDrive.problems["item-not-found"]({}));
  });

  it("shows an indeterminate bar while the length is unknown", () => {
    expect(downloadFraction({ kind: "downloading", items: [A], item: { ...A, size: 0 }, received: 10, total: 0 })).toBeUndefined();
    expect(downloadFraction({ kind: "listing" })).toBeUndefined();
  });
});

describe("sorting and formatting", () => {
  it("sorts newest first, equal times by Vietnamese name order, without changing the input", () => {
    const input = [A, C, B];
    // "ănh" before "Bảng": ă sorts with a, ahead of b, whatever the case.
    expect(sortWorkbooks(input).map((x) => x.id)).toEqual(["C", "B", "A"]);
    expect(sortWorkbooks([w("z", "b.xlsx", "2021-01-01T00:00:00Z"), w("y", "a.xlsx", "2021-01-02T00:00:00Z")]).map((x) => x.id)).toEqual(["y", "z"]);
    expect(input.map((x) => x.id)).toEqual(["A", "C", "B"]);
  });

  it("writes the date as dd/mm/yyyy in the given time zone", () => {
    const t = Date.parse("2021-06-30T20:30:00Z");
    expect(formatModified(t, 0)).toBe("30/06/2021");
    expect(formatModified(t, 420)).toBe("01/07/2021");
    expect(formatModified(Date.parse("2021-01-05T00:00:00Z"), -60)).toBe("04/01/2021");
    expect(formatModified(0, 420)).toBe("");
  });

  it("writes sizes with the language's decimal mark", () => {
    expect(formatSize(0, "vi")).toBe("0 B");
    expect(formatSize(1023, "vi")).toBe("1.023 B");
    expect(formatSize(1536, "vi")).toBe("1,5 KB");
    expect(formatSize(1536, "en")).toBe("1.5 KB");
    expect(formatSize(56_789, "vi")).toBe("55 KB");
    expect(formatSize(3.25 * 1024 * 1024, "vi")).toBe("3,3 MB");
    expect(formatSize(1024 * 1024 - 1, "vi")).toBe("1,0 MB");
  });
});

describe("pickerClientOf", () => {
  it("takes a client with the drive-file calls and refuses one without", () => {
    const c = client();
    expect(pickerClientOf(c)).toBe(c);
    expect(pickerClientOf({ signIn: async () => {}, driveItemForUrl: async () => ({}) })).toBeUndefined();
    expect(pickerClientOf(undefined)).toBeUndefined();
  });
});

describe("the picker's words", () => {
  it("has the same keys and NFC text in both languages, and names every file in its list line", () => {
    const [vi, en] = [wordText("vi").oneDrive, wordText("en").oneDrive];
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    expect(Object.keys(en.problems).sort()).toEqual(Object.keys(vi.problems).sort());
    for (const t of [vi, en]) {
      for (const text of [
        t.choose,
        t.signingIn,
        t.listing,
        t.listLabel,
        t.empty,
        t.open,
        t.refresh,
        t.progressLabel,
        ...Object.values(t.problems).map((f) => f({ attempts: 2, status: 500 })),
      ]) {
        expect(text.normalize("NFC")).toBe(text);
      }
    }
    expect(vi.choose).toBe("Chọn từ OneDrive");
    expect(vi.item("Sổ 2021.xlsx", "30/06/2021", "55 KB")).toBe("Sổ 2021.xlsx, sửa ngày 30/06/2021, 55 KB");
    expect(en.downloading("a.xlsx", "50")).toBe("Downloading a.xlsx from OneDrive: 50%");
  });
});
