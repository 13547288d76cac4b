/**
 * Tests that kill the surviving mutants of src/parse/header.ts's findLooseDate
 * (bench/results/mutation.md): a place-and-date line anywhere in the lines (a copy block prints it
 * under "SAO Y"), the lines already used passed over, and nothing but a date read there.
 */
import { describe, expect, it } from 'vitest';
import { findLooseDate } from '../../../src/parse/header.ts';
import { emptyHeader } from '../../../src/parse/header/result.ts';
import { createSource } from '../../../src/parse/source.ts';
import type { Warning } from '../../../src/parse/types.ts';
import { at, warningView } from './header-view.ts';

function loose(text: string, skip: number[]) {
  const src = createSource(text);
  const out = emptyHeader();
  const warnings: Warning[] = [];
  const k = findLooseDate(src, src.lines, out, new Set(skip), warnings);
  return {
    k,
    issuedDate: out.issuedDate,
    place: out.place,
    dateSpan: at(out.dateSpan),
    bodies: out.bodies,
    warnings: warnings.map(warningView),
  };
}

describe('findLooseDate', () => {
  it('passes over the lines it is told to skip', () => {
    const t = 'SAO Y\nNghệ An, ngày 5 tháng 3 năm 2025\nVinh, ngày 6 tháng 3 năm 2025';
    expect(loose(t, [1])).toEqual({
      k: 2,
      issuedDate: '2025-03-06',
      place: 'Vinh',
      dateSpan: 'Vinh, ngày 6 tháng 3 năm 2025@39-68',
      bodies: [],
      warnings: [],
    });
  });

  it('reads a date line of 80 characters', () => {
    const t =
      'SAO Y\nVinh, ngày 15 tháng 12 năm 2025, sau cuộc họp giao ban thường kỳ của Ủy ban tỉnh';
    expect(loose(t, [])).toEqual({
      k: 1,
      issuedDate: '2025-12-15',
      place: 'Vinh',
      dateSpan:
        'Vinh, ngày 15 tháng 12 năm 2025, sau cuộc họp giao ban thường kỳ của Ủy ban tỉnh@6-86',
      bodies: [],
      warnings: [],
    });
  });

  it('reads an empty date slot as a place without a date, with a warning', () => {
    expect(loose('SAO Y\nNghệ An, ngày    tháng   năm 2025', [])).toEqual({
      k: 1,
      issuedDate: null,
      place: 'Nghệ An',
      dateSpan: null,
      bodies: [],
      warnings: [
        'date-missing: the date line has no date (unsigned draft?) | Nghệ An, ngày    tháng   năm 2025@6-39',
      ],
    });
  });

  // It used to read any header line there: a heading in capitals shaped like a place and a date
  // became an issuing body of the document.
  it('never takes a line in capitals without a date for an issuing body', () => {
    expect(loose('SAO Y\nHÀ NỘI, NGÀY HỘI ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC', [])).toEqual({
      k: null,
      issuedDate: null,
      place: null,
      dateSpan: null,
      bodies: [],
      warnings: [],
    });
  });
});
