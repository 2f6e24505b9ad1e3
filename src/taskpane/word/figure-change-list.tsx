import { Button, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef } from "react";
import type { Lang } from "../../core/i18n";
import { figureName, listChangeWords, type FigureChange, type ListChange } from "../../core/living";
import { MessageLines } from "../widgets";
import { useWrappingButton } from "../widgets";
import { changeLine, keptHint, listedChanges, listedLists, listLine, offersFresh, resolutionLine } from "./living-lines";
import type { LivingState } from "./living-state";
import { wordText } from "./word-text";

const useStyles = makeStyles({
  box: { display: "grid", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  line: { margin: 0, overflowWrap: "anywhere" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalS },
  item: {
    display: "grid",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  changed: { borderLeftColor: tokens.colorPaletteYellowBorderActive },
  review: { borderLeftColor: tokens.colorPaletteDarkOrangeBorderActive },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface FigureChangeListProps {
  readonly lang: Lang;
  readonly living: Extract<LivingState, { kind: "updated" }>;
  readonly busy: boolean;
  readonly onSelect: (change: FigureChange) => void;
  readonly onSelectList: (change: ListChange) => void;
  readonly onKeep: (change: FigureChange) => void;
  readonly onUseFresh: (change: FigureChange) => void;
  readonly onAccept: (tags: ReadonlyArray<string>) => void;
}

/**
 * After "Cập nhật số liệu": where the workbook came from, each figure that
 * changed, each the clerk typed over (keep it or take the new one; one that
 * holds a tracked change is the reviewer's to settle in Word first) and each
 * deleted, then each computed list replaced, edited or deleted, with a link
 * that selects it in the document, then "Chấp nhận thay đổi" while what was
 * written is highlighted. Focus moves to the heading
 * when a new list arrives, so the keyboard starts there.
 */
export function FigureChangeList({ lang, living, busy, onSelect, onSelectList, onKeep, onUseFresh, onAccept }: FigureChangeListProps) {
  const styles = useStyles();
  const wrap = useWrappingButton();
  const t = wordText(lang).living;
  const { update, source, highlighted, resolved } = living;
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const outcome = useRef<HTMLDivElement>(null);
  const lastResolved = useRef<HTMLParagraphElement | null>(null);
  useEffect(() => heading.current?.focus(), [update.changes]);
  // The buttons of a resolved conflict go away: focus moves to what became of it, not to the page's start.
  useEffect(() => lastResolved.current?.focus(), [resolved]);
  // Likewise after "Chấp nhận thay đổi": to its outcome.
  useEffect(() => {
    if (highlighted.length === 0 && living.message) outcome.current?.focus();
  }, [highlighted.length, living.message]);
  const newest = Object.keys(resolved).at(-1);
  // While Word works the buttons wait, but stay focusable: a disabled button would drop the keyboard's place.
  const shown = listedChanges(update);
  const lists = listedLists(update);
  return (
    <section className={styles.box} aria-labelledby="living-heading">
      <h3 id="living-heading" ref={heading} tabIndex={-1} className={styles.heading}>
        {t.heading}
      </h3>
      <p className={styles.line}>{source.kind === "onedrive" ? t.fromOneDrive(source.name) : t.fromPicked(source.name)}</p>
      {shown.length === 0 && lists.length === 0 ? (
        <p className={styles.line}>{t.noChanges}</p>
      ) : (
        <ul className={styles.list} aria-label={t.listLabel}>
          {shown.map((change, i) => {
            const name = figureName(change.key, update.names, lang);
            const resolution = resolved[change.tag];
            const why = keptHint(change, lang);
            return (
              <li key={change.tag} className={`${styles.item} ${change.kind === "changed" ? styles.changed : styles.review}`} data-kind={change.kind}>
                <p id={`${id}-${i}`} className={styles.line}>
                  {changeLine(change, update, lang)}
                </p>
                {why !== undefined && <p className={styles.hint}>{why}</p>}
                {resolution && (
                  <p ref={change.tag === newest ? lastResolved : undefined} tabIndex={-1} className={styles.line}>
                    {resolutionLine(change, resolution, lang)}
                  </p>
                )}
                <div className={styles.actions}>
                  <Link as="button" disabledFocusable={busy} aria-label={t.showLabel(name)} aria-describedby={`${id}-${i}`} onClick={() => onSelect(change)}>
                    {t.show}
                  </Link>
                  {offersFresh(change) && !resolution && (
                    <>
                      <Button
                        className={wrap.button}
                        size="small"
                        disabledFocusable={busy}
                        aria-label={t.keepLabel(name)}
                        aria-describedby={`${id}-${i}`}
                        onClick={() => onKeep(change)}
                      >
                        {t.keep}
                      </Button>
                      <Button
                        className={wrap.button}
                        size="small"
                        disabledFocusable={busy}
                        aria-label={t.useFreshLabel(name)}
                        aria-describedby={`${id}-${i}`}
                        onClick={() => onUseFresh(change)}
                      >
                        {t.useFresh}
                      </Button>
                    </>
                  )}
                </div>
              </li>
            );
          })}
          {lists.map((change, i) => {
            const name = listChangeWords(change, lang).name;
            return (
              <li key={change.tag} className={`${styles.item} ${change.kind === "changed" ? styles.changed : styles.review}`} data-kind={change.kind}>
                <p id={`${id}-list-${i}`} className={styles.line}>
                  {listLine(change, lang)}
                </p>
                <div className={styles.actions}>
                  <Link
                    as="button"
                    disabledFocusable={busy}
                    aria-label={t.showLabel(name)}
                    aria-describedby={`${id}-list-${i}`}
                    onClick={() => onSelectList(change)}
                  >
                    {t.show}
                  </Link>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {living.message && (
        <div ref={outcome} tabIndex={-1}>
          <MessageLines message={living.message} />
        </div>
      )}
      {highlighted.length > 0 && (
        <>
          <p className={styles.hint}>{t.highlightHint}</p>
          <div>
            <Button className={wrap.button} appearance="primary" disabledFocusable={busy} onClick={() => onAccept(highlighted)}>
              {t.accept}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
