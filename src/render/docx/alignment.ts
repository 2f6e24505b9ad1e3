import { AlignmentType } from "docx";
import type { Alignment } from "../../core/document";

type DocxAlignment = (typeof AlignmentType)[keyof typeof AlignmentType];

const ALIGN: Readonly<Record<Alignment, DocxAlignment>> = {
  justify: AlignmentType.JUSTIFIED,
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

export function docxAlignment(align: Alignment): DocxAlignment {
  return ALIGN[align];
}
