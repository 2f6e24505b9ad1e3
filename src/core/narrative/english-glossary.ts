/**
 * English for the words of the workbook the English edition prints inside
 * its own sentences: instruments, units and the usual distribution lines.
 * These are typed by the clerk, so a word the glossary lacks is kept as
 * typed, in quotation marks, as the note on the basis says of all quoted text.
 */

/** Lower case, NFC, single spaces, no final ";" or "." – how typed words are looked up. */
export function glossaryKey(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[;.]+$/u, "")
    .toLowerCase();
}

/** Measuring instruments, plural (they are counted by the unit that follows). */
const INSTRUMENTS: Readonly<Record<string, string>> = {
  "cột đo xăng dầu": "petrol dispensers",
  cân: "scales",
  "cân các loại": "scales of all kinds",
  taximet: "taximeters",
  "huyết áp kế": "blood pressure meters",
  "áp kế": "pressure gauges",
  "công tơ điện": "electricity meters",
  "quả cân": "weights",
  "máy điện tim, điện não": "electrocardiographs and electroencephalographs",
  "đồng hồ nước": "water meters",
  "ca đồng": "standard measuring cans",
  "máy x-quang": "X-ray machines",
  "điện trở tiếp địa": "earth resistance",
  "bức xạ": "radiation",
  "kiểm xạ": "radiation",
  "đồng hồ xăng dầu": "fuel meters",
  "cân ô tô": "vehicle scales",
  "cân đồng hồ lò xo": "spring scales",
  "cân bàn": "platform scales",
  "nhiệt kế": "thermometers",
};

/** Units: singular, plural. */
const UNITS: Readonly<Record<string, readonly [string, string]>> = {
  cột: ["dispenser", "dispensers"],
  cái: ["unit", "units"],
  chiếc: ["unit", "units"],
  bộ: ["set", "sets"],
  quả: ["weight", "weights"],
  máy: ["machine", "machines"],
  "điểm đo": ["measuring point", "measuring points"],
  phòng: ["room", "rooms"],
  "phòng x-quang": ["X-ray room", "X-ray rooms"],
  mẫu: ["sample", "samples"],
  lô: ["lot", "lots"],
  kg: ["kg", "kg"],
};

/** The usual lines of a `Nơi nhận` list. */
const DISTRIBUTION: Readonly<Record<string, string>> = {
  "như trên": "As above",
  "lãnh đạo sở": "Directors of the Department",
  "các phòng, đơn vị thuộc sở": "Divisions and units of the Department",
  "cục thống kê tỉnh": "Provincial Statistics Office",
  "ban tuyên giáo tỉnh uỷ": "Propaganda and Education Commission of the Provincial Party Committee",
  "ban tuyên giáo tỉnh ủy": "Propaganda and Education Commission of the Provincial Party Committee",
  "vp: tỉnh uỷ, hđnd, ubnd tỉnh": "Offices of the Provincial Party Committee, People's Council and People's Committee",
  "vp: tỉnh ủy, hđnd, ubnd tỉnh": "Offices of the Provincial Party Committee, People's Council and People's Committee",
  "ubnd tỉnh": "Provincial People's Committee",
  "bộ khoa học và công nghệ": "Ministry of Science and Technology",
  "sở kế hoạch và đầu tư": "Department of Planning and Investment",
};

function quoted(text: string): string {
  return `“${text.normalize("NFC").trim()}”`;
}

/** "Cột đo xăng dầu" → "petrol dispensers"; an unknown instrument stays as typed, in quotation marks. */
export function instrumentInEnglish(instrument: string): string {
  return INSTRUMENTS[glossaryKey(instrument)] ?? quoted(instrument);
}

/** "cột", 132 → "dispensers"; an unknown unit stays as typed, in quotation marks. */
export function unitInEnglish(unit: string, count: number): string {
  const pair = UNITS[glossaryKey(unit)];
  if (pair === undefined) return quoted(unit);
  return count === 1 ? pair[0] : pair[1];
}

/**
 * A distribution line in English: the usual ones translated, "Lưu: VT, …"
 * as "File: VT, …" (the registry's own codes), any other kept as typed.
 */
export function distributionLineInEnglish(line: string): string {
  const trimmed = line.normalize("NFC").trim();
  const end = /[;.]$/.exec(trimmed)?.[0] ?? "";
  const file = /^Lưu\s*:\s*(.*?)[;.]?$/iu.exec(trimmed);
  if (file) return `File: ${file[1] ?? ""}${end}`;
  const known = DISTRIBUTION[glossaryKey(trimmed)];
  return known === undefined ? trimmed : `${known}${end}`;
}
