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
});
