/**
 * The preview's stylesheet: the report's look (Times New Roman, the header
 * block in two columns, justified body text) scaled for a task pane about
 * 320 px wide. Every rule sits under `.report-preview`.
 */
export const REPORT_PREVIEW_CSS = `
.report-preview { font-family: "Times New Roman", Times, serif; font-size: 13px; line-height: 1.35; color: #000; background: #fff;
  padding: 8px; box-sizing: border-box; max-width: 100%; overflow-wrap: break-word; }
.report-preview p { margin: 0; }
.report-preview .report-header { display: grid; grid-template-columns: 44% 56%; column-gap: 4px; text-align: center; font-size: 10px; line-height: 1.3; }
.report-preview .report-agency, .report-preview .report-nation, .report-preview .report-motto { font-weight: bold; }
.report-preview .report-nation { font-size: 9.5px; }
.report-preview .report-rule { width: 35%; margin: 2px auto 4px; border: 0; border-top: 1px solid #000; }
.report-preview .report-rule-motto { width: 70%; }
.report-preview .report-date-line { font-style: italic; }
/* The blanks left for the clerk's number and date stay as wide as in the .docx. */
.report-preview .report-number-line, .report-preview .report-date-line, .report-preview .report-appendix-subtitle { white-space: pre-wrap; }
.report-preview .report-title { font-size: 14px; font-weight: bold; text-align: center; margin: 14px 0 0; }
.report-preview .report-subject { font-weight: bold; text-align: center; }
.report-preview .report-subject::after, .report-preview .report-appendix-subtitle::after { content: ""; display: block; width: 40%; margin: 4px auto 0; border-bottom: 1px solid currentColor; }
.report-preview .report-recipients { text-align: center; margin: 8px 0; }
.report-preview .report-body { text-align: justify; text-indent: 1.5em; margin: 0 0 4px; }
.report-preview .report-line { margin: 0 0 4px; }
.report-preview .align-left { text-align: left; }
.report-preview .align-center { text-align: center; }
.report-preview .align-right { text-align: right; }
.report-preview .report-section { margin: 0; }
.report-preview .report-heading { font-size: 13px; font-weight: bold; margin: 6px 0 4px; text-indent: 1.5em; }
.report-preview .report-level-2 > .report-heading { font-style: italic; }
.report-preview .figure { white-space: nowrap; border-bottom: 1px dotted #2b579a; cursor: pointer; }
.report-preview .figure:hover, .report-preview .figure:focus { background: #dbe7f7; outline: 1px solid #2b579a; }
.report-preview .footnote-ref { font-size: 0.7em; line-height: 0; }
.report-preview .footnote-ref a { text-decoration: none; color: #2b579a; }
.report-preview .report-table-wrap { overflow-x: auto; margin: 4px 0 8px; }
.report-preview .report-table { border-collapse: collapse; font-size: 11px; line-height: 1.25; }
.report-preview .report-table th, .report-preview .report-table td { border: 1px solid #000; padding: 2px 3px; vertical-align: middle; }
.report-preview .report-table th { font-weight: bold; text-align: center; }
.report-preview .report-total td { font-weight: bold; }
/* Text columns stay readable; a wide table scrolls sideways instead of squeezing them. */
.report-preview .report-table td.align-left { min-width: 9em; }
.report-preview .report-closing { display: grid; grid-template-columns: 1fr 1fr; column-gap: 6px; margin: 10px 0; }
.report-preview .report-distribution { font-size: 10px; }
.report-preview .report-distribution-label { font-weight: bold; font-style: italic; font-size: 11px; }
.report-preview .report-distribution ul { list-style: none; margin: 0; padding: 0; }
.report-preview .report-signer { text-align: center; font-weight: bold; }
.report-preview .report-signature-space { height: 3.5em; }
.report-preview .report-appendix { margin-top: 16px; padding-top: 8px; border-top: 1px dashed #888; }
.report-preview .report-appendix-label, .report-preview .report-appendix-title { font-size: 13px; font-weight: bold; text-align: center; margin: 0; }
.report-preview .report-appendix-subtitle { font-style: italic; text-align: center; }
.report-preview .report-footnotes { margin-top: 16px; padding-top: 4px; border-top: 1px solid #000; font-size: 11px; }
.report-preview .report-footnotes-title { font-size: 11px; font-weight: bold; margin: 0 0 2px; }
.report-preview .report-footnotes ol { margin: 0; padding-left: 1.8em; }
.report-preview .footnote-back { text-decoration: none; }
`;
