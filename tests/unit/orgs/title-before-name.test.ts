import { describe, expect, it } from 'vitest';
import { expandAbbreviations, loadRegistry, splitMentions } from '../../../src/orgs/index.ts';

/** Nơi nhận abbreviations of central bodies, and a title abbreviated before a name (issue 18). */
const registry = loadRegistry();
const expand = (s: string): string => expandAbbreviations(s, registry);

describe('"TT." before a name is a Thứ trưởng, before a body Thường trực', () => {
  it.each([
    ['TT. Nguyễn Văn An', 'Thứ trưởng Nguyễn Văn An'],
    ['BT. Trần Thị Bình', 'Bộ trưởng Trần Thị Bình'],
    ['TT Lê Minh', 'Thứ trưởng Lê Minh'],
    ['TT Tỉnh ủy', 'Thường trực Tỉnh ủy'],
    ['TT HĐND tỉnh', 'Thường trực Hội đồng nhân dân tỉnh'],
    ['BTV Đoàn Khối', 'Ban Thường vụ Đoàn Khối'],
  ])('"%s"', (mention, expanded) => {
    expect(expand(mention)).toBe(expanded);
  });
});

describe('Nơi nhận codes of the central bodies', () => {
  it.each([
    ['TTr Tỉnh ủy', 'Thường trực Tỉnh ủy'],
    ['Các Đoàn ĐBQH', 'Các Đoàn đại biểu Quốc hội'],
    ['UBTV Quốc hội', 'Ủy ban Thường vụ Quốc hội'],
    ['Tổ đảng ở TT HĐDT', 'Tổ đảng ở Thường trực Hội đồng Dân tộc'],
    ['TT các UB của QH', 'Thường trực các Ủy ban của Quốc hội'],
    ['VPQH', 'Văn phòng Quốc hội'],
    ['Trung tâm CB-TH', 'Trung tâm Công báo - Tin học'],
    ['Vụ KGVX', 'Vụ Khoa giáo - Văn xã'],
    [
      'Đoàn Chủ tịch UBTWMTTQ Việt Nam',
      'Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    ],
    // a Tờ trình number keeps its code
    ['Tờ trình số 12/TTr-SGDĐT', 'Tờ trình số 12/TTr-SGDĐT'],
  ])('"%s"', (mention, expanded) => {
    expect(expand(mention)).toBe(expanded);
  });
});

describe('"TT." before a body and a slash between two bodies', () => {
  const split = (list: string): string[] => splitMentions(list, 0, registry).map((p) => p.expanded);
  it('"TT. Đảng ủy/ TT. HĐND Phường" is two Thường trực', () => {
    expect(split('TT. Đảng ủy/ TT. HĐND Phường')).toEqual([
      'Thường trực Đảng ủy',
      'Thường trực Hội đồng nhân dân Phường',
    ]);
  });
  it('"Đ/c" and "b/c" keep their slash', () => {
    expect(split('Đ/c Trần Văn Bình (b/c)')).toEqual(['Đồng chí Trần Văn Bình']);
  });
});
