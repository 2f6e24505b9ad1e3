/**
 * Escaping for the preview: every piece of report text passes through here
 * on its way into the HTML, so a cell holding `<script>` prints as text.
 */
const TEXT: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const SPECIAL = /[&<>"']/g;

/** Text for element content or a double-quoted attribute. */
export function escapeHtml(value: string): string {
  // Most text has nothing to escape: skip the replace.
  SPECIAL.lastIndex = 0;
  return SPECIAL.test(value) ? value.replace(SPECIAL, (c) => TEXT[c] ?? c) : value;
}

/**
 * A value for a single-quoted attribute, such as JSON in `data-sources='…'`:
 * double quotes stay as they are, so the JSON reads plainly in the source.
 */
export function escapeSingleQuotedAttr(value: string): string {
  return value.replace(/[&<>']/g, (c) => TEXT[c] ?? c);
}
