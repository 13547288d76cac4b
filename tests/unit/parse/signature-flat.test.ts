import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

const signer = (t: string) => parseDocument(t, { registry: testRegistry() }).document.signer;

describe('signatures as real documents give them', () => {
  it('reads a signature flattened onto one line, text glued after the name left out', () => {
    const s = signer(
      'Số: 1/QĐ-UBND\n\nNội dung.\n\nNơi nhận:\n- Lưu VT.\n' +
        'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp CHƯƠNG TRÌNH HÀNH ĐỘNG\n',
    );
    expect(s?.name).toBe('Nguyễn Hữu Tháp');
    expect(s?.quote).toBe('TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp');
    expect(signer('Nội dung.\nKT. BỘ TRƯỞNG THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn\n')?.name).toBe(
      'Đỗ Hoàng Anh Tuấn',
    );
  });

  it("finds a title-only signature far from the end when the signer's name follows it", () => {
    const annex = Array.from({ length: 45 }, (_, i) => `${i + 1}. Nhiệm vụ của phụ lục.`).join(
      '\n',
    );
    const s = signer(
      `Nội dung.\n\nNơi nhận:\n- Lưu: VT.\n|\n**THỦ TƯỚNG**\nPhạm Minh Chính\n|\n\nPHỤ LỤC\n${annex}\n`,
    );
    expect(s?.name).toBe('Phạm Minh Chính');
    expect(s?.title).toBe('Thủ tướng');
  });

  it('does not take a capitals line with a name inside running text for a signature', () => {
    expect(signer('Nội dung.\nKT. là viết tắt của Kiểm tra Nguyễn Văn An.\n')).toBeNull();
  });
});
