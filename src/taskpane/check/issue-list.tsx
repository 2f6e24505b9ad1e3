import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { formatNumber } from "../../core/format";
import type { Issue } from "../../core/issues";
import type { Lang } from "../../core/i18n";
import { useWrappingButton } from "../widgets";
import { uiText } from "../text";
import type { ListEntry, SeverityGroup, SheetGroup } from "./issue-groups";
import { IssueItem } from "./issue-item";

/** Long lists render in pages: thousands of buttons at once would stall the pane. */
const PAGE = 100;

const useStyles = makeStyles({
  severity: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXXS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  sheet: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalXXS },
  nested: {
    listStyleType: "none",
    margin: `${tokens.spacingVerticalXXS} 0 0 ${tokens.spacingHorizontalM}`,
    padding: 0,
    display: "grid",
    gap: tokens.spacingVerticalXXS,
  },
  cause: { display: "grid", gap: tokens.spacingVerticalXXS },
});

export interface IssueListProps {
  readonly groups: ReadonlyArray<SeverityGroup>;
  readonly lang: Lang;
  /** Absent where there is no cell to go to (Word): the issues are then plain lines. */
  readonly onSelect?: (sheet: string, address: string) => void;
}

/** Errors first, then warnings, then notes; under each, the sheets in workbook order (headings h2, h3 under the pane's h1). */
export function IssueList({ groups, lang, onSelect }: IssueListProps) {
  const styles = useStyles();
  const t = uiText(lang);
  return (
    <div>
      {groups.map((g) => (
        <section key={g.severity} aria-label={t.severityPlural[g.severity]}>
          <h2 className={styles.severity}>
            {t.severityPlural[g.severity]} ({formatNumber(g.count, 0, lang)})
          </h2>
          {g.sheets.map((s) => (
            <SheetBlock key={s.sheet ?? ""} group={s} lang={lang} onSelect={onSelect} />
          ))}
        </section>
      ))}
    </div>
  );
}

function SheetBlock({ group, lang, onSelect }: { readonly group: SheetGroup; readonly lang: Lang; readonly onSelect: IssueListProps["onSelect"] }) {
  const styles = useStyles();
  const wrap = useWrappingButton();
  const t = uiText(lang);
  const [shown, setShown] = useState(PAGE);
  const rest = group.entries.length - shown;
  return (
    <>
      <h3 className={styles.sheet}>{group.sheet ?? t.wholeWorkbook}</h3>
      <ul className={styles.list}>
        {group.entries.slice(0, shown).map((entry, i) => (
          <li key={i}>
            <Entry entry={entry} lang={lang} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <Button className={wrap.button} appearance="transparent" size="small" onClick={() => setShown(shown + PAGE)}>
          {t.showMore(formatNumber(Math.min(rest, PAGE), 0, lang))}
        </Button>
      )}
    </>
  );
}

function Entry({ entry, lang, onSelect }: { readonly entry: ListEntry; readonly lang: Lang; readonly onSelect: IssueListProps["onSelect"] }) {
  if (entry.kind === "issue") return <IssueItem issue={entry.issue} lang={lang} onSelect={onSelect} />;
  return <CauseLine code={entry.code} severity={entry.severity} issues={entry.issues} lang={lang} onSelect={onSelect} />;
}

/** "20 mục chưa có nội dung": one line that expands into its issues. */
function CauseLine(props: {
  readonly code: string;
  readonly severity: Issue["severity"];
  readonly issues: ReadonlyArray<Issue>;
  readonly lang: Lang;
  readonly onSelect: IssueListProps["onSelect"];
}) {
  const styles = useStyles();
  const wrap = useWrappingButton();
  const t = uiText(props.lang);
  const [open, setOpen] = useState(false);
  const id = useId();
  const count = formatNumber(props.issues.length, 0, props.lang);
  const title = t.causeTitle[props.code]?.(count) ?? t.sameCause(count, t.severityPlural[props.severity]);
  return (
    <div className={styles.cause}>
      <Button className={wrap.button} appearance="subtle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {title} · {open ? t.hideAll : t.showAll}
      </Button>
      {open && (
        <ul id={id} className={styles.nested}>
          {props.issues.map((issue, i) => (
            <li key={i}>
              <IssueItem issue={issue} lang={props.lang} onSelect={props.onSelect} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
