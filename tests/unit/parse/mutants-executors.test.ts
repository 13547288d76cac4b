import { describe, expect, it } from 'vitest';
import { createActorFactory } from '../../../src/parse/actors.ts';
import { articleExecutors } from '../../../src/parse/executors.ts';
import { createSource } from '../../../src/parse/source.ts';
import type { Actor } from '../../../src/parse/types.ts';

/** articleExecutors on a text whose clean form is the text itself (spans = offsets). */
const executors = (text: string, n: string): Actor[] | null => {
  const src = createSource(text);
  expect(src.clean).toBe(text);
  return articleExecutors(
    src,
    createActorFactory(src, {}, { documentKey: 'k' }, { abbreviations: [] }),
    n,
  );
};

/** The actor read from text[start, start + quote.length), no resolver. */
const actor = (quote: string, start: number, name: string = quote): Actor => ({
  name,
  mention: quote,
  expanded: name,
  kind: 'role',
  span: { start, end: start + quote.length },
  quote,
});

describe('articleExecutors', () => {
  it('reads the bodies before "chịu trách nhiệm thi hành", a wrapped line joined by a space', () => {
    const text =
      'QUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế.\nĐiều 2. Giám đốc Sở Tài chính; Chủ tịch Ủy ban nhân\n' +
      'dân các huyện chịu trách nhiệm thi hành Quyết định này./.\n\nNơi nhận:\n- Như Điều 2;\n';
    expect(executors(text, '2')).toEqual([
      actor('Giám đốc Sở Tài chính', 46),
      actor('Chủ tịch Ủy ban nhân\ndân các huyện', 69, 'Chủ tịch Ủy ban nhân dân các huyện'),
    ]);
  });

  it('reads "căn cứ Quyết định thi hành" as the executing verb', () => {
    const text = 'Điều 3. Chánh Văn phòng; Giám đốc Sở Y tế căn cứ Quyết định thi hành.';
    expect(executors(text, '3')).toEqual([
      actor('Chánh Văn phòng', 8),
      actor('Giám đốc Sở Y tế', 25),
    ]);
  });

  it('is null when no article of that number exists, whatever the text before the articles says', () => {
    const text =
      'Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này.\n' +
      'Điều 5. Quyết định này có hiệu lực từ ngày ký.';
    expect(executors(text, '3')).toBeNull();
  });

  it('an article ends at the next article: its verb is not read for the one before', () => {
    const text =
      'Điều 2. Quyết định này có hiệu lực từ ngày ký.\n' +
      'Điều 3. Chánh Văn phòng; Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này.';
    expect(executors(text, '2')).toBeNull();
    expect(executors(text, '3')).toEqual([
      actor('Chánh Văn phòng', 55),
      actor('Giám đốc Sở Y tế', 72),
    ]);
  });

  it('the last article ends at the Nơi nhận: an annexed text after it is not read', () => {
    const text =
      'Điều 2. Quyết định này có hiệu lực từ ngày ký.\nNơi nhận:\n- Bộ Y tế;\n- Lưu: VT.\n' +
      'QUY ĐỊNH\nCác sở, ngành có trách nhiệm thực hiện Quy định này.';
    expect(executors(text, '2')).toBeNull();
  });

  it('reads only the numbered clause holding the verb, not the clauses before or after it', () => {
    const text =
      'Điều 4. Điều khoản thi hành\n1. Quyết định này có hiệu lực kể từ ngày ký.\n' +
      '2. Chánh Văn phòng; Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này.\n' +
      '3. Quyết định này thay thế Quyết định số 5/QĐ-UBND.';
    expect(executors(text, '4')).toEqual([
      actor('Chánh Văn phòng', 76),
      actor('Giám đốc Sở Y tế', 93),
    ]);
  });

  it('reads only the paragraph holding the verb after a blank line', () => {
    const text =
      'Điều 3. Hiệu lực thi hành\nQuyết định này có hiệu lực kể từ ngày ký.\n\n' +
      'Chánh Văn phòng; Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này.';
    expect(executors(text, '3')).toEqual([
      actor('Chánh Văn phòng', 69),
      actor('Giám đốc Sở Y tế', 86),
    ]);
  });

  it('passes over an article of that number naming no body before its verb, to a later one', () => {
    // the decision's Điều 3 names nobody before the verb; the annexed rules' Điều 3 does
    const text =
      'Điều 3. Hiệu lực thi hành\n1. Quyết định này có hiệu lực kể từ ngày ký.\n2.\n\n' +
      'Chịu trách nhiệm thi hành: các sở.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nQUY CHẾ\n' +
      'Điều 3. Trách nhiệm thi hành\n\nCác sở, ban, ngành có trách nhiệm thực hiện Quy chế này.';
    expect(executors(text, '3')).toEqual([{ ...actor('Các sở, ban, ngành', 184), kind: 'group' }]);
  });
  it('reads only the sentence holding the verb: the article opens with its entry into force', () => {
    const text =
      'Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh; ' +
      'Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này.';
    expect(executors(text, '3')).toEqual([
      actor('Chánh Văn phòng UBND tỉnh', 50),
      actor('Giám đốc Sở Y tế', 77),
    ]);
  });

  it('a sentence also ends at a dated line, not at the dot of an abbreviation', () => {
    const dated =
      'Điều 3. Quyết định này có hiệu lực kể từ ngày\n01/01/2026. Chánh Văn phòng; ' +
      'Giám đốc Sở Y tế chịu trách nhiệm thi hành.';
    expect(executors(dated, '3')).toEqual([
      actor('Chánh Văn phòng', 58),
      actor('Giám đốc Sở Y tế', 75),
    ]);
    const abbreviated =
      'Điều 3. Chánh Văn phòng UBND TP. Huế; Giám đốc Sở Y tế Tp. Huế chịu trách nhiệm ' +
      'thi hành Quyết định này.';
    expect(executors(abbreviated, '3')).toEqual([
      actor('Chánh Văn phòng UBND TP. Huế', 8),
      actor('Giám đốc Sở Y tế Tp. Huế', 38),
    ]);
  });
  it('reads only the clause holding the verb in a list numbered "1)", "2)" without sentence ends', () => {
    const text =
      'Điều 4. Tổ chức thực hiện\n1) Giao Sở Tài chính hướng dẫn thực hiện;\n' +
      '2) Chánh Văn phòng; Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này.';
    expect(executors(text, '4')).toEqual([
      actor('Chánh Văn phòng', 71),
      actor('Giám đốc Sở Y tế', 88),
    ]);
  });
});
