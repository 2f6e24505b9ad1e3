/** English words for each issue code. */
import { IssueCode as C, type IssueMessages, type IssueParam } from "./issue";

const q = (v: IssueParam | undefined): string => `“${v ?? ""}”`;

/** What a computed figure is, by its key; a register's kind is named as it is. */
const FIGURE_EN: Readonly<Record<string, string>> = {
  "tasks-managed": "the number of tasks managed in the period",
  "tasks-accepted": "the number of tasks accepted in the period",
  certificates: "the number of results-registration certificates issued in the period",
  lots: "the number of import lots registered for inspection in the period",
  "revenue-actual": "the revenue in the period",
  "revenue-plan": "the planned revenue",
  "expenditure-actual": "the expenditure in the period",
  "expenditure-plan": "the planned expenditure",
};

export const MESSAGES_EN: IssueMessages = {
  [C.SheetMissing]: (p) => `Sheet ${q(p.sheet)} was not found. Add it (the Create template button does) or rename the existing sheet.`,
  [C.HeaderNotFound]: (p) => `No header row was found on sheet ${q(p.sheet)}: one row must name the columns as in the template.`,
  [C.ColumnMissing]: (p) => `Required column ${q(p.column)} is missing. Add it to the header row.`,
  [C.ColumnDuplicate]: (p) => `Column ${q(p.column)} appears twice; the one at ${p.otherCell} is used.`,
  [C.ColumnUnknown]: (p) => `Columns that are not in the template are left out of the report: ${p.columns}.`,
  [C.SheetDuplicate]: (p) => `Two sheets are both ${q(p.sheet)}; sheet ${q(p.other)} is used.`,
  [C.SheetUnknown]: () => `This sheet is not part of the report template and is ignored.`,
  [C.RowsBelowTable]: (p) =>
    `${p.count} row(s) are typed below the table ${q(p.table)}, which ends at row ${p.tableEnd}. They are read all the same; resize the table to take them in.`,
  [C.ValueMissing]: (p) => `This cell is empty, but column ${q(p.column)} requires a value.`,
  [C.ExcelError]: (p) => `The cell holds the Excel error ${p.value} (column ${q(p.column)}). Fix the formula or type the value again.`,
  [C.DateInvalid]: (p) => `${q(p.value)} is not a date (column ${q(p.column)}). Type day/month/year, e.g. 25/01/2021.`,
  [C.DateImpossible]: (p) => `${q(p.value)} is not a day on the calendar (column ${q(p.column)}). Check the day and the month.`,
  [C.NumberInvalid]: (p) =>
    `${q(p.value)} is not a number (column ${q(p.column)}). Use a dot between thousands and a comma before decimals, e.g. 2.550.000 or 2,5.`,
  [C.NumberNotInteger]: (p) => `A quantity must be a whole number, not ${q(p.value)} (column ${q(p.column)}).`,
  [C.NumberNegative]: (p) => `${q(p.value)} is negative (column ${q(p.column)}); this column takes 0 or more.`,
  [C.NumberNotPositive]: (p) => `${q(p.value)} must be greater than 0 (column ${q(p.column)}).`,
  [C.CategoryUnknown]: (p) => `${q(p.value)} is not in the list of column ${q(p.column)}. Did you mean ${q(p.nearest)}? Allowed: ${p.allowed}.`,
  [C.ControlCharsRemoved]: (p) => `Removed ${p.count} unprintable control character(s) from the cell (column ${q(p.column)}).`,
  [C.ValueOnlyControlChars]: (p) =>
    `The cell holds only ${p.count} unprintable control character(s), so it is empty once they are removed, but column ${q(p.column)} requires a value. Clear the cell and type the value again.`,
  [C.CodeInvalid]: (p) => `Code ${q(p.value)} is not an outline number such as 1, 1.1 or 1.1.2 (column ${q(p.column)}).`,
  [C.DuplicateValue]: (p) => `${q(p.value)} repeats cell ${p.otherCell}; column ${q(p.column)} must not hold the same value twice.`,
  [C.EndBeforeStart]: (p) => `The end date ${p.end} is before the start date ${p.start} (cell ${p.startCell}).`,
  [C.StatusNeedsDate]: (p) => `The task's status is ${q(p.status)} but ${q(p.column)} is empty.`,
  [C.DateWithoutStatus]: (p) => `${q(p.column)} is filled in but the status is ${q(p.status)}, not “Đã nghiệm thu”.`,
  [C.FinanceSumMismatch]: (p) =>
    `This line says ${p.value} but its sub-lines (${p.children}) add up to ${p.sum}, a difference of ${p.difference} (column ${q(p.column)}).`,
  [C.FinanceParentMissing]: (p) => `Code ${q(p.code)} has no parent line ${q(p.parent)} (column ${q(p.column)}).`,
  [C.FinanceKindMismatch]: (p) => `Line ${q(p.code)} is not of the same kind (revenue/expenditure) as its parent ${q(p.parent)} (column ${q(p.column)}).`,
  [C.ActivityAmountWithoutViolation]: (p) =>
    `An amount is given but the result is ${p.result === "" ? "blank" : q(p.result)}; column ${q(p.column)} is only for rows whose result is “Vi phạm”.`,
  [C.ActivitySlotUnknown]: (p) => `The sentence holds a slot {${p.value}} that is not in the list (column ${q(p.column)}). Slots: ${p.known}.`,
  [C.ActivityKindIncomplete]: (p) => `The new activity kind ${q(p.kind)} has no ${q(p.column)}; a kind the catalogue adds needs both a section and a sentence.`,
  [C.ActivitySectionUnknown]: (p) =>
    `Activity kind ${q(p.kind)} belongs to section ${q(p.section)}, which is not in the report outline, so its paragraph is left out. Sections: ${p.known}.`,
  [C.RowNumberInvalid]: (p) =>
    `A row in the file is numbered ${q(p.value)}, which is not an Excel row number (1 to 1,048,576), so it cannot be read. Open the file in Excel, save it and check again.`,
  [C.RowNumberRepeated]: (p) =>
    `Row ${p.value} appears again (or after a row with a larger number) and is left out. Open the file in Excel, save it and check again.`,
  [C.CellReferenceInvalid]: (p) =>
    `The cell is addressed ${q(p.value)}, which does not match the row it sits in. Open the file in Excel, check this cell and save it.`,
  [C.SharedStringMissing]: (p) =>
    `This cell points to text number ${p.value}, which the file does not hold, so its value cannot be read. Open the file in Excel, type the cell again and save it.`,
  [C.SettingMissing]: (p) => `${q(p.key)} is not filled in on the settings sheet; the report needs it.`,
  [C.SettingUnknown]: (p) => `Setting ${q(p.key)} is not part of the template and is ignored.`,
  [C.SettingDuplicate]: (p) => `Setting ${q(p.key)} is given twice; the value at ${p.otherCell} is used.`,
  [C.PeriodInvalid]: (p) => `The reporting period is invalid: its end ${p.to} is before its start ${p.from}.`,
  [C.SectionUnknown]: (p) => `Section ${q(p.section)} is not in the report outline, so this paragraph is left out. Sections: ${p.known}.`,
  [C.ReportYearMismatch]: (p) => `Section ${p.section} says “${p.phrase}” but the report is about ${p.periodName}. Check the year.`,
  [C.ReportZeroWithText]: (p) =>
    `Section ${p.section}: the figure for ${p.figure} is zero in the period, yet the text says “${p.phrase}”. Check the data or the text.`,
  [C.ReportSectionEmpty]: (p) =>
    `${p.count} section(s) have no content: ${p.sections}. The report prints a highlighted line with a comment in each, to be finished in Word; add text on the Nội dung sheet (the Mục column gives the section number) or remove them from the outline.`,
  [C.ReportFigureSum]: (p) =>
    `Section ${p.section}: ${q(p.parts)} add up to ${p.sum}, not the ${q(p.total)} written. Correct the total or its parts so that they agree.`,
  [C.ReportFigurePercent]: (p) =>
    `Section ${p.section}: ${q(p.part)} is ${p.expected}% of ${q(p.whole)}, not ${q(p.percent)}` +
    (p.sum === undefined ? "" : ` (of the parts' sum, ${p.sum}, it is ${p.sumExpected}%)`) +
    `. Correct the percentage.`,
  [C.ReportFigureList]: (p) =>
    `Section ${p.section}: the text says ${q(p.phrase)} but the list that goes with it has ${p.items} item(s). Write the right count (${p.items}) or complete the list.`,
  [C.ReportFigureNotListed]: (p) =>
    `Section ${p.section}: the text says ${q(p.phrase)} but the list ${q(p.list)} (${p.items}) ` +
    (String(p.listed) === "0" ? `does not hold it.` : `holds only ${p.listed}.`) +
    ` Add it to the list (and correct the total) or correct the text.`,
  [C.ReportFigureComputed]: (p) =>
    `Section ${p.section}: the text says ${q(p.phrase)} but, from sheet ${p.sheet}, ${FIGURE_EN[String(p.figure)] ?? `the count of ${p.figure}`} is ${p.computed}. Correct the text or the data on sheet ${p.sheet}.`,
};
