import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

const parse = (t: string) => parseDocument(t, { registry: testRegistry() });

describe("a decision's authority line under its title", () => {
  const text =
    'ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\n\nSố: 1/QĐ-UBND\n\nCà Mau, ngày 1 tháng 12 năm 2025\n\n' +
    'QUYẾT ĐỊNH\nCÔNG BỐ THỦ TỤC HÀNH CHÍNH NỘI BỘ\nLĨNH VỰC GIÁO DỤC\n**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH**\n' +
    '*Căn cứ Quyết định số 89/2025/QĐ-UBND ngày 15 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh;*\n\n' +
    'QUYẾT ĐỊNH:\n\n**Điều 1.** Công bố kèm theo Quyết định này thủ tục hành chính.\n';

  it('ends the title and stays out of the body, so the Căn cứ after it is still preamble', () => {
    const d = parse(text);
    expect(d.document.title).toBe('CÔNG BỐ THỦ TỤC HÀNH CHÍNH NỘI BỘ LĨNH VỰC GIÁO DỤC');
    expect(d.references.map((r) => [r.number, r.relation])).toEqual([
      ['89/2025/QĐ-UBND', 'implements'],
    ]);
    expect(d.outline.map((o) => o.text.slice(0, 12))).toEqual([
      'Căn cứ Quyết',
      'QUYẾT ĐỊNH:',
      'Công bố kèm ',
    ]);
  });

  it('keeps a title line that only names a position inside a longer phrase', () => {
    const d = parse(
      'QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH,\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH, NHIỆM KỲ 2021-2026\n\nCăn cứ Luật số 1/2025/QH15;\n',
    );
    expect(d.document.title).toBe(
      'BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH, CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH, NHIỆM KỲ 2021-2026',
    );
  });
});
