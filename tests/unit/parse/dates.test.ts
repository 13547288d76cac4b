import { describe, expect, it } from 'vitest';
import { endOfMonth, findDate, isoDate } from '../../../src/parse/dates.ts';
import { fold } from '../../../src/parse/source.ts';

describe('findDate', () => {
  it.each([
    ['Hà Nội, ngày 23 tháng 8 năm 2022', '2022-08-23'],
    ['Vĩnh Linh, ngày 31 tháng 01 năm 2023', '2023-01-31'],
    ['ngày 16/6/2022', '2022-06-16'],
    ['Ngày: 06/09/2022', '2022-09-06'],
    ['16-6-2022', '2022-06-16'],
    ['ngàyhaimươi', null],
  ])('%s → %s', (s, iso) => expect(findDate(fold(s))?.iso ?? null).toBe(iso));

  it('reads an impossible date as null, with its position', () => {
    expect(findDate(fold('ngày 31/02/2023'))).toMatchObject({ iso: null, start: 5 });
  });
});

describe('isoDate / endOfMonth', () => {
  it('knows month lengths and leap years', () => {
    expect(endOfMonth(2024, 2)).toBe('2024-02-29');
    expect(endOfMonth(2023, 2)).toBe('2023-02-28');
    expect(isoDate(2023, 13, 1)).toBeNull();
    expect(endOfMonth(2022, 12)).toBe('2022-12-31');
  });
});
