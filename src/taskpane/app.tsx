import { MessageBar, MessageBarBody, Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useMemo, useReducer, useRef } from "react";
import { Lang } from "../core/i18n";
import { announcement } from "./announcement";
import { appActions } from "./state";
import { appReducer, initialState, isBusy, TAB_IDS, TabId } from "./state";
import { CheckTab } from "./check";
import { GenerateTab } from "./generate";
import type { LaunchOptions } from "./host";
import { PreviewTab } from "./preview";
import { canRun, requirementNotices } from "./text";
import { AppHeader, HelpView, LiveAnnouncer, NoticeBar } from "./shell";
import type { OneDriveHost } from "./onedrive";
import { SummaryTab } from "./summary";
import type { MissingFeature, TaskpaneHost } from "./host";
import { uiText } from "./text";
import type { WordPaneHost } from "./word";

/** The Word pane, in a chunk of its own: Excel's pane never downloads it. */
const WordView = lazy(() => import(/* webpackChunkName: "word-pane" */ "./word").then((m) => ({ default: m.WordView })));

const useStyles = makeStyles({
  app: {
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
    overflowWrap: "break-word",
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  tabs: { flexWrap: "wrap" },
  panel: { minWidth: 0 },
});

export interface AppProps {
  /** Absent in Word, where the pane only says what is coming. */
  readonly host: TaskpaneHost | undefined;
  readonly launch: LaunchOptions;
  readonly missing: ReadonlyArray<MissingFeature>;
  /** In Word: what the Word pane needs. */
  readonly wordHost?: WordPaneHost;
  /** OneDrive in Office, made once by the entry point: the Excel pane saves there, the Word pane picks from there. */
  readonly oneDrive: OneDriveHost;
}

/** The task pane: a header, then the four tabs Kiểm tra, Tổng hợp, Xem trước, Tạo báo cáo. */
export function App({ host, launch, missing, wordHost, oneDrive }: AppProps) {
  const styles = useStyles();
  // The report's language comes from the workbook's settings, else Vietnamese, whatever the pane speaks.
  const [state, dispatch] = useReducer(appReducer, launch, (l) =>
    initialState(l.lang, l.action === "generate" ? TabId.Generate : TabId.Check, host?.reportLanguage?.read() ?? Lang.Vi),
  );
  const actions = useMemo(() => (host ? appActions(host, dispatch) : undefined), [host]);
  const { lang } = state;
  const t = uiText(lang);
  const busy = isBusy(state);
  const canRead = canRun(missing, "read");

  // The ribbon's buttons open the pane on an action: start it once.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !actions || !canRead) return;
    started.current = true;
    if (launch.action === "check") void actions.check(lang);
    else if (launch.action === "generate") void actions.generate(false, lang, state.reportLang);
  }, [actions, canRead, launch.action, lang, state.reportLang]);

  // When a check or a report finishes, focus moves to its result (the button that started it was disabled meanwhile).
  const checkResult = useRef<HTMLDivElement>(null);
  const generateResult = useRef<HTMLDivElement>(null);
  const finished = state.lastDone === "generate" ? state.generate : state.read.kind === "done" ? state.read : undefined;
  useEffect(() => {
    if (!finished) return;
    const target = state.tab === TabId.Generate ? generateResult.current : state.tab === TabId.Check ? checkResult.current : null;
    target?.focus();
    // Only a new result moves focus, not a change of tab: `state.tab` is left out on purpose.
  }, [finished]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const onSelect = (sheet: string, address: string) => void actions?.select(sheet, address, lang);
  const onCheck = () => !busy && void actions?.check(lang);
  const notices = requirementNotices(missing, lang);
  const spoken = useMemo(() => announcement(state), [state]);

  return (
    <div className={styles.app}>
      <AppHeader lang={lang} onLang={(l) => dispatch({ type: "lang", lang: l })} />
      <LiveAnnouncer text={spoken} />
      <main className={styles.main}>
        {launch.help && <HelpView lang={lang} />}
        {!actions ? (
          <Suspense fallback={<Spinner size="small" labelPosition="after" label={t.openingWordPane} role="status" />}>
            <WordView lang={lang} host={wordHost} oneDrive={oneDrive} />
          </Suspense>
        ) : (
          <>
            {notices.length > 0 && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  {notices.map((n) => (
                    <p key={n} style={{ margin: 0 }}>
                      {n}
                    </p>
                  ))}
                </MessageBarBody>
              </MessageBar>
            )}
            <TabList
              className={styles.tabs}
              size="small"
              aria-label={t.tabsLabel}
              selectedValue={state.tab}
              onTabSelect={(_, data) => dispatch({ type: "tab", tab: TAB_IDS.find((id) => id === data.value) ?? TabId.Check })}
            >
              {TAB_IDS.map((id) => (
                <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
                  {t.tabs[id]}
                </Tab>
              ))}
            </TabList>
            {state.notice && <NoticeBar notice={state.notice} />}
            <div className={styles.panel} role="tabpanel" id={`panel-${state.tab}`} aria-labelledby={`tab-${state.tab}`}>
              {state.tab === TabId.Check && (
                <CheckTab
                  lang={lang}
                  read={state.read}
                  analysis={state.analysis}
                  checked={state.results?.checked}
                  filter={state.filter}
                  busy={busy}
                  canRead={canRead}
                  canTemplate={canRun(missing, "template")}
                  onCheck={onCheck}
                  onCancel={() => actions.cancel()}
                  resultRef={checkResult}
                  onSelect={onSelect}
                  onFilter={(filter) => dispatch({ type: "filter", filter })}
                  onTemplate={() => !busy && void actions.template(lang)}
                />
              )}
              {state.tab === TabId.Summary && (
                <SummaryTab lang={lang} read={state.read} analysis={state.analysis} busy={busy} canRead={canRead} onRead={onCheck} onSelect={onSelect} />
              )}
              {state.tab === TabId.Preview && (
                <PreviewTab
                  lang={lang}
                  reportLang={state.reportLang}
                  read={state.read}
                  analysis={state.analysis}
                  report={state.results?.preview}
                  busy={busy}
                  canRead={canRead}
                  onRead={onCheck}
                  onSelect={onSelect}
                />
              )}
              {state.tab === TabId.Generate && (
                <GenerateTab
                  lang={lang}
                  reportLang={state.reportLang}
                  generate={state.generate}
                  read={state.read}
                  busy={busy}
                  canRead={canRead}
                  delivery={host!.delivery}
                  oneDrive={oneDrive}
                  resultRef={generateResult}
                  onGenerate={(force) => !busy && void actions.generate(force, lang, state.reportLang)}
                  onCancel={() => actions.cancel()}
                  onReportLang={(l) => void actions.reportLanguage(l, lang)}
                  onSelect={onSelect}
                  onDeliver={(result, method) => !busy && void actions.deliver(result, method, lang)}
                />
              )}
            </div>
          </>
        )}
      </main>
    </div>
  );
}
