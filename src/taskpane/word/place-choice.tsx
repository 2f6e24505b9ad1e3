import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n";
import { INSERT_PLACES, type InsertPlace } from "../../hosts/word";
import { wordText } from "./word-text";

export interface PlaceChoiceProps {
  readonly lang: Lang;
  readonly place: InsertPlace;
  readonly disabled: boolean;
  readonly onPlace: (place: InsertPlace) => void;
}

/** Where the report goes: Đầu văn bản, Cuối văn bản, Thay toàn bộ nội dung, Văn bản mới. */
export function PlaceChoice({ lang, place, disabled, onPlace }: PlaceChoiceProps) {
  const t = wordText(lang);
  return (
    <Field label={t.placeLabel}>
      <RadioGroup value={place} disabled={disabled} onChange={(_, data) => onPlace(INSERT_PLACES.find((p) => p === data.value) ?? place)}>
        {INSERT_PLACES.map((p) => (
          <Radio key={p} value={p} label={t.places[p]} />
        ))}
      </RadioGroup>
    </Field>
  );
}
