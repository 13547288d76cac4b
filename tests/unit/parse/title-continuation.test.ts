import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

const doc = (t: string) => parseDocument(t, { registry: testRegistry() }).document;

describe('titles as real documents give them', () => {
  it('keeps a "CỦA …" line in a title in capitals that reads on from it', () => {
    const d = doc(
      'BAN CHẤP HÀNH TRUNG ƯƠNG\n\nSố 212-KL/TW\n\nKẾT LUẬN\nCỦA BỘ CHÍNH TRỊ,\nBAN BÍ THƯ\nVỀ ĐỊNH HƯỚNG XÂY DỰNG\n\nNội dung.\n',
    );
    expect(d.title).toBe('CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ ĐỊNH HƯỚNG XÂY DỰNG');
  });

  it('reads a "CỦA …" line alone above a sentence-case title as the issuer, not the title', () => {
    const d = doc(
      'TỈNH ỦY QUẢNG TRỊ\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\n\nthực hiện Nghị quyết số 20-NQ/TW\n\nNội dung.\n',
    );
    expect(d.title).toBe('thực hiện Nghị quyết số 20-NQ/TW');
  });

  it('goes on over the blank lines of a DOCX conversion: a lower-case line, capitals after "CỦA"', () => {
    expect(
      doc('KẾ HOẠCH\n\nThực hiện công tác bầu cử\n\nvà bầu cử đại biểu các cấp\n\nI. MỤC ĐÍCH\n')
        .title,
    ).toBe('Thực hiện công tác bầu cử và bầu cử đại biểu các cấp');
    expect(
      doc(
        'KẾT LUẬN\n\nCỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG\n\nTẠI HỘI NGHỊ TOÀN QUỐC\n\nNgày 1/12, tại Hà Nội.\n',
      ).title,
    ).toBe('CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TẠI HỘI NGHỊ TOÀN QUỐC');
  });

  it('keeps a document number on the last line of a "V/v" subject', () => {
    const d = doc(
      'VĂN PHÒNG CHÍNH PHỦ\n\nSố: 11306/VPCP-NN\nV/v đề xuất giải pháp triển khai Nghị định\n136/2025/NĐ-CP\n\nHà Nội, ngày 18 tháng 11 năm 2025\n\nKính gửi: Bộ Tài chính.\n',
    );
    expect(d.title).toBe('đề xuất giải pháp triển khai Nghị định 136/2025/NĐ-CP');
  });
});
