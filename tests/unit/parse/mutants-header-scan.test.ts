/**
 * Tests that kill the surviving mutants of src/parse/header.ts's scan (bench/results/mutation.md):
 * where the type line is looked for, which lines the header passes over or stops at, how two body
 * lines join, the family. Every expected value was checked against the invented text by hand
 * (tests/unit/parse/header-view.ts: spans are "quote@start-end" in the original).
 */
import { describe, expect, it } from 'vitest';
import { readHeader } from './header-view.ts';

/** n lines of prose before the header. */
const STRAY = (n: number): string =>
  Array.from({ length: n }, (_, i) => `Dòng ${i} của bản ghi chép.`).join('\n');
const BODY = '\nI. MỤC ĐÍCH, YÊU CẦU\n1. Sở Tài chính chủ trì thực hiện.';

describe('the type line', () => {
  it('is looked for in the first 80 lines: a type line at index 79 is read', () => {
    expect(readHeader(`${STRAY(79)}\nKẾ HOẠCH\nLàm việc A\n${BODY}`)).toEqual({
      number: null,
      numberSpan: null,
      numberRange: null,
      type: 'Kế hoạch',
      title: 'Làm việc A',
      titleSpan: 'Làm việc A@2053-2063',
      titleRange: [2053, 2063],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: [],
      banner: null,
      family: 'unknown',
      titleIssuer: null,
      bodyStart: 81,
      used: [79, 80],
      warnings: [],
    });
  });

  it('is not looked for past the first 80 lines', () => {
    expect(readHeader(`${STRAY(80)}\nKẾ HOẠCH\nLàm việc A\n${BODY}`)).toEqual({
      number: null,
      numberSpan: null,
      numberRange: null,
      type: null,
      title: null,
      titleSpan: null,
      titleRange: null,
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: [],
      banner: null,
      family: 'unknown',
      titleIssuer: null,
      bodyStart: 0,
      used: [],
      warnings: [],
    });
  });

  it('is not looked for past "Kính gửi": a heading in capitals in the body is no type', () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 45/UBND-KT\nV/v chuẩn bị báo cáo\nKính gửi: Sở Tài chính\n\nĐề nghị Sở Tài chính chuẩn bị:\nBÁO CÁO TỔNG HỢP',
      ),
    ).toEqual({
      number: '45/UBND-KT',
      numberSpan: '45/UBND-KT@33-43',
      numberRange: [29, 43],
      type: 'Công văn',
      title: 'chuẩn bị báo cáo',
      titleSpan: 'chuẩn bị báo cáo@48-64',
      titleRange: [48, 64],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@0-28'],
      banner: null,
      family: 'state',
      titleIssuer: null,
      bodyStart: 3,
      used: [0, 1, 2],
      warnings: [],
    });
  });
});

describe('the lines before the header and inside it', () => {
  it('passes over a rule line between header lines of a letter', () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n-----\nSố: 45/UBND-KT\nV/v chuẩn bị báo cáo\n\nKính gửi: Sở Tài chính',
      ),
    ).toEqual({
      number: '45/UBND-KT',
      numberSpan: '45/UBND-KT@39-49',
      numberRange: [35, 49],
      type: 'Công văn',
      title: 'chuẩn bị báo cáo',
      titleSpan: 'chuẩn bị báo cáo@54-70',
      titleRange: [54, 70],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@0-28'],
      banner: null,
      family: 'state',
      titleIssuer: null,
      bodyStart: 4,
      used: [0, 2, 3],
      warnings: [],
    });
  });

  it('passes over a spaced rule ("- - -"), which is no bullet', () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n- - -\nSố: 45/UBND-KT\nV/v chuẩn bị báo cáo\n\nKính gửi: Sở Tài chính',
      ),
    ).toEqual({
      number: '45/UBND-KT',
      numberSpan: '45/UBND-KT@39-49',
      numberRange: [35, 49],
      type: 'Công văn',
      title: 'chuẩn bị báo cáo',
      titleSpan: 'chuẩn bị báo cáo@54-70',
      titleRange: [54, 70],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@0-28'],
      banner: null,
      family: 'state',
      titleIssuer: null,
      bodyStart: 4,
      used: [0, 2, 3],
      warnings: [],
    });
  });

  it('reads a number line without a space ("Số:45/UBND-KT")', () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố:45/UBND-KT\nV/v chuẩn bị báo cáo\n\nKính gửi: Sở Tài chính',
      ),
    ).toEqual({
      number: '45/UBND-KT',
      numberSpan: '45/UBND-KT@32-42',
      numberRange: [29, 42],
      type: 'Công văn',
      title: 'chuẩn bị báo cáo',
      titleSpan: 'chuẩn bị báo cáo@47-63',
      titleRange: [47, 63],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@0-28'],
      banner: null,
      family: 'state',
      titleIssuer: null,
      bodyStart: 3,
      used: [0, 1, 2],
      warnings: [],
    });
  });

  it('passes over a stray line inside the header when a type line follows', () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nCông văn đến lúc 8 giờ\nSố: 45/KH-UBND\n\nKẾ HOẠCH\nTriển khai chuyển đổi số\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Sở Tài chính chủ trì thực hiện.',
      ),
    ).toEqual({
      number: '45/KH-UBND',
      numberSpan: '45/KH-UBND@56-66',
      numberRange: [52, 66],
      type: 'Kế hoạch',
      title: 'Triển khai chuyển đổi số',
      titleSpan: 'Triển khai chuyển đổi số@77-101',
      titleRange: [77, 101],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@0-28'],
      banner: null,
      family: 'state',
      titleIssuer: null,
      bodyStart: 6,
      used: [0, 2, 4, 5],
      warnings: [],
    });
  });

  it("stops a letter's header at a stray line after its first header line", () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nBản lưu của văn thư\nSố: 45/UBND-KT\nV/v chuẩn bị báo cáo\n\nKính gửi: Sở Tài chính',
      ),
    ).toEqual({
      number: null,
      numberSpan: null,
      numberRange: null,
      type: null,
      title: null,
      titleSpan: null,
      titleRange: null,
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@0-28'],
      banner: null,
      family: 'unknown',
      titleIssuer: null,
      bodyStart: 1,
      used: [0],
      warnings: [],
    });
  });

  it('passes over three stray lines before the first header line', () => {
    expect(
      readHeader(
        'Bản lưu một\nBản lưu hai\nBản lưu ba\nỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 45/UBND-KT\nV/v chuẩn bị báo cáo\n\nKính gửi: Sở Tài chính',
      ),
    ).toEqual({
      number: '45/UBND-KT',
      numberSpan: '45/UBND-KT@68-78',
      numberRange: [64, 78],
      type: 'Công văn',
      title: 'chuẩn bị báo cáo',
      titleSpan: 'chuẩn bị báo cáo@83-99',
      titleRange: [83, 99],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@35-63'],
      banner: null,
      family: 'state',
      titleIssuer: null,
      bodyStart: 6,
      used: [3, 4, 5],
      warnings: [],
    });
  });

  it('gives up after a fourth stray line', () => {
    expect(
      readHeader(
        'Bản lưu một\nBản lưu hai\nBản lưu ba\nBản lưu bốn\nỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 45/UBND-KT\nV/v chuẩn bị báo cáo\n\nKính gửi: Sở Tài chính',
      ),
    ).toEqual({
      number: null,
      numberSpan: null,
      numberRange: null,
      type: null,
      title: null,
      titleSpan: null,
      titleRange: null,
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: [],
      banner: null,
      family: 'unknown',
      titleIssuer: null,
      bodyStart: 0,
      used: [],
      warnings: [],
    });
  });
});

