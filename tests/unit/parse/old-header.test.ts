/** A crawled header of an old State document (issue 18, point 3): a stray title line, the number
 *  on the line after "Số:", the old number style, type, title and body run together. */
import { describe, expect, it } from 'vitest';
import { parseDocNumber } from '../../../src/parse/numbers.ts';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

describe('an old flattened State header', () => {
  const text =
    'Chỉ thị 299/TTg\nPHỦ THỦ TƯỚNG ----- CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc -------\n' +
    'Số:\n299/TTg Hà Nội, ngày 10 tháng 11 năm 1980 CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT TRONG CẢ NƯỚC Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định số 169-CP về công tác điều tra.\n';

  it('reads number, type, title, place and date', () => {
    const d = parseDocument(text, { registry: testRegistry() }).document;
    expect([d.number, d.type, d.title, d.issuedDate, d.place]).toEqual([
      '299/TTg',
      'Chỉ thị',
      'VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT TRONG CẢ NƯỚC',
      '1980-11-10',
      'Hà Nội',
    ]);
  });

  it('reads the old number style (the body symbol only)', () => {
    expect(parseDocNumber('299/TTg')).toEqual({
      number: '299/TTg',
      symbol: '',
      body: 'TTg',
      style: 'state',
    });
    expect(parseDocNumber('169-CP')).toEqual({
      number: '169-CP',
      symbol: '',
      body: 'CP',
      style: 'state',
    });
    expect(parseDocNumber('299/TTg/x')).toBeNull();
  });
});
