/** A marked place for the clerk to finish in Word: highlighted text, and a comment saying what to write there. */
import type { TextRun } from "./runs";

export function placeholder(value: string, comment: string): TextRun {
  return { kind: "text", text: value, bold: false, italic: false, placeholder: { comment } };
}
