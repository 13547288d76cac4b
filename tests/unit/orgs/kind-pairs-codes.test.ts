/**
 * "Viện, Trường" is one collective (src/orgs/list-roles.ts academicPair, used by split.ts), and
 * the Nơi nhận codes of provincial decisions: "TTTH & Công báo" (a spaced ampersand is "và"),
 * "Cục KTVB&QLXLVPHC" of the Bộ Tư pháp (seed/orgs/abbreviations.yaml); one name across "và"
 * (joinsPrevious): the office of both councils, a newspaper merged with the broadcaster.
 */
import { describe, expect, it } from 'vitest';
import { expandAbbreviations, loadRegistry, splitMentions } from '../../../src/orgs/index.ts';
import { academicPair, joinsPrevious } from '../../../src/orgs/list-roles.ts';

const registry = loadRegistry();
const parts = (list: string): Array<[string, string]> =>
  splitMentions(list, 0, registry).map((p) => [p.mention, p.expanded]);

describe('"Viện, Trường": research and teaching bodies named by kind alone', () => {
  it('is one collective, whichever comes first', () => {
    expect(parts('Viện, Trường')).toEqual([['Viện, Trường', 'Viện, Trường']]);
    expect(parts('Trường, Viện')).toEqual([['Trường, Viện', 'Trường, Viện']]);
    expect(parts('Học viện, Trường')).toEqual([['Học viện, Trường', 'Học viện, Trường']]);
  });

  it('after a named body the pair is still one collective of its own', () => {
    expect(parts('Sở Tư pháp, Viện, Trường')).toEqual([
      ['Sở Tư pháp', 'Sở Tư pháp'],
      ['Viện, Trường', 'Viện, Trường'],
    ]);
  });

  it('named bodies, "và" and other kinds stay apart', () => {
    expect(parts('Viện Hàn lâm, Trường Đại học Vinh')).toEqual([
      ['Viện Hàn lâm', 'Viện Hàn lâm'],
      ['Trường Đại học Vinh', 'Trường Đại học Vinh'],
    ]);
    expect(parts('Viện và Trường')).toEqual([
      ['Viện', 'Viện'],
      ['Trường', 'Trường'],
    ]);
  });

  it('academicPair: both items a bare academic kind, any case', () => {
    expect(academicPair('Viện', 'trường')).toBe(true);
    expect(academicPair('HỌC VIỆN', 'Viện')).toBe(true);
    expect(academicPair('Viện', 'Sở')).toBe(false);
    expect(academicPair('Sở', 'Trường')).toBe(false);
    expect(academicPair('Viện', 'Trường Đại học Vinh')).toBe(false);
    expect(academicPair('Các Viện', 'Trường')).toBe(false);
  });
});

describe('Nơi nhận codes of provincial decisions', () => {
  it('"TTTH & Công báo" is the Trung tâm Tin học và Công báo; a glued "&" stays in its code', () => {
    expect(expandAbbreviations('TTTH & Công báo', registry)).toBe('Trung tâm Tin học và Công báo');
    expect(expandAbbreviations('Cục KTVB&QLXLVPHC - Bộ Tư pháp', registry)).toBe(
      'Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính - Bộ Tư pháp',
    );
    expect(expandAbbreviations('Cục KTVB, Bộ Tư pháp', registry)).toBe(
      'Cục Kiểm tra văn bản, Bộ Tư pháp',
    );
    expect(expandAbbreviations('Phòng A&B', registry)).toBe('Phòng A&B');
  });
});

describe('one name across "và"', () => {
  it('the office of both councils and its Chánh Văn phòng', () => {
    expect(parts('Văn phòng HĐND và UBND huyện')).toEqual([
      ['Văn phòng HĐND và UBND huyện', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện'],
    ]);
    expect(parts('Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân Phường')).toEqual([
      [
        'Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân Phường',
        'Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân Phường',
      ],
    ]);
  });

  it('the newspaper merged with the broadcaster', () => {
    expect(parts('Báo và PTTH Đắk Lắk')).toEqual([
      ['Báo và PTTH Đắk Lắk', 'Báo và Phát thanh, Truyền hình Đắk Lắk'],
    ]);
  });

  it('two bodies stay two', () => {
    expect(parts('Sở Y tế và UBND các huyện').map(([m]) => m)).toEqual([
      'Sở Y tế',
      'UBND các huyện',
    ]);
    expect(parts('HĐND và UBND huyện').map(([m]) => m)).toEqual(['HĐND', 'UBND huyện']);
  });

  it('joinsPrevious: each side of each rule', () => {
    expect(joinsPrevious('và', 'Văn phòng HĐND', 'UBND xã')).toBe(true);
    expect(joinsPrevious('và', 'Chánh VP HĐND', 'Uỷ ban nhân dân xã')).toBe(true);
    expect(joinsPrevious('và', 'VP Hội đồng nhân dân', 'Ủy ban nhân dân xã')).toBe(true);
    expect(joinsPrevious('và', 'Văn phòng HĐND', 'UBNDxã')).toBe(false);
    expect(joinsPrevious('và', 'Văn phòng HĐND tỉnh', 'UBND tỉnh')).toBe(false);
    expect(joinsPrevious('và', 'Phó Văn phòng HĐND', 'Sở Y tế')).toBe(false);
    expect(joinsPrevious('và', 'XVăn phòng HĐND', 'UBND xã')).toBe(false);
    expect(joinsPrevious('và', 'Báo', 'PTTH tỉnh')).toBe(true);
    expect(joinsPrevious('và', 'Đài', 'PT-TH tỉnh')).toBe(true);
    expect(joinsPrevious('và', 'Báo', 'Phát thanh, Truyền hình tỉnh')).toBe(true);
    expect(joinsPrevious('và', 'Báo', 'PTTHX')).toBe(false);
    expect(joinsPrevious('và', 'Báo Nhân dân', 'PTTH tỉnh')).toBe(false);
    expect(joinsPrevious('và', 'XBáo', 'PTTH tỉnh')).toBe(false);
    expect(joinsPrevious('và', 'Báo', 'Sở Y tế')).toBe(false);
    expect(joinsPrevious('và', 'Viện', 'Trường')).toBe(false);
    expect(joinsPrevious(',', 'Viện', 'Trường')).toBe(true);
    expect(joinsPrevious(',', 'Báo', 'PTTH tỉnh')).toBe(false);
  });
});
