import { describe, expect, it } from 'vitest';
import { foldKey, normalizeKey } from '../../../src/orgs/index.ts';

describe('normalizeKey', () => {
  it.each([
    ['Tỉnh uỷ', 'Tỉnh ủy'],
    ['hoà', 'hòa'],
    ['thuỷ', 'thủy'],
    ['khoẻ', 'khỏe'],
    ['Đảng uỷ Khối', 'Đảng ủy Khối'],
  ])('old and new tone placement agree: %s ≡ %s', (reformed, traditional) => {
    expect(normalizeKey(reformed)).toBe(normalizeKey(traditional));
  });

  it('uses the traditional placement and lower case', () => {
    expect(normalizeKey('Các tỉnh uỷ, thành uỷ')).toBe('các tỉnh ủy thành ủy');
  });

  it('leaves clusters that are not word-final, and "qu", alone', () => {
    expect(normalizeKey('hoàn thành')).toBe('hoàn thành');
    expect(normalizeKey('quý')).toBe('quý');
    expect(normalizeKey('Thủy quyết')).toBe('thủy quyết');
  });

  it('accepts NFD input', () => {
    const nfd = 'Ban Tuyên giáo Tỉnh ủy'.normalize('NFD');
    expect(nfd).not.toBe('Ban Tuyên giáo Tỉnh ủy');
    expect(normalizeKey(nfd)).toBe('ban tuyên giáo tỉnh ủy');
  });

  it('collapses whitespace and punctuation', () => {
    expect(normalizeKey('  Đảng ủy Khối Cơ quan -  Doanh nghiệp\n')).toBe(
      'đảng ủy khối cơ quan doanh nghiệp',
    );
  });
});

describe('foldKey', () => {
  it('strips marks, maps đ to d and lower-cases', () => {
    expect(foldKey('Ban Tuyên giáo')).toBe('ban tuyen giao');
    expect(foldKey('Đảng đoàn Quốc hội')).toBe('dang doan quoc hoi');
    expect(foldKey('Tỉnh uỷ'.normalize('NFD'))).toBe('tinh uy');
    expect(foldKey('Hội  đồng\tLý luận')).toBe('hoi dong ly luan');
  });
});
