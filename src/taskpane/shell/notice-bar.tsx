import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Notice } from "../state";

/** A one-line message; errors are announced at once, the rest politely. */
export function NoticeBar({ notice }: { readonly notice: Notice }) {
  return (
    <MessageBar intent={notice.intent} layout="multiline" politeness={notice.intent === "error" ? "assertive" : "polite"}>
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );
}
