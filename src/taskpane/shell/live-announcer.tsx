import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Visually hidden, still read by screen readers.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

/** The pane's one polite live region: screen readers hear progress and results as `text` changes. */
export function LiveAnnouncer({ text }: { readonly text: string }) {
  const styles = useStyles();
  return (
    <div className={styles.hidden} role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {text}
    </div>
  );
}
