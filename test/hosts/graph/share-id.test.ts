import fc from "fast-check";
import { driveItemPath, encodeSharingUrl, nextExpectedStart, parseDriveItem, retryAfterMs } from "../../../src/hosts/graph";

/** Microsoft's algorithm, done with Node's own base64: base64 of the UTF-8 URL, "=" stripped, "/" → "_", "+" → "-", "u!" in front. */
function reference(url: string): string {
  return "u!" + Buffer.from(url, "utf8").toString("base64").replace(/=+$/, "").replace(/\//g, "_").replace(/\+/g, "-");
}

describe("encodeSharingUrl", () => {
  it("encodes the example of Microsoft's shares API documentation", () => {
    const url = "https://onedrive.live.com/redir?resid=1231244193912!12&authKey=1201919!12921!1";
    expect(encodeSharingUrl(url)).toBe("u!aHR0cHM6Ly9vbmVkcml2ZS5saXZlLmNvbS9yZWRpcj9yZXNpZD0xMjMxMjQ0MTkzOTEyITEyJmF1dGhLZXk9MTIwMTkxOSExMjkyMSEx");
    expect(encodeSharingUrl(url)).toBe(reference(url));
  });

  it("uses the URL-safe letters and drops the padding, for each length modulo 3", () => {
    // "???" and ">>>" encode to "Pz8/" and "Pj4+": the two letters that differ in base64url.
    expect(encodeSharingUrl("???")).toBe("u!Pz8_");
    expect(encodeSharingUrl(">>>")).toBe("u!Pj4-");
    expect(encodeSharingUrl("a")).toBe("u!YQ");
    expect(encodeSharingUrl("ab")).toBe("u!YWI");
  });

  it("encodes Vietnamese paths as UTF-8", () => {
    const url = "https://contoso.sharepoint.com/sites/SoKHCN/Shared Documents/Báo cáo 6 tháng đầu năm.xlsx";
    expect(encodeSharingUrl(url)).toBe(reference(url));
  });

  it("agrees with the reference for any text", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (s) => encodeSharingUrl(s) === reference(s)));
  });
});

describe("driveItemPath", () => {
  it("uses the shares API for SharePoint and OneDrive for Business addresses", () => {
    const url = "https://contoso-my.sharepoint.com/personal/thu_contoso_vn/Documents/so-lieu.xlsx";
    expect(driveItemPath(url)).toBe(`/shares/${reference(url)}/driveItem`);
  });

  it("uses the drive path for personal OneDrive's d.docs.live.net addresses", () => {
    expect(driveItemPath("https://d.docs.live.net/946c98d07c563ce7/Documents/B%C3%A1o%20c%C3%A1o/so-lieu.xlsx")).toBe(
      "/drives/946c98d07c563ce7/root:/Documents/B%C3%A1o%20c%C3%A1o/so-lieu.xlsx",
    );
  });

  it("finds nothing for a local file or an unsaved workbook", () => {
    expect(driveItemPath("C:\\Users\\thu\\so-lieu.xlsx")).toBeUndefined();
    expect(driveItemPath("/home/thu/so-lieu.xlsx")).toBeUndefined();
    expect(driveItemPath("file:///C:/so-lieu.xlsx")).toBeUndefined();
    expect(driveItemPath("")).toBeUndefined();
    expect(driveItemPath(undefined)).toBeUndefined();
    expect(driveItemPath("https://d.docs.live.net/946c98d07c563ce7")).toBeUndefined();
  });
});

describe("Graph's answers", () => {
  it("reads Retry-After in seconds only", () => {
    expect(retryAfterMs("1")).toBe(1000);
    expect(retryAfterMs(" 30 ")).toBe(30_000);
    expect(retryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT")).toBeUndefined();
    expect(retryAfterMs("-1")).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });

  it("takes the lowest start of the next expected ranges", () => {
    expect(nextExpectedStart({ nextExpectedRanges: ["26-"] })).toBe(26);
    expect(nextExpectedStart({ nextExpectedRanges: ["12345-55232", "77829-99375"] })).toBe(12345);
    expect(nextExpectedStart({ nextExpectedRanges: ["900-", "0-99"] })).toBe(0);
    expect(nextExpectedStart({ nextExpectedRanges: [] })).toBeUndefined();
    expect(nextExpectedStart({})).toBeUndefined();
  });

  it("reads a driveItem and its folder, and refuses anything else", () => {
    expect(parseDriveItem({ id: "1", name: "a.docx", webUrl: "https://x/a.docx", parentReference: { driveId: "d", id: "p", path: "/drive/root:" } })).toEqual({
      id: "1",
      name: "a.docx",
      webUrl: "https://x/a.docx",
      parent: { driveId: "d", id: "p" },
    });
    expect(parseDriveItem({ id: "1", name: "a.docx", webUrl: "https://x/a.docx" })?.parent).toBeUndefined();
    expect(parseDriveItem({ id: 1, name: "a.docx", webUrl: "https://x/a.docx" })).toBeUndefined();
    expect(parseDriveItem("nope")).toBeUndefined();
  });
});
