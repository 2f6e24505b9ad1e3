/**
 * ReportDocument → an HTML fragment for the task pane's preview. It reads
 * like the report: header block, title, numbered sections, the closing, the
 * appendices, then the footnotes, numbered as the .docx numbers them. Every
 * text is escaped; nothing in the document can add markup.
 */
import type { Lang } from "../../core/i18n";
import { appendixHeading, dateLine, documentWords, numberLine, recipientLines } from "../../core/document";
import type { Appendix, ReportDocument } from "../../core/document";
import { escapeHtml } from "./escape";
import { blocksHtml, paragraphHtml, sectionHtml } from "./html-blocks";
import { createNoteList, inlineHtml } from "./html-runs";
import type { RunContext } from "./html-runs";
import { previewWords } from "./preview-words";

export interface RenderHtmlOptions {
  /** Language of the preview's own labels (the notes heading, what a screen reader says); the report's by default. */
  readonly lang?: Lang;
  /** Put before every id, so two previews on one page do not clash; "report-" by default. */
  readonly idPrefix?: string;
}

function line(className: string, text: string): string {
  return `<p class="${className}">${escapeHtml(text)}</p>`;
}

function headerBlock(doc: ReportDocument): string {
  const { header, language } = doc;
  const words = documentWords(language);
  return (
    '<header class="report-header">' +
    '<div class="report-header-left">' +
    line("report-parent-agency", header.parentAgency.toUpperCase()) +
    line("report-agency", header.agency.toUpperCase()) +
    '<hr class="report-rule">' +
    line("report-number-line", numberLine(header, language)) +
    "</div>" +
    '<div class="report-header-right">' +
    line("report-nation", words.nation) +
    line("report-motto", words.motto) +
    '<hr class="report-rule report-rule-motto">' +
    line("report-date-line", dateLine(header, language)) +
    "</div>" +
    "</header>"
  );
}

function titleBlock(doc: ReportDocument): string {
  const words = documentWords(doc.language);
  const recipients = recipientLines(words.to, doc.recipients);
  return (
    `<h1 class="report-title">${escapeHtml(doc.title.toUpperCase())}</h1>` +
    line("report-subject", doc.subject) +
    `<div class="report-recipients">${recipients.map((r) => line("report-recipient", r)).join("")}</div>`
  );
}

function closingBlock(doc: ReportDocument): string {
  const words = documentWords(doc.language);
  const distribution = doc.distribution.map((entry) => `<li>- ${escapeHtml(entry)}</li>`).join("");
  const titles = doc.signer.titleLines.map((t) => line("report-signer-title", t.toUpperCase())).join("");
  return (
    '<footer class="report-closing">' +
    `<div class="report-distribution"><p class="report-distribution-label">${escapeHtml(words.distribution)}</p><ul>${distribution}</ul></div>` +
    `<div class="report-signer">${titles}<div class="report-signature-space"></div>${line("report-signer-name", doc.signer.name)}</div>` +
    "</footer>"
  );
}

function appendixHtml(doc: ReportDocument, index: number, ctx: RunContext): string {
  const appendix = doc.appendices[index] as Appendix;
  const heading = appendixHeading(doc, index);
  const turned = appendix.orientation === "landscape" ? " report-landscape" : "";
  return (
    `<section class="report-appendix${turned}">` +
    line("report-appendix-label", heading.label) +
    `<h2 class="report-appendix-title">${escapeHtml(heading.title)}</h2>` +
    line("report-appendix-subtitle", heading.attached) +
    blocksHtml(appendix.blocks, ctx) +
    "</section>"
  );
}

function notesHtml(ctx: RunContext): string {
  const { notes } = ctx.notes;
  if (notes.length === 0) return "";
  const items = notes.map((content, i) => {
    const n = i + 1;
    const back = `<a class="footnote-back" href="#${ctx.idPrefix}fnref-${n}" aria-label="${escapeHtml(ctx.words.backToText)}">↩</a>`;
    return `<li id="${ctx.idPrefix}fn-${n}" value="${n}">${inlineHtml(content, ctx)} ${back}</li>`;
  });
  return `<section class="report-footnotes"><h2 class="report-footnotes-title">${escapeHtml(ctx.words.notes)}</h2><ol>${items.join("")}</ol></section>`;
}

/** The report as a self-contained HTML fragment, to style with `REPORT_PREVIEW_CSS`. */
export function renderHtml(doc: ReportDocument, options: RenderHtmlOptions = {}): string {
  const ctx: RunContext = {
    words: previewWords(options.lang ?? doc.language),
    // Ids take letters, digits, "-" and "_" only.
    idPrefix: (options.idPrefix ?? "report-").replace(/[^\w-]/g, "-"),
    notes: createNoteList(),
  };
  // Written in reading order, so footnotes are numbered in order of appearance, as in the .docx.
  let body = headerBlock(doc) + titleBlock(doc) + paragraphHtml(doc.basis, ctx);
  for (const section of doc.sections) body += sectionHtml(section, 0, ctx);
  body += paragraphHtml(doc.closing, ctx) + closingBlock(doc);
  doc.appendices.forEach((_appendix, i) => (body += appendixHtml(doc, i, ctx)));
  return `<article class="report-preview" lang="${escapeHtml(doc.language)}">${body}${notesHtml(ctx)}</article>`;
}
