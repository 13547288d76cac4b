import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';

describe('header', () => {
  it('reads a Party header out of order', () => {
    const t =
      'BAN CHẤP HÀNH TRUNG ƯƠNG\n\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\n\\*\n\n*Hà Nội, ngày 23 tháng 8 năm 2022*\n\nSố 10-KH/TW\n\n## KẾ HOẠCH\n\nThực hiện Nghị quyết số 20-NQ/TW\n\n-----\n\nBộ Chính trị ban hành Kế hoạch như sau:\n\nI- NHIỆM VỤ\n\n1. Ban A chủ trì.';
    const d = parseDocument(t).document;
    expect(d).toMatchObject({
      number: '10-KH/TW',
      type: 'Kế hoạch',
      issuedDate: '2022-08-23',
      place: 'Hà Nội',
      family: 'party',
      title: 'Thực hiện Nghị quyết số 20-NQ/TW',
    });
    expect(d.banner?.quote).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(d.headerBodies.map((q) => q.quote)).toEqual(['BAN CHẤP HÀNH TRUNG ƯƠNG']);
    expect(d.issuer).toMatchObject({ name: 'Bộ Chính trị', source: 'preamble' });
  });

  it('reads a State header from a scraped table', () => {
    const t =
      '| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| TỈNH BẮC GIANG | Độc lập - Tự do - Hạnh phúc |\n| Số: 53/KH-UBND | Bắc Giang, ngày 05 tháng 4 năm 2023 |\n\nKẾ HOẠCH\nPhát triển kinh tế tập thể năm 2023\n\nI. MỤC ĐÍCH\n1. A.';
    const d = parseDocument(t).document;
    expect(d).toMatchObject({
      number: '53/KH-UBND',
      type: 'Kế hoạch',
      issuedDate: '2023-04-05',
      place: 'Bắc Giang',
      family: 'state',
      title: 'Phát triển kinh tế tập thể năm 2023',
    });
    expect(d.issuer).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Bắc Giang', source: 'header' });
  });

  it('keeps a superior body apart from the issuing body', () => {
    const t =
      'ĐẢNG BỘ TỈNH QUẢNG TRỊ\nHUYỆN ỦY VĨNH LINH\n*\nSố 67 -KH/HU\n\nKẾ HOẠCH\nvề việc A\n\nI. NHIỆM VỤ\n1. B.';
    const d = parseDocument(t).document;
    expect(d.issuer).toMatchObject({ name: 'Huyện ủy Vĩnh Linh', source: 'header' });
    expect(d.number).toBe('67-KH/HU');
  });

  it('reads the subject of an official letter (V/v) and a type from the number', () => {
    const t =
      'ỦY BAN NHÂN DÂN\nHUYỆN KIM BẢNG\nSố: 722/UBND-NN\nV/v triển khai kế hoạch\nKim Bảng, ngày 02 tháng 4 năm 2023\n\nKính gửi: Phòng Tài chính - Kế hoạch.\n\nỦy ban nhân dân huyện đề nghị thực hiện.';
    const doc = parseDocument(t);
    expect(doc.document).toMatchObject({
      number: '722/UBND-NN',
      type: 'Công văn',
      title: 'triển khai kế hoạch',
      issuedDate: '2023-04-02',
    });
    expect(doc.addressees.map((a) => a.mention)).toEqual(['Phòng Tài chính - Kế hoạch']);
  });

  it('reads the title from the type line paragraph and an issuer from a "CỦA …" line', () => {
    const t =
      '**CHƯƠNG TRÌNH HÀNH ĐỘNG  \nCỦA BAN THƯỜNG VỤ TỈNH ỦY**\n\n**thực hiện Nghị quyết số 20-NQ/TW**\n\n-----\n\nI. MỤC ĐÍCH\n\n1. A.';
    const d = parseDocument(t).document;
    expect(d).toMatchObject({
      type: 'Chương trình hành động',
      title: 'thực hiện Nghị quyết số 20-NQ/TW',
    });
    expect(d.issuer).toMatchObject({ name: 'Ban Thường vụ Tỉnh ủy', source: 'title' });
  });

  it('warns about an unsigned draft (empty number and date)', () => {
    const t =
      'ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nSố:      /KH-UBND\nHà Nam, ngày     tháng     năm 2024\n\nKẾ HOẠCH\nA\n\nI. B\n1. C.';
    const codes = parseDocument(t).warnings.map((w) => w.code);
    expect(codes).toContain('number-missing');
    expect(codes).toContain('date-missing');
  });
});

describe('header: a "CỦA …" line', () => {
  it('after title lines belongs to the title, not to the issuer', () => {
    const d = parseDocument(
      'KẾ HOẠCH\nTRIỂN KHAI NGHỊ QUYẾT SỐ 20-NQ/TW\nCỦA BỘ CHÍNH TRỊ\n\nI. NHIỆM VỤ\n1. A.',
    ).document;
    expect(d.title).toBe('TRIỂN KHAI NGHỊ QUYẾT SỐ 20-NQ/TW CỦA BỘ CHÍNH TRỊ');
    expect(d.issuer).toBeNull();
  });
});
