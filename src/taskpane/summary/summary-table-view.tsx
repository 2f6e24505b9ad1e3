import { makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n";
import { FigureButton } from "./figure-button";
import { numericColumn, type SummaryTable } from "./summary-tables";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, padding: `${tokens.spacingVerticalXS} 0` },
  cell: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    textAlign: "left",
    verticalAlign: "top",
    overflowWrap: "anywhere",
  },
  number: { textAlign: "right", whiteSpace: "nowrap" },
  group: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
});

export interface SummaryTableViewProps {
  readonly table: SummaryTable;
  readonly lang: Lang;
  readonly onSelect: (sheet: string, address: string) => void;
}

/** One summary table; numbers are right-aligned and lead to their cells. */
export function SummaryTableView({ table, lang, onSelect }: SummaryTableViewProps) {
  const styles = useStyles();
  if (table.rows.length === 0) {
    return (
      <section aria-label={table.title}>
        <p className={styles.caption}>{table.title}</p>
        <p>{table.empty}</p>
      </section>
    );
  }
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{table.title}</caption>
      <thead>
        <tr>
          {table.columns.map((c, i) => (
            <th key={c} scope="col" className={`${styles.cell} ${numericColumn(table, i) ? styles.number : ""}`}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) =>
          row[0]?.kind === "heading" ? (
            <tr key={r}>
              <th scope="rowgroup" colSpan={table.columns.length} className={`${styles.cell} ${styles.group}`}>
                {row[0].text}
              </th>
            </tr>
          ) : (
            <tr key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row" className={styles.cell} style={{ fontWeight: "normal" }}>
                    {cell.text}
                  </th>
                ) : (
                  <td key={c} className={`${styles.cell} ${cell.kind === "figure" || (cell.kind === "text" && cell.numeric) ? styles.number : ""}`}>
                    {cell.kind === "figure" ? <FigureButton cell={cell} lang={lang} onSelect={onSelect} /> : cell.text}
                  </td>
                ),
              )}
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
