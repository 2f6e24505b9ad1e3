import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Lang } from "../../core/issues";
import { uiText } from "../ui-text";
import { WordPane, type WordPaneHost } from "../word";

export interface WordViewProps {
  readonly lang: Lang;
  /** Absent outside Word (a page opened with `?host=word` in a plain browser): the pane then only says what it is for. */
  readonly host?: WordPaneHost;
  /** "From OneDrive when signed in": filled by src/taskpane/onedrive. */
  readonly onedrivePicker?: ReactNode;
}

/** Opened from Word: the Word pane (issue 5). */
export function WordView({ lang, host, onedrivePicker }: WordViewProps) {
  if (host) return <WordPane lang={lang} host={host} onedrivePicker={onedrivePicker} />;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{uiText(lang).wordComingSoon}</MessageBarBody>
    </MessageBar>
  );
}
