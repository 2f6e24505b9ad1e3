import { MessageBar, MessageBarBody, makeStyles } from "@fluentui/react-components";

/** A message as data: an intent and its lines (errors are announced at once to screen readers). */
export interface PaneMessage {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly lines: ReadonlyArray<string>;
}

const useStyles = makeStyles({ line: { margin: 0 } });

export function MessageLines({ message }: { readonly message: PaneMessage }) {
  const styles = useStyles();
  return (
    <MessageBar intent={message.intent} layout="multiline" politeness={message.intent === "error" ? "assertive" : "polite"}>
      <MessageBarBody>
        {message.lines.map((line) => (
          <p key={line} className={styles.line}>
            {line}
          </p>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
