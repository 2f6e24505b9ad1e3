import { makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../core/format";
import type { Severity } from "../../core/issues";
import type { Lang } from "../../core/i18n";
import { uiText } from "../text";
import { SEVERITIES, type SheetCounts } from "./issue-groups";

const useStyles = makeStyles({
  totals: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, margin: `${tokens.spacingVerticalS} 0`, padding: 0, listStyleType: "none" },
  total: { fontWeight: tokens.fontWeightSemibold },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, tableLayout: "fixed" },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} 0` },
  cell: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    overflowWrap: "anywhere",
  },
  number: { textAlign: "right", width: "22%" },
});

/** Counts per severity, on one line: the first thing the tab says after its verdict. */
export function SeverityTotals({ totals, lang }: { readonly totals: Readonly<Record<Severity, number>>; readonly lang: Lang }) {
  const styles = useStyles();
  const t = uiText(lang);
  const n = (v: number) => formatNumber(v, 0, lang);
  return (
    <ul className={styles.totals}>
      {SEVERITIES.map((s) => (
        <li key={s}>
          {t.severityPlural[s]}: <span className={styles.total}>{n(totals[s])}</span>
        </li>
      ))}
    </ul>
  );
}

/** Counts per sheet and severity, as a table under the list. */
export function SheetCountsTable({ bySheet, lang }: { readonly bySheet: ReadonlyArray<SheetCounts>; readonly lang: Lang }) {
  const styles = useStyles();
  const t = uiText(lang);
  const n = (v: number) => formatNumber(v, 0, lang);
  return (
    <>
      {bySheet.length > 0 && (
        <table className={styles.table}>
          <caption className={styles.caption}>{t.countsBySheet}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.cell} style={{ textAlign: "left" }}>
                {t.sheetColumn}
              </th>
              {SEVERITIES.map((s) => (
                <th key={s} scope="col" className={`${styles.cell} ${styles.number}`}>
                  {t.severityPlural[s]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {bySheet.map((row) => (
              <tr key={row.sheet ?? ""}>
                <th scope="row" className={styles.cell} style={{ textAlign: "left", fontWeight: "normal" }}>
                  {row.sheet ?? t.wholeWorkbook}
                </th>
                {SEVERITIES.map((s) => (
                  <td key={s} className={`${styles.cell} ${styles.number}`}>
                    {n(row.counts[s])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
