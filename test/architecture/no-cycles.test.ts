import { cycles, folderEdges, importEdges, type ImportEdge } from "./import-graph";

describe("the import graph of src/", () => {
  const edges = importEdges();

  it("is read from the sources (so an empty cycle list means something)", () => {
    expect(edges.length).toBeGreaterThan(500);
    expect(edges).toContainEqual({ from: "src/core/report/plan-report.ts", to: "src/core/narrative/index.ts" });
  });

  it("has no cycle between files", () => {
    expect(cycles(edges)).toEqual([]);
  });

  it("has no cycle between folders", () => {
    expect(cycles(folderEdges(edges))).toEqual([]);
  });
});

describe("cycles", () => {
  const edge = (from: string, to: string): ImportEdge => ({ from, to });

  it("finds a planted cycle, and only its members", () => {
    const planted = [edge("a/x.ts", "b/y.ts"), edge("b/y.ts", "c/z.ts"), edge("c/z.ts", "a/x.ts"), edge("c/z.ts", "d/w.ts"), edge("e/v.ts", "a/x.ts")];
    expect(cycles(planted)).toEqual([["a/x.ts", "b/y.ts", "c/z.ts"]]);
  });

  it("finds a folder cycle made of files that do not form one", () => {
    const files = [edge("a/x.ts", "b/y.ts"), edge("b/z.ts", "a/w.ts")];
    expect(cycles(files)).toEqual([]);
    expect(cycles(folderEdges(files))).toEqual([["a", "b"]]);
  });

  it("counts a file importing itself", () => {
    expect(cycles([edge("a/x.ts", "a/x.ts")])).toEqual([["a/x.ts"]]);
  });
});
