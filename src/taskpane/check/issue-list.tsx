import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatNumber } from "../../core/format";
import type { Lang } from "../../core/issues";
import { useWrappingButton } from "../shell/wrapping-button";
import { uiText } from "../ui-text";
import type { SheetGroup, SeverityGroup } from "./issue-groups";
import { IssueItem } from "./issue-item";

/** Long lists render in pages: thousands of buttons at once would stall the pane. */
const PAGE = 100;

const useStyles = makeStyles({
  sheet: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  severity: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalXXS },
});

export interface IssueListProps {
  readonly groups: ReadonlyArray<SheetGroup>;
  readonly lang: Lang;
  readonly onSelect: (sheet: string, address: string) => void;
}

/** Issues by sheet, then by severity, errors first. */
export function IssueList({ groups, lang, onSelect }: IssueListProps) {
  const styles = useStyles();
  const t = uiText(lang);
  return (
    <div>
      {groups.map((g) => (
        <section key={g.sheet ?? ""} aria-label={g.sheet ?? t.wholeWorkbook}>
          <h3 className={styles.sheet}>{g.sheet ?? t.wholeWorkbook}</h3>
          {g.groups.map((s) => (
            <SeverityBlock key={s.severity} group={s} lang={lang} onSelect={onSelect} />
          ))}
        </section>
      ))}
    </div>
  );
}

function SeverityBlock({ group, lang, onSelect }: { readonly group: SeverityGroup; readonly lang: Lang; readonly onSelect: IssueListProps["onSelect"] }) {
  const styles = useStyles();
  const wrap = useWrappingButton();
  const t = uiText(lang);
  const [shown, setShown] = useState(PAGE);
  const rest = group.issues.length - shown;
  return (
    <>
      <h4 className={styles.severity}>
        {t.severityPlural[group.severity]} ({formatNumber(group.issues.length, 0, lang)})
      </h4>
      <ul className={styles.list}>
        {group.issues.slice(0, shown).map((issue, i) => (
          <li key={i}>
            <IssueItem issue={issue} lang={lang} onSelect={onSelect} />
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
