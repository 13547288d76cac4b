/**
 * The relation of each reference (implements / basis / cites) read from the front matter, and
 * verbOfPrevious, on short texts with exact results.
 */
import { describe, expect, it } from 'vitest';
import { verbOfPrevious } from '../../../src/parse/references/relation.ts';
import { findReferences } from '../../../src/parse/references.ts';
import { createSource } from '../../../src/parse/source.ts';

/** [number or description, relation] of every reference. `front`: the front matter ends at
 *  the first occurrence of this text (the whole text by default). */
function relations(text: string, frontEndsAt?: string): [string, string][] {
  const src = createSource(text);
  const end = frontEndsAt === undefined ? src.clean.length : src.clean.indexOf(frontEndsAt);
  return findReferences(src, { skip: [], front: [0, end] }, []).map((r) => [
    r.number ?? r.description ?? '',
    r.relation,
  ]);
}

describe('the relation read from the front matter', () => {
  it('a Căn cứ paragraph runs over its lines, not past a blank line', () => {
    expect(
      relations(
        'Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;\nNghị định số 30/2020/NĐ-CP của Chính phủ;\n\nThông tư số 01/2011/TT-BNV của Bộ Nội vụ.',
      ),
    ).toEqual([
      ['30/2020/NĐ-CP', 'basis'],
      ['01/2011/TT-BNV', 'cites'],
      ['Luật Tổ chức chính quyền địa phương năm 2015', 'basis'],
    ]);
  });

  it('over eleven lines below "Căn cứ:" at most', () => {
    const lines = Array.from({ length: 13 }, (_, i) => `Nghị định số ${i + 1}/2020/NĐ-CP;`);
    expect(relations(['Căn cứ:', ...lines].join('\n')).map((r) => r[1])).toEqual([
      ...Array.from({ length: 11 }, () => 'basis'),
      'cites',
      'cites',
    ]);
  });

  it('a directive on a later line of a Căn cứ paragraph, after a law, is implemented', () => {
    expect(
      relations(
        'Căn cứ Luật Đất đai năm 2024;\nNghị quyết Trung ương 5 khóa IX;\nNghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương.',
      ),
    ).toEqual([
      ['20-NQ/TW', 'implements'],
      ['Nghị quyết Trung ương 5 khóa IX', 'implements'],
      ['Luật Đất đai năm 2024', 'basis'],
    ]);
  });

  it('a preamble in bullets runs past the front matter to the first heading, not further', () => {
    const text =
      'Căn cứ Luật Đất đai năm 2024;\n- Căn cứ Kế hoạch số 5-KH/TU;\nI. NHIỆM VỤ\n- Căn cứ Kế hoạch số 6-KH/TU, các sở triển khai.';
    expect(relations(text, '- Căn cứ Kế hoạch số 5')).toEqual([
      ['5-KH/TU', 'implements'],
      ['6-KH/TU', 'cites'],
      ['Luật Đất đai năm 2024', 'basis'],
    ]);
  });

  it('"Thực hiện A, B và C": each is implemented, in the order of the text', () => {
    expect(
      relations(
        'Thực hiện Nghị quyết số 20-NQ/TW, Luật Đất đai năm 2024 và Kết luận số 70-KL/TW, Ban Thường vụ ban hành Kế hoạch.',
      ),
    ).toEqual([
      ['20-NQ/TW', 'implements'],
      ['70-KL/TW', 'implements'],
      ['Luật Đất đai năm 2024', 'implements'],
    ]);
  });

  it('after other words, a document is not one more of the list', () => {
    expect(
      relations(
        'Thực hiện Nghị quyết số 20-NQ/TW của Bộ Chính trị, tỉnh đã ban hành Kế hoạch số 10-KH/TU; Nghị định số 30/2020/NĐ-CP, Thông tư số 01/2011/TT-BNV.',
      ),
    ).toEqual([
      ['20-NQ/TW', 'implements'],
      ['10-KH/TU', 'cites'],
      ['30/2020/NĐ-CP', 'cites'],
      ['01/2011/TT-BNV', 'cites'],
    ]);
  });

  it('"căn cứ" inside a clause: a directive is implemented, a law is not', () => {
    expect(
      relations(
        'Thực hiện Nghị quyết số 20-NQ/TW; căn cứ Kế hoạch số 5-KH/TU; căn cứ Nghị định số 30/2020/NĐ-CP.',
      ),
    ).toEqual([
      ['20-NQ/TW', 'implements'],
      ['5-KH/TU', 'implements'],
      ['30/2020/NĐ-CP', 'cites'],
    ]);
  });

  it("a verb that ends the previous document's title, far into the text", () => {
    const lead = 'Căn cứ Luật Đất đai năm 2024 và các văn bản hướng dẫn thi hành Luật; '.repeat(3);
    expect(
      relations(
        `${lead}\nThực hiện Nghị quyết số 140/NQ-CP của Chính phủ thực hiện Nghị quyết số 66-NQ/TW.`,
      ),
    ).toEqual([
      ['140/NQ-CP', 'implements'],
      // nested in the subject of the one implemented: its basis
      ['66-NQ/TW', 'basis'],
      ['Luật Đất đai năm 2024', 'basis'],
    ]);
  });
});

describe('verbOfPrevious: a verb right after the previous document belongs to its title', () => {
  it('not after "và", "để" or punctuation, nor far from it, nor with no previous document', () => {
    expect(verbOfPrevious(' cua chinh phu ', 'k', 20)).toBe(true);
    expect(verbOfPrevious(' cua tinh uy de ', 'k', 20)).toBe(true);
    expect(verbOfPrevious(' ban hanh va ', 'k', 20)).toBe(false);
    expect(verbOfPrevious('va ', 'k', 20)).toBe(false);
    expect(verbOfPrevious(' de ', 'k', 20)).toBe(false);
    expect(verbOfPrevious('de ', 'k', 20)).toBe(false);
    expect(verbOfPrevious(' ngay 5/3, ', 'k', 20)).toBe(false);
    expect(verbOfPrevious(' cua chinh phu ', 'k', 120)).toBe(false);
    expect(verbOfPrevious(' cua chinh phu ', 'k', 119)).toBe(true);
    expect(verbOfPrevious(' cua chinh phu ', null, 20)).toBe(false);
  });
});
