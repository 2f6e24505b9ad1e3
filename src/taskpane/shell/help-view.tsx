import { makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n";
import { uiText } from "../text";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "grid", gap: tokens.spacingVerticalXS },
});

/** `?view=help`: what each part of the pane does. */
export function HelpView({ lang }: { readonly lang: Lang }) {
  const styles = useStyles();
  const t = uiText(lang);
  return (
    <section aria-label={t.helpLabel}>
      <ul className={styles.list}>
        {t.help.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
