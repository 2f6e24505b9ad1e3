import { AuthProblemCode } from "../../../src/hosts/auth";
import { GraphProblemCode } from "../../../src/hosts/graph";
import { ONEDRIVE_TEXT, problemMessage, UNEXPECTED, type OneDriveProblemCode } from "../../../src/taskpane/onedrive";

const ALL_CODES: OneDriveProblemCode[] = [...Object.values(AuthProblemCode), ...Object.values(GraphProblemCode), UNEXPECTED];
const PARAMS = { status: 503, graphCode: "serviceNotAvailable", attempts: 4, detail: "user_cancelled" };

describe("OneDrive words", () => {
  it("has a Vietnamese and an English message for every problem, each in NFC and each its own", () => {
    for (const lang of ["vi", "en"] as const) {
      const messages = ALL_CODES.map((code) => problemMessage({ code, params: PARAMS }, lang));
      expect(messages.every((m) => m.length > 20 && m === m.normalize("NFC"))).toBe(true);
      expect(new Set(messages).size).toBe(ALL_CODES.length);
    }
    expect(ALL_CODES.every((code) => problemMessage({ code, params: PARAMS }, "vi") !== problemMessage({ code, params: PARAMS }, "en"))).toBe(true);
  });

  it("puts the numbers into the messages that carry them", () => {
    expect(problemMessage({ code: GraphProblemCode.Throttled, params: { status: 429, attempts: 4 } }, "vi")).toContain("thử 4 lần");
    expect(problemMessage({ code: GraphProblemCode.Network, params: { attempts: 3 } }, "en")).toContain("tried 3 times");
    expect(problemMessage({ code: GraphProblemCode.ServerError, params: { status: 500, graphCode: "generalException" } }, "en")).toContain(
      "500, generalException",
    );
  });

  it("tells what to configure when there is no client id", () => {
    for (const lang of ["vi", "en"] as const) {
      const text = problemMessage({ code: AuthProblemCode.NotConfigured, params: {} }, lang);
      expect(text).toContain("src/config/app-config.ts");
      expect(text).toContain("clientId");
      expect(text).toContain("brk-multihub://");
      expect(text).toContain("Files.ReadWrite.All");
      expect(text).toContain("Grant admin consent");
    }
  });

  it("says what an administrator does when the user cannot consent, and counts the tries of a timeout", () => {
    for (const lang of ["vi", "en"] as const)
      expect(problemMessage({ code: AuthProblemCode.ConsentNeeded, params: {} }, lang)).toMatch(/Files\.ReadWrite\.All.*Grant admin consent/);
    expect(problemMessage({ code: GraphProblemCode.Timeout, params: { attempts: 4 } }, "vi")).toContain("thử 4 lần");
    expect(problemMessage({ code: GraphProblemCode.Timeout, params: { attempts: 4 } }, "en")).toContain("tried 4 times");
  });

  it("names the button and the open action as the UI says them", () => {
    expect([ONEDRIVE_TEXT.vi.save, ONEDRIVE_TEXT.vi.openInWord]).toEqual(["Lưu lên OneDrive", "Mở trong Word"]);
    expect([ONEDRIVE_TEXT.en.save, ONEDRIVE_TEXT.en.openInWord]).toEqual(["Save to OneDrive", "Open in Word"]);
  });
});
