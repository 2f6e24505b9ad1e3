import { makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/issues";
import { uiText } from "../text/ui-text";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "grid", gap: tokens.spacingVerticalXS },
});

/** `?view=help`: what each part of the pane does. */
export function HelpView({ lang }: { readonly lang: Lang }) {
  const styles = useStyles();
  return (
    <section aria-label={lang === "en" ? "Help" : "Hướng dẫn"}>
      <ul className={styles.list}>
        {uiText(lang).help.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
