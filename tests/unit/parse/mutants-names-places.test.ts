/**
 * Tests that kill surviving mutants of src/parse/names.ts (bench/results/mutation.md): the
 * first level word or committee of a capitals line decides where the place's name starts; a
 * second one further on does not move it. Every expected value is read off the line by hand.
 */
import { describe, expect, it } from 'vitest';
import { nameFromCaps } from '../../../src/parse/names.ts';

describe('the place starts after the first level word or committee', () => {
  it.each([
    // a single-word level ("tỉnh") after the committee's place
    ['HUYỆN ỦY VĂN LÃNG TỈNH LẠNG SƠN', 'Huyện ủy Văn Lãng Tỉnh Lạng Sơn'],
    // a two-word level ("thành phố") after a single-word one ("phường")
    ['ĐẢNG ỦY PHƯỜNG TAM THANH THÀNH PHỐ LẠNG SƠN', 'Đảng ủy phường Tam Thanh Thành Phố Lạng Sơn'],
    // a second committee ("quận ủy") after the first ("thành ủy")
    ['THÀNH ỦY HÀ NỘI QUẬN ỦY BA ĐÌNH', 'Thành ủy Hà Nội Quận Ủy Ba Đình'],
  ])('%s', (caps, name) => {
    expect(nameFromCaps(caps)).toBe(name);
  });
});
