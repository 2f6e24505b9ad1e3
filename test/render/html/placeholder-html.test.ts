// The preview shows an empty section's placeholder highlighted, with what to write as its tooltip.
import { paragraph, placeholder, section } from "../../../src/core/document";
import { renderHtml } from "../../../src/render/html";
import { sampleReport } from "../../core/document/sample-report";

test("a placeholder is a <mark> whose title is its comment", () => {
  const report = sampleReport();
  const doc = {
    ...report,
    sections: [...report.sections, section("IV.", "MỤC THỬ", [paragraph(placeholder("[Nội dung mục này chưa được nhập.]", "Hãy viết <kết quả> & số liệu."))])],
  };
  expect(renderHtml(doc)).toContain('<mark class="placeholder" title="Hãy viết &lt;kết quả&gt; &amp; số liệu.">[Nội dung mục này chưa được nhập.]</mark>');
  expect(renderHtml(report)).not.toContain("<mark");
});
