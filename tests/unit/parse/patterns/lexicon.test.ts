/** The body-head word table shared by the parser and the list splitter. */
import { describe, expect, it } from 'vitest';
import { HEAD_WORDS, keyStartsWithHead } from '../../../../src/lexicon/heads.ts';
import { isActorStart } from '../../../../src/parse/actors.ts';
import { createSource } from '../../../../src/parse/source.ts';
import { normalizeKey } from '../../../../src/orgs/normalize.ts';
import { splitMentions } from '../../../../src/orgs/split.ts';

const startsActor = (t: string): boolean => isActorStart(createSource(t), 0);

describe('body-head lexicon', () => {
  it('has each word once', () => {
    const words = HEAD_WORDS.map((h) => h.word);
    expect(new Set(words).size).toBe(words.length);
  });

  it.each([
    ['Sở Tài chính', true, true],
    ['Ủy ban nhân dân tỉnh', true, true],
    ['Uỷ ban Kiểm tra', true, true],
    ['Trung tâm Y tế', true, true],
    ['Giám đốc Sở', true, true],
    ['các sở, ban, ngành', true, true],
    ['ban hành Kế hoạch', false, false],
    ['bộ máy tổ chức', false, false],
    ['phòng chống dịch', false, false],
    ['Hội nghị cán bộ', false, false],
    ['tổ chức thực hiện', false, true],
    ['Lưu VT', false, true],
    ['Thủ tướng Chính phủ', true, true],
  ])('%j opens an actor in running text: %j, a list item: %j', (text, running, item) => {
    expect(startsActor(text)).toBe(running);
    expect(keyStartsWithHead(normalizeKey(text), HEAD_WORDS)).toBe(item);
  });

  it('the list splitter and the parser agree on a body after a comma', () => {
    // "Trung tâm" heads a body in both: the comma separates two bodies
    const parts = splitMentions('Sở Y tế, Trung tâm Kiểm soát bệnh tật', 0, { abbreviations: [] });
    expect(parts.map((p) => p.mention)).toEqual(['Sở Y tế', 'Trung tâm Kiểm soát bệnh tật']);
  });
});
