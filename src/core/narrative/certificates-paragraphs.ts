/** Section II.5: results-registration certificates issued in the period, every task named. */
import { listFootnote, paragraph, type ParagraphBlock } from "../document";
import { excludedRowsSentence, hasExcludedRows, notSummedUpParagraph } from "./excluded-rows-note";
import { countRun, type ReportContext } from "./report-context";
import { quotedTitles } from "./tasks-paragraphs";

/**
 * "Cấp 09 Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công
 * nghệ sử dụng ngân sách nhà nước¹." with a note naming every certified task
 * (the reference named four of nine).
 */
export function certificatesParagraphs(ctx: ReportContext): ParagraphBlock[] {
  const { certificates, certifiedTasks } = ctx.summary.tasks;
  if (certificates.value === 0 && hasExcludedRows(ctx, "tasks")) {
    return [
      notSummedUpParagraph(ctx, "tasks", { vi: "giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ", en: "certificates of registration of task results" }),
    ];
  }
  // Task notes list the titles alone, as the note on accepted tasks does.
  if (ctx.lang === "en") {
    if (certificates.value === 0) return [paragraph("No certificate of registration of task results was issued in the period.")];
    const note =
      certifiedTasks.length > 0
        ? [listFootnote({ key: "tasks.certifiedTasks", sources: certificates.sources, items: certifiedTasks.length }, quotedTitles(certifiedTasks))]
        : [];
    const phrase =
      certificates.value === 1
        ? " certificate of registration of the results of a state-funded science and technology task was issued"
        : " certificates of registration of the results of state-funded science and technology tasks were issued";
    return [paragraph(countRun(ctx, certificates), phrase, ...note, ".", ...excludedRowsSentence(ctx, "tasks"))];
  }
  if (certificates.value === 0) {
    return [paragraph("Trong kỳ chưa cấp Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước.")];
  }
  const note =
    certifiedTasks.length > 0
      ? [listFootnote({ key: "tasks.certifiedTasks", sources: certificates.sources, items: certifiedTasks.length }, quotedTitles(certifiedTasks))]
      : [];
  return [
    paragraph(
      "Cấp ",
      countRun(ctx, certificates),
      " Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước",
      ...note,
      ".",
      ...excludedRowsSentence(ctx, "tasks"),
    ),
  ];
}
