/** The parser's result as the eval compares it (bench/eval/extract.ts). */
import { describe, expect, it } from 'vitest';
import { fromParsed } from '../../../bench/eval/extract.ts';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from '../parse/helpers.ts';

describe('fromParsed: recipients', () => {
  it("counts every Nơi nhận block of the file, a certified copy's too, without the archive", () => {
    const text =
      'BỘ CHÍNH TRỊ\nSố 12-KH/TW\nHà Nội, ngày 1 tháng 9 năm 2022\nKẾ HOẠCH\nvề việc X\n' +
      'Nội dung.\nNơi nhận:\n- Các tỉnh uỷ, thành uỷ,\n- Lưu Văn phòng Trung ương Đảng.\n' +
      'T/M BỘ CHÍNH TRỊ\nVõ Văn Thường\n\nTỈNH ỦY LẠNG SƠN\nSố 156-SY/TU\nNơi nhận:\n' +
      '- Ban Thường vụ Tỉnh đoàn,\n- Lưu Văn phòng Tỉnh uỷ.\nSAO Y\n' +
      'Lạng Sơn, ngày 09 tháng 9 năm 2022\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nNguyễn Quang Huy\n';
    const doc = parseDocument(text, { registry: testRegistry() });
    expect(doc.copies.map((c) => c.recipients.map((r) => r.mention))).toEqual([
      ['Ban Thường vụ Tỉnh đoàn', 'Văn phòng Tỉnh uỷ'],
    ]);
    expect(fromParsed(doc).recipients.map((names) => names[0])).toEqual([
      'Các tỉnh ủy, thành ủy',
      'Ban Thường vụ Tỉnh đoàn',
    ]);
  });
});
