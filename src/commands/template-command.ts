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
  /** Where a failure is recorded; the command has no window to show it in. */
  readonly log: (message: string) => void;
}

export const TemplateCommandOutcome = {
  Added: "added",
  NothingToAdd: "nothing-to-add",
  NotExcel: "not-excel",
  Unsupported: "unsupported",
  Failed: "failed",
} as const;
export type TemplateCommandOutcome = (typeof TemplateCommandOutcome)[keyof typeof TemplateCommandOutcome];

/** Adds the missing template sheets in Excel; in Word, or an Excel without the API, it does nothing. */
export async function runTemplateCommand(deps: TemplateCommandDeps, event: CommandEvent): Promise<TemplateCommandOutcome> {
  try {
    if (deps.host !== "Excel") return TemplateCommandOutcome.NotExcel;
    if (!deps.canWriteTemplate) {
      deps.log("Tạo mẫu: this Excel lacks ExcelApi 1.8.");
      return TemplateCommandOutcome.Unsupported;
    }
    const { added } = await deps.createTemplate();
    return added.length > 0 ? TemplateCommandOutcome.Added : TemplateCommandOutcome.NothingToAdd;
  } catch (error) {
    deps.log(`Tạo mẫu failed: ${error instanceof Error ? error.name : "error"}`);
    return TemplateCommandOutcome.Failed;
  } finally {
    // Office waits for this before it runs another command, whatever happened.
    event.completed();
  }
}
