/**
 * What an .xlsx's small parts say, whatever holds the zip: the date system,
 * the worksheets in tab order with their tables, which styles are dates and
 * where the shared strings are. Pure, so the Node reader (random access into
 * a file) and the browser reader (bytes in memory) share it.
 */
import type { GridTable } from "../core/grid";
import { dateStylesFromXml } from "./date-styles";
import { prefixedAttribute, startTags, xmlAttributes } from "./xml-text";

export interface WorkbookPartsSheet {
  /** The name as the workbook spells it. */
  readonly name: string;
  /** The sheet's part inside the zip, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part: string;
  readonly tables: ReadonlyArray<GridTable>;
}

export interface WorkbookParts {
  readonly date1904: boolean;
  /** Worksheets in workbook (tab) order; chart sheets are left out. */
  readonly sheets: ReadonlyArray<WorkbookPartsSheet>;
  /** `dateStyles[s]` is true when cell style `s` shows numbers as dates. */
  readonly dateStyles: ReadonlyArray<boolean>;
  /** The shared string table's part name (it may be absent from the zip). */
  readonly sharedStringsPart: string;
}

/** A part's text by its name inside the zip; undefined when the zip lacks it. */
export type PartText = (part: string) => Promise<string | undefined>;

export const WORKBOOK_PART = "xl/workbook.xml";

function dirname(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? "" : part.slice(0, slash);
}

/** Resolves a relationship target against the folder of the part that owns the rels (as `posix.normalize(join())`). */
export function resolveTarget(ownerFolder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const out: string[] = [];
  for (const segment of `${ownerFolder}/${target}`.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  return out.join("/");
}

function relsPath(part: string): string {
  const folder = dirname(part);
  const base = part.slice(folder.length ? folder.length + 1 : 0);
  return `${folder ? folder + "/" : ""}_rels/${base}.rels`;
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** Reads the small parts through `text`; parse problems surface as thrown errors for the caller to classify. */
export async function readWorkbookParts(readText: PartText): Promise<WorkbookParts> {
  // Each part is read once, however many sheets name it.
  const cache = new Map<string, Promise<string | undefined>>();
  const text = (part: string): Promise<string | undefined> => {
    let t = cache.get(part);
    if (!t) cache.set(part, (t = readText(part)));
    return t;
  };
  const rels = async (part: string): Promise<Map<string, Relationship>> => {
    const out = new Map<string, Relationship>();
    for (const tag of startTags((await text(relsPath(part))) ?? "", "Relationship")) {
      const a = xmlAttributes(tag);
      if (a.get("TargetMode") === "External") continue;
      out.set(a.get("Id") ?? "", { type: a.get("Type") ?? "", target: resolveTarget(dirname(part), a.get("Target") ?? "") });
    }
    return out;
  };

  const workbookXml = (await text(WORKBOOK_PART)) ?? "";
  const pr = startTags(workbookXml, "workbookPr")[0];
  const flag = pr ? xmlAttributes(pr).get("date1904") : undefined;
  const date1904 = flag === "1" || flag === "true";

  const workbookRels = await rels(WORKBOOK_PART);
  const sheets: WorkbookPartsSheet[] = [];
  for (const tag of startTags(workbookXml, "sheet")) {
    const a = xmlAttributes(tag);
    const rel = workbookRels.get(prefixedAttribute(a, "id") ?? "");
    if (!rel || !rel.type.endsWith("/worksheet")) continue;
    const tables: GridTable[] = [];
    for (const sheetRel of (await rels(rel.target)).values()) {
      if (!sheetRel.type.endsWith("/table")) continue;
      const tableTag = startTags((await text(sheetRel.target)) ?? "", "table")[0];
      if (!tableTag) continue;
      const t = xmlAttributes(tableTag);
      const name = t.get("displayName") ?? t.get("name");
      const ref = t.get("ref");
      if (name && ref) tables.push({ name, ref });
    }
    sheets.push({ name: a.get("name") ?? "", part: rel.target, tables });
  }

  const partOf = (type: string, usual: string): string => [...workbookRels.values()].find((r) => r.type.endsWith(type))?.target ?? usual;
  const stylesXml = await text(partOf("/styles", "xl/styles.xml"));
  return {
    date1904,
    sheets,
    dateStyles: stylesXml ? dateStylesFromXml(stylesXml) : [],
    sharedStringsPart: partOf("/sharedStrings", "xl/sharedStrings.xml"),
  };
}
