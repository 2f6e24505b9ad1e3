/**
 * The contract's twelve kinds of activity, with their sections and sentences.
 * The Vietnamese sentences follow the reference report's (báo cáo 6 tháng đầu
 * năm 2021, sections II.3, II.4, II.6.1, II.6.2 and II.7), so the bundled
 * sample reproduces it; English sentences avoid "01 licences" by putting the
 * count after a colon.
 */
import type { BuiltInActivityKind } from "../schema";

export interface BuiltInKind {
  readonly name: BuiltInActivityKind;
  readonly section: string;
  readonly unit: { readonly vi: string; readonly en: string };
  readonly sentence: { readonly vi: string; readonly en: string };
}

export const BUILT_IN_KINDS: ReadonlyArray<BuiltInKind> = [
  {
    name: "Thẩm định công nghệ",
    section: "II.3",
    unit: { vi: "dự án", en: "projects" },
    sentence: {
      vi: "Tham gia thẩm định, có ý kiến về mặt công nghệ kịp thời, đúng tiến độ đối với hồ sơ của {số lượng}{danh sách} dự án đầu tư, quy hoạch.",
      en: "Technology appraisal opinions were given on time on the dossiers of investment and planning projects: {quantity}{list}.",
    },
  },
  {
    name: "Cấp giấy phép X-quang",
    section: "II.3",
    unit: { vi: "giấy phép", en: "licences" },
    sentence: {
      vi: "Thẩm định cấp {số lượng} Giấy phép sử dụng thiết bị X-quang chẩn đoán trong y tế.",
      en: "Licences to use diagnostic X-ray equipment in health care appraised and issued: {quantity}.",
    },
  },
  {
    name: "Cấp chứng chỉ nhân viên bức xạ",
    section: "II.3",
    unit: { vi: "chứng chỉ", en: "certificates" },
    sentence: {
      vi: "Cấp {số lượng} chứng chỉ nhân viên bức xạ.",
      en: "Radiation worker certificates issued: {quantity}.",
    },
  },
  {
    name: "Đào tạo an toàn bức xạ",
    section: "II.3",
    unit: { vi: "lớp", en: "classes" },
    sentence: {
      vi: "Tổ chức {số đợt} lớp đào tạo về an toàn bức xạ cho {số người} nhân viên bức xạ làm việc tại cơ sở X-quang chẩn đoán y tế trên địa bàn tỉnh.",
      en: "Radiation safety classes held: {batches}, for {participants} radiation workers of diagnostic X-ray facilities in the province.",
    },
  },
  {
    name: "Xét công nhận sáng kiến",
    section: "II.4",
    unit: { vi: "hồ sơ", en: "dossiers" },
    sentence: {
      vi: "Thành lập và tổ chức họp Hội đồng Sáng kiến cấp tỉnh {đợt}, chấm đánh giá {số lượng} hồ sơ đề nghị công nhận sáng kiến cấp tỉnh.",
      en: "The provincial Initiatives Council met ({batch}); dossiers assessed for recognition as provincial initiatives: {quantity}.",
    },
  },
  {
    name: "Hội nghị, hội thảo",
    section: "II.4",
    unit: { vi: "hội nghị", en: "events" },
    sentence: {
      vi: "Tổ chức {số lượng} hội nghị, hội thảo{danh sách} cho {số người} người tham dự.",
      en: "Conferences and workshops held: {quantity}{list}, attended by {participants} people.",
    },
  },
  {
    name: "Khảo sát chất lượng",
    section: "II.6.1",
    unit: { vi: "mẫu", en: "samples" },
    sentence: {
      vi: "Thực hiện {số đợt} cuộc khảo sát chất lượng, lấy {số lượng} mẫu đi thử nghiệm{danh sách}[. Kết quả: {không đạt} mẫu không đạt yêu cầu|. Kết quả: các mẫu đều đạt yêu cầu].",
      en: "Quality surveys carried out: {batches}, with {quantity} samples tested{list}[; samples that did not meet the requirements: {failed}|; every sample met the requirements].",
    },
  },
  {
    name: "Công bố hợp chuẩn",
    section: "II.6.1",
    unit: { vi: "hồ sơ", en: "dossiers" },
    sentence: {
      vi: "Thẩm định, ra thông báo tiếp nhận {số lượng} hồ sơ công bố hợp chuẩn{danh sách}.",
      en: "Declarations of conformity with standards appraised and acknowledged: {quantity}{list}.",
    },
  },
  {
    name: "Niêm phong cột đo xăng dầu",
    section: "II.6.2",
    unit: { vi: "cột đo", en: "dispensers" },
    sentence: {
      vi: "Phối hợp với Cục Thuế tỉnh dán lại tem niêm phong số tổng, góp phần tăng cường công tác quản lý thuế đối với hoạt động kinh doanh xăng dầu trên địa bàn, cho {số đối tượng} cửa hàng xăng dầu{danh sách}.",
      en: "With the provincial Tax Department, totaliser seals were re-applied to strengthen tax management of the petrol trade, at petrol stations: {subjects}{list}.",
    },
  },
  {
    name: "Cân đối chứng",
    section: "II.6.2",
    unit: { vi: "mã cân", en: "scale codes" },
    sentence: {
      vi: "Theo dõi, quản lý hoạt động {số đối tượng} điểm cân đối chứng. Tổng số mã cân sử dụng trong kỳ là: {số lượng}[^Mã cân đúng là {đạt}, mã cân sai là {không đạt}, chiếm tỷ lệ {tỷ lệ không đạt}.].",
      en: "Reference scale points monitored: {subjects}. Scale codes used in the period: {quantity}[^Correct codes: {passed}; wrong codes: {failed}, {failedPercent} of the total.].",
    },
  },
  {
    name: "Thanh tra",
    section: "II.7",
    unit: { vi: "cơ sở", en: "establishments" },
    sentence: {
      vi: "Thực hiện {số đợt} cuộc thanh tra {đợt} đối với {số đối tượng} cơ sở{danh sách}[; phát hiện {không đạt} cơ sở vi phạm][, xử phạt vi phạm hành chính với tổng số tiền {số tiền} đồng].",
      en: "Inspections held: {batches} ({batch}), establishments inspected: {subjects}{list}[; in violation: {failed}][; fines: VND {amount}].",
    },
  },
  {
    name: "Kiểm tra",
    section: "II.7",
    unit: { vi: "cơ sở", en: "establishments" },
    sentence: {
      vi: "Chủ trì và phối hợp với các cơ quan liên quan tổ chức {đợt}, kiểm tra được {số đối tượng} cơ sở{danh sách}[. Trong đó, đã ra quyết định xử phạt vi phạm hành chính đối với {không đạt} cơ sở với tổng số tiền xử phạt là {số tiền} đồng|. Không có cơ sở vi phạm].",
      en: "{batch}: establishments examined: {subjects}{list}[; fined for administrative violations: {failed}, VND {amount} in all|; no violation was found].",
    },
  },
];
