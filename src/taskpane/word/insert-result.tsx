import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { MessageLines } from "../widgets";
import type { Lang } from "../../core/i18n";
import { useWrappingButton } from "../widgets";
import { insertMessage } from "./word-messages";
import type { WordInsertResult } from "./word-report";
import { wordText } from "./word-text";
import { IssueLines } from "./workbook-check";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface InsertResultProps {
  readonly lang: Lang;
  readonly result: WordInsertResult;
  readonly busy: boolean;
  readonly onForce: () => void;
  readonly onDownload: (bytes: Uint8Array, fileName: string) => void;
}

/** After Chèn báo cáo: what happened, what blocks the report and how to go on, and the download as the other way. */
export function InsertResult({ lang, result, busy, onForce, onDownload }: InsertResultProps) {
  const styles = useStyles();
  const wrap = useWrappingButton();
  const t = wordText(lang);
  const file = result.kind === "inserted" || result.kind === "not-inserted" ? result : undefined;
  return (
    <>
      <MessageLines message={insertMessage(result, lang)} />
      {result.kind === "blocked" && result.errors.length > 0 && (
        <>
          <div>
            <Button className={wrap.button} appearance="secondary" disabled={busy} onClick={onForce}>
              {t.forceInsert}
            </Button>
          </div>
          <IssueLines issues={result.errors} lang={lang} label={t.toFix} />
        </>
      )}
      {file && (
        <div className={styles.actions}>
          <Button
            className={wrap.button}
            appearance={result.kind === "not-inserted" ? "primary" : "secondary"}
            disabled={busy}
            onClick={() => onDownload(file.bytes, file.fileName)}
          >
            {t.download}
          </Button>
        </div>
      )}
    </>
  );
}

export { MessageLines };
