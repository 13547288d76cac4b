/** docs/labelling.md, "Bodies": a list of kind nouns is one collective; a name written out after
 *  it ("Mặt trận Tổ quốc") begins a body of its own. */
import { describe, expect, it } from 'vitest';
import { loadRegistry, splitMentions } from '../../../src/orgs/index.ts';

const registry = loadRegistry();
const split = (t: string) => splitMentions(t, 0, registry).map((m) => [m.mention, m.expanded]);

describe('a name written out after a list of kind nouns', () => {
  it("splits the guide's example into its four bodies", () => {
    expect(
      split(
        'Các ban, ngành, Mặt trận Tổ quốc, đoàn thể chính trị - xã hội, các tổ chức cơ sở Đảng',
      ),
    ).toEqual([
      ['Các ban, ngành', 'Các ban, ngành'],
      ['Mặt trận Tổ quốc', 'Mặt trận Tổ quốc'],
      ['đoàn thể chính trị - xã hội', 'đoàn thể chính trị - xã hội'],
      ['các tổ chức cơ sở Đảng', 'các tổ chức cơ sở Đảng'],
    ]);
  });

  it('gives the name a place written at the end, but not a span of levels', () => {
    expect(
      split('Các sở, ban, ngành, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh'),
    ).toEqual([
      ['Các sở, ban, ngành', 'Các sở, ban, ngành'],
      ['Mặt trận Tổ quốc', 'Mặt trận Tổ quốc tỉnh'],
      ['các tổ chức chính trị - xã hội tỉnh', 'các tổ chức chính trị - xã hội tỉnh'],
    ]);
    expect(
      split(
        'Các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội các cấp',
      ),
    ).toEqual([
      ['Các cấp ủy, tổ chức đảng, chính quyền', 'Các cấp ủy, tổ chức đảng, chính quyền'],
      ['Mặt trận Tổ quốc', 'Mặt trận Tổ quốc'],
      ['các đoàn thể chính trị - xã hội các cấp', 'các đoàn thể chính trị - xã hội các cấp'],
    ]);
  });

  it('keeps a bare head in capitals inside the collective', () => {
    expect(split('Các cấp ủy, UBND')).toEqual([
      ['Các cấp ủy, UBND', 'Các cấp ủy, Ủy ban nhân dân'],
    ]);
  });
});
