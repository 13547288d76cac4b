import { describe, expect, it } from 'vitest';
import { guessKind, isPersonName, nameFromCaps, rolePerson } from '../../../src/parse/names.ts';

describe('nameFromCaps', () => {
  it('ignores spaces around and inside the line', () => {
    expect(nameFromCaps('  TỈNH ỦY LẠNG SƠN ')).toBe('Tỉnh ủy Lạng Sơn');
    expect(nameFromCaps('TỈNH ỦY  LẠNG   SƠN')).toBe('Tỉnh ủy Lạng Sơn');
  });

  it('capitalises the place after a two-word level, not the level', () => {
    expect(nameFromCaps('ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI')).toBe(
      'Ủy ban nhân dân thành phố Hà Nội',
    );
    expect(nameFromCaps('ỦY BAN NHÂN DÂN THỊ XÃ SƠN TÂY')).toBe('Ủy ban nhân dân thị xã Sơn Tây');
  });

  it('capitalises the place after a one-word level', () => {
    expect(nameFromCaps('SỞ Y TẾ TỈNH BẮC GIANG')).toBe('Sở y tế tỉnh Bắc Giang');
  });

  it('does not take "ỦY" after a level word for a place ("Phường ủy")', () => {
    expect(nameFromCaps('PHƯỜNG ỦY PHƯỜNG 5')).toBe('Phường ủy phường 5');
  });

  it('a committee or a level with nothing after it', () => {
    expect(nameFromCaps('TỈNH ỦY')).toBe('Tỉnh ủy');
    expect(nameFromCaps('BAN THƯỜNG VỤ')).toBe('Ban Thường vụ');
    expect(nameFromCaps('UBND THỊ XÃ')).toBe('Ubnd thị xã');
    expect(nameFromCaps('')).toBe('');
  });

  it('keeps an abbreviation without a vowel', () => {
    expect(nameFromCaps('BAN THƯỜNG VỤ HĐND TỈNH')).toBe('Ban Thường vụ HĐND tỉnh');
  });
});

describe('isPersonName', () => {
  it('accepts 2 to 6 capitalised words, spaces around or doubled', () => {
    expect(isPersonName('Võ Thường')).toBe(true);
    expect(isPersonName('  Võ Văn Thường ')).toBe(true);
    expect(isPersonName('Võ  Văn Thường')).toBe(true);
    expect(isPersonName('Tôn Nữ Thị Ninh Anh Thư')).toBe(true);
  });

  it('refuses one word, seven words, a lower-case start', () => {
    expect(isPersonName('Thường')).toBe(false);
    expect(isPersonName('Tôn Nữ Thị Ninh Anh Thư Ngọc')).toBe(false);
    expect(isPersonName('Ronald mcDonald')).toBe(false);
    expect(isPersonName('VÕ VĂN THƯỜNG')).toBe(false);
  });

  it('a line over 60 characters is not a name; 60 exactly may be', () => {
    const sixty = 'Abcdefghi Abcdefghi Abcdefghi Abcdefghi Abcdefghi Abcdefghij';
    expect(sixty).toHaveLength(60);
    expect(isPersonName(sixty)).toBe(true);
    const long = 'Abcdefghijk Abcdefghijk Abcdefghijk Abcdefghijk Abcdefghijk Abcdefghijk';
    expect(long.length).toBeGreaterThan(60);
    expect(isPersonName(long)).toBe(false);
  });
});

describe('guessKind', () => {
  it('a publication, also with a space before it', () => {
    expect(guessKind('Đăng website tỉnh', false)).toBe('publication');
    expect(guessKind('  Đăng website tỉnh', false)).toBe('publication');
  });

  it('a person only when the line is a name, else a role', () => {
    expect(guessKind('Đồng chí Nguyễn Văn An', true)).toBe('person');
    expect(guessKind('Đồng chí Nguyễn Văn An', false)).toBe('role');
  });

  it('drops a leading "Lưu" however it is written', () => {
    expect(guessKind('Lưu: các phòng', false)).toBe('group');
    expect(guessKind('Lưu : các phòng', false)).toBe('group');
    expect(guessKind('Lưu các phòng', false)).toBe('group');
    expect(guessKind('Lưu:các phòng', false)).toBe('group');
    expect(guessKind('Lưu: Văn phòng', false)).toBe('organization');
  });
});

describe('rolePerson', () => {
  it('splits a role and a name, whatever the spaces', () => {
    const want = { role: 'PCT UBND tỉnh', name: 'Nguyễn Văn An' };
    expect(rolePerson('PCT UBND tỉnh Nguyễn Văn An')).toEqual(want);
    expect(rolePerson(' PCT  UBND tỉnh\nNguyễn Văn An ')).toEqual(want);
  });
});
