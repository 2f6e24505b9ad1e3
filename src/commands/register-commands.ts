/// <reference types="office-js" />
/** Binds the manifest's function names to their handlers. */
import { checkRequirements, createTemplate, ExcelFeature } from "../hosts/excel";
import { runTemplateCommand, type CommandEvent, type TemplateCommandDeps } from "./template-command";

/** The parts of `Office` the commands use, so tests can pass a mock. */
export interface CommandOffice {
  readonly actions: { associate(name: string, handler: (event: CommandEvent) => unknown): void };
  readonly context: {
    readonly host?: unknown;
    readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

/** Registers `createTemplate`, the function the manifest's template button names. */
export function registerCommands(office: CommandOffice, write: TemplateCommandDeps["createTemplate"] = createTemplate): void {
  office.actions.associate("createTemplate", (event) => {
    // Read at click time: Office fills `context` in once the function file is ready.
    const host = office.context.host === undefined || office.context.host === null ? undefined : String(office.context.host);
    const requirements = office.context.requirements;
    const canWriteTemplate =
      host === "Excel" &&
      requirements !== undefined &&
      !checkRequirements((name, version) => requirements.isSetSupported(name, version)).some((m) => m.feature === ExcelFeature.Template);
    return runTemplateCommand({ host, canWriteTemplate, createTemplate: write, log: (m) => console.warn(m) }, event);
  });
}
