/**
 * Tests that kill the surviving mutants of src/parse/header.ts's line readers (bench/results/mutation.md):
 * the number, the place and date, the banner, the body lines and a rule flattened onto them, with
 * the warnings. Every expected value was checked against the invented text by hand
 * (tests/unit/parse/header-view.ts: spans are "quote@start-end" in the original).
 */
import { describe, expect, it } from 'vitest';
import { readHeader } from './header-view.ts';

describe('the number line', () => {
  it('keeps the first number; a second number line ends the header', () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 45/UBND-KT\nSố: 46/UBND-KT\nV/v chuẩn bị báo cáo\n\nKính gửi: Sở Tài chính',
      ),
    ).toEqual({
      number: '45/UBND-KT',
      numberSpan: '45/UBND-KT@33-43',
      numberRange: [29, 43],
      type: 'Công văn',
      title: null,
      titleSpan: null,
      titleRange: null,
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@0-28'],
      banner: null,
      family: 'state',
      titleIssuer: null,
      bodyStart: 2,
      used: [0, 1],
      warnings: [],
    });
  });

  it('is no header line when its number cannot be read ("12.1/2024/QH15")', () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 12.1/2024/QH15\nV/v chuẩn bị báo cáo\n\nKính gửi: Sở Tài chính',
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

  it('warns when the number is read without its spaces', () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 45 /UBND-KT\nV/v chuẩn bị báo cáo\n\nKính gửi: Sở Tài chính',
      ),
    ).toEqual({
      number: '45/UBND-KT',
      numberSpan: '45 /UBND-KT@33-44',
      numberRange: [29, 44],
      type: 'Công văn',
      title: 'chuẩn bị báo cáo',
      titleSpan: 'chuẩn bị báo cáo@49-65',
      titleRange: [49, 65],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@0-28'],
      banner: null,
      family: 'state',
      titleIssuer: null,
      bodyStart: 3,
      used: [0, 1, 2],
      warnings: [
        'number-normalised: document number "45 /UBND-KT" read as "45/UBND-KT" | 45 /UBND-KT@33-44',
      ],
    });
  });

  it('of an unsigned draft ("Số:     /UBND-KT") is used, with a warning, like its empty date', () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nNghệ An, ngày    tháng   năm 2025\nSố:     /UBND-KT\nV/v chuẩn bị báo cáo\n\nKính gửi: Sở Tài chính',
      ),
    ).toEqual({
      number: null,
      numberSpan: null,
      numberRange: null,
      type: null,
      title: 'chuẩn bị báo cáo',
      titleSpan: 'chuẩn bị báo cáo@84-100',
      titleRange: [75, 91],
      issuedDate: null,
      place: 'Nghệ An',
      dateSpan: null,
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@0-28'],
      banner: null,
      family: 'unknown',
      titleIssuer: null,
      bodyStart: 4,
      used: [0, 1, 2, 3],
      warnings: [
        'date-missing: the date line has no date (unsigned draft?) | Nghệ An, ngày    tháng   năm 2025@29-62',
        'number-missing: the number line has no number (unsigned draft?) | Số:     /UBND-KT@63-79',
      ],
    });
  });
});

describe('the place-and-date line', () => {
  it('keeps the first date; a second date line ends the header', () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nNghệ An, ngày 5 tháng 3 năm 2025\nVinh, ngày 6 tháng 3 năm 2025\nV/v chuẩn bị báo cáo\n\nKính gửi: Sở Tài chính',
      ),
    ).toEqual({
      number: null,
      numberSpan: null,
      numberRange: null,
      type: null,
      title: null,
      titleSpan: null,
      titleRange: null,
      issuedDate: '2025-03-05',
      place: 'Nghệ An',
      dateSpan: 'Nghệ An, ngày 5 tháng 3 năm 2025@29-61',
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@0-28'],
      banner: null,
      family: 'unknown',
      titleIssuer: null,
      bodyStart: 2,
      used: [0, 1],
      warnings: [],
    });
  });

  it('is read up to 80 characters', () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nVinh, ngày 15 tháng 12 năm 2025, sau cuộc họp giao ban thường kỳ của Ủy ban tỉnh\nV/v chuẩn bị báo cáo\n\nKính gửi: Sở Tài chính',
      ),
    ).toEqual({
      number: null,
      numberSpan: null,
      numberRange: null,
      type: null,
      title: 'chuẩn bị báo cáo',
      titleSpan: 'chuẩn bị báo cáo@114-130',
      titleRange: [114, 130],
      issuedDate: '2025-12-15',
      place: 'Vinh',
      dateSpan:
        'Vinh, ngày 15 tháng 12 năm 2025, sau cuộc họp giao ban thường kỳ của Ủy ban tỉnh@29-109',
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@0-28'],
      banner: null,
      family: 'unknown',
      titleIssuer: null,
      bodyStart: 3,
      used: [0, 1, 2],
      warnings: [],
    });
  });

  it('is prose beyond 80 characters', () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nVinh, ngày 15 tháng 12 năm 2025, sau cuộc họp giao ban thường kỳ của Ủy ban tỉnh.\nV/v chuẩn bị báo cáo\n\nKính gửi: Sở Tài chính',
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

  it('keeps its place and span and warns when the date cannot exist', () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nNghệ An, ngày 31 tháng 2 năm 2025\nV/v chuẩn bị báo cáo\n\nKính gửi: Sở Tài chính',
      ),
    ).toEqual({
      number: null,
      numberSpan: null,
      numberRange: null,
      type: null,
      title: 'chuẩn bị báo cáo',
      titleSpan: 'chuẩn bị báo cáo@67-83',
      titleRange: [67, 83],
      issuedDate: null,
      place: 'Nghệ An',
      dateSpan: 'Nghệ An, ngày 31 tháng 2 năm 2025@29-62',
      bodies: ['ỦY BAN NHÂN DÂN TỈNH NGHỆ AN@0-28'],
      banner: null,
      family: 'unknown',
      titleIssuer: null,
      bodyStart: 3,
      used: [0, 1, 2],
      warnings: [
        'date-invalid: the issue date cannot exist | Nghệ An, ngày 31 tháng 2 năm 2025@29-62',
      ],
    });
  });

  it('without a date nor an empty date slot is no header line', () => {
    expect(
      readHeader(
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nNghệ An, ngày làm việc thứ hai\nSố: 45/UBND-KT\nV/v chuẩn bị báo cáo\n\nKính gửi: Sở Tài chính',
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
});
