import { availableFeatures, checkRequirements, EXCEL_REQUIREMENTS } from "../../../src/hosts/excel";

/** A host that supports ExcelApi up to `max` (e.g. "1.7"). */
const upTo =
  (max: string) =>
  (name: string, version = "1.1") =>
    name === "ExcelApi" && Number(version.split(".")[1]) <= Number(max.split(".")[1]);

describe("checkRequirements", () => {
  it("finds nothing missing on a current Excel", () => {
    expect(checkRequirements(upTo("1.17"))).toEqual([]);
    expect(availableFeatures([])).toEqual(["read", "select", "template"]);
  });

  it("turns off the template where data validation (ExcelApi 1.8) is missing", () => {
    const missing = checkRequirements(upTo("1.7"));
    expect(missing).toEqual([{ feature: "template", name: "ExcelApi", version: "1.8" }]);
    expect(availableFeatures(missing)).toEqual(["read", "select"]);
  });

  it("turns off reading where getUsedRangeOrNullObject (ExcelApi 1.4) is missing", () => {
    const missing = checkRequirements(upTo("1.3"));
    expect(missing.map((m) => m.feature)).toEqual(["read", "template"]);
  });

  it("asks the host about each set with its minimum version", () => {
    const asked: string[] = [];
    checkRequirements((name, version) => (asked.push(`${name} ${version}`), true));
    expect(asked).toEqual(EXCEL_REQUIREMENTS.map((r) => `${r.name} ${r.version}`));
  });
});
