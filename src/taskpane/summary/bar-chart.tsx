import { makeStyles, tokens } from "@fluentui/react-components";
import type { ChartBar } from "./chart-bars";
import { chartDescription } from "./chart-bars";

/** Layout in viewBox units; the SVG scales to the pane's width. */
const WIDTH = 300;
const ROW = 34;
const BAR = 12;
const VALUE_ROOM = 44;

const useStyles = makeStyles({
  figure: { margin: 0 },
  caption: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, marginBottom: tokens.spacingVerticalXS },
  svg: { display: "block", width: "100%", height: "auto" },
});

export interface BarChartProps {
  readonly title: string;
  /** The chart's accessible name prefix ("Biểu đồ: …"). */
  readonly label: string;
  readonly bars: ReadonlyArray<ChartBar>;
}

/** Horizontal bars, one row per value, label above its bar: narrow panes keep whole labels. */
export function BarChart({ title, label, bars }: BarChartProps) {
  const styles = useStyles();
  const height = bars.length * ROW + 4;
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{title}</figcaption>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${label}. ${chartDescription(bars)}`}>
        {bars.map((b, i) => {
          const y = i * ROW;
          const length = Math.max(b.value > 0 ? 2 : 0, b.fraction * (WIDTH - VALUE_ROOM));
          return (
            <g key={b.label}>
              <text x={0} y={y + 12} fontSize={11} fill={tokens.colorNeutralForeground1}>
                {b.label}
              </text>
              <rect x={0} y={y + 16} width={length} height={BAR} rx={2} fill={tokens.colorBrandBackground} />
              <text x={length + 4} y={y + 26} fontSize={11} fill={tokens.colorNeutralForeground2}>
                {b.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
