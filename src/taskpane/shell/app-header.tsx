import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n";
import { uiText } from "../text";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
});

export interface AppHeaderProps {
  readonly lang: Lang;
  readonly onLang: (lang: Lang) => void;
}

/** The product's name and the language switch, which names the language it switches to. */
export function AppHeader({ lang, onLang }: AppHeaderProps) {
  const styles = useStyles();
  const t = uiText(lang);
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{t.productName}</h1>
      <Button appearance="subtle" size="small" lang={t.otherLang} onClick={() => onLang(t.otherLang)}>
        {t.otherLanguage}
      </Button>
    </header>
  );
}
