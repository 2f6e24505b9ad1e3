/**
 * A problem found in a workbook, as data. Words come later, from a message
 * catalogue (see `messages-vi.ts`, `messages-en.ts`), so the same issue can be
 * shown in Vietnamese or English, listed, counted or sent as JSON.
 */

export const Severity = {
  Error: "error",
  Warning: "warning",
  Info: "info",
} as const;
export type Severity = (typeof Severity)[keyof typeof Severity];

/** Parameter values an issue carries into its message. */
export type IssueParam = string | number;

/**
 * Every issue code, with the parameters its messages use.
 * Adding a code means adding its message in both catalogues (a test checks).
 */
export const IssueCode = {
  // Sheets and columns
  /** A required sheet is missing. params: sheet (contract name) */
  SheetMissing: "sheet-missing",
  /** No header row was found on a sheet that matched by name. params: sheet (contract name) */
  HeaderNotFound: "header-not-found",
  /** A required column is missing. params: column (contract name) */
  ColumnMissing: "column-missing",
  /** Two headers match the same column; the first is used. params: column, otherCell */
  ColumnDuplicate: "column-duplicate",
  /** Columns the contract does not know, kept out of the report (info, once a sheet). params: columns (comma list) */
  ColumnUnknown: "column-unknown",
  /** Two sheets match the same contract sheet; the first is used. params: sheet (contract name), other */
  SheetDuplicate: "sheet-duplicate",
  /** A sheet the contract does not know (info). params: none */
  SheetUnknown: "sheet-unknown",
  /** Rows typed below the end of the Excel table the sheet was found by: read, but the table should include them (warning). params: table, count, tableEnd */
  RowsBelowTable: "rows-below-table",

  // Values
  /** A required value is empty. params: column */
  ValueMissing: "value-missing",
  /** An Excel error value in a used cell. params: column, value ("#N/A") */
  ExcelError: "excel-error",
  /** Not a date. params: column, value */
  DateInvalid: "date-invalid",
  /** Looks like a date but does not exist (31/02/2022). params: column, value */
  DateImpossible: "date-impossible",
  /** Not a number. params: column, value */
  NumberInvalid: "number-invalid",
  /** A count or quantity that must be a whole number. params: column, value */
  NumberNotInteger: "number-not-integer",
  /** Negative where it must be ≥ 0. params: column, value */
  NumberNegative: "number-negative",
  /** Zero or negative where it must be > 0. params: column, value */
  NumberNotPositive: "number-not-positive",
  /** Not one of the listed values. params: column, value, nearest, allowed (list joined by " · ") */
  CategoryUnknown: "category-unknown",
  /** Control characters removed from text (info). params: column, count */
  ControlCharsRemoved: "control-chars-removed",
  /** A required text cell holding only control characters: empty once they are removed. params: column, count */
  ValueOnlyControlChars: "value-only-control-chars",
  /** An outline code that is not of the form 1, 1.1, 1.1.2. params: column, value */
  CodeInvalid: "code-invalid",

  // Rows
  /** Same value twice in a unique column. params: column, value, otherCell */
  DuplicateValue: "duplicate-value",
  /** End date before start date. params: column, start, end, startCell */
  EndBeforeStart: "end-before-start",
  /** Status Đã nghiệm thu without an acceptance date. params: column, status */
  StatusNeedsDate: "status-needs-date",
  /** An acceptance date with a status other than Đã nghiệm thu (warning). params: column, status */
  DateWithoutStatus: "date-without-status",
  /** A finance line differs from the sum of its children. params: column, value, sum, difference, children (A1 list) */
  FinanceSumMismatch: "finance-sum-mismatch",
  /** A finance line whose parent line (by code) is missing. params: column, code, parent */
  FinanceParentMissing: "finance-parent-missing",
  /** A child line of another kind (Thu under Chi). params: column, code, parent */
  FinanceKindMismatch: "finance-kind-mismatch",

  // Activities (Hoạt động, Danh mục hoạt động)
  /** An amount on a row whose result is not Vi phạm. params: column, result ("" when blank) */
  ActivityAmountWithoutViolation: "activity-amount-without-violation",
  /** A catalogue sentence holds a slot the contract does not know. params: column, value (the slot as typed), known */
  ActivitySlotUnknown: "activity-slot-unknown",
  /** A kind the catalogue adds lacks its section or its sentence. params: kind, column */
  ActivityKindIncomplete: "activity-kind-incomplete",
  /** A kind whose section is not in the report outline: its paragraph cannot be placed. params: kind, section, known */
  ActivitySectionUnknown: "activity-section-unknown",
  // Reading the file (the host met XML it could not place)
  /** A row number that is not 1–1048576; the row is left out. params: value */
  RowNumberInvalid: "row-number-invalid",
  /** A row numbered at or before an earlier row; it is left out. params: value */
  RowNumberRepeated: "row-number-repeated",
  /** A cell reference that is not a cell of its row (A0, B-1, 12). params: value */
  CellReferenceInvalid: "cell-reference-invalid",
  /** A cell pointing past the end of the shared string table; read as empty. params: value */
  SharedStringMissing: "shared-string-missing",

  // Report settings (Thông tin)
  /** A required setting is missing. params: key */
  SettingMissing: "setting-missing",
  /** An unknown key in Thông tin (info). params: key */
  SettingUnknown: "setting-unknown",
  /** The same key twice; the first is used. params: key, otherCell */
  SettingDuplicate: "setting-duplicate",
  /** Period end before its start. params: from, to */
  PeriodInvalid: "period-invalid",

  // Narrative (Nội dung)
  /** A section key that is not in the report outline. params: section, known */
  SectionUnknown: "section-unknown",

  // The report itself (cross-checks on the written narrative)
  /** Free text names a period of another year ("6 tháng đầu năm 2020" in a 2021 report). params: section, phrase, periodName */
  ReportYearMismatch: "report-year-mismatch",
  /** A computed figure is zero while the section's free text speaks of activity. params: section, figure, phrase */
  ReportZeroWithText: "report-zero-with-text",
  /** Sections with nothing under them, listed in one warning. params: sections ("II.10 “Công tác khác.”; …"), keys ("II.10, III.3.2"), count */
  ReportSectionEmpty: "report-section-empty",
  /** Parts that do not add up to the total stated with them. params: section, parts ("3.328 + 71" as typed), sum, total (as typed) */
  ReportFigureSum: "report-figure-sum",
  /** A percentage that is not the stated part of the stated whole. params: section, percent, part, whole (as typed), expected; sum, sumExpected when the parts do not add up to the whole */
  ReportFigurePercent: "report-figure-percent",
  /** A count that differs from the number of items listed after it. params: section, phrase ("09 Giấy chứng nhận"), items */
  ReportFigureList: "report-figure-list",
  /** A count of a kind of thing that the list given before does not hold (or holds fewer of). params: section, phrase, list, items, listed */
  ReportFigureNotListed: "report-figure-not-listed",
  /** A figure in the text that differs from the one computed from the sheets. params: section, phrase, figure (what), sheet, computed */
  ReportFigureComputed: "report-figure-computed",
} as const;
export type IssueCode = (typeof IssueCode)[keyof typeof IssueCode];

