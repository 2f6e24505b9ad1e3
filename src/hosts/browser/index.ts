/** The browser host: reads an .xlsx picked from the computer, from its bytes in memory. */
export { openXlsxBytes, type XlsxBytesOptions } from "./xlsx-bytes-source";
export { XlsxBytesError, XlsxBytesProblemCode, classifyXlsxBytes } from "./xlsx-bytes-problem";
