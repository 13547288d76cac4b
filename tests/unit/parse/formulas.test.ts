import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

/** Promulgation, adoption, receipt and thanks formulas assign nothing (issue 18, held-out 53–62). */
const tasks = (text: string): string[] =>
  parseDocument(text, { registry: testRegistry() }).tasks.map((t) => t.text.slice(0, 30));

describe('formulas of a document about itself are not tasks', () => {
  it("a plan's promulgation sentence, but not a body asked to issue its own plan", () => {
    const text =
      'KẾ HOẠCH\nthực hiện Nghị quyết số 12-NQ/TW\n\nThực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy ban hành Kế hoạch thực hiện Nghị quyết số 12-NQ/TW.\n\nỦy ban nhân dân các huyện ban hành kế hoạch thực hiện trước ngày 30/6/2025.\n';
    expect(tasks(text)).toEqual(['Ủy ban nhân dân các huyện ban ']);
  });

  it("a reply's receipt and thanks sentences, but not its request", () => {
    const text =
      'Kính gửi: Ủy ban nhân dân tỉnh Hà Tĩnh\n\nBộ Xây dựng nhận được kiến nghị của cử tri tỉnh Hà Tĩnh về đường giao thông.\n\nBộ Xây dựng trân trọng cảm ơn Ủy ban nhân dân tỉnh đã phản ánh.\n\nĐề nghị Sở Xây dựng tỉnh Hà Tĩnh rà soát, báo cáo trước ngày 15/7/2025.\n';
    expect(tasks(text)).toEqual(['Đề nghị Sở Xây dựng tỉnh Hà Tĩ']);
  });

  it('a closing request to carry out the document itself, but not a request with work of its own', () => {
    const text =
      'CHỈ THỊ\nVề cải cách thủ tục hành chính\n\nGiao Sở Nội vụ rà soát thủ tục hành chính, báo cáo trước ngày 30/6/2025.\n\nChủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ngành tổ chức quán triệt, triển khai thực hiện nghiêm túc Chỉ thị này. Trong quá trình thực hiện, nếu có vướng mắc, kịp thời báo cáo Ủy ban nhân dân tỉnh./.\n\nỦy ban nhân dân tỉnh giao Giám đốc các sở theo chức năng, nhiệm vụ được giao tại kế hoạch này triển khai thực hiện đảm bảo hiệu quả, đúng quy định./.\n';
    expect(tasks(text)).toEqual(['Giao Sở Nội vụ rà soát thủ tục']);
  });
});
