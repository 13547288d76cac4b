import { describe, expect, it } from 'vitest';
import { parseDocNumber } from '../../../src/parse/numbers.ts';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

/** A Party body symbol with its term ("ĐĐQH15") is kept whole (issue 18, held-out 61). */
describe('a Party number whose body symbol carries a term', () => {
  it('parses whole', () => {
    expect(parseDocNumber('3260-KH/ĐĐQH15')).toEqual({
      number: '3260-KH/ĐĐQH15',
      symbol: 'KH',
      body: 'ĐĐQH15',
      style: 'party',
    });
  });

  it('is read whole from a markdown header', () => {
    const text =
      '## ĐẢNG CỘNG SẢN VIỆT NAM\n\n**ĐẢNG ĐOÀN QUỐC HỘI**\n\nSố 12-KH/ĐĐQH15\n\nHà Nội, ngày 10 tháng 01 năm 2025\n\n**KẾ HOẠCH**\n\n**thực hiện Nghị quyết số 57-NQ/TW**\n\nNội dung.\n';
    expect(parseDocument(text, { registry: testRegistry() }).document.number).toBe('12-KH/ĐĐQH15');
  });
});
