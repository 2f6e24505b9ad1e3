/**
 * Matching keys for names typed by hand: headers, sheet and table names,
 * settings keys and category values. Two spellings that a clerk would call
 * "the same" get the same key.
 */

/** Whitespace of every kind (line breaks, NBSP, zero-width space) and the separators clerks use for spaces. */
const SEPARATORS = /[\s\u200b_\-\u2010-\u2015]+/g;
const WHITESPACE = /[\s\u200b]+/g;
const WORD = /[\p{L}\p{M}]+/gu;
/** Grave, acute, tilde, hook above, dot below, and the deprecated tone-mark duplicates of grave and acute. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323\u0340\u0341]/;
const TONES = /[\u0300\u0301\u0303\u0309\u0323\u0340\u0341]/g;
const MARKS = /\p{M}+/gu;
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;
const BRACKETED = /\([^()]*\)|\[[^\]]*\]/g;
const UNCLOSED = /[([].*$/s;

/** NFC, whitespace runs (line breaks, NBSP) collapsed to one space, trimmed: a name fit to show back to the user. */
export function cleanLabel(text: string): string {
  return text.normalize("NFC").replace(WHITESPACE, " ").trim();
}

/** Drops text in brackets, a unit by convention: "Kinh phí (triệu đồng)" → "Kinh phí". */
export function withoutBrackets(text: string): string {
  return text.replace(BRACKETED, " ").replace(UNCLOSED, " ");
}

// Old and new Vietnamese spelling put the tone on different vowels (hoà/hòa, thuỷ/thủy); the key moves it to the word's end.
function moveTone(word: string): string {
  if (!TONE.test(word)) return word;
  const tones = word.match(TONES) ?? [];
  let tail = "";
  for (const t of tones) tail += t === "\u0340" ? "\u0300" : t === "\u0341" ? "\u0301" : t;
  return word.replace(TONES, "") + tail;
}

/**
 * The key with diacritics kept: case folded (Đ → đ), whitespace, underscores
 * and hyphens collapsed to one space, the tone mark of each word at a fixed place.
 */
export function matchKey(text: string): string {
  const spaced = text.normalize("NFC").toLowerCase().replace(SEPARATORS, " ").trim();
  if (spaced === "") return "";
  return spaced.normalize("NFD").replace(WORD, moveTone);
}

/** The key with diacritics, spaces and punctuation removed: "Lô hàng", "lo hang", "Lo_hang", "LoHang" → "lohang". */
export function looseKey(text: string): string {
  return text.normalize("NFD").toLowerCase().replace(MARKS, "").replace(/đ/g, "d").replace(NOT_ALNUM, "");
}
