import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Lang } from "../../core/i18n";
import { uiText } from "../text";
import type { OneDriveHost } from "../onedrive";
import { OneDrivePicker } from "./onedrive-picker";
import { WordPane, type OneDrivePickerSlot } from "./word-pane";
import type { WordPaneHost } from "./word-pane-host";

export interface WordViewProps {
  readonly lang: Lang;
  /** Absent outside Word (a page opened with `?host=word` in a plain browser): the pane then only says what it is for. */
  readonly host?: WordPaneHost;
  /** "From OneDrive when signed in": the OneDrive picker unless another is given. */
  readonly onedrivePicker?: ReactNode | OneDrivePickerSlot;
  /** Where "Chọn từ OneDrive" lists and downloads workbooks. */
  readonly oneDrive: OneDriveHost;
}

/** Opened from Word: the Word pane (issue 5). */
export function WordView({ lang, host, onedrivePicker, oneDrive }: WordViewProps) {
  if (host) {
    const picker = onedrivePicker ?? (({ busy, onBytes }) => <OneDrivePicker lang={lang} busy={busy} onBytes={onBytes} host={oneDrive} />);
    return <WordPane lang={lang} host={host} onedrivePicker={picker} oneDrive={oneDrive} />;
  }
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{uiText(lang).wordComingSoon}</MessageBarBody>
    </MessageBar>
  );
}
