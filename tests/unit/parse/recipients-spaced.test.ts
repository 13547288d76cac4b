/**
 * A Nơi nhận block spaced with blank lines (text from DOCX or a web page): an item left open by a
 * comma goes on after the blank line, and the block does not end there (issue 18, recipients).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

const text = [
  'Nơi nhận:',
  '',
  '- Thường trực Đảng ủy xã;',
  '',
  '- Ủy ban Kiểm tra Đảng ủy, Ban xây dựng Đảng,',
  '',
  'VP Đảng uỷ;',
  '',
  '- Các tổ chức thành viên MTTQ xã;',
  '',
  '- Lưu: MTTQ',
].join('\n');

describe('recipients spaced with blank lines', () => {
  it('reads every item, the wrapped one across its blank line', () => {
    const doc = parseDocument(text, { registry: testRegistry() });
    expect(doc.recipients.map((r) => [r.mention, r.purpose])).toEqual([
      ['Thường trực Đảng ủy xã', null],
      ['Ủy ban Kiểm tra Đảng ủy', null],
      ['Ban xây dựng Đảng', null],
      ['VP Đảng uỷ', null],
      ['Các tổ chức thành viên MTTQ xã', null],
      ['MTTQ', 'lưu'],
    ]);
    for (const r of doc.recipients) expect(text.slice(r.span.start, r.span.end)).toBe(r.mention);
    expect(doc.tasks).toEqual([]);
  });
});
