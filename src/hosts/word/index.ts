/**
 * The Word host: the only code that calls `Word.run`. Puts a finished report
 * into the open document (at its start or end, instead of it) or into a new
 * one, with the best API the user's Word supports.
 */
export {
  insertReport,
  officeWordDeps,
  insertOptions,
  MAX_INSERT_BYTES,
  MAX_INSERT_BASE64,
  type InsertOutcome,
  type WordDeps,
  type WordRun,
} from "./insert-report";
export {
  chooseInsertMethod,
  InsertPlace,
  INSERT_PLACES,
  InsertMethodKind,
  WORD_SETS,
  type InsertMethod,
  type IsSetSupported,
  type WordLocation,
} from "./insert-method";
export { wordProblem, WordProblemCode, type WordProblem } from "./word-problem";
export { readWordFigures, readWordRecord, writeWordFigures, updateWordFigures, UPDATED_HIGHLIGHT, type WordFigures } from "./update-figures";
export { selectWordFigure, type SelectOutcome } from "./select-figure";
export { acceptWordFigures } from "./accept-figures";
