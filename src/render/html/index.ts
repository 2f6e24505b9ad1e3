/**
 * The HTML preview: a ReportDocument in, an escaped HTML fragment and its
 * stylesheet out, for the task pane's "Xem trước" tab. Figures are
 * focusable spans carrying their source cells in `data-sources`.
 */
export { renderHtml } from "./render-html";
export type { RenderHtmlOptions } from "./render-html";
export { REPORT_PREVIEW_CSS } from "./preview-css";
