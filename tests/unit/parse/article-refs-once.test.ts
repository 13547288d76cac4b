/**
 * A body that "Như Điều N" stands for and that the Nơi nhận block also names itself is one
 * recipient (src/parse/article-refs.ts, onceEach): decisions list "Như Điều 3" (whose article
 * names the Chánh Văn phòng) and, a few lines below, "CVP, các PCVP UBND tỉnh".
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

const names = (t: string) =>
  parseDocument(t, { registry: testRegistry() })
    .recipients.filter((r) => r.purpose !== 'lưu')
    .map((r) => [r.mention, r.name, r.via ?? null]);

const decision = (article: string, block: string): string =>
  'ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nSố: 9/QĐ-UBND\n\nQUYẾT ĐỊNH:\n\n**Điều 1.** Ban hành Quy định.\n\n' +
  `**Điều 3.** ${article} chịu trách nhiệm thi hành Quyết định này./.\n\nNơi nhận:\n${block}- Lưu: VT.\n`;

describe('"Như Điều 3" and the same body named again in the block', () => {
  it('keeps the Chánh Văn phòng once, from "Như Điều 3"', () => {
    const text = decision(
      'Chánh Văn phòng UBND tỉnh; Giám đốc Sở Tư pháp',
      '- Như Điều 3;\n- Chủ tịch UBND tỉnh;\n- CVP, các PCVP UBND tỉnh;\n',
    );
    expect(names(text)).toEqual([
      ['Như Điều 3', 'Chánh Văn phòng Ủy ban nhân dân tỉnh', 'như điều'],
      ['Như Điều 3', 'Giám đốc Sở Tư pháp', 'như điều'],
      ['Chủ tịch UBND tỉnh', 'Chủ tịch Ủy ban nhân dân tỉnh', null],
      ['các PCVP UBND tỉnh', 'các Phó Chánh Văn phòng Ủy ban nhân dân tỉnh', null],
    ]);
  });

  it('keeps the first when the block names the body before "Như Điều 3", spacing and case aside', () => {
    const text = decision(
      'Giám đốc Sở Tư pháp',
      '- Giám đốc sở  Tư pháp;\n- Như Điều 3;\n- Bộ Tư pháp;\n',
    );
    expect(names(text)).toEqual([
      ['Giám đốc sở  Tư pháp', 'Giám đốc sở Tư pháp', null],
      ['Bộ Tư pháp', 'Bộ Tư pháp', null],
    ]);
  });

  it('leaves two bodies of the block alike when no article stands for them', () => {
    const text = decision(
      'Giám đốc Sở Tư pháp',
      '- Như Điều 3;\n- Bộ Tư pháp (để báo cáo);\n- Bộ Tư pháp (để theo dõi);\n',
    );
    expect(names(text)).toEqual([
      ['Như Điều 3', 'Giám đốc Sở Tư pháp', 'như điều'],
      ['Bộ Tư pháp', 'Bộ Tư pháp', null],
      ['Bộ Tư pháp', 'Bộ Tư pháp', null],
    ]);
  });
});
