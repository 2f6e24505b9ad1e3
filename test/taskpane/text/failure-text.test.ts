import { errorCode, failureText } from "../../../src/taskpane/text/failure-text";
import { canRun, requirementNotices } from "../../../src/taskpane/text/requirement-text";

describe("failureText", () => {
  it("names the failure and Office's code, never the message or stack", () => {
    const error = Object.assign(new Error("Lỗi nội bộ\n    at Excel.run (office.js:12:3)"), { code: "AccessDenied" });
    const text = failureText("read", error, "vi");
    expect(text).toBe("Không đọc được sổ. (Mã lỗi: AccessDenied.) Hãy thử lại; nếu vẫn lỗi, hãy đóng rồi mở lại ngăn này.");
    expect(failureText("write", new TypeError("x is undefined"), "en")).toBe(
      "The report could not be written. Try again; if it fails again, close and reopen this pane.",
    );
  });

  it("takes only short identifiers or numbers as codes", () => {
    expect(errorCode({ code: 12007 })).toBe("12007");
    expect(errorCode({ code: "Item Not Found <script>" })).toBeUndefined();
    expect(errorCode("ItemNotFound")).toBeUndefined();
    expect(errorCode(null)).toBeUndefined();
  });
});

describe("requirementNotices", () => {
  it("says once per feature what the user's Excel lacks", () => {
    const missing = [
      { feature: "template", set: "ExcelApi 1.8" },
      { feature: "read", set: "ExcelApi 1.4" },
      { feature: "template", set: "ExcelApi 1.8" },
    ] as const;
    expect(requirementNotices(missing, "vi")).toEqual([
      "Phiên bản Excel này chưa hỗ trợ thêm trang mẫu. Cần ExcelApi 1.8: hãy cập nhật Office hoặc dùng Excel trên web.",
      "Phiên bản Excel này chưa đọc được sổ cho tiện ích. Cần ExcelApi 1.4: hãy cập nhật Office hoặc dùng Excel trên web.",
    ]);
    expect(canRun(missing, "read")).toBe(false);
    expect(canRun(missing, "select")).toBe(true);
    expect(requirementNotices([], "en")).toEqual([]);
  });
});
