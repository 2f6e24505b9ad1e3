/**
 * Which cell styles show numbers as dates: Excel stores a date as a plain
 * number, and only the style's number format says it is one.
 */
import { isDateFormat } from "../core/grid";
import { elementBody, startTags, xmlAttributes } from "./xml-text";

/** Excel keeps a number format to 255 characters; a longer one is not read (and cannot slow the test below). */
const MAX_FORMAT_CODE = 255;

/** Built-in number formats that are dates or times (14–22, 45–47, and the East Asian 27–36, 50–58). */
function isBuiltInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** `result[s]` is true when cell style `s` (the `s` attribute of a cell) is a date format. */
export function dateStylesFromXml(stylesXml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const tag of startTags(stylesXml, "numFmt")) {
    const a = xmlAttributes(tag);
    custom.set(Number(a.get("numFmtId")), a.get("formatCode") ?? "");
  }
  return startTags(elementBody(stylesXml, "cellXfs"), "xf").map((tag) => {
    const id = Number(xmlAttributes(tag).get("numFmtId") ?? "0");
    const code = custom.get(id);
    return code === undefined ? isBuiltInDate(id) : code.length <= MAX_FORMAT_CODE && isDateFormat(code);
  });
}
