/**
 * Tests that kill the surviving mutants of src/parse/header/result.ts (bench/results/mutation.md):
 * `trimmed` (a line's text and clean offsets without its surrounding spaces) and `foldedLine`
 * (the folded line without a rule flattened onto its end). Every expected value is read off the
 * invented text by hand.
 */
import { describe, expect, it } from 'vitest';
import { foldedLine, trimmed } from '../../../src/parse/header/result.ts';
import { parseDocument } from '../../../src/parse/index.ts';
import { createSource, type Line } from '../../../src/parse/source.ts';

describe('trimmed', () => {
  // createSource already trims its lines, so the spaces here are only reachable through a
  // hand-made line; the helper's contract still holds for any line it is given.
  it('drops the spaces on both sides and moves both offsets past the leading ones', () => {
    const line: Line = { start: 10, end: 20, text: '   Số: 12 ', emphasised: false };
    expect(trimmed(line)).toEqual({ s: 13, e: 19, t: 'Số: 12' });
  });

  it('keeps a line without spaces as it is', () => {
    const line: Line = { start: 4, end: 8, text: 'V/v.', emphasised: false };
    expect(trimmed(line)).toEqual({ s: 4, e: 8, t: 'V/v.' });
  });
});

describe('foldedLine', () => {
  const folded = (text: string): string[] => {
    const src = createSource(text);
    return src.lines.map((l) => foldedLine(src, l));
  };

  it('drops a rule of three or more marks at the end of a line, glued or spaced', () => {
    expect(folded('ĐẢNG CỘNG SẢN VIỆT NAM---------\nHUYỆN ỦY VĨNH LINH ***\nSố 7 ___')).toEqual([
      'dang cong san viet nam',
      'huyen uy vinh linh',
      'so 7',
    ]);
  });

  it('keeps one or two marks at the end and a rule inside the line', () => {
    expect(folded('Giai đoạn 2021 -\nNăm 2025--\nA --- B')).toEqual([
      'giai doan 2021 -',
      'nam 2025--',
      'a --- b',
    ]);
  });
});

describe('a rule flattened onto a header line', () => {
  it('still reads the Party banner when the rule under it is glued to its end', () => {
    const t =
      'HUYỆN ỦY VĨNH LINH\nĐẢNG CỘNG SẢN VIỆT NAM---------\nSố 67-KH/HU\n' +
      'Vĩnh Linh, ngày 5 tháng 3 năm 2025\n\nKẾ HOẠCH\nvề việc A\n\nI. NHIỆM VỤ\n1. Ban B chủ trì.';
    const d = parseDocument(t).document;
    expect(d.family).toBe('party');
    // the banner's span still takes the rule in (the rule is only dropped from the folded line)
    expect(d.banner).toEqual({
      span: { start: 19, end: 50 },
      quote: 'ĐẢNG CỘNG SẢN VIỆT NAM---------',
    });
    expect(d.headerBodies).toEqual([{ span: { start: 0, end: 18 }, quote: 'HUYỆN ỦY VĨNH LINH' }]);
    expect(d).toMatchObject({ number: '67-KH/HU', issuedDate: '2025-03-05', place: 'Vĩnh Linh' });
  });
});
