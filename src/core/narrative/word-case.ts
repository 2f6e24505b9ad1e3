/** Small changes of case and article the catalogues and the paragraphs both make. */

/** "Nông nghiệp và phát triển nông thôn" → "nông nghiệp và phát triển nông thôn"; "X-quang", "CT" stay. */
export function lowerFirst(text: string): string {
  const first = text.split(/\s/, 1)[0] ?? "";
  const capitals = first.replace(/[^\p{Lu}]/gu, "").length;
  // An acronym or a letter-code word (CT, MRI, X-quang) keeps its capitals.
  if (capitals >= 2 || /^\p{L}[-\d]/u.test(first)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "Appendix" alone reads "the Appendix" in a sentence; "Appendix II" stays. */
export function englishRef(label: string): string {
  return /\s/.test(label) ? label : `the ${label}`;
}
