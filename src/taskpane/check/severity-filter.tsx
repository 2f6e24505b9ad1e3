import { Field, Select } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n";
import { uiText } from "../text";
import type { SeverityFilter as Filter } from "../state";
import { SEVERITIES } from "./issue-groups";

export interface SeverityFilterProps {
  readonly value: Filter;
  readonly lang: Lang;
  readonly onChange: (value: Filter) => void;
}

/** Which severities the list shows. */
export function SeverityFilter({ value, lang, onChange }: SeverityFilterProps) {
  const t = uiText(lang);
  return (
    <Field label={t.filterLabel} orientation="horizontal">
      <Select value={value} onChange={(_, data) => onChange(asFilter(data.value))}>
        <option value="all">{t.filterAll}</option>
        {SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {t.severityPlural[s]}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function asFilter(value: string): Filter {
  return SEVERITIES.find((s) => s === value) ?? "all";
}