/** The parameters of a code that has none. */
export type NoParams = Readonly<Record<never, never>>;

/**
 * Each code's parameters, by name: a message reads only what its code carries,
 * and building an issue without one of them does not compile.
 */
export interface IssueParamsByCode {
  "sheet-missing": { readonly sheet: IssueParam };
  "header-not-found": { readonly sheet: IssueParam };
  "column-missing": { readonly column: IssueParam };
  "column-duplicate": { readonly column: IssueParam; readonly otherCell: IssueParam };
  "column-unknown": { readonly columns: IssueParam };
  "sheet-duplicate": { readonly sheet: IssueParam; readonly other: IssueParam };
  "sheet-unknown": NoParams;
  "rows-below-table": { readonly table: IssueParam; readonly count: IssueParam; readonly tableEnd: IssueParam };
  "value-missing": { readonly column: IssueParam };
  "excel-error": { readonly column: IssueParam; readonly value: IssueParam };
  "date-invalid": { readonly column: IssueParam; readonly value: IssueParam };
  "date-impossible": { readonly column: IssueParam; readonly value: IssueParam };
  "number-invalid": { readonly column: IssueParam; readonly value: IssueParam };
  "number-not-integer": { readonly column: IssueParam; readonly value: IssueParam };
  "number-negative": { readonly column: IssueParam; readonly value: IssueParam };
  "number-not-positive": { readonly column: IssueParam; readonly value: IssueParam };
  "category-unknown": { readonly column: IssueParam; readonly value: IssueParam; readonly nearest: IssueParam; readonly allowed: IssueParam };
  "control-chars-removed": { readonly column: IssueParam; readonly count: IssueParam };
  "value-only-control-chars": { readonly column: IssueParam; readonly count: IssueParam };
  "code-invalid": { readonly column: IssueParam; readonly value: IssueParam };
  "duplicate-value": { readonly column: IssueParam; readonly value: IssueParam; readonly otherCell: IssueParam };
  "end-before-start": { readonly column: IssueParam; readonly start: IssueParam; readonly end: IssueParam; readonly startCell: IssueParam };
  "status-needs-date": { readonly column: IssueParam; readonly status: IssueParam };
  "date-without-status": { readonly column: IssueParam; readonly status: IssueParam };
  "finance-sum-mismatch": {
    readonly column: IssueParam;
    readonly value: IssueParam;
    readonly sum: IssueParam;
    readonly difference: IssueParam;
    readonly children: IssueParam;
  };
  "finance-parent-missing": { readonly column: IssueParam; readonly code: IssueParam; readonly parent: IssueParam };
  "finance-kind-mismatch": { readonly column: IssueParam; readonly code: IssueParam; readonly parent: IssueParam };
  "activity-amount-without-violation": { readonly column: IssueParam; readonly result: IssueParam };
  "activity-slot-unknown": { readonly column: IssueParam; readonly value: IssueParam; readonly known: IssueParam };
  "activity-kind-incomplete": { readonly kind: IssueParam; readonly column: IssueParam };
  "activity-section-unknown": { readonly kind: IssueParam; readonly section: IssueParam; readonly known: IssueParam };
  "row-number-invalid": { readonly value: IssueParam };
  "row-number-repeated": { readonly value: IssueParam };
  "cell-reference-invalid": { readonly value: IssueParam };
  "shared-string-missing": { readonly value: IssueParam };
  "setting-missing": { readonly key: IssueParam };
  "setting-unknown": { readonly key: IssueParam };
  "setting-duplicate": { readonly key: IssueParam; readonly otherCell: IssueParam };
  "period-invalid": { readonly from: IssueParam; readonly to: IssueParam };
  "section-unknown": { readonly section: IssueParam; readonly known: IssueParam };
  "report-year-mismatch": { readonly section: IssueParam; readonly phrase: IssueParam; readonly periodName: IssueParam };
  "report-zero-with-text": { readonly section: IssueParam; readonly figure: IssueParam; readonly phrase: IssueParam };
  "report-section-empty": { readonly sections: IssueParam; readonly keys: IssueParam; readonly count: IssueParam };
  "report-figure-sum": { readonly section: IssueParam; readonly parts: IssueParam; readonly sum: IssueParam; readonly total: IssueParam };
  "report-figure-percent": {
    readonly section: IssueParam;
    readonly percent: IssueParam;
    readonly part: IssueParam;
    readonly whole: IssueParam;
    readonly expected: IssueParam;
    readonly sum?: IssueParam;
    readonly sumExpected?: IssueParam;
  };
  "report-figure-list": { readonly section: IssueParam; readonly phrase: IssueParam; readonly items: IssueParam };
  "report-figure-not-listed": {
    readonly section: IssueParam;
    readonly phrase: IssueParam;
    readonly list: IssueParam;
    readonly items: IssueParam;
    readonly listed: IssueParam;
  };
  "report-figure-computed": {
    readonly section: IssueParam;
    readonly phrase: IssueParam;
    readonly figure: IssueParam;
    readonly sheet: IssueParam;
    readonly computed: IssueParam;
  };
}

