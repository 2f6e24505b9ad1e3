import { chooseInsertMethod, INSERT_PLACES, type IsSetSupported } from "../../../src/hosts/word";

const upTo =
  (top: number): IsSetSupported =>
  (name, version) =>
    name === "WordApi" && version !== undefined && Number(version) <= top;

describe("chooseInsertMethod", () => {
  it("uses the document-level insert from WordApi 1.5, with Word's location names", () => {
    expect(chooseInsertMethod(upTo(1.5), "start")).toEqual({ kind: "document", location: "Start" });
    expect(chooseInsertMethod(upTo(1.7), "end")).toEqual({ kind: "document", location: "End" });
    expect(chooseInsertMethod(upTo(1.5), "replace")).toEqual({ kind: "document", location: "Replace" });
  });

  it("falls back to the body insert on WordApi 1.1 to 1.4", () => {
    for (const top of [1.1, 1.3, 1.4]) {
      expect(chooseInsertMethod(upTo(top), "start")).toEqual({ kind: "body", location: "Start" });
      expect(chooseInsertMethod(upTo(top), "end")).toEqual({ kind: "body", location: "End" });
      expect(chooseInsertMethod(upTo(top), "replace")).toEqual({ kind: "body", location: "Replace" });
    }
  });

  it("opens a new document from WordApi 1.3, whatever else is supported", () => {
    expect(chooseInsertMethod(upTo(1.3), "new-document")).toEqual({ kind: "new-document" });
    expect(chooseInsertMethod(upTo(1.7), "new-document")).toEqual({ kind: "new-document" });
    expect(chooseInsertMethod(upTo(1.2), "new-document")).toEqual({ kind: "unsupported", set: "WordApi 1.3" });
  });

  it("names the missing set when Word has no insert at all", () => {
    for (const where of INSERT_PLACES) expect(chooseInsertMethod(() => false, where).kind).toBe("unsupported");
    expect(chooseInsertMethod(() => false, "end")).toEqual({ kind: "unsupported", set: "WordApi 1.1" });
  });

  it("never asks for a set other than WordApi", () => {
    const asked: string[] = [];
    for (const where of INSERT_PLACES) chooseInsertMethod((name, v) => (asked.push(`${name} ${v}`), true), where);
    expect(asked.every((a) => a.startsWith("WordApi "))).toBe(true);
  });
});
