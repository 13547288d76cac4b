import { describe, expect, it } from 'vitest';
import { expandAbbreviations, loadRegistry } from '../../../src/orgs/index.ts';

const registry = loadRegistry();

describe('expandAbbreviations', () => {
  it.each([
    ['BTV Huyện ủy', 'Ban Thường vụ Huyện ủy'],
    ['TT HĐND', 'Thường trực Hội đồng nhân dân'],
    ['UBND huyện', 'Ủy ban nhân dân huyện'],
    ['UBMT huyện', 'Ủy ban Mặt trận Tổ quốc huyện'],
    ['UBMTTQ tỉnh', 'Ủy ban Mặt trận Tổ quốc tỉnh'],
    ['Lãnh đạo Ban TG&DVTW', 'Lãnh đạo Ban Tuyên giáo và Dân vận Trung ương'],
    ['Các đơn vị thuộc và trực thuộc TCHQ', 'Các đơn vị thuộc và trực thuộc Tổng cục Hải quan'],
    ['Sở NN&PTNT', 'Sở Nông nghiệp và Phát triển nông thôn'],
    ['Lưu VPTU', 'Lưu Văn phòng Tỉnh ủy'],
    ['Lưu VP', 'Lưu Văn phòng'],
    ['BTG Đảng ủy Khối', 'Ban Tuyên giáo Đảng ủy Khối'],
    ['UBKT Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy'],
    ['Các đồng chí UVBCH Đảng bộ Khối', 'Các đồng chí Ủy viên Ban Chấp hành Đảng bộ Khối'],
    ['Đồng chí UVTV Tỉnh ủy', 'Đồng chí Ủy viên Ban Thường vụ Tỉnh ủy'],
    ['Các đ/c Ủy viên BCH Đảng bộ tỉnh', 'Các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh'],
    ['Đ/c Trần Ngọc Tam', 'Đồng chí Trần Ngọc Tam'],
    ['BCS đảng Bộ Tư pháp', 'Ban cán sự đảng Bộ Tư pháp'],
    ['LMHTX tỉnh', 'Liên minh Hợp tác xã tỉnh'],
    ['Cổng TTĐT', 'Cổng thông tin điện tử'],
  ])('%s → %s', (input, expected) => {
    expect(expandAbbreviations(input, registry)).toBe(expected);
  });

  it('replaces whole tokens only', () => {
    expect(expandAbbreviations('VPTU', registry)).toBe('Văn phòng Tỉnh ủy');
    expect(expandAbbreviations('TTĐT', registry)).toBe('thông tin điện tử');
    expect(expandAbbreviations('ATTP', registry)).toBe('ATTP');
    expect(expandAbbreviations('Ban Tuyên giáo', registry)).toBe('Ban Tuyên giáo');
  });

  it('reads the table as data: a new row is a new expansion', () => {
    const custom = { abbreviations: [{ abbr: 'BQL', expansion: 'Ban Quản lý', anyCase: false }] };
    expect(expandAbbreviations('BQL dự án', custom)).toBe('Ban Quản lý dự án');
    expect(expandAbbreviations('BTV', custom)).toBe('BTV');
  });
});
