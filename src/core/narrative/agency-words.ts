/**
 * Agency names as running text needs them. Settings give the header's
 * capitals ("SỞ KHOA HỌC VÀ CÔNG NGHỆ"); a sentence needs "Sở Khoa học và Công nghệ".
 */

/** Abbreviations kept as typed: UBND, KH&CN, … */
const ABBREVIATIONS = new Set(["UBND", "HĐND", "KHCN", "KH&CN", "TĐC", "VP"]);
/** After these the next word starts a new name part ("Kế hoạch và Đầu tư", "Lao động - Thương binh"). */
const NAME_BREAK = new Set(["và", "-", "–"]);

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Sentence case for a Vietnamese agency name typed in capitals: the kind of
 * body ("Sở") and the first word of each name part keep a capital, a place
 * after "tỉnh"/"thành phố" keeps its capitals, the rest is lower case. Names
 * already in mixed case are kept as typed.
 */
export function agencyInText(name: string): string {
  const trimmed = name.normalize("NFC").replace(/\s+/g, " ").trim();
  if (trimmed !== trimmed.toUpperCase()) return trimmed;
  const out: string[] = [];
  let startsPart = true;
  let inPlace = false;
  for (const word of trimmed.split(" ")) {
    const lower = word.toLowerCase();
    if (ABBREVIATIONS.has(word) || /[&\d]/u.test(word)) out.push(word);
    else out.push(startsPart || inPlace || out.length === 1 ? capitalise(lower) : lower);
    inPlace ||= lower === "tỉnh" || (lower === "phố" && out[out.length - 2] === "thành");
    startsPart = NAME_BREAK.has(lower) || word.endsWith(",");
  }
  return out.join(" ");
}

/** "tỉnh" or "thành phố", from the parent agency ("UBND THÀNH PHỐ HÀ NỘI"). */
export function localityWord(parentAgency: string): string {
  return /thành phố|tp\./iu.test(parentAgency) ? "thành phố" : "tỉnh";
}

/** "Lạng Sơn" → "Lang Son", for an English document. */
export function withoutDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

/** Provincial departments (Sở …) by their field. */
const DEPARTMENTS_EN: Readonly<Record<string, string>> = {
  "khoa học và công nghệ": "Science and Technology",
  "kế hoạch và đầu tư": "Planning and Investment",
  "tài chính": "Finance",
  "công thương": "Industry and Trade",
  "y tế": "Health",
  "nông nghiệp và phát triển nông thôn": "Agriculture and Rural Development",
  "tài nguyên và môi trường": "Natural Resources and Environment",
  "thông tin và truyền thông": "Information and Communications",
};

function departmentInEnglish(m: RegExpExecArray): string {
  const field = DEPARTMENTS_EN[(m[1] ?? "").toLowerCase()];
  if (field === undefined) return m[0];
  return `Department of ${field}${m[2] ? ` of ${titleCase(m[2])} Province` : ""}`;
}

const AGENCIES_EN: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string]> = [
  [/^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+TỈNH\s+(.+)$/iu, (m) => `People's Committee of ${titleCase(m[1] ?? "")} Province`],
  [/^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+THÀNH PHỐ\s+(.+)$/iu, (m) => `People's Committee of ${titleCase(m[1] ?? "")} City`],
  [/^SỞ\s+(.+?)(?:\s+TỈNH\s+(.+))?$/iu, departmentInEnglish],
];

function titleCase(text: string): string {
  return withoutDiacritics(text.trim()).toLowerCase().split(/\s+/).map(capitalise).join(" ");
}

/** The usual English name of a provincial body; other names are kept as typed. */
export function agencyInEnglish(name: string): string {
  const trimmed = name.normalize("NFC").replace(/\s+/g, " ").trim();
  for (const [pattern, english] of AGENCIES_EN) {
    const m = pattern.exec(trimmed);
    if (m) return english(m);
  }
  return trimmed;
}

const TITLES_EN: Readonly<Record<string, string>> = {
  "GIÁM ĐỐC": "Director",
  "KT. GIÁM ĐỐC": "pp. Director",
  "PHÓ GIÁM ĐỐC": "Deputy Director",
  "Q. GIÁM ĐỐC": "Acting Director",
};

/** Signer title lines in English where the title is a usual one. */
export function signerTitleInEnglish(line: string): string {
  return TITLES_EN[line.normalize("NFC").replace(/\s+/g, " ").trim().toUpperCase()] ?? line;
}
