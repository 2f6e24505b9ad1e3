import { makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n";
import { uiText } from "../text";
import { firstSource, sourceText } from "./figure-source";
import type { FigureCell } from "./summary-tables";

const useStyles = makeStyles({
  button: {
    border: "none",
    background: "none",
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    font: "inherit",
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    textDecorationStyle: "dotted",
    cursor: "pointer",
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
});

export interface FigureButtonProps {
  readonly cell: FigureCell;
  readonly lang: Lang;
  readonly onSelect: (sheet: string, address: string) => void;
}

/** A figure that takes the user to the first cells it was computed from; plain text when it has none (a zero). */
export function FigureButton({ cell, lang, onSelect }: FigureButtonProps) {
  const styles = useStyles();
  const target = firstSource(cell.sources);
  if (!target) return <>{cell.text}</>;
  return (
    <button
      type="button"
      className={styles.button}
      aria-label={uiText(lang).selectSource(cell.label, cell.text, sourceText(cell.sources))}
      onClick={() => onSelect(target.sheet, target.address)}
    >
      {cell.text}
    </button>
  );
}
