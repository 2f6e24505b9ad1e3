/**
 * The Excel host: the only code that calls `Excel.run`. Reads the live
 * workbook as a streamed grid, selects cells, adds the template's missing
 * sheets, and says which requirement sets the user's Excel lacks.
 */
export { openExcelSource, withExcelSource, PAYLOAD_TOO_LARGE, RowTooLargeError, type ExcelSourceOptions } from "./excel-source";
export { selectCell, queueSelect } from "./select-cell";
export { addTemplateSheets, createTemplate, officeValidation, type OfficeValidation, type TemplateResult } from "./template-writer";
export { checkRequirements, availableFeatures, EXCEL_REQUIREMENTS, ExcelFeature, type RequirementSet, type IsSetSupported } from "./requirements";
export { blockRows, BLOCK_LIMITS, EXCEL_PAYLOAD_LIMIT, type BlockLimits } from "./block-size";
export { BlockConverter, type LoadedBlock } from "./block-cells";
