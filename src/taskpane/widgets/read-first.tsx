import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { AnalysisTabProps } from "../state";
import { ReadingProgressBar } from "./reading-progress-bar";
import { uiText } from "../text";

const useStyles = makeStyles({
  box: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** What a tab that shows the last reading says before there is one: the progress while reading, else a button to read. */
export function ReadFirst({ lang, read, busy, canRead, onRead }: Pick<AnalysisTabProps, "lang" | "read" | "busy" | "canRead" | "onRead">) {
  const styles = useStyles();
  const t = uiText(lang);
  if (read.kind === "reading") return <ReadingProgressBar progress={read.progress} lang={lang} />;
  return (
    <div className={styles.box}>
      <p>{t.notReadYet}</p>
      <div>
        <Button appearance="primary" disabled={busy || !canRead} onClick={onRead}>
          {t.readWorkbook}
        </Button>
      </div>
    </div>
  );
}