describe('two body lines', () => {
  it('stay two when the second opens a name, whatever the text before the header says', () => {
    expect(
      readHeader(
        'Chủ tịch tỉnh đã ký bản này\nỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSỞ TÀI CHÍNH\nSố: 45/STC-KT\nV/v chuẩn bị báo cáo\n\nKính gửi: Sở Tài chính',
      ),
    ).toEqual({
      number: '45/STC-KT',
      numberSpan: '45/STC-KT@74-83',
      numberRange: [70, 83],
      type: 'Công văn',
      title: 'chuẩn bị báo cáo',
      titleSpan: 'chuẩn bị báo cáo@88-104',
      titleRange: [88, 104],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@28-56', 'SỞ TÀI CHÍNH@57-69'],
      banner: null,
      family: 'state',
      titleIssuer: null,
      bodyStart: 5,
      used: [1, 2, 3, 4],
      warnings: [],
    });
  });

  it('are the State banner when they are its two halves', () => {
    expect(
      readHeader(
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM\nỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 45/UBND-KT\nV/v chuẩn bị báo cáo\n\nKính gửi: Sở Tài chính',
      ),
    ).toEqual({
      number: '45/UBND-KT',
      numberSpan: '45/UBND-KT@68-78',
      numberRange: [64, 78],
      type: 'Công văn',
      title: 'chuẩn bị báo cáo',
      titleSpan: 'chuẩn bị báo cáo@83-99',
      titleRange: [83, 99],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@35-63'],
      banner: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM@0-34',
      family: 'state',
      titleIssuer: null,
      bodyStart: 5,
      used: [0, 1, 2, 3, 4],
      warnings: [],
    });
  });

  it('are the Party banner when they are its two halves', () => {
    expect(
      readHeader(
        'ĐẢNG CỘNG SẢN\nVIỆT NAM\nHUYỆN ỦY VĨNH LINH\nSố 45-CV/HU\nV/v chuẩn bị báo cáo\n\nKính gửi: Ban Tuyên giáo',
      ),
    ).toEqual({
      number: '45-CV/HU',
      numberSpan: '45-CV/HU@45-53',
      numberRange: [42, 53],
      type: 'Công văn',
      title: 'chuẩn bị báo cáo',
      titleSpan: 'chuẩn bị báo cáo@58-74',
      titleRange: [58, 74],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: ['HUYỆN ỦY VĨNH LINH@23-41'],
      banner: 'ĐẢNG CỘNG SẢN\nVIỆT NAM@0-22',
      family: 'party',
      titleIssuer: null,
      bodyStart: 5,
      used: [0, 1, 2, 3, 4],
      warnings: [],
    });
  });
});

describe('the family', () => {
  it('comes from the banner before the style of the number', () => {
    expect(
      readHeader(
        'HUYỆN ỦY VĨNH LINH\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 45/UBND-KT\nV/v chuẩn bị báo cáo\n\nKính gửi: Sở Tài chính',
      ),
    ).toEqual({
      number: '45/UBND-KT',
      numberSpan: '45/UBND-KT@46-56',
      numberRange: [42, 56],
      type: 'Công văn',
      title: 'chuẩn bị báo cáo',
      titleSpan: 'chuẩn bị báo cáo@61-77',
      titleRange: [61, 77],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: ['HUYỆN ỦY VĨNH LINH@0-18'],
      banner: 'ĐẢNG CỘNG SẢN VIỆT NAM@19-41',
      family: 'party',
      titleIssuer: null,
      bodyStart: 4,
      used: [0, 1, 2, 3],
      warnings: [],
    });
  });
});
