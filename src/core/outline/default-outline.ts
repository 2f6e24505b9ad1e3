/**
 * The outline of the reference report (báo cáo 6 tháng đầu năm 2021), with
 * its numbering mistakes fixed: keys equal the numbers the default prints.
 */
import type { ComputedContent, Outline, OutlineNode } from "./outline";

function node(key: string, vi: string, en: string, extra: { computed?: ComputedContent; children?: OutlineNode[] } = {}): OutlineNode {
  return { key, heading: { vi, en }, ...extra };
}

const RESULTS: OutlineNode[] = [
  node("II.1", "Công tác tham mưu.", "Advice to the Provincial People's Committee."),
  node("II.2", "Công tác nghiên cứu khoa học và phát triển công nghệ.", "Scientific research and technology development.", { computed: "tasks" }),
  node("II.3", "Công tác quản lý công nghệ và an toàn bức xạ hạt nhân.", "Technology management, radiation and nuclear safety."),
  node(
    "II.4",
    "Công tác sở hữu trí tuệ, phong trào lao động sáng tạo, phát huy sáng kiến, cải tiến kỹ thuật.",
    "Intellectual property, creative work, initiatives and technical improvements.",
  ),
  node("II.5", "Công tác thông tin, thống kê khoa học và công nghệ.", "Science and technology information and statistics.", { computed: "certificates" }),
  node("II.6", "Công tác tiêu chuẩn đo lường chất lượng.", "Standards, metrology and quality.", {
    children: [
      node("II.6.1", "Công tác Tiêu chuẩn – Chất lượng.", "Standards and quality.", { computed: "lots" }),
      node("II.6.2", "Công tác Đo lường.", "Metrology."),
    ],
  }),
  node(
    "II.7",
    "Công tác thanh tra, giải quyết khiếu nại, tố cáo và phòng chống tham nhũng.",
    "Inspection, complaints and denunciations, and the fight against corruption.",
  ),
  node("II.8", "Công tác pháp chế, kiểm soát thủ tục hành chính.", "Legal affairs and control of administrative procedures."),
  node("II.9", "Hoạt động sự nghiệp.", "Public service activities.", { computed: "calibrations" }),
  node("II.10", "Công tác khác.", "Other work."),
  node("II.11", "Kết quả thu – chi tài chính.", "Revenue and expenditure.", { computed: "finance" }),
];

const DIRECTIONS: OutlineNode[] = [
  node("III.1", "Công tác quản lý các nhiệm vụ khoa học và công nghệ.", "Management of science and technology tasks."),
  node("III.2", "Công tác quản lý công nghệ và an toàn bức xạ hạt nhân.", "Technology management, radiation and nuclear safety."),
  node(
    "III.3",
    "Công tác sở hữu trí tuệ, phong trào lao động sáng tạo, phát huy sáng kiến, cải tiến kỹ thuật.",
    "Intellectual property, creative work, initiatives and technical improvements.",
    {
      children: [
        node("III.3.1", "Công tác Sở hữu trí tuệ.", "Intellectual property."),
        node("III.3.2", "Công tác Sáng kiến.", "Initiatives."),
        node("III.3.3", "Các Cuộc thi Sáng tạo kỹ thuật.", "Technical creativity contests."),
      ],
    },
  ),
  node("III.4", "Công tác hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo.", "Support for the innovative start-up ecosystem."),
  node("III.5", "Công tác thông tin, thống kê khoa học và công nghệ.", "Science and technology information and statistics."),
  node("III.6", "Công tác tiêu chuẩn đo lường chất lượng.", "Standards, metrology and quality."),
  node(
    "III.7",
    "Công tác thanh tra, giải quyết khiếu nại, tố cáo, phòng chống tham nhũng.",
    "Inspection, complaints and denunciations, and the fight against corruption.",
  ),
  node("III.8", "Công tác pháp chế, kiểm soát thủ tục hành chính.", "Legal affairs and control of administrative procedures."),
  node("III.9", "Hoạt động sự nghiệp khoa học và công nghệ.", "Science and technology public service activities."),
];

/** The default outline: I general assessment, II results of {period}, III directions for {nextPeriod}. */
export const DEFAULT_OUTLINE: Outline = {
  parts: [
    node("I", "Đánh giá chung", "General assessment"),
    node("II", "Kết quả thực hiện nhiệm vụ {period}", "Results in {period}", { children: RESULTS }),
    node("III", "Phương hướng, nhiệm vụ {nextPeriod}", "Directions and tasks for {nextPeriod}", { children: DIRECTIONS }),
  ],
};
