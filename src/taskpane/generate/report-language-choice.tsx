import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { Lang } from "../../core/i18n";
import { uiText } from "../text";

export interface ReportLanguageChoiceProps {
  /** The pane's language, for the labels. */
  readonly lang: Lang;
  readonly reportLang: Lang;
  readonly disabled: boolean;
  readonly onChange: (lang: Lang) => void;
}

/** The report's language, independent of the pane's: Vietnamese unless the clerk chooses English. */
export function ReportLanguageChoice({ lang, reportLang, disabled, onChange }: ReportLanguageChoiceProps) {
  const t = uiText(lang);
  return (
    <Field label={t.reportLanguage} hint={t.reportLanguageHint}>
      <RadioGroup layout="horizontal" value={reportLang} disabled={disabled} onChange={(_, data) => onChange(data.value === Lang.En ? Lang.En : Lang.Vi)}>
        <Radio value={Lang.Vi} label={t.reportLanguageNames.vi} lang={Lang.Vi} />
        <Radio value={Lang.En} label={t.reportLanguageNames.en} />
      </RadioGroup>
    </Field>
  );
}
