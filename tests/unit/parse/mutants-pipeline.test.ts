import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { repoRoot } from '../../../src/paths.ts';

const NO_NUMBER = {
  code: 'no-number',
  message: 'no document number in the text (and none in the metadata)',
};
const NO_DATE = {
  code: 'no-date',
  message: 'no issue date in the text (and none in the metadata)',
};
const NO_STRUCTURE = {
  code: 'no-structure',
  message: 'no header, numbering or recipients recognised: is this a directive document?',
};

describe('parseDocument: the default document key', () => {
  it('is an FNV-1a hash of the text, eight hex digits with leading zeros', () => {
    expect(parseDocument('Xin chào các đồng chí.').documentKey).toBe('text-e1798f7a');
    expect(parseDocument('Kính gửi các sở, ngành số 20.').documentKey).toBe('text-046d0ef4');
    expect(parseDocument('Xin chào.', { documentKey: 'kh-12' }).documentKey).toBe('kh-12');
  });
});

describe('parseDocument: the no-structure warning', () => {
  it('warns on plain prose with no number, title or numbering', () => {
    expect(parseDocument('Xin chào các đồng chí.').warnings).toEqual([
      NO_NUMBER,
      NO_DATE,
      NO_STRUCTURE,
    ]);
  });

  it('does not warn when a numbered item follows a paragraph', () => {
    expect(parseDocument('Mở đầu.\n\n1. Triển khai kế hoạch.').warnings).toEqual([
      NO_NUMBER,
      NO_DATE,
    ]);
  });

  it('does not warn when only a document number is found', () => {
    expect(parseDocument('Số: 12/KH-UBND\n\nXin chào các đồng chí.').warnings).toEqual([NO_DATE]);
  });

  it('does not warn when only a title is found', () => {
    const doc = parseDocument('KẾ HOẠCH\n\nTriển khai công tác.');
    expect([doc.document.title, doc.warnings]).toEqual([
      'Triển khai công tác.',
      [NO_NUMBER, NO_DATE],
    ]);
  });

  it('gives a whitespace-only text only the empty warning', () => {
    expect(parseDocument('   \n  ').warnings).toEqual([
      { code: 'empty', message: 'the text is empty' },
    ]);
  });
});

describe('parseDocument: the issuer from the metadata', () => {
  it('is used when the text names none', () => {
    const doc = parseDocument('Xin chào các đồng chí.', {
      meta: { issuer: 'Ủy ban nhân dân tỉnh Lạng Sơn' },
    });
    expect(doc.document.issuer).toEqual({
      name: 'Ủy ban nhân dân tỉnh Lạng Sơn',
      mention: '',
      expanded: 'Ủy ban nhân dân tỉnh Lạng Sơn',
      kind: 'organization',
      span: { start: 0, end: 0 },
      quote: '',
      source: 'meta',
    });
  });
});

describe('parseDocument: reports', () => {
  it('gives a report no tasks of its own: its items answer the tasks of another document', () => {
    const doc = parseDocument(readFileSync(join(repoRoot, 'seed/reports/85-BC-BTGTW.txt'), 'utf8'));
    expect([doc.report?.reportsOn, doc.tasks]).toEqual(['10-KH/TW', []]);
  });
});
