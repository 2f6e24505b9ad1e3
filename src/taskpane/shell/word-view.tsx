import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Lang } from "../../core/issues";
import { uiText } from "../ui-text";

/** Opened from Word: insertion comes later (issue 5). */
export function WordView({ lang }: { readonly lang: Lang }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{uiText(lang).wordComingSoon}</MessageBarBody>
    </MessageBar>
  );
}
