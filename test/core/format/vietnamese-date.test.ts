import { formatDate } from "../../../src/core/format";
import { epochDay } from "../../../src/core/grid";

const d = (y: number, m: number, day: number) => epochDay(y, m, day)!;

// The header's place-and-date line is `dateLine` of the document model (test/core/document/document-words.test.ts).
describe("Vietnamese dates", () => {
  test("dd/mm/yyyy, zero-padded", () => {
    expect(formatDate(d(2021, 1, 25))).toBe("25/01/2021");
  });
});