/** The parameters of issue code `C`. */
export type IssueParams<C extends IssueCode = IssueCode> = IssueParamsByCode[C];

/** An issue of code `C`, with that code's parameters. */
export interface IssueOf<C extends IssueCode> {
  readonly code: C;
  readonly severity: Severity;
  /** The sheet as the workbook names it; absent for workbook-wide issues. */
  readonly sheet?: string;
  /** A1 cell or range on that sheet ("B17", "B17:I17"); absent for whole-sheet issues. */
  readonly cell?: string;
  /** The data row the issue is about (1-based sheet row), when it is about one. */
  readonly row?: number;
  readonly params: IssueParams<C>;
}

/** An issue of any code in `C`, distributed: a union keyed by `code`. */
export type IssueFor<C extends IssueCode> = C extends IssueCode ? IssueOf<C> : never;

/** Any issue: a union keyed by `code`, so narrowing on the code types its parameters. */
export type Issue = IssueFor<IssueCode>;

/** A catalogue of messages: for each code, its words from exactly that code's parameters. */
export type IssueMessages = { readonly [C in IssueCode]: (params: IssueParams<C>) => string };

/** Builds an issue of code `C` with exactly that code's parameters. */
export function issue<C extends IssueCode>(
  code: C,
  severity: Severity,
  where: { sheet?: string; cell?: string; row?: number },
  params: IssueParams<C>,
): IssueFor<C> {
  // For a single code this is IssueOf<C>; TypeScript cannot see that a generic C distributes to the same.
  return { code, severity, ...where, params } as IssueFor<C>;
}

/** Counts per severity. */
export function countBySeverity(issues: ReadonlyArray<Issue>): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) out[i.severity]++;
  return out;
}

export function hasErrors(issues: ReadonlyArray<Issue>): boolean {
  return issues.some((i) => i.severity === Severity.Error);
}
