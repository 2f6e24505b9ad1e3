// The format test is pure and lives in src/core/grid; this name stays for the Office.js reader's tests.
export { isDateFormat } from "../../core/grid";
