/**
 * Tests that kill the surviving mutants of src/parse/header.ts's banner and body lines
 * (bench/results/mutation.md): a rule flattened onto them, their length. Every expected value was
 * checked against the invented text by hand (tests/unit/parse/header-view.ts: spans are
 * "quote@start-end" in the original).
 */
import { describe, expect, it } from 'vitest';
import { readHeader } from './header-view.ts';

describe('the banner and the body lines', () => {
  it('reads the banner with two marks of a rule glued to it', () => {
    expect(
      readHeader(
        'HUYỆN ỦY VĨNH LINH\nĐẢNG CỘNG SẢN VIỆT NAM--\nSố 67-KH/HU\n\nKẾ HOẠCH\nvề việc A\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Sở Tài chính chủ trì thực hiện.',
      ),
    ).toEqual({
      number: '67-KH/HU',
      numberSpan: '67-KH/HU@47-55',
      numberRange: [44, 55],
      type: 'Kế hoạch',
      title: 'về việc A',
      titleSpan: 'về việc A@66-75',
      titleRange: [66, 75],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: ['HUYỆN ỦY VĨNH LINH@0-18'],
      banner: 'ĐẢNG CỘNG SẢN VIỆT NAM--@19-43',
      family: 'party',
      titleIssuer: null,
      bodyStart: 6,
      used: [0, 1, 2, 4, 5],
      warnings: [],
    });
  });

  it('reads the banner with one dash of a rule after a space', () => {
    expect(
      readHeader(
        'HUYỆN ỦY VĨNH LINH\nĐẢNG CỘNG SẢN VIỆT NAM -\nSố 67-KH/HU\n\nKẾ HOẠCH\nvề việc A\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Sở Tài chính chủ trì thực hiện.',
      ),
    ).toEqual({
      number: '67-KH/HU',
      numberSpan: '67-KH/HU@47-55',
      numberRange: [44, 55],
      type: 'Kế hoạch',
      title: 'về việc A',
      titleSpan: 'về việc A@66-75',
      titleRange: [66, 75],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: ['HUYỆN ỦY VĨNH LINH@0-18'],
      banner: 'ĐẢNG CỘNG SẢN VIỆT NAM -@19-43',
      family: 'party',
      titleIssuer: null,
      bodyStart: 6,
      used: [0, 1, 2, 4, 5],
      warnings: [],
    });
  });

  it('reads the banner with a rule glued before it', () => {
    expect(
      readHeader(
        'HUYỆN ỦY VĨNH LINH\n--ĐẢNG CỘNG SẢN VIỆT NAM\nSố 67-KH/HU\n\nKẾ HOẠCH\nvề việc A\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Sở Tài chính chủ trì thực hiện.',
      ),
    ).toEqual({
      number: '67-KH/HU',
      numberSpan: '67-KH/HU@47-55',
      numberRange: [44, 55],
      type: 'Kế hoạch',
      title: 'về việc A',
      titleSpan: 'về việc A@66-75',
      titleRange: [66, 75],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: ['HUYỆN ỦY VĨNH LINH@0-18'],
      banner: '--ĐẢNG CỘNG SẢN VIỆT NAM@19-43',
      family: 'party',
      titleIssuer: null,
      bodyStart: 6,
      used: [0, 1, 2, 4, 5],
      warnings: [],
    });
  });

  it('reads a body line in capitals of 120 characters', () => {
    expect(
      readHeader(
        'BAN CHỈ ĐẠO THỰC HIỆN CUỘC VẬN ĐỘNG TOÀN DÂN ĐOÀN KẾT XÂY DỰNG NÔNG THÔN MỚI VÀ ĐÔ THỊ VĂN MINH CỦA TỈNH NGHỆ AN KHÓA MỚ\nSố: 45/BCĐ-KT\nV/v chuẩn bị báo cáo\n\nKính gửi: Sở Tài chính',
      ),
    ).toEqual({
      number: '45/BCĐ-KT',
      numberSpan: '45/BCĐ-KT@125-134',
      numberRange: [121, 134],
      type: 'Công văn',
      title: 'chuẩn bị báo cáo',
      titleSpan: 'chuẩn bị báo cáo@139-155',
      titleRange: [139, 155],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: [
        'BAN CHỈ ĐẠO THỰC HIỆN CUỘC VẬN ĐỘNG TOÀN DÂN ĐOÀN KẾT XÂY DỰNG NÔNG THÔN MỚI VÀ ĐÔ THỊ VĂN MINH CỦA TỈNH NGHỆ AN KHÓA MỚ@0-120',
      ],
      banner: null,
      family: 'state',
      titleIssuer: null,
      bodyStart: 3,
      used: [0, 1, 2],
      warnings: [],
    });
  });

  it('passes over a line in capitals longer than 120 characters', () => {
    expect(
      readHeader(
        'BAN CHỈ ĐẠO THỰC HIỆN CUỘC VẬN ĐỘNG TOÀN DÂN ĐOÀN KẾT XÂY DỰNG NÔNG THÔN MỚI VÀ ĐÔ THỊ VĂN MINH CỦA TỈNH NGHỆ AN KHÓA MỚI\nSố: 45/BCĐ-KT\nV/v chuẩn bị báo cáo\n\nKính gửi: Sở Tài chính',
      ),
    ).toEqual({
      number: '45/BCĐ-KT',
      numberSpan: '45/BCĐ-KT@126-135',
      numberRange: [122, 135],
      type: 'Công văn',
      title: 'chuẩn bị báo cáo',
      titleSpan: 'chuẩn bị báo cáo@140-156',
      titleRange: [140, 156],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: [],
      banner: null,
      family: 'state',
      titleIssuer: null,
      bodyStart: 3,
      used: [1, 2],
      warnings: [],
    });
  });

  it('cuts a rule glued to the end of a body line off its span', () => {
    expect(
      readHeader(
        'VĂN PHÒNG CHÍNH PHỦ-------\nSố: 45/VPCP-KT\nV/v chuẩn bị báo cáo\n\nKính gửi: Bộ Tài chính',
      ),
    ).toEqual({
      number: '45/VPCP-KT',
      numberSpan: '45/VPCP-KT@31-41',
      numberRange: [27, 41],
      type: 'Công văn',
      title: 'chuẩn bị báo cáo',
      titleSpan: 'chuẩn bị báo cáo@46-62',
      titleRange: [46, 62],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: ['VĂN PHÒNG CHÍNH PHỦ@0-19'],
      banner: null,
      family: 'state',
      titleIssuer: null,
      bodyStart: 3,
      used: [0, 1, 2],
      warnings: [],
    });
  });

  it('cuts a spaced rule at the end of a body line off its span', () => {
    expect(
      readHeader(
        'VĂN PHÒNG CHÍNH PHỦ -------\nSố: 45/VPCP-KT\nV/v chuẩn bị báo cáo\n\nKính gửi: Bộ Tài chính',
      ),
    ).toEqual({
      number: '45/VPCP-KT',
      numberSpan: '45/VPCP-KT@32-42',
      numberRange: [28, 42],
      type: 'Công văn',
      title: 'chuẩn bị báo cáo',
      titleSpan: 'chuẩn bị báo cáo@47-63',
      titleRange: [47, 63],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: ['VĂN PHÒNG CHÍNH PHỦ@0-19'],
      banner: null,
      family: 'state',
      titleIssuer: null,
      bodyStart: 3,
      used: [0, 1, 2],
      warnings: [],
    });
  });

  it('keeps marks inside a body line', () => {
    expect(
      readHeader(
        'BỘ Y TẾ --- CỤC QUẢN LÝ DƯỢC\nSố: 45/VPCP-KT\nV/v chuẩn bị báo cáo\n\nKính gửi: Bộ Tài chính',
      ),
    ).toEqual({
      number: '45/VPCP-KT',
      numberSpan: '45/VPCP-KT@33-43',
      numberRange: [29, 43],
      type: 'Công văn',
      title: 'chuẩn bị báo cáo',
      titleSpan: 'chuẩn bị báo cáo@48-64',
      titleRange: [48, 64],
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: ['BỘ Y TẾ --- CỤC QUẢN LÝ DƯỢC@0-28'],
      banner: null,
      family: 'state',
      titleIssuer: null,
      bodyStart: 3,
      used: [0, 1, 2],
      warnings: [],
    });
  });
});
