/**
 * The .xlsx reader's host-neutral parts: the zip's central directory, the
 * small parts (workbook, rels, styles, tables), the shared strings and the
 * row scanner, with the limits that bound them. The Node host (src/hosts/node)
 * and the browser host (src/hosts/browser) add the bytes and the inflating.
 * Also the one module that dates zip entries, for every zip the product writes.
 */
export { readZipDirectory, entryDataStart, checkInflatedSize, type ZipEntry, type ReadAt } from "./zip-directory";
export { readWorkbookParts, resolveTarget, WORKBOOK_PART, type WorkbookParts, type WorkbookPartsSheet, type PartText } from "./workbook-parts";
export { SharedStringScanner, readSharedStrings } from "./shared-strings";
export { SheetRowScanner, AlignedChunks, sheetScanner, type ScanContext, type ScanOptions } from "./sheet-row-scanner";
export { dateStylesFromXml } from "./date-styles";
export { decodeXmlText, decodeExcelEscapes, xmlAttributes, startTags, elementBody } from "./xml-text";
export { XlsxFormatError, XlsxLimitKind, tooLarge, type XlsxTooLarge } from "./xlsx-format-error";
export { DEFAULT_XLSX_LIMITS, XlsxBudget, type XlsxLimits } from "./xlsx-limits";
export { forward, ScannerStalledError } from "./forward-progress";
export { dosDateTime, setZipDates, withZipDates } from "./zip-timestamps";
