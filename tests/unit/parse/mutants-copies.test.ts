/**
 * Certified-copy regions (findCopyRegions): where a sao y / sao lục / trích sao block begins and
 * ends, and its type, exact (issue 18). An em space (U+2003) is kept at a line's edge by the clean
 * text, as Word exports leave it.
 */
import { describe, expect, it } from 'vitest';
import { findCopyRegions } from '../../../src/parse/copies.ts';
import { createSource } from '../../../src/parse/source.ts';

const EM = '\u2003';
const regions = (text: string) => findCopyRegions(createSource(text));
const filler = (n: number, word: string): string =>
  Array.from({ length: n }, (_, k) => `${word} dòng ${k + 1}.`).join('\n');

describe('findCopyRegions: the anchor and the type', () => {
  it.each([
    [
      'an indented "SAO Y" mark',
      `Kế hoạch\nTỈNH ỦY LẠNG SƠN\n${EM}SAO Y${EM}\nLạng Sơn`,
      1,
      3,
      'sao y',
    ],
    [
      'a "SAO LỤC BẢN CHÍNH" mark',
      'Kế hoạch\nTỈNH ỦY LẠNG SƠN\nSAO LỤC BẢN CHÍNH\nLạng Sơn',
      1,
      3,
      'sao lục',
    ],
    [
      'a "TRÍCH SAO" mark before an SY number',
      'TỈNH ỦY LẠNG SƠN\nTRÍCH SAO\nSố 12-SY/TU',
      0,
      2,
      'trích sao',
    ],
    [
      'an indented SL number alone',
      `Kế hoạch\nHUYỆN ỦY VĨNH LINH\n${EM}Số 12-SL/HU\nVĩnh Linh`,
      1,
      3,
      'sao lục',
    ],
    ['an SY number alone', 'Kế hoạch\nHUYỆN ỦY VĨNH LINH\nSố 12-SY/HU', 1, 2, 'sao y'],
    ['a mark alone, its body on the first line', 'TỈNH ỦY LẠNG SƠN\nSAO Y', 0, 1, 'sao y'],
    ['a number on the only line', 'Số 156-SY/TU', 0, 0, 'sao y'],
  ])('%s', (_name, text, first, last, copyType) => {
    expect(regions(text)).toEqual([{ first, last, copyType }]);
  });

  it('a document without a copy has no region', () => {
    expect(regions('Kế hoạch\nSố 10-KH/TW')).toEqual([]);
  });
});

describe("findCopyRegions: reaching back over the copying body's header", () => {
  it('passes a line of spaces only', () => {
    expect(regions(`Kế hoạch\nTỈNH ỦY LẠNG SƠN\n${EM}\nSố 12-SY/TU`)).toEqual([
      { first: 1, last: 3, copyType: 'sao y' },
    ]);
  });

  it('takes a capitals name holding "TM." (thương mại) further in', () => {
    expect(regions('Kế hoạch\nĐẢNG ỦY CÔNG TY CỔ PHẦN TM. DỊCH VỤ\nSố 12-SY/ĐU')).toEqual([
      { first: 1, last: 2, copyType: 'sao y' },
    ]);
  });

  it.each([
    'T/L BAN THƯỜNG VỤ',
    'T /M BAN THƯỜNG VỤ',
    'T/ M BAN THƯỜNG VỤ',
    'K/T BÍ THƯ',
    'K /T BÍ THƯ',
    'K/ T BÍ THƯ',
  ])('stops at the capacity line of the signature above ("%s")', (capacity) => {
    expect(regions(`${capacity}\nPHÓ BÍ THƯ\n\nTỈNH ỦY LẠNG SƠN\nSố 156-SY/TU`)).toEqual([
      { first: 1, last: 4, copyType: 'sao y' },
    ]);
  });
});

describe('findCopyRegions: groups and ends', () => {
  it('anchors 30 lines apart are one copy, 31 lines apart two', () => {
    const one = `TỈNH ỦY LẠNG SƠN\nSố 156-SY/TU\n${filler(29, 'Nội dung')}\nSAO Y\n${filler(40, 'Nội dung')}`;
    expect(regions(one)).toEqual([{ first: 0, last: 43, copyType: 'sao y' }]);
    const two = `${filler(40, 'Nội dung')}\nTỈNH ỦY LẠNG SƠN\nSố 156-SY/TU\n${filler(30, 'Nội dung')}\nSAO Y\n${filler(3, 'Nội dung')}`;
    expect(regions(two)).toEqual([
      { first: 40, last: 71, copyType: 'sao y' },
      { first: 72, last: 75, copyType: 'sao y' },
    ]);
  });

  it('a copy beginning at the middle line is below the original: it runs to the end', () => {
    const text = `${filler(20, 'Nội dung')}\nTỈNH ỦY LẠNG SƠN\nSố 156-SY/TU\n${filler(18, 'Sao y')}`;
    expect(regions(text)).toEqual([{ first: 20, last: 39, copyType: 'sao y' }]);
  });

  it('a copy printed above the original ends 12 lines after its last anchor; one below runs to the end', () => {
    const text = `TỈNH ỦY LẠNG SƠN\nSố 156-SY/TU\nSAO Y\n${filler(40, 'Nội dung')}\nHUYỆN ỦY VĨNH LINH\nSố 12-SL/HU\n${filler(14, 'Sao lục')}`;
    expect(regions(text)).toEqual([
      { first: 0, last: 14, copyType: 'sao y' },
      { first: 43, last: 58, copyType: 'sao lục' },
    ]);
  });
});
