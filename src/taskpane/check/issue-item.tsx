import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Issue } from "../../core/issues";
import type { Lang } from "../../core/i18n";
import { issueLine, issueTarget } from "./issue-groups";

const useStyles = makeStyles({
  item: {
    display: "block",
    width: "100%",
    boxSizing: "border-box",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderLeft: `3px solid transparent`,
    background: "none",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
  },
  button: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  location: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
});

export interface IssueItemProps {
  readonly issue: Issue;
  readonly lang: Lang;
  readonly onSelect?: (sheet: string, address: string) => void;
}

/** One issue: a button that goes to its cell, named by its location first; plain text when it has no place. */
export function IssueItem({ issue, lang, onSelect }: IssueItemProps) {
  const styles = useStyles();
  const { location, detail } = issueLine(issue, lang);
  const target = issueTarget(issue);
  const className = mergeClasses(styles.item, styles[issue.severity], target && onSelect && styles.button);
  const content = (
    <>
      {location && <span className={styles.location}>{location}</span>} <span>{detail}</span>
    </>
  );
  if (!target || !onSelect) return <div className={className}>{content}</div>;
  return (
    <button type="button" className={className} onClick={() => onSelect(target.sheet, target.address)}>
      {content}
    </button>
  );
}
