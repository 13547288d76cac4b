/**
 * Issue 13: the date of effect a document gives itself ("có hiệu lực từ ngày ký", "… kể từ ngày
 * …", "… thi hành từ ngày …"), on real wording from the corpus, and only where the document
 * itself is the subject.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { repoRoot } from '../../../src/paths.ts';

const corpus = (name: string): string =>
  readFileSync(join(repoRoot, 'tests/corpus/docs', name), 'utf8');
const inForce = (text: string): [string | null, boolean, string] | null => {
  const e = parseDocument(text).entryIntoForce;
  return e ? [e.from, e.onSigning, e.quote] : null;
};

const DOC = (type: string, ...body: string[]): string =>
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH QUẢNG TRỊ',
    `Số: 20/${type === 'QUYẾT ĐỊNH' ? 'QĐ' : 'KH'}-UBND`,
    'Quảng Trị, ngày 10 tháng 3 năm 2024',
    type,
    'Về phát triển kinh tế tập thể',
    ...body,
  ].join('\n');

describe('dates of effect read from the text', () => {
  it('"Quyết định này có hiệu lực thi hành kể từ ngày ký": from its own date', () => {
    expect(inForce(corpus('11-ubnd-hcm-qd-2820-2025-ke-hoach-bang-nhiem-vu.txt'))).toEqual([
      '2025-11-19',
      true,
      'Quyết\nđịnh này có hiệu lực thi hành kể từ ngày ký',
    ]);
  });

  it('"… từ ngày ký ban hành", and a law the plan implements is not the plan', () => {
    // The attached plan says when the Law on personal data protection takes effect; that date is
    // the law's, the decision's own sentence comes first.
    expect(inForce(corpus('17-ttg-qd-2623-2025-ke-hoach-thi-hanh-luat-bvdlcn.txt'))).toEqual([
      '2025-11-29',
      true,
      'Quyết\nđịnh này có hiệu lực thi hành từ ngày ký ban hành',
    ]);
  });

  it('"Quy định này có hiệu lực kể từ ngày ký" and after a replacing clause in the same sentence', () => {
    expect(inForce(corpus('02-bbt-384-qd-tw-2025-quy-dinh-ket-noi-chia-se-du-lieu.txt'))).toEqual([
      '2025-11-19',
      true,
      'Quy định này có hiệu lực kể từ ngày ký',
    ]);
    const [from, onSigning, quote] =
      inForce(corpus('01-bbt-383-qd-tw-2025-quy-dinh-phong-luu-tru-dang.txt')) ?? [];
    expect([from, onSigning]).toEqual(['2025-11-19', true]);
    expect(quote).toMatch(/^Quy định này thay thế Quy định số 270-QĐ\/TW[\s\S]*kể từ ngày ký$/u);
  });

  it('"Hướng dẫn này, các phụ lục … kèm theo có hiệu lực từ ngày ký"', () => {
    expect(inForce(corpus('09-btctw-45-hd-2025-huong-dan-quy-dinh-377-qd-tw.txt'))).toEqual([
      '2025-11-21',
      true,
      'Hướng dẫn này, các phụ lục\n1, 2A, 2B, 3A, 3B kèm theo có hiệu lực từ ngày ký',
    ]);
  });

  it('a letter quoting when a law takes effect gives no date of its own', () => {
    expect(inForce(corpus('26-btc-cv-19046-2014.txt'))).toBeNull();
  });

  it('a date written out or with slashes, after "Điều 3."', () => {
    const written = DOC(
      'QUYẾT ĐỊNH',
      'Điều 3. Quyết định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024.',
    );
    expect(inForce(written)).toEqual([
      '2024-07-01',
      false,
      'Quyết định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024',
    ]);
    const slashed = DOC('KẾ HOẠCH', 'Kế hoạch này có hiệu lực kể từ ngày 15/4/2024.');
    expect(inForce(slashed)?.[0]).toBe('2024-04-15');
  });

  it('"trước ngày Quy định này có hiệu lực" and another document as subject give nothing', () => {
    const text = DOC(
      'KẾ HOẠCH',
      '1. Tài liệu nộp trước ngày Quy định này có hiệu lực thi hành được xử lý như sau.',
      '2. Luật Hợp tác xã năm 2023 có hiệu lực thi hành từ ngày 01/7/2024.',
    );
    expect(inForce(text)).toBeNull();
  });
});
