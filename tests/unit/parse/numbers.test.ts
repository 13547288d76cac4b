import { describe, expect, it } from 'vitest';
import { parseDocNumber, parseVnNumber, romanToInt } from '../../../src/parse/numbers.ts';

describe('parseVnNumber', () => {
  it.each([
    ['136.000', 136000],
    ['05', 5],
    ['540', 540],
    ['2,5', 2.5],
    ['1.234,5', 1234.5],
    ['12.34', null],
    ['abc', null],
    ['', null],
  ])('%s → %s', (s, v) => expect(parseVnNumber(s)).toBe(v));
});

describe('romanToInt', () => {
  it.each([
    ['I', 1],
    ['IV', 4],
    ['IX', 9],
    ['XIII', 13],
    ['IIII', null],
    ['', null],
    ['VV', null],
  ])('%s → %s', (s, v) => expect(romanToInt(s)).toBe(v));
});

describe('parseDocNumber', () => {
  it.each([
    ['10-KH/TW', { number: '10-KH/TW', symbol: 'KH', body: 'TW', style: 'party' }],
    ['67 -KH/HU', { number: '67-KH/HU', symbol: 'KH', body: 'HU', style: 'party' }],
    ['47-CTr/TU', { number: '47-CTr/TU', symbol: 'CTR', body: 'TU', style: 'party' }],
    ['156-SY/TU', { number: '156-SY/TU', symbol: 'SY', body: 'TU', style: 'party' }],
    ['45/KH-UBND', { number: '45/KH-UBND', symbol: 'KH', body: 'UBND', style: 'state' }],
    ['30/2020/NĐ-CP', { number: '30/2020/NĐ-CP', symbol: 'NĐ', body: 'CP', style: 'state' }],
    ['722/UBND-MT', { number: '722/UBND-MT', symbol: 'CV', body: 'UBND-MT', style: 'state' }],
    ['33/2024/QH15', { number: '33/2024/QH15', symbol: 'QH', body: 'QH15', style: 'state' }],
    ['91 / 2025 / QH15', { number: '91/2025/QH15', symbol: 'QH', body: 'QH15', style: 'state' }],
    ['66.2/2025/NQ-CP', { number: '66.2/2025/NQ-CP', symbol: 'NQ', body: 'CP', style: 'state' }],
    ['16/6/2022', null],
    ['2025/QH15', null],
    ['hello', null],
  ])('%s', (s, v) => expect(parseDocNumber(s)).toEqual(v));
});
