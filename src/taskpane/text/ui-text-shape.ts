/** The shape of the task pane's words: each language's catalogue (ui-text-vi.ts, ui-text-en.ts) fills it in full. */
import type { Severity } from "../../core/issues";
import type { Lang } from "../../core/i18n";

export interface UiText {
  readonly productName: string;
  /** The language switch names the language it switches to. */
  readonly otherLanguage: string;
  readonly otherLang: Lang;
  readonly tabsLabel: string;
  /** While the Word pane's code loads (Excel's pane never loads it). */
  readonly openingWordPane: string;
  readonly tabs: { readonly check: string; readonly summary: string; readonly preview: string; readonly generate: string };
  readonly runCheck: string;
  readonly writeReport: string;
  readonly readWorkbook: string;
  readonly readingProgress: string;
  readonly reading: string;
  readonly readingSheet: (sheet: string, rowsDone: string, rowsTotal: string) => string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly severityPlural: Readonly<Record<Severity, string>>;
  readonly filterLabel: string;
  readonly filterAll: string;
  readonly countsBySheet: string;
  readonly sheetColumn: string;
  readonly wholeWorkbook: string;
  readonly noErrors: string;
  readonly hasErrors: (count: string) => string;
  readonly nothingToShow: string;
  readonly showMore: (count: string) => string;
  readonly addTemplate: string;
  readonly templateAdded: (sheets: string) => string;
  readonly templateNothingToAdd: string;
  readonly notReadYet: string;
  readonly period: (name: string) => string;
  readonly noPeriod: string;
  readonly summary: SummaryWords;
  readonly chartOf: (title: string) => string;
  readonly selectSource: (label: string, value: string, where: string) => string;
  readonly previewNote: string;
  readonly previewWithErrors: string;
  readonly previewLabel: string;
  readonly steps: { readonly read: string; readonly check: string; readonly build: string; readonly save: string };
  readonly stepsLabel: string;
  readonly stepState: {
    readonly waiting: string;
    readonly running: string;
    readonly done: string;
    readonly blocked: string;
    readonly failed: string;
    readonly choice: string;
  };
  readonly blockedByErrors: (count: string) => string;
  readonly forceWrite: string;
  readonly toFix: string;
  readonly warningsAllowed: (count: string) => string;
  readonly reportDownloaded: (file: string) => string;
  /** After a report is handed over: its figures can be refreshed later (issue 12). */
  readonly reportCanBeUpdated: string;
  readonly saveCancelled: string;
  readonly downloadAgain: string;
  readonly moreErrors: (count: string) => string;
  readonly rowsLeftOut: (count: string) => string;
  readonly failed: (what: string, detail: string) => string;
  readonly failures: { readonly read: string; readonly select: string; readonly write: string; readonly template: string; readonly settings: string };
  readonly errorCode: (code: string) => string;
  readonly tryAgain: string;
  readonly missingFeature: { readonly read: string; readonly select: string; readonly template: string };
  readonly needsSet: (set: string) => string;
  readonly wordComingSoon: string;
  readonly reportLanguage: string;
  readonly reportLanguageHint: string;
  readonly reportLanguageNames: Readonly<Record<Lang, string>>;
  readonly dialogDownload: (file: string) => string;
  readonly openedInBrowser: (file: string) => string;
  readonly tooLargeForBrowser: string;
  readonly notDelivered: (file: string) => string;
  readonly deliveryHeading: string;
  readonly deliver: { readonly download: string; readonly dialog: string; readonly browser: string };
  readonly noDeliveryHere: string;
  readonly stopReading: string;
  readonly readCancelled: string;
  readonly generateCancelled: string;
  readonly announceReading: (sheet: string, index: string, count: string) => string;
  readonly announceChecked: (errors: string, warnings: string, notes: string) => string;
  readonly sameCause: (count: string, severity: string) => string;
  readonly causeTitle: Readonly<Partial<Record<string, (count: string) => string>>>;
  readonly showAll: string;
  readonly hideAll: string;
  readonly payloadTooLarge: (sheet: string, row: string) => string;
  readonly templateResultTitle: string;
  /** The button that closes the template notice. */
  readonly noticeClose: string;
  /** The help section's name, for screen readers. */
  readonly helpLabel: string;
  readonly help: ReadonlyArray<string>;
}

export interface SummaryWords {
  readonly tasksTitle: string;
  readonly category: string;
  readonly tasksByField: string;
  readonly tasksByLevel: string;
  readonly field: string;
  readonly level: string;
  readonly taskCount: string;
  readonly managed: string;
  readonly accepted: string;
  readonly certificates: string;
  readonly lotsByGroup: string;
  readonly lotsByResult: string;
  readonly group: string;
  readonly result: string;
  readonly lotCount: string;
  readonly total: string;
  readonly calibrations: string;
  readonly activity: string;
  readonly instrument: string;
  readonly unit: string;
  readonly quantity: string;
  readonly passed: string;
  readonly failed: string;
  readonly noCalibrations: string;
  /** The activity register's table (issue 8): its title, columns (with `quantity`) and what it says when empty. */
  readonly activitiesTitle: string;
  readonly activityKind: string;
  readonly activitySubjects: string;
  readonly activityFailed: string;
  readonly noActivities: string;
  readonly finance: string;
  readonly item: string;
  readonly plan: string;
  readonly actual: string;
  readonly estimate: string;
  readonly percentOfPlan: string;
  readonly revenue: string;
  readonly expenditure: string;
}
