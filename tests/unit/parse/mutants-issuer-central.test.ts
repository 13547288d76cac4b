/**
 * Tests that kill surviving mutants of src/parse/issuer.ts (bench/results/mutation.md): a body
 * with no superior above it keeps its own name, and a committee under the Central Committee is
 * the central one ("Ủy ban Kiểm tra Trung ương"). Every expected value is read off the invented text by hand.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

/** The issuer as [name, source, start, end, quote], the quote checked against the text. */
function issuer(t: string): [string, string, number, number, string] | null {
  const i = parseDocument(t, { registry: testRegistry() }).document.issuer;
  if (!i) return null;
  expect(t.slice(i.span.start, i.span.end)).toBe(i.quote);
  return [i.name, i.source, i.span.start, i.span.end, i.quote];
}

const plan = (head: string): string =>
  `${head}\n\nSố 12-KH/VP\n\nHà Nội, ngày 5 tháng 3 năm 2025\n\nKẾ HOẠCH\nthực hiện Nghị quyết số 20-NQ/TW\n\nI. MỤC ĐÍCH\n`;

describe("the header's body", () => {
  it('alone, an office keeps its own name', () => {
    expect(issuer(plan('VĂN PHÒNG'))).toEqual(['Văn phòng', 'header', 0, 9, 'VĂN PHÒNG']);
  });

  it('under the Central Committee, its Inspection Committee is the central one', () => {
    expect(issuer(plan('BAN CHẤP HÀNH TRUNG ƯƠNG\nỦY BAN KIỂM TRA'))).toEqual([
      'Ủy ban Kiểm tra Trung ương',
      'header',
      25,
      40,
      'ỦY BAN KIỂM TRA',
    ]);
  });
});
