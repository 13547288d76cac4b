/**
 * Tests that kill the surviving mutants of src/parse/header.ts's late header lines
 * (bench/results/mutation.md): a number or a date printed under the type line and its title.
 * Every expected value was checked against the invented text by hand
 * (tests/unit/parse/header-view.ts: spans are "quote@start-end" in the original).
 */
import { describe, expect, it } from 'vitest';
import { readHeader } from './header-view.ts';

describe('a header line under the title', () => {
  it('reads a number printed right under the title', () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nNghệ An, ngày 5 tháng 3 năm 2025\nKẾ HOẠCH\nTRIỂN KHAI CHUYỂN ĐỔI SỐ\nSố: 45/KH-UBND\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Sở Tài chính chủ trì thực hiện.',
      ),
    ).toEqual({
      number: '45/KH-UBND',
      numberSpan: '45/KH-UBND@100-110',
      numberRange: [96, 110],
      type: 'Kế hoạch',
      title: 'TRIỂN KHAI CHUYỂN ĐỔI SỐ',
      titleSpan: 'TRIỂN KHAI CHUYỂN ĐỔI SỐ@71-95',
      titleRange: [71, 95],
      issuedDate: '2025-03-05',
      place: 'Nghệ An',
      dateSpan: 'Nghệ An, ngày 5 tháng 3 năm 2025@29-61',
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@0-28'],
      banner: null,
      family: 'state',
      titleIssuer: null,
      bodyStart: 4,
      used: [0, 1, 2, 3, 4],
      warnings: [],
    });
  });

  it('reads a date printed right under the title', () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 45/KH-UBND\nKẾ HOẠCH\nTRIỂN KHAI CHUYỂN ĐỔI SỐ\nNghệ An, ngày 5 tháng 3 năm 2025\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Sở Tài chính chủ trì thực hiện.',
      ),
    ).toEqual({
      number: '45/KH-UBND',
      numberSpan: '45/KH-UBND@33-43',
      numberRange: [29, 43],
      type: 'Kế hoạch',
      title: 'TRIỂN KHAI CHUYỂN ĐỔI SỐ',
      titleSpan: 'TRIỂN KHAI CHUYỂN ĐỔI SỐ@53-77',
      titleRange: [53, 77],
      issuedDate: '2025-03-05',
      place: 'Nghệ An',
      dateSpan: 'Nghệ An, ngày 5 tháng 3 năm 2025@78-110',
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@0-28'],
      banner: null,
      family: 'state',
      titleIssuer: null,
      bodyStart: 4,
      used: [0, 1, 2, 3, 4],
      warnings: [],
    });
  });

  it('reads a date line of 80 characters', () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 45/KH-UBND\nKẾ HOẠCH\nTRIỂN KHAI CHUYỂN ĐỔI SỐ\nVinh, ngày 15 tháng 12 năm 2025, sau cuộc họp giao ban thường kỳ của Ủy ban tỉnh\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Sở Tài chính chủ trì thực hiện.',
      ),
    ).toEqual({
      number: '45/KH-UBND',
      numberSpan: '45/KH-UBND@33-43',
      numberRange: [29, 43],
      type: 'Kế hoạch',
      title: 'TRIỂN KHAI CHUYỂN ĐỔI SỐ',
      titleSpan: 'TRIỂN KHAI CHUYỂN ĐỔI SỐ@53-77',
      titleRange: [53, 77],
      issuedDate: '2025-12-15',
      place: 'Vinh',
      dateSpan:
        'Vinh, ngày 15 tháng 12 năm 2025, sau cuộc họp giao ban thường kỳ của Ủy ban tỉnh@78-158',
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@0-28'],
      banner: null,
      family: 'state',
      titleIssuer: null,
      bodyStart: 4,
      used: [0, 1, 2, 3, 4],
      warnings: [],
    });
  });

  it('leaves a date line longer than 80 characters to the body', () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 45/KH-UBND\nKẾ HOẠCH\nTRIỂN KHAI CHUYỂN ĐỔI SỐ\nVinh, ngày 15 tháng 12 năm 2025, sau cuộc họp giao ban thường kỳ của Ủy ban tỉnh.\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Sở Tài chính chủ trì thực hiện.',
      ),
    ).toEqual({
      number: '45/KH-UBND',
      numberSpan: '45/KH-UBND@33-43',
      numberRange: [29, 43],
      type: 'Kế hoạch',
      title: 'TRIỂN KHAI CHUYỂN ĐỔI SỐ',
      titleSpan: 'TRIỂN KHAI CHUYỂN ĐỔI SỐ@53-77',
      titleRange: [53, 77],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@0-28'],
      banner: null,
      family: 'state',
      titleIssuer: null,
      bodyStart: 4,
      used: [0, 1, 2, 3],
      warnings: [],
    });
  });

  it('leaves the blank line under the title alone', () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n\nKẾ HOẠCH\nTRIỂN KHAI CHUYỂN ĐỔI SỐ\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Sở Tài chính chủ trì thực hiện.',
      ),
    ).toEqual({
      number: null,
      numberSpan: null,
      numberRange: null,
      type: 'Kế hoạch',
      title: 'TRIỂN KHAI CHUYỂN ĐỔI SỐ',
      titleSpan: 'TRIỂN KHAI CHUYỂN ĐỔI SỐ@39-63',
      titleRange: [39, 63],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@0-28'],
      banner: null,
      family: 'unknown',
      titleIssuer: null,
      bodyStart: 4,
      used: [0, 2, 3],
      warnings: [],
    });
  });

  it('leaves a second number line to the body', () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 45/KH-UBND\nNghệ An, ngày 5 tháng 3 năm 2025\nKẾ HOẠCH\nTRIỂN KHAI CHUYỂN ĐỔI SỐ\nSố: 46/KH-UBND\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Sở Tài chính chủ trì thực hiện.',
      ),
    ).toEqual({
      number: '45/KH-UBND',
      numberSpan: '45/KH-UBND@33-43',
      numberRange: [29, 43],
      type: 'Kế hoạch',
      title: 'TRIỂN KHAI CHUYỂN ĐỔI SỐ',
      titleSpan: 'TRIỂN KHAI CHUYỂN ĐỔI SỐ@86-110',
      titleRange: [86, 110],
      issuedDate: '2025-03-05',
      place: 'Nghệ An',
      dateSpan: 'Nghệ An, ngày 5 tháng 3 năm 2025@44-76',
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@0-28'],
      banner: null,
      family: 'state',
      titleIssuer: null,
      bodyStart: 5,
      used: [0, 1, 2, 3, 4],
      warnings: [],
    });
  });

  it('leaves a second date line to the body', () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 45/KH-UBND\nNghệ An, ngày 5 tháng 3 năm 2025\nKẾ HOẠCH\nTRIỂN KHAI CHUYỂN ĐỔI SỐ\nVinh, ngày 6 tháng 3 năm 2025\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Sở Tài chính chủ trì thực hiện.',
      ),
    ).toEqual({
      number: '45/KH-UBND',
      numberSpan: '45/KH-UBND@33-43',
      numberRange: [29, 43],
      type: 'Kế hoạch',
      title: 'TRIỂN KHAI CHUYỂN ĐỔI SỐ',
      titleSpan: 'TRIỂN KHAI CHUYỂN ĐỔI SỐ@86-110',
      titleRange: [86, 110],
      issuedDate: '2025-03-05',
      place: 'Nghệ An',
      dateSpan: 'Nghệ An, ngày 5 tháng 3 năm 2025@44-76',
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@0-28'],
      banner: null,
      family: 'state',
      titleIssuer: null,
      bodyStart: 5,
      used: [0, 1, 2, 3, 4],
      warnings: [],
    });
  });

  it('never reads a date in the title as the issue date', () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n\nKẾ HOẠCH\nTổ chức Ngày hội đại đoàn kết, ngày 18 tháng 11 năm 2025\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Sở Tài chính chủ trì thực hiện.',
      ),
    ).toEqual({
      number: null,
      numberSpan: null,
      numberRange: null,
      type: 'Kế hoạch',
      title: 'Tổ chức Ngày hội đại đoàn kết, ngày 18 tháng 11 năm 2025',
      titleSpan: 'Tổ chức Ngày hội đại đoàn kết, ngày 18 tháng 11 năm 2025@39-95',
      titleRange: [39, 95],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@0-28'],
      banner: null,
      family: 'unknown',
      titleIssuer: null,
      bodyStart: 4,
      used: [0, 2, 3],
      warnings: [],
    });
  });
});
