/** Section II.2: the science and technology tasks managed and accepted in the period. */
import { listFootnote, paragraph, type ParagraphBlock, type RunInput } from "../document";
import { TASK_FIELDS } from "../schema";
import { narrativeWords } from "./narrative-words";
import type { TaskRef } from "../summarise";
import { excludedRowsSentence, hasExcludedRows, notSummedUpParagraph } from "./excluded-rows-note";
import { countRun, type ReportContext } from "./report-context";

/** `"Title 1"; "Title 2".`: the titles a footnote lists. */
export function quotedTitles(tasks: ReadonlyArray<TaskRef>): string {
  return tasks.map((t) => `“${t.title}”`).join("; ") + ".";
}

function byField(ctx: ReportContext): RunInput[] {
  const out: RunInput[] = [];
  for (const field of TASK_FIELDS) {
    const f = ctx.summary.tasks.byField[field];
    if (f.value === 0) continue;
    if (out.length > 0) out.push("; ");
    out.push(narrativeWords(ctx.lang).taskField(field), countRun(ctx, f));
  }
  return out;
}

function acceptedRuns(ctx: ReportContext): RunInput[] {
  const { accepted, acceptedTasks } = ctx.summary.tasks;
  const note =
    acceptedTasks.length > 0
      ? [listFootnote({ key: "tasks.acceptedTasks", sources: accepted.sources, items: acceptedTasks.length }, quotedTitles(acceptedTasks))]
      : [];
  if (ctx.lang === "en") {
    if (accepted.value === 0) return ["No task was evaluated for acceptance in the period."];
    const verb = accepted.value === 1 ? "task that had reached the end of its term was" : "tasks that had reached the end of their term were";
    return [countRun(ctx, accepted), ` ${verb} evaluated and accepted`, ...note, "."];
  }
  if (accepted.value === 0) return ["Trong kỳ chưa tổ chức nghiệm thu đề tài, dự án nào."];
  return ["Tổ chức nghiệm thu ", countRun(ctx, accepted), " đề tài, dự án đã hết thời gian thực hiện", ...note, "."];
}

/**
 * "Quản lý và theo dõi 29 đề tài, dự án, trong đó: lĩnh vực nông nghiệp và
 * phát triển nông thôn 20; … Tổ chức nghiệm thu 03 đề tài, dự án …¹."
 */
export function tasksParagraphs(ctx: ReportContext): ParagraphBlock[] {
  const { managed } = ctx.summary.tasks;
  if (managed.value === 0) {
    // Rows left out for errors are not "no task": say that the figure could not be made.
    if (hasExcludedRows(ctx, "tasks")) return [notSummedUpParagraph(ctx, "tasks", { vi: "đề tài, dự án", en: "science and technology tasks" })];
    return [paragraph(narrativeWords(ctx.lang).noTasks)];
  }
  const opening = narrativeWords(ctx.lang).tasksOpening(countRun(ctx, managed), managed.value);
  return [paragraph(...opening, ...byField(ctx), ". ", ...acceptedRuns(ctx), ...excludedRowsSentence(ctx, "tasks"))];
}
