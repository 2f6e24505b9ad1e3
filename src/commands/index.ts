/** The ribbon's function file: commands that run without opening the task pane. */
export { runTemplateCommand, TemplateCommandOutcome, type TemplateCommandDeps, type CommandEvent } from "./template-command";
export { registerCommands, type CommandOffice } from "./register-commands";
export { noticeUrl, noticeText, NOTICE_SIZE, NOTICE_TIMEOUT_MS } from "./template-notice";
