import { describe, expect, it } from 'vitest';
import { createActorFactory } from '../../../src/parse/actors.ts';
import { leadershipHeading } from '../../../src/parse/heading-leads.ts';
import { createSource } from '../../../src/parse/source.ts';
import { testRegistry } from './helpers.ts';

/** The leadership the heading at `s0` (to the end of the text) names: [mention, start, end]. */
function leaders(text: string, s0 = 0): [string, number, number][] {
  const src = createSource(text);
  const actors = createActorFactory(src, {}, { documentKey: 'test' }, testRegistry());
  return leadershipHeading(src, s0, text.length, actors).map((a) => [
    a.mention,
    a.span.start,
    a.span.end,
  ]);
}

describe('leadershipHeading', () => {
  it('names "Lãnh đạo" and the body, without the closing colon', () => {
    expect(leaders('Lãnh đạo Ban Dân nguyện:')).toEqual([['Lãnh đạo Ban Dân nguyện', 0, 23]]);
  });

  it('reads the heading where it starts, far into the text', () => {
    const before =
      'Để triển khai thực hiện Nghị quyết của Quốc hội, Ủy ban Thường vụ Quốc hội phân công các cơ quan thực hiện các nhiệm vụ cụ thể, bảo đảm tiến độ, chất lượng và hiệu quả như sau:\n';
    expect(before.length).toBeGreaterThan(160);
    expect(leaders(`${before}Lãnh đạo Ban Dân nguyện`, before.length)).toEqual([
      ['Lãnh đạo Ban Dân nguyện', before.length, before.length + 23],
    ]);
  });

  it('no body after "Lãnh đạo", or a verb after the body: no leadership', () => {
    expect(leaders('Lãnh đạo cấp cao')).toEqual([]);
    expect(leaders('Lãnh đạo việc tổ chức thực hiện Đề án.')).toEqual([]);
    expect(leaders('Lãnh đạo Ban Dân nguyện chỉ đạo các đơn vị')).toEqual([]);
  });

  it('a heading of 160 characters at most', () => {
    const h160 =
      'Lãnh đạo Ban Công tác đại biểu, Viện Nghiên cứu lập pháp, Văn phòng Quốc hội, Ủy ban Pháp luật, Ủy ban Đối ngoại, Hội đồng Dân tộc, Ủy ban Quốc phòng và An ninh';
    const h161 =
      'Lãnh đạo Ban Dân nguyện, Ban Công tác đại biểu, Viện Nghiên cứu lập pháp, Văn phòng Quốc hội, Ủy ban Pháp luật, Ủy ban Xã hội, Ủy ban Đối ngoại, Hội đồng Dân tộc';
    expect([h160.length, h161.length]).toEqual([160, 161]);
    expect(leaders(h160)).toEqual([
      ['Lãnh đạo Ban Công tác đại biểu', 0, 30],
      ['Viện Nghiên cứu lập pháp', 32, 56],
      ['Văn phòng Quốc hội', 58, 76],
      ['Ủy ban Pháp luật', 78, 94],
      ['Ủy ban Đối ngoại', 96, 112],
      ['Hội đồng Dân tộc', 114, 130],
      ['Ủy ban Quốc phòng và An ninh', 132, 160],
    ]);
    expect(leaders(h161)).toEqual([]);
  });
});
