/// <reference types="office-js" />
/** Binds the manifest's function names to their handlers. */
import { checkRequirements, createTemplate, ExcelFeature } from "../hosts/excel";
import { chooseLang } from "../taskpane/host";
import { runTemplateCommand, type CommandEvent, type TemplateCommandDeps, type TemplateCommandOutcome } from "./template-command";
import { NOTICE_SIZE, NOTICE_TIMEOUT_MS, noticeUrl } from "./template-notice";

/** An open dialog, as far as the notice needs it. */
interface NoticeDialog {
  addEventHandler(type: unknown, handler: (arg: unknown) => void): void;
  close(): void;
}

/** The parts of `Office` the commands use, so tests can pass a mock. */
export interface CommandOffice {
  readonly actions: { associate(name: string, handler: (event: CommandEvent) => unknown): void };
  readonly context: {
    readonly host?: unknown;
    readonly displayLanguage?: string;
    readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly ui?: { displayDialogAsync?(url: string, options: object, callback: (result: { status: unknown; value?: NoticeDialog }) => void): void };
  };
  readonly EventType?: { readonly DialogMessageReceived: unknown; readonly DialogEventReceived: unknown };
}

/** Registers `createTemplate`, the function the manifest's template button names; `pageUrl` is the function file's. */
export function registerCommands(office: CommandOffice, write: TemplateCommandDeps["createTemplate"] = createTemplate, pageUrl?: string): void {
  office.actions.associate("createTemplate", (event) => {
    // Read at click time: Office fills `context` in once the function file is ready.
    const host = office.context.host === undefined || office.context.host === null ? undefined : String(office.context.host);
    const requirements = office.context.requirements;
    const canWriteTemplate =
      host === "Excel" &&
      requirements !== undefined &&
      !checkRequirements((name, version) => requirements.isSetSupported(name, version)).some((m) => m.feature === ExcelFeature.Template);
    const notify = pageUrl && requirements?.isSetSupported("DialogApi", "1.1") ? dialogNotice(office, pageUrl) : undefined;
    return runTemplateCommand({ host, canWriteTemplate, createTemplate: write, log: (m) => console.warn(m), ...(notify ? { notify } : {}) }, event);
  });
}

/** Shows the outcome in a small dialog and resolves once the user closes it (or after a while). */
function dialogNotice(office: CommandOffice, pageUrl: string): (outcome: TemplateCommandOutcome, added: ReadonlyArray<string>) => Promise<void> {
  return (outcome, added) =>
    new Promise((resolve, reject) => {
      const show = office.context.ui?.displayDialogAsync;
      if (!show || !office.EventType) {
        reject(new Error("no dialog API"));
        return;
      }
      const url = noticeUrl(pageUrl, outcome, added, chooseLang(null, office.context.displayLanguage));
      show.call(office.context.ui, url, { ...NOTICE_SIZE, displayInIframe: true }, (result) => {
        const dialog = result.value;
        if (String(result.status) !== "succeeded" || !dialog) {
          reject(new Error("the notice dialog did not open"));
          return;
        }
        let done = false;
        const finish = () => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          dialog.close();
          resolve();
        };
        const timer = setTimeout(finish, NOTICE_TIMEOUT_MS);
        dialog.addEventHandler(office.EventType!.DialogMessageReceived, finish);
        dialog.addEventHandler(office.EventType!.DialogEventReceived, finish);
      });
    });
}
