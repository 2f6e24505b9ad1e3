/**
 * The words around a number that say it is not a count: a label before it
 * ("lần thứ 13", "số 12", "đợt 2", "ISO 9001"), a time after it ("6 tháng"),
 * and the words that end the list of things it counts.
 */

/** Before a number, these make it a label, an ordinal, a date part or a year: "thứ 13", "đợt 2", "nhóm 2", "ngày 20", "năm 2021". */
export const LABEL_BEFORE: ReadonlySet<string> = new Set([
  "thứ",
  "số",
  "đợt",
  "nhóm",
  "lần",
  "khóa",
  "khoá",
  "kỳ",
  "kì",
  "mục",
  "điều",
  "khoản",
  "chương",
  "tập",
  "phần",
  "bước",
  "đoạn",
  "hạng",
  "loại",
  "tầng",
  "quận",
  "phường",
  "tổ",
  "xóm",
  "lộ",
  "đường",
  "lục",
  "biểu",
  "mẫu",
  "ngày",
  "tháng",
  "quý",
  "tuần",
  "lúc",
  "giờ",
  "phiên",
  "khu",
  "phòng",
  "lớp",
  "ca",
  "kíp",
  "năm",
  "bản",
  "trang",
  "dòng",
  "cột",
  "ô",
  "kênh",
]);

/** After a number, a span of time, not a count of things: "6 tháng", "15 ngày", "2 giờ". */
export const TIME_AFTER: ReadonlySet<string> = new Set(["tháng", "năm", "ngày", "tuần", "quý", "giờ", "phút", "giây", "h"]);

/** Before a number, these make it approximate: "trên 600 người", "hơn 400", "khoảng 30". */
export const APPROXIMATE_BEFORE: ReadonlySet<string> = new Set(["trên", "hơn", "gần", "khoảng", "xỉ", "chừng", "ngót", "ước", "dưới"]);

/** Words that end the counted words: "01 mẫu lạp sườn | có kết quả", "09 cơ sở Y tế | trên địa bàn". */
export const UNIT_STOP: ReadonlySet<string> = new Set([
  "và",
  "với",
  "cho",
  "của",
  "tại",
  "trong",
  "theo",
  "để",
  "đã",
  "được",
  "là",
  "có",
  "về",
  "thuộc",
  "từ",
  "đến",
  "trên",
  "dưới",
  "so",
  "gồm",
  "bao",
  "chiếm",
  "đạt",
  "bằng",
  "khi",
  "do",
  "vì",
  "nhằm",
  "ở",
  "này",
  "đó",
  "các",
  "những",
  "mỗi",
  "hoặc",
  "hay",
  "nhưng",
  "đi",
  "vào",
  "ra",
  "sau",
  "trước",
  "không",
  "chưa",
  "đang",
  "sẽ",
  "bị",
]);

/** Letters a measure may carry glued to its number ("6.020kg"). */
export const GLUED_UNITS: ReadonlySet<string> = new Set(["kg", "g", "ha", "km", "m", "cm", "mm", "l", "ml", "t"]);

/** Counted words that are units of measure, not things. */
export const MEASURE_UNITS: ReadonlySet<string> = new Set(["kg", "tấn", "tạ", "yến", "g", "gam", "ha", "km", "m", "mét", "lít", "m2", "m3", "cm", "mm"]);

/** Money: the word before "đồng" scales it. */
export const MONEY_SCALE: Readonly<Record<string, number>> = { đồng: 1, nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

/** "ISO", "TCVN", "LAS-XD", "ISO/IEC", "TMH", "LICOGI": a code whose number follows it. */
export function isCode(word: string): boolean {
  if (word.length < 2 || word.length > 24) return false;
  if (!/^[\p{Lu}\d/&.-]+$/u.test(word)) return false;
  let capitals = 0;
  for (const c of word) if (/\p{Lu}/u.test(c)) capitals++;
  return capitals >= 2;
}
