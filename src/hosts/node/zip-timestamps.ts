// The one zip-date module lives in src/xlsx; this name stays for the template writer.
export { setZipDates as setZipTimestamps } from "../../xlsx";
