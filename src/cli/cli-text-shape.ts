/** The command line's own words (issue messages come from the core catalogue); each language's file fills it in full. */
import type { Severity } from "../core/issues";
import type { WorkbookFileProblem } from "../hosts/node";
import type { OutputFileProblem } from "../hosts/node";

export interface CliText {
  readonly usageError: (message: string) => string;
  readonly unexpectedError: (message: string) => string;
  readonly unknownCommand: (command: string) => string;
  readonly unknownOption: (option: string) => string;
  readonly optionNeedsValue: (option: string) => string;
  readonly langValue: (value: string) => string;
  readonly emptySectionsValue: (value: string) => string;
  readonly validateNeedsWorkbook: string;
  readonly noSummary: string;
  readonly checked: (path: string) => string;
  readonly fixErrors: string;
  readonly noErrors: string;
  readonly templateWritten: (path: string) => string;
  readonly notJson: string;
  readonly outlineUnreadable: (path: string, why: string) => string;
  readonly outlineUnusable: (path: string) => string;
  readonly noPeriod: string;
  readonly blockedByErrors: string;
  readonly rowsLeftOut: (count: number) => string;
  readonly warningsToSee: (count: number) => string;
  readonly reportWritten: (path: string) => string;
  readonly updateNeedsFiles: string;
  readonly reportUnreadable: (path: string) => string;
  readonly notLivingReport: (path: string) => string;
  /** The .docx declares parts far larger than a report (a zip bomb, or not a report): refused before it is inflated. */
  readonly reportTooLarge: (path: string) => string;
  /** `figure` names it: "II.6.1 lô hàng". */
  readonly figureChanged: (figure: string, from: string, to: string) => string;
  readonly figureTypedOver: (figure: string, typed: string, fresh: string) => string;
  readonly figureDeleted: (figure: string, fresh: string) => string;
  readonly figuresUnchanged: (changed: number, unchanged: number) => string;
  readonly reportUpdated: (path: string) => string;
  readonly dryRunNothingWritten: string;
  /** The workbook's period is not the report's: its name in the title and headings is not a figure and stays. */
  /** The period's name and dates are refreshed like the figures; the clerk's own paragraphs that name the period are not. */
  readonly periodRefreshed: (was: string, now: string) => string;
  /** A figure whose control holds a tracked change (insertion, deletion, move): kept as it is. */
  readonly figureTracked: (figure: string, fresh: string) => string;
  /** A comment or bookmark anchored in the figure: writing the new text would drop it. */
  readonly figureAnnotated: (figure: string, fresh: string) => string;
  /** `list` names it: "Phụ lục bảng thu chi"; `from`, `to` count its items ("24 dòng"); see core/living/list-words.ts. */
  readonly listChanged: (list: string, from: string, to: string) => string;
  readonly listEdited: (list: string, fresh: string, tracked: boolean) => string;
  readonly listDeleted: (list: string, fresh: string) => string;
  /** A workbook that cannot be read: `f` is the quoted path. */
  readonly fileProblem: Readonly<Record<WorkbookFileProblem["code"], (f: string, params: WorkbookFileProblem["params"]) => string>>;
  /** `out` names the output (`-o “a.docx”`). */
  readonly outputClashInput: (out: string, input: string) => string;
  readonly outputClashOther: (out: string, other: string) => string;
  /** An output that cannot be written: `f` is the quoted path, `detail` the system's error code. */
  readonly outputProblem: Readonly<Record<OutputFileProblem["code"], (f: string, detail: string) => string>>;
  /** An issue's severity as an issue list labels it ("LỖI"); the labels are padded to the warning's length. */
  readonly severityLabel: Readonly<Record<Severity, string>>;
  /** The heading of the issues that belong to no sheet. */
  readonly wholeWorkbook: string;
  /** "3 lỗi, 2 cảnh báo, 1 thông tin": a sheet's or the list's counts. */
  readonly issueCounts: (errors: number, warnings: number, infos: number) => string;
  /** The help text. */
  readonly usage: string;
}
