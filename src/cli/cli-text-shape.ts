/** The command line's own words (issue messages come from the core catalogue); each language's file fills it in full. */
export interface CliText {
  readonly usageError: (message: string) => string;
  readonly unexpectedError: (message: string) => string;
  readonly unknownCommand: (command: string) => string;
  readonly unknownOption: (option: string) => string;
  readonly optionNeedsValue: (option: string) => string;
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
}
