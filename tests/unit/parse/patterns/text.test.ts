/** The text model's rules, each with a table of (text, expected) examples. */
import { describe, expect, it } from 'vitest';
import { createSource } from '../../../../src/parse/source.ts';
import { splitFlattenedHeader } from '../../../../src/parse/text/flattened.ts';
import { restoreLostSpaces, traditionalTones } from '../../../../src/parse/text/repair.ts';
import { openEmphasis, softBreaks, wrapWidth } from '../../../../src/parse/text/unwrap.ts';

const clean = (t: string): string => createSource(t).clean;

describe('clean text', () => {
  it.each([
    ['a  b\tc\u00a0d', 'a b c d'],
    ['  lead and trail  ', 'lead and trail'],
    ['ỦY BAN NHÂN DÂN TỈNH X      CỘNG HÒA', 'ỦY BAN NHÂN DÂN TỈNH X\nCỘNG HÒA'],
    ['Hà Nam, ngày     tháng     năm 2024', 'Hà Nam, ngày tháng năm 2024'],
    ['**Kế hoạch** \\* x', 'Kế hoạch x'],
    ['## I. MỤC TIÊU', 'I. MỤC TIÊU'],
    ['* mục', '• mục'],
    ['a | b', 'a\nb'],
    ['line\r\nnext', 'line\nnext'],
    ['**ỦY BAN NHÂN\nDÂN**', 'ỦY BAN NHÂN DÂN'],
    ['**T/M BAN THƯỜNG VỤ  \nBÍ THƯ**', 'T/M BAN THƯỜNG VỤ\nBÍ THƯ'],
    ['Số:\n2820/QĐ-UBND', 'Số: 2820/QĐ-UBND'],
    ['Nghệ An, ngày 18\ntháng 11 năm 2025', 'Nghệ An, ngày 18 tháng 11 năm 2025'],
    ['Sở Tài chínhchủ trì', 'Sở Tài chính chủ trì'],
    ['Các Bộcó trách nhiệm', 'Các Bộ có trách nhiệm'],
    ['hoà thuỷ Toà', 'hòa thủy Tòa'],
  ])('%j → %j', (text, expected) => {
    expect(clean(text)).toBe(expected);
  });

  it('every clean character maps back into the original', () => {
    const t = 'Sở Tài chínhchủ trì  báo cáo\r\nhoà';
    const src = createSource(t);
    expect(src.quoted(0, 12).quote).toBe('Sở Tài chính');
    expect(src.quoted(13, 20).quote).toBe('chủ trì');
    expect(src.quoted(src.clean.indexOf('hòa'), src.clean.length).quote).toBe('hoà');
  });
});

describe('text model rules', () => {
  it.each([
    ['hoà', 'hòa'],
    ['Thuỵ', 'Thụy'],
    ['quý', 'quý'],
    ['hoàn', 'hoàn'],
    ['KHOẺ', 'KHỎE'],
  ])('traditionalTones %j → %j', (text, expected) => {
    expect(traditionalTones(text)).toBe(expected);
  });

  it.each([
    ['**ỦY BAN NHÂN', 1],
    ['DÂN **', 1],
    ['*Nghệ An, ngày 18', 2],
    ['**A**', 0],
    ['\\*', 0],
    ['* bullet', 0],
  ])('openEmphasis %j → %j', (line, expected) => {
    expect(openEmphasis(line)).toBe(expected);
  });

  it.each([
    [[80, 78, 75, 79, 80, 72, 77, 80, 30, 12], 80],
    [[300, 120, 80, 45, 600, 90, 35, 250, 70, 33], null],
    [[10, 12, 5], null],
  ])('wrapWidth %j → %j', (lengths, expected) => {
    expect(wrapWidth(lengths)).toBe(expected);
  });

  it('softBreaks: a greedy wrap is undone, a new item is not', () => {
    const para =
      'Các sở, ban, ngành chủ trì, phối hợp với các cơ quan liên quan triển khai thực hiện';
    const lines = [];
    for (let i = 0; i < 8; i++) lines.push(para.slice(0, 78), 'nội dung của Kế hoạch này.');
    lines.push('1. Mục tiêu');
    const text = lines.join('\n');
    const soft = softBreaks(text);
    expect(soft.size).toBe(8);
    expect(soft.has(text.lastIndexOf('\n'))).toBe(false);
  });

  it.each([
    [
      'ỦY BAN NHÂN DÂN TỈNH KON TUM ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
      'ỦY BAN NHÂN DÂN TỈNH KON TUM -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
    ],
    [
      'Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH',
      'Số: 435/QĐ-UBND\nKon Tum, ngày 04 tháng 5 năm 2020\nQUYẾT ĐỊNH\nV/V BAN HÀNH CHƯƠNG TRÌNH',
    ],
    [
      'Hà Nội, ngày 05 tháng 04 năm 2019 Kính gửi: Bộ Kế hoạch và Đầu tư và các bộ ngành.',
      'Hà Nội, ngày 05 tháng 04 năm 2019\nKính gửi: Bộ Kế hoạch và Đầu tư và các bộ ngành.',
    ],
    ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 Số: 1', null],
    // the body's first sentence run into the addressees
    [
      'Hà Nội, ngày 27 tháng 09 năm 2013 Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Thực hiện Luật Khám bệnh, chữa bệnh;',
      'Hà Nội, ngày 27 tháng 09 năm 2013\nKính gửi: Chủ tịch Ủy ban nhân dân tỉnh\nThực hiện Luật Khám bệnh, chữa bệnh;',
    ],
    // the issuing body after a crawler's caption sentence
    [
      'Công văn 296/BHXH-CSYT năm 2021 hướng dẫn Luật Bảo hiểm y tế do Bảo hiểm xã hội Việt Nam ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM --------',
      'Công văn 296/BHXH-CSYT năm 2021 hướng dẫn Luật Bảo hiểm y tế do Bảo hiểm xã hội Việt Nam ban hành.\nBẢO HIỂM XÃ HỘI VIỆT NAM --------',
    ],
  ])('splitFlattenedHeader %j', (line, expected) => {
    const out = splitFlattenedHeader(line);
    expect(out.clean).toBe(expected ?? line);
    expect(out.clean.length).toBe(line.length);
  });

  it('restoreLostSpaces keeps the map: the space has no width in the original', () => {
    const t = {
      clean: 'Bộcó trách nhiệm',
      map: Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]),
      ends: Int32Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]),
      emphasised: [false],
    };
    const r = restoreLostSpaces(t);
    expect(r.clean).toBe('Bộ có trách nhiệm');
    expect([...r.map.slice(0, 5)]).toEqual([0, 1, 2, 2, 3]);
    expect([...r.ends.slice(0, 5)]).toEqual([1, 2, 2, 3, 4]);
  });
});
