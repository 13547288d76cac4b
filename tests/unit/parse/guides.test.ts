/**
 * Issue 13: "hướng dẫn" (guides) — a Hướng dẫn guides what it implements; "hướng dẫn thi hành …"
 * guides only in the front matter or with this document as subject, never as a task in the body.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { repoRoot } from '../../../src/paths.ts';

/** number → quote of every reference this document guides. */
const guides = (text: string): Record<string, string> =>
  Object.fromEntries(
    parseDocument(text).references.flatMap((r) =>
      (r.effects ?? []).filter((e) => e.effect === 'guides').map((e) => [r.number, e.quote]),
    ),
  );
const corpus = (name: string): string =>
  readFileSync(join(repoRoot, 'tests/corpus/docs', name), 'utf8');

describe('guides (hướng dẫn)', () => {
  it('Hướng dẫn 45-HD/BTCTW guides Quy định 377-QĐ/TW, named in its title', () => {
    expect(guides(corpus('09-btctw-45-hd-2025-huong-dan-quy-dinh-377-qd-tw.txt'))).toEqual({
      '377-QĐ/TW': 'QUY ĐỊNH SỐ 377-QĐ/TW',
    });
  });

  it('Hướng dẫn 37-HD/BTGDVTW guides the three documents its preamble implements', () => {
    expect(guides(corpus('07-btgdvtw-37-hd-2025-huong-dan-ban-tin-sinh-hoat-chi-bo.txt'))).toEqual({
      '50-CT/TW': 'Chỉ thị số 50-CT/TW',
      '339-QĐ/TW': 'Quy định số 339-QĐ/TW',
      '42-HD/BTCTW': 'Hướng dẫn số 42-HD/BTCTW',
    });
  });

  const doc = (type: string, title: string, ...body: string[]): string =>
    [
      'BỘ TÀI CHÍNH',
      'Số: 12/2024/TT-BTC',
      'Hà Nội, ngày 10 tháng 3 năm 2024',
      type,
      title,
      ...body,
    ].join('\n');

  it('"Thông tư hướng dẫn thi hành Nghị định số …" in the title guides it', () => {
    const text = doc(
      'THÔNG TƯ',
      'Hướng dẫn thi hành Nghị định số 45/2023/NĐ-CP ngày 01/7/2023 của Chính phủ',
      'Điều 1. Phạm vi điều chỉnh',
      'Thông tư này áp dụng đối với các hợp tác xã.',
    );
    expect(guides(text)).toEqual({
      '45/2023/NĐ-CP': 'Hướng dẫn thi hành Nghị định số 45/2023/NĐ-CP',
    });
  });

  it('a task "Hướng dẫn thực hiện Nghị quyết số …" in a plan’s body guides nothing', () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH QUẢNG TRỊ',
      'Số: 20/KH-UBND',
      'Quảng Trị, ngày 10 tháng 3 năm 2024',
      'KẾ HOẠCH',
      'Phát triển kinh tế tập thể',
      'I. NHIỆM VỤ',
      '1. Sở Kế hoạch và Đầu tư:',
      '- Hướng dẫn thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương.',
    ].join('\n');
    expect(guides(text)).toEqual({});
  });
});
