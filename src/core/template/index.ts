/** The blank template as data, host-neutral: the exceljs file writer and the Office.js "Tạo mẫu" both render it. */
export { templateColumn, type ColumnRule, type TemplateColumn } from "./template-column";
export { TEMPLATE_LAST_ROW, listLayout, planTemplate } from "./template-plan";
export type { ExistingSheet, ListColumn, TemplateCell, TemplatePlan, TemplateRow, TemplateSheet } from "./template-plan";
