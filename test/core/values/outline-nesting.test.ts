import { compareOutline, outlineDepth, parentCode } from "../../../src/core/values";

describe("outline codes", () => {
  it("finds the parent and depth", () => {
    expect([parentCode("1"), parentCode("1.1"), parentCode("1.10.2")]).toEqual([undefined, "1", "1.10"]);
    expect([outlineDepth("1"), outlineDepth("1.1"), outlineDepth("1.10.2")]).toEqual([0, 1, 2]);
  });

  it("orders codes numerically, parents before children", () => {
    expect(["2", "1.10", "1.2", "1", "1.1.1", "1.1", "10", "3"].sort(compareOutline)).toEqual(["1", "1.1", "1.1.1", "1.2", "1.10", "2", "3", "10"]);
  });
});
