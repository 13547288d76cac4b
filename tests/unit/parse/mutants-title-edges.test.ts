/**
 * Tests that kill surviving mutants of src/parse/header/title.ts (bench/results/mutation.md):
 * a title at the very end of the text, a continuation line wrapped in emphasis or opening what
 * follows, a rule inside the rest of the type line, and where an official letter's "V/v" subject
 * stops. Every expected value is read off the invented text by hand.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

/** The title and its span, checking the span quotes the text. */
function title(t: string): [string | null, [number, number] | null] {
  const d = parseDocument(t, { registry: testRegistry() }).document;
  if (!d.titleSpan) return [d.title, null];
  const { span, quote } = d.titleSpan;
  expect(t.slice(span.start, span.end)).toBe(quote);
  return [d.title, [span.start, span.end]];
}

describe('the title after the type line', () => {
  it('ends with the text, one blank line after it', () => {
    expect(title('KẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT SỐ 20\n')).toEqual([
      'THỰC HIỆN NGHỊ QUYẾT SỐ 20',
      [9, 35],
    ]);
  });

  it('goes on into a lower-case line wrapped in emphasis after a blank line', () => {
    const t = 'KẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT SỐ 20\n\n**về công tác bầu cử**\n\nI. MỤC ĐÍCH\n';
    expect(title(t)).toEqual(['THỰC HIỆN NGHỊ QUYẾT SỐ 20 về công tác bầu cử', [9, 57]]);
  });

  it('goes on into a lower-case line behind underscores the text keeps', () => {
    const t = 'KẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT SỐ 20\n\n__về công tác bầu cử__\n\nI. MỤC ĐÍCH\n';
    expect(title(t)).toEqual(['THỰC HIỆN NGHỊ QUYẾT SỐ 20 __về công tác bầu cử__', [9, 59]]);
  });

  it('does not go on into a lower-case line that opens what follows', () => {
    const t = 'KẾ HOẠCH\nThực hiện công tác bầu cử\n\nđược giao như sau:\n\nI. MỤC ĐÍCH\n';
    expect(title(t)).toEqual(['Thực hiện công tác bầu cử', [9, 34]]);
  });

  it('keeps a rule inside the rest of the type line', () => {
    const t = 'KẾ HOẠCH THỰC HIỆN ĐỀ ÁN --- NĂM 2025\n\nI. MỤC ĐÍCH\n';
    expect(title(t)).toEqual(['THỰC HIỆN ĐỀ ÁN --- NĂM 2025', [9, 37]]);
  });
});

describe('an official letter\'s "V/v" subject', () => {
  it('goes on into a line in sentence case', () => {
    const t =
      'Số: 12/UBND-VX\nV/v triển khai công tác\nPhòng chống thiên tai năm 2025\n\nKính gửi: Các sở, ngành\n';
    expect(title(t)).toEqual(['triển khai công tác Phòng chống thiên tai năm 2025', [19, 69]]);
  });
});
