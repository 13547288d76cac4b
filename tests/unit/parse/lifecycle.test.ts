/**
 * Issue 13: what a document does to older ones it names — replaces (thay thế), amends (sửa đổi,
 * bổ sung), repeals (bãi bỏ, "… hết hiệu lực") — only where the document itself is the one acting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { repoRoot } from '../../../src/paths.ts';

/** number → [effect, quote] of every reference with an effect. */
const effects = (text: string): Record<string, [string, string][]> =>
  Object.fromEntries(
    parseDocument(text)
      .references.filter((r) => r.effects)
      .map((r) => [r.number ?? '', (r.effects ?? []).map((e) => [e.effect, e.quote])]),
  );

const DOC = (type: string, title: string, ...body: string[]): string =>
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH QUẢNG TRỊ',
    `Số: 20/${type === 'QUYẾT ĐỊNH' ? 'QĐ' : 'KH'}-UBND`,
    'Quảng Trị, ngày 10 tháng 3 năm 2024',
    type,
    title,
    ...body,
  ].join('\n');

describe('document lifecycle read from the text', () => {
  it('"Kế hoạch này thay thế Kế hoạch số …": the plan replaces the older one', () => {
    const text = DOC(
      'KẾ HOẠCH',
      'Phát triển kinh tế tập thể năm 2024',
      'I. MỤC ĐÍCH',
      '1. Nâng cao hiệu quả hợp tác xã.',
      'II. TỔ CHỨC THỰC HIỆN',
      'Kế hoạch này thay thế Kế hoạch số 12/KH-UBND ngày 05/01/2023 của Ủy ban nhân dân tỉnh.',
    );
    expect(effects(text)).toEqual({
      '12/KH-UBND': [['replaces', 'thay thế Kế hoạch số 12/KH-UBND']],
    });
  });

  it('a decision that amends in its title, repeals in an article, and ends another', () => {
    const text = DOC(
      'QUYẾT ĐỊNH',
      'Về việc sửa đổi, bổ sung một số điều của Quyết định số 5/QĐ-UBND ngày 02/01/2022',
      'Điều 1. Sửa đổi Điều 2 như sau: …',
      'Điều 2. Bãi bỏ Quyết định số 7/QĐ-UBND ngày 03/02/2021 của Ủy ban nhân dân tỉnh.',
      'Điều 3. Quyết định số 9/QĐ-UBND ngày 04/02/2021 của Ủy ban nhân dân tỉnh hết hiệu lực kể từ ngày Quyết định này có hiệu lực.',
    );
    expect(effects(text)).toEqual({
      '5/QĐ-UBND': [['amends', 'sửa đổi, bổ sung một số điều của Quyết định số 5/QĐ-UBND']],
      '7/QĐ-UBND': [['repeals', 'Bãi bỏ Quyết định số 7/QĐ-UBND']],
      '9/QĐ-UBND': [
        [
          'repeals',
          'Quyết định số 9/QĐ-UBND ngày 04/02/2021 của Ủy ban nhân dân tỉnh hết hiệu lực',
        ],
      ],
    });
  });

  it('not its act: a task asking for a new decision, a law named by its title, another law', () => {
    const text = DOC(
      'KẾ HOẠCH',
      'Triển khai Luật Hải quan',
      'I. NHIỆM VỤ',
      '1. Sở Tư pháp tham mưu ban hành Quyết định thay thế Quyết định số 118/2008/QĐ-TTg ngày 27/8/2008.',
      '2. Tuyên truyền Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15.',
      '3. Luật Hải quan số 54/2014/QH13 có hiệu lực từ ngày 01/01/2015. Luật này thay thế Luật Hải quan số 29/2001/QH10.',
    );
    expect(effects(text)).toEqual({});
  });

  it('a real regulation: Quy định 383-QĐ/TW replaces Quy định 270-QĐ/TW (Điều 20)', () => {
    const file = join(
      repoRoot,
      'tests/corpus/docs/01-bbt-383-qd-tw-2025-quy-dinh-phong-luu-tru-dang.txt',
    );
    expect(effects(readFileSync(file, 'utf8'))).toEqual({
      '270-QĐ/TW': [['replaces', 'thay thế Quy định số 270-QĐ/TW']],
    });
  });

  it('no effect in the seed documents (their "sửa đổi, bổ sung" are tasks about laws)', () => {
    for (const name of ['000_20a41b9271eee9a1.txt', '002_af1c1f30eff17f08.txt']) {
      const text = readFileSync(join(repoRoot, 'seed/documents', name), 'utf8');
      expect(effects(text)).toEqual({});
    }
  });
});
