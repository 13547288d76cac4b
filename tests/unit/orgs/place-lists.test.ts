import { describe, expect, it } from 'vitest';
import { loadRegistry, splitMentions } from '../../../src/orgs/index.ts';

const registry = loadRegistry();
const split = (list: string) =>
  splitMentions(list, 0, registry).map((p) => [list.slice(p.start, p.end), p.expanded]);

describe('lists of provinces and ministries after a head', () => {
  it('gives each province the head, a centrally-run city its own level', () => {
    expect(split('Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh, Huế')).toEqual([
      ['Hà Tĩnh', 'Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh'],
      ['Huế', 'Chủ tịch Ủy ban nhân dân thành phố Huế'],
    ]);
  });

  it('shares a position over "Tỉnh ủy, Thành ủy", each place taking its own committee', () => {
    const list =
      'Bí thư Tỉnh ủy, Thành ủy, Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương: Đà Nẵng, Đắk\nLắk.';
    expect(split(list)).toEqual([
      ['Đà Nẵng', 'Bí thư Thành ủy Đà Nẵng'],
      ['Đà Nẵng', 'Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng'],
      ['Đắk\nLắk', 'Bí thư Tỉnh ủy Đắk Lắk'],
      ['Đắk\nLắk', 'Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk'],
    ]);
  });

  it('distributes "Bộ trưởng các Bộ:" and keeps a field with a comma whole', () => {
    expect(split('Bộ trưởng các Bộ: Tài chính, Bộ Y tế').map((p) => p[1])).toEqual([
      'Bộ trưởng Bộ Tài chính',
      'Bộ trưởng Bộ Y tế',
    ]);
    expect(split('Các Bộ: Công an, Văn hóa, Thể thao và Du lịch')).toEqual([
      ['Công an', 'Bộ Công an'],
      ['Văn hóa, Thể thao và Du lịch', 'Bộ Văn hóa, Thể thao và Du lịch'],
    ]);
  });

  it('shares a named province written once at the end, a party committee taking the name only', () => {
    expect(split('Tỉnh ủy, HĐND, UBND tỉnh Phú Thọ').map((p) => p[1])).toEqual([
      'Tỉnh ủy Phú Thọ',
      'Hội đồng nhân dân tỉnh Phú Thọ',
      'Ủy ban nhân dân tỉnh Phú Thọ',
    ]);
    // lower-case words after the level are no place
    expect(split('HĐND, UBND tỉnh về việc')).toEqual([
      ['HĐND', 'Hội đồng nhân dân'],
      ['UBND tỉnh về việc', 'Ủy ban nhân dân tỉnh về việc'],
    ]);
  });

  it('splits at a broadcaster ("Đài")', () => {
    expect(split('Đài THVN, Đài TNVN').map((p) => p[1])).toEqual([
      'Đài Truyền hình Việt Nam',
      'Đài Tiếng nói Việt Nam',
    ]);
  });
});
