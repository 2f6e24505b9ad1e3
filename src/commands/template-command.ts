/**
 * The ribbon's "Tạo mẫu" as plain logic: which host it runs in, whether that
 * Excel can write the template, and always telling Office the command is done.
 */

/** The part of Office.AddinCommands.Event the command uses. */
export interface CommandEvent {
  completed(): void;
}

export interface TemplateCommandDeps {
  /** `Office.context.host`: "Excel", "Word", … */
  readonly host: string | undefined;
  /** True when ExcelApi 1.8 (data validation) is there. */
  readonly canWriteTemplate: boolean;
  readonly createTemplate: () => Promise<{ readonly added: ReadonlyArray<string> }>;
  /** Where a failure is recorded for developers. */
  readonly log: (message: string) => void;
  /** Tells the user the outcome (a small dialog); resolves when they have seen it. Absent: nothing is shown. */
  readonly notify?: (outcome: TemplateCommandOutcome, added: ReadonlyArray<string>) => Promise<void>;
}

export const TemplateCommandOutcome = {
  Added: "added",
  NothingToAdd: "nothing-to-add",
  NotExcel: "not-excel",
  Unsupported: "unsupported",
  Failed: "failed",
} as const;
export type TemplateCommandOutcome = (typeof TemplateCommandOutcome)[keyof typeof TemplateCommandOutcome];

/** Adds the missing template sheets in Excel and tells the user what happened; in Word it does nothing. */
export async function runTemplateCommand(deps: TemplateCommandDeps, event: CommandEvent): Promise<TemplateCommandOutcome> {
  let outcome: TemplateCommandOutcome = TemplateCommandOutcome.Failed;
  let added: ReadonlyArray<string> = [];
  try {
    if (deps.host !== "Excel") return (outcome = TemplateCommandOutcome.NotExcel);
    if (!deps.canWriteTemplate) {
      deps.log("Tạo mẫu: this Excel lacks ExcelApi 1.8.");
      return (outcome = TemplateCommandOutcome.Unsupported);
    }
    added = (await deps.createTemplate()).added;
    return (outcome = added.length > 0 ? TemplateCommandOutcome.Added : TemplateCommandOutcome.NothingToAdd);
  } catch (error) {
    deps.log(`Tạo mẫu failed: ${error instanceof Error ? error.name : "error"}`);
    return (outcome = TemplateCommandOutcome.Failed);
  } finally {
    try {
      if (outcome !== TemplateCommandOutcome.NotExcel) await deps.notify?.(outcome, added);
    } catch (error) {
      deps.log(`Tạo mẫu: the result could not be shown (${error instanceof Error ? error.message : String(error)}).`);
    }
    // Office waits for this before it runs another command, whatever happened.
    event.completed();
  }
}
