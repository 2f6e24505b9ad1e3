/**
 * What we learn from an .xlsx's small parts before streaming its sheets: the
 * date system, the sheets in workbook order with their tables, and which
 * styles are dates. A few random-access reads; no sheet data is touched.
 */
import { open } from "node:fs/promises";
import { posix } from "node:path";
import type { GridTable } from "../../core/grid";
import { dateStylesFromXml } from "./date-styles";
import { prefixedAttribute, startTags, xmlAttributes } from "./xml-text";
import { readZipDirectory, readZipEntry, type ZipEntry } from "./zip-directory";

export interface ManifestSheet {
  /** The name as the workbook spells it. */
  readonly name: string;
  /** The sheet's part inside the zip, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part: string;
  readonly tables: ReadonlyArray<GridTable>;
  /** Its zip entry; undefined when workbook.xml names a part the zip lacks. */
  readonly entry: ZipEntry | undefined;
}

export interface WorkbookManifest {
  readonly date1904: boolean;
  /** Worksheets in workbook (tab) order; chart sheets are left out. */
  readonly sheets: ReadonlyArray<ManifestSheet>;
  /** `dateStyles[s]` is true when cell style `s` shows numbers as dates. */
  readonly dateStyles: ReadonlyArray<boolean>;
  /** The shared string table's entry, if the workbook has one. */
  readonly sharedStrings: ZipEntry | undefined;
}

const WORKBOOK_PART = "xl/workbook.xml";
const SMALL_PART_LIMIT = 32 * 1024 * 1024;

/** Resolves a relationship target against the folder of the part that owns the rels. */
function resolveTarget(ownerFolder: string, target: string): string {
  return target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join(ownerFolder, target));
}

function relsPath(part: string): string {
  return posix.join(posix.dirname(part), "_rels", posix.basename(part) + ".rels");
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** Reads the whole manifest; throws ZipFormatError or a parse error when the parts are unreadable. */
export async function readWorkbookManifest(path: string): Promise<WorkbookManifest> {
  const fh = await open(path, "r");
  try {
    const entries = await readZipDirectory(fh, (await fh.stat()).size);
    const text = async (part: string): Promise<string | undefined> => {
      const entry: ZipEntry | undefined = entries.get(part);
      return entry ? (await readZipEntry(fh, entry, SMALL_PART_LIMIT)).toString("utf8") : undefined;
    };
    const rels = async (part: string): Promise<Map<string, Relationship>> => {
      const out = new Map<string, Relationship>();
      for (const tag of startTags((await text(relsPath(part))) ?? "", "Relationship")) {
        const a = xmlAttributes(tag);
        if (a.get("TargetMode") === "External") continue;
        out.set(a.get("Id") ?? "", { type: a.get("Type") ?? "", target: resolveTarget(posix.dirname(part), a.get("Target") ?? "") });
      }
      return out;
    };

    const workbookXml = (await text(WORKBOOK_PART)) ?? "";
    const pr = startTags(workbookXml, "workbookPr")[0];
    const flag = pr ? xmlAttributes(pr).get("date1904") : undefined;
    const date1904 = flag === "1" || flag === "true";

    const workbookRels = await rels(WORKBOOK_PART);
    const sheets: ManifestSheet[] = [];
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
      sheets.push({ name: a.get("name") ?? "", part: rel.target, tables, entry: entries.get(rel.target) });
    }

    const partOf = (type: string, usual: string): string => [...workbookRels.values()].find((r) => r.type.endsWith(type))?.target ?? usual;
    const stylesXml = await text(partOf("/styles", "xl/styles.xml"));
    return {
      date1904,
      sheets,
      dateStyles: stylesXml ? dateStylesFromXml(stylesXml) : [],
      sharedStrings: entries.get(partOf("/sharedStrings", "xl/sharedStrings.xml")),
    };
  } finally {
    await fh.close();
  }
}
