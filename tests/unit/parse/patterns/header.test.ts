/** The header patterns, each with a table of (text, expected) examples (folded where they
 *  match folded lines). */
import { describe, expect, it } from 'vitest';
import { fold } from '../../../../src/parse/source.ts';
import {
  EMPTY_NUMBER,
  MOTTO,
  NUMBER_LINE,
  PARTY_BANNER,
  PLACE_DATE,
  STATE_BANNER,
  SUBJECT,
  TITLE_END,
  TYPES,
} from '../../../../src/parse/header/patterns.ts';

const typeOf = (line: string): string | null =>
  TYPES.find(([re]) => re.test(fold(line)))?.[1] ?? null;

describe('header patterns', () => {
  it.each([
    ['CHƯƠNG TRÌNH HÀNH ĐỘNG', 'Chương trình hành động'],
    ['KẾ HOẠCH', 'Kế hoạch'],
    ['QUYẾT ĐỊNH', 'Quyết định'],
    ['QUY ĐỊNH', 'Quy định'],
    ['CÔNG ĐIỆN', 'Công điện'],
    ['NGHỊ QUYẾT LIÊN TỊCH', 'Nghị quyết liên tịch'],
    ['ỦY BAN NHÂN DÂN', null],
  ])('TYPES %j → %j', (line, expected) => {
    expect(typeOf(line)).toBe(expected);
  });

  it.each([
    ['ĐẢNG CỘNG SẢN VIỆT NAM', PARTY_BANNER, true],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', STATE_BANNER, true],
    ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', STATE_BANNER, true],
    ['Độc lập - Tự do - Hạnh phúc', MOTTO, true],
    ['Độc lập – Tự do – Hạnh phúc', MOTTO, true],
    ['ĐẢNG CỘNG SẢN VIỆT NAM QUANG VINH', PARTY_BANNER, false],
  ])('banner / motto %j', (line, re, expected) => {
    expect(re.test(fold(line))).toBe(expected);
  });

  it.each([
    ['Số 10-KH/TW', '10-KH/TW'],
    ['Số: 45/KH-UBND', '45/KH-UBND'],
    ['SỐ: 12/2024/QĐ-UBND', '12/2024/QĐ-UBND'],
    ['Số:      /KH-UBND', null],
    ['Sở Tài chính', null],
  ])('NUMBER_LINE %j → %j', (line, expected) => {
    expect(NUMBER_LINE.exec(line)?.[1] ?? null).toBe(expected);
  });

  it.each([
    ['Số:      /KH-UBND', true],
    ['Số: ', true],
    ['Số: 45/KH-UBND', false],
  ])('EMPTY_NUMBER %j → %j', (line, expected) => {
    expect(EMPTY_NUMBER.test(line)).toBe(expected);
  });

  it.each([
    ['Hà Nội, ngày 23 tháng 8 năm 2022', 'ha noi'],
    ['Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025', 'thanh pho ho chi minh'],
    ['Ngày 15 tháng 11 năm 2025, tại Trụ sở Chính phủ', null],
  ])('PLACE_DATE %j → %j', (line, expected) => {
    expect(PLACE_DATE.exec(fold(line))?.[1] ?? null).toBe(expected);
  });

  it.each([
    ['V/v triển khai Kế hoạch', 'v/v '],
    ['V/V: BAN HÀNH', 'v/v: '],
    ['Về việc', null],
  ])('SUBJECT %j → %j', (line, expected) => {
    expect(SUBJECT.exec(fold(line))?.[0] ?? null).toBe(expected);
  });

  it.each([
    ['Căn cứ Luật Tổ chức Chính phủ', true],
    ['QUYẾT ĐỊNH:', true],
    ['Điều 1. Ban hành', true],
    ['Kính gửi: Sở Tài chính', true],
    ['Nơi nhận:', true],
    ['Theo đề nghị của Giám đốc Sở Nội vụ', true],
    ['THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG', false],
    ['về tiếp tục đổi mới', false],
  ])('TITLE_END %j → %j', (line, expected) => {
    expect(TITLE_END.test(fold(line))).toBe(expected);
  });
});
