import { distributionLineInEnglish, instrumentInEnglish, unitInEnglish } from "../../../src/core/narrative/english-glossary";
import { agencyInEnglish } from "../../../src/core/narrative/agency-words";

describe("the English edition's glossary", () => {
  test("instruments and units in English, however the clerk spaced or cased them", () => {
    expect(instrumentInEnglish("Cột đo xăng dầu")).toBe("petrol dispensers");
    expect(instrumentInEnglish("  máy  X-quang ")).toBe("X-ray machines");
    expect(unitInEnglish("cột", 132)).toBe("dispensers");
    expect(unitInEnglish("cái", 1)).toBe("unit");
    expect(unitInEnglish("phòng X-quang", 16)).toBe("X-ray rooms");
  });

  test("what the glossary lacks stays as typed, in quotation marks", () => {
    expect(instrumentInEnglish("Tỷ trọng kế")).toBe("“Tỷ trọng kế”");
    expect(unitInEnglish("chai", 2)).toBe("“chai”");
  });

  test("the usual distribution lines, the registry's own codes kept", () => {
    expect(distributionLineInEnglish("Như trên;")).toBe("As above;");
    expect(distributionLineInEnglish("VP: Tỉnh uỷ, HĐND, UBND tỉnh;")).toBe(
      "Offices of the Provincial Party Committee, People's Council and People's Committee;",
    );
    expect(distributionLineInEnglish("Lưu: VT, KH&CN(LTHM).")).toBe("File: VT, KH&CN(LTHM).");
    expect(distributionLineInEnglish("Công ty ABC;")).toBe("Công ty ABC;");
  });

  test("provincial departments by their field", () => {
    expect(agencyInEnglish("Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn")).toBe("Department of Planning and Investment of Lang Son Province");
    expect(agencyInEnglish("SỞ KHOA HỌC VÀ CÔNG NGHỆ")).toBe("Department of Science and Technology");
    expect(agencyInEnglish("Sở Văn hóa tỉnh Lạng Sơn")).toBe("Sở Văn hóa tỉnh Lạng Sơn");
  });
});
