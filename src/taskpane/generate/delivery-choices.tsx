import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n";
import { OneDriveSave, type OneDriveHost } from "../onedrive";
import type { DeliveryMethod, DeliveryPlan } from "../save";
import { useWrappingButton } from "../widgets";
import { uiText } from "../text";

const useStyles = makeStyles({
  box: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  line: { margin: 0 },
});

export interface DeliveryChoicesProps {
  readonly lang: Lang;
  readonly delivery: DeliveryPlan;
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly busy: boolean;
  readonly onDeliver: (method: DeliveryMethod) => void;
  /** Where "Lưu lên OneDrive" uploads. */
  readonly oneDrive: OneDriveHost;
}

/** Every way this host has to hand the written report over, OneDrive included; a host without any says so. */
export function DeliveryChoices({ lang, delivery, bytes, fileName, busy, onDeliver, oneDrive }: DeliveryChoicesProps) {
  const styles = useStyles();
  const wrap = useWrappingButton();
  const t = uiText(lang);
  const first = delivery.others[0];
  return (
    <section className={styles.box} aria-labelledby="delivery-heading">
      <h2 id="delivery-heading" className={styles.heading}>
        {t.deliveryHeading}
      </h2>
      {delivery.others.length > 0 ? (
        <div className={styles.buttons}>
          {delivery.others.map((method) => (
            <Button key={method} className={wrap.button} appearance="secondary" disabled={busy} onClick={() => onDeliver(method)}>
              {t.deliver[method]}
            </Button>
          ))}
        </div>
      ) : (
        <p className={styles.line}>{t.noDeliveryHere}</p>
      )}
      <OneDriveSave lang={lang} host={oneDrive} bytes={bytes} fileName={fileName} {...(first ? { onSaveLocally: () => onDeliver(first) } : {})} />
    </section>
  );
}
