import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../../src/orgs/index.ts';
import { cleanMention, collectiveItems, splitMentions } from '../../../src/orgs/split.ts';

const registry = loadRegistry();

/** Each mention with its span and its expansion. */
function parts(list: string): Array<[string, number, number, string]> {
  return splitMentions(list, 0, registry).map((p) => [p.mention, p.start, p.end, p.expanded]);
}

describe('splitMentions, exactly', () => {
  it('reads the case of the first word of a list after its opening quote', () => {
    // lower case after the quote: a collective of kind nouns (was two mentions, cut at the comma)
    expect(parts('“cấp ủy, tổ chức đảng”')).toEqual([
      ['“cấp ủy, tổ chức đảng”', 0, 22, '“cấp ủy, tổ chức đảng”'],
    ]);
    // sentence case after the quote: kind nouns opening the sentence, one collective
    expect(parts('“Cấp ủy, tổ chức đảng, cơ quan”')).toEqual([
      ['“Cấp ủy, tổ chức đảng, cơ quan”', 0, 31, '“Cấp ủy, tổ chức đảng, cơ quan”'],
    ]);
  });

  it('a stray dot before a bare head does not keep it from the qualifier at the end', () => {
    expect(parts('. TT HĐND, UBND huyện')).toEqual([
      ['. TT HĐND', 0, 9, '. Thường trực Hội đồng nhân dân huyện'],
      ['UBND huyện', 11, 21, 'Ủy ban nhân dân huyện'],
    ]);
  });

  it('a token with capitals inside it starts a body after "và" ("Tp.HCM")', () => {
    expect(parts('Sở Tài chính và Tp.HCM')).toEqual([
      ['Sở Tài chính', 0, 12, 'Sở Tài chính'],
      ['Tp.HCM', 16, 22, 'Tp.Hồ Chí Minh'],
    ]);
  });

  it('a colon head distributes over its items, skips empty ones and keeps a field whole', () => {
    expect(parts('Các Sở: Tài chính, Xây dựng,')).toEqual([
      ['Tài chính', 8, 17, 'Sở Tài chính'],
      ['Xây dựng', 19, 27, 'Sở Xây dựng'],
    ]);
    expect(parts('Các Bộ: Văn hóa, Thể thao và Du lịch, Y tế')).toEqual([
      ['Văn hóa, Thể thao và Du lịch', 8, 36, 'Bộ Văn hóa, Thể thao và Du lịch'],
      ['Y tế', 38, 42, 'Bộ Y tế'],
    ]);
  });

  it('a colon head names an item that is a head word alone, not one that starts a body', () => {
    expect(parts('Các Ban: Tổ chức, Tuyên giáo')).toEqual([
      ['Tổ chức', 9, 16, 'Ban Tổ chức'],
      ['Tuyên giáo', 18, 28, 'Ban Tuyên giáo'],
    ]);
    expect(parts('Các Bộ: Công an, Quốc phòng')).toEqual([
      ['Công an', 8, 15, 'Bộ Công an'],
      ['Quốc phòng', 17, 27, 'Bộ Quốc phòng'],
    ]);
    expect(parts('Các Sở: Tài chính và Đ/c Giám đốc')).toEqual([
      ['Tài chính', 8, 17, 'Sở Tài chính'],
      ['Đ/c Giám đốc', 21, 33, 'Đ/c Giám đốc'],
    ]);
  });

  it('an abbreviation such as "Cty" starts a body after "và"', () => {
    expect(parts('Sở Tài chính và Cty Điện lực tỉnh')).toEqual([
      ['Sở Tài chính', 0, 12, 'Sở Tài chính'],
      ['Cty Điện lực tỉnh', 16, 33, 'Công ty Điện lực tỉnh'],
    ]);
  });

  it('a qualifier reaches bare heads only: not a whole name of bare words, a long name or an empty item', () => {
    expect(parts('Quốc hội, Chính phủ, UBND tỉnh')).toEqual([
      ['Quốc hội', 0, 8, 'Quốc hội'],
      ['Chính phủ', 10, 19, 'Chính phủ'],
      ['UBND tỉnh', 21, 30, 'Ủy ban nhân dân tỉnh'],
    ]);
    expect(parts('Ban Thường vụ Mặt trận Tổ quốc, UBND tỉnh')).toEqual([
      ['Ban Thường vụ Mặt trận Tổ quốc', 0, 30, 'Ban Thường vụ Mặt trận Tổ quốc'],
      ['UBND tỉnh', 32, 41, 'Ủy ban nhân dân tỉnh'],
    ]);
    expect(parts('TT  HĐND, UBND huyện')).toEqual([
      ['TT  HĐND', 0, 8, 'Thường trực  Hội đồng nhân dân huyện'],
      ['UBND huyện', 10, 20, 'Ủy ban nhân dân huyện'],
    ]);
    expect(parts('Lưu, VPTU')).toEqual([
      ['Lưu', 0, 3, 'Lưu'],
      ['VPTU', 5, 9, 'Lưu Văn phòng Tỉnh ủy'],
    ]);
    expect(parts('Lưu VP,BTG Đảng ủy Khối')).toEqual([
      ['Lưu VP', 0, 6, 'Lưu Văn phòng Đảng ủy Khối'],
      ['BTG Đảng ủy Khối', 7, 23, 'Lưu Ban Tuyên giáo Đảng ủy Khối'],
    ]);
  });

  it('a ";" stops a qualifier, a comma does not', () => {
    expect(parts('BTV Huyện ủy, TT HĐND, UBND, UBMT huyện; Sở Y tế')).toEqual([
      ['BTV Huyện ủy', 0, 12, 'Ban Thường vụ Huyện ủy'],
      ['TT HĐND', 14, 21, 'Thường trực Hội đồng nhân dân huyện'],
      ['UBND', 23, 27, 'Ủy ban nhân dân huyện'],
      ['UBMT huyện', 29, 39, 'Ủy ban Mặt trận Tổ quốc huyện'],
      ['Sở Y tế', 41, 48, 'Sở Y tế'],
    ]);
  });

  it('a qualifier found only in the expansion reaches back ("VPTU": Tỉnh ủy)', () => {
    expect(parts('Các ban, VPTU')).toEqual([
      ['Các ban', 0, 7, 'Các ban Tỉnh ủy'],
      ['VPTU', 9, 13, 'Văn phòng Tỉnh ủy'],
    ]);
  });

  it('"Lưu" at the head marks every item once', () => {
    expect(parts('Lưu: VT, Lưu HS')).toEqual([
      ['Lưu: VT', 0, 7, 'Lưu: Văn thư'],
      ['Lưu HS', 9, 15, 'Lưu HS'],
    ]);
    expect(parts('Lưu: VT, Lưu: HS')).toEqual([
      ['Lưu: VT', 0, 7, 'Lưu: Văn thư'],
      ['Lưu: HS', 9, 16, 'Lưu: HS'],
    ]);
    expect(parts('Lưu: VT, HĐND, UBND huyện')).toEqual([
      ['Lưu: VT', 0, 7, 'Lưu: Văn thư'],
      ['HĐND', 9, 13, 'Lưu Hội đồng nhân dân huyện'],
      ['UBND huyện', 15, 25, 'Lưu Ủy ban nhân dân huyện'],
    ]);
    expect(parts('')).toEqual([]);
  });

  it('kind nouns in sentence case open a collective only at the start of the list', () => {
    expect(parts('Cấp ủy, tổ chức đảng, cơ quan')).toEqual([
      ['Cấp ủy, tổ chức đảng, cơ quan', 0, 29, 'Cấp ủy, tổ chức đảng, cơ quan'],
    ]);
    expect(parts('Người đứng đầu cơ quan, tổ chức')).toEqual([
      ['Người đứng đầu cơ quan, tổ chức', 0, 31, 'Người đứng đầu cơ quan, tổ chức'],
    ]);
    expect(parts('Sở Tài chính, Công an, tổ chức đảng')).toEqual([
      ['Sở Tài chính', 0, 12, 'Sở Tài chính'],
      ['Công an', 14, 21, 'Công an'],
      ['tổ chức đảng', 23, 35, 'tổ chức đảng'],
    ]);
  });

  it('the domain of a position in charge runs on, but only from that position', () => {
    expect(
      parts('Sở Tài chính, Sở Xây dựng, Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng'),
    ).toEqual([
      ['Sở Tài chính', 0, 12, 'Sở Tài chính'],
      ['Sở Xây dựng', 14, 25, 'Sở Xây dựng'],
      [
        'Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng',
        27,
        79,
        'Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng',
      ],
    ]);
  });

  it('"trực thuộc" / "thuộc" closes a collective opened inside a name, not a plain name', () => {
    expect(parts('UBND các tỉnh, thành phố trực thuộc trung ương, cơ quan, tổ chức khác')).toEqual([
      [
        'UBND các tỉnh, thành phố trực thuộc trung ương',
        0,
        46,
        'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
      ],
      ['cơ quan, tổ chức khác', 48, 69, 'cơ quan, tổ chức khác'],
    ]);
    expect(parts('Văn phòng thuộc Bộ Văn hóa, Thể thao và Du lịch')).toEqual([
      [
        'Văn phòng thuộc Bộ Văn hóa, Thể thao và Du lịch',
        0,
        47,
        'Văn phòng thuộc Bộ Văn hóa, Thể thao và Du lịch',
      ],
    ]);
    expect(
      parts('Ủy ban nhân dân các xã thuộc huyện (thị xã, thành phố) trong tỉnh, thị trấn'),
    ).toEqual([
      [
        'Ủy ban nhân dân các xã thuộc huyện (thị xã, thành phố) trong tỉnh, thị trấn',
        0,
        75,
        'Ủy ban nhân dân các xã thuộc huyện (thị xã, thành phố) trong tỉnh, thị trấn',
      ],
    ]);
  });

  it('a unit after a unit and codes after a plural head stay one name', () => {
    expect(parts('UBND Tỉnh, thành phố trực thuộc Trung ương')).toEqual([
      [
        'UBND Tỉnh, thành phố trực thuộc Trung ương',
        0,
        42,
        'Ủy ban nhân dân Tỉnh, thành phố trực thuộc Trung ương',
      ],
    ]);
    expect(parts('UBND tỉnh, thành phố trực thuộc trung ương, Bộ Y tế')).toEqual([
      [
        'UBND tỉnh, thành phố trực thuộc trung ương',
        0,
        42,
        'Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương',
      ],
      ['Bộ Y tế', 44, 51, 'Bộ Y tế'],
    ]);
    expect(parts('Các phòng: ĐMPT, TH')).toEqual([
      ['Các phòng: ĐMPT, TH', 0, 19, 'Các phòng: ĐMPT, TH'],
    ]);
    expect(parts('Các phòng, đơn vị: ĐMPT, TH')).toEqual([
      ['Các phòng, đơn vị: ĐMPT, TH', 0, 27, 'Các phòng, đơn vị: ĐMPT, TH'],
    ]);
  });

  it('"chống" after a comma joins only a name ending in "phòng", not one holding "Văn phòng"', () => {
    expect(parts('Văn phòng UBND tỉnh Cà Mau, chống buôn lậu')).toEqual([
      ['Văn phòng UBND tỉnh Cà Mau', 0, 26, 'Văn phòng Ủy ban nhân dân tỉnh Cà Mau'],
      ['chống buôn lậu', 28, 42, 'chống buôn lậu'],
    ]);
  });

  it('"phòng, chống" is one phrase of a name, also in quotes; a body after it is not', () => {
    expect(parts('Ban Chỉ đạo phòng, chống tham nhũng')).toEqual([
      ['Ban Chỉ đạo phòng, chống tham nhũng', 0, 35, 'Ban Chỉ đạo phòng, chống tham nhũng'],
    ]);
    expect(parts('“Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực”')).toEqual([
      [
        '“Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực”',
        0,
        47,
        '“Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực”',
      ],
    ]);
    expect(parts('Bộ Quốc phòng, Ban Chỉ đạo quốc gia về phòng chống thiên tai')).toEqual([
      ['Bộ Quốc phòng', 0, 13, 'Bộ Quốc phòng'],
      [
        'Ban Chỉ đạo quốc gia về phòng chống thiên tai',
        15,
        60,
        'Ban Chỉ đạo quốc gia về phòng chống thiên tai',
      ],
    ]);
    expect(parts('Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh, Sở Nội vụ')).toEqual([
      [
        'Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh',
        0,
        50,
        'Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh',
      ],
      ['Sở Nội vụ', 52, 61, 'Sở Nội vụ'],
    ]);
    expect(parts('Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh, các sở, ngành')).toEqual([
      [
        'Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh',
        0,
        50,
        'Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh',
      ],
      ['các sở, ngành', 52, 65, 'các sở, ngành'],
    ]);
  });

  it('a title after a comrade is that comrade’s role; another comrade is another person', () => {
    expect(parts('Đ/c Trần Ngọc Tam, Phó Bí thư Tỉnh ủy, Đ/c Nguyễn Văn Hùng')).toEqual([
      [
        'Đ/c Trần Ngọc Tam, Phó Bí thư Tỉnh ủy',
        0,
        37,
        'Đồng chí Trần Ngọc Tam, Phó Bí thư Tỉnh ủy',
      ],
      ['Đ/c Nguyễn Văn Hùng', 39, 58, 'Đồng chí Nguyễn Văn Hùng'],
    ]);
    expect(parts('Đ/c Trần Ngọc Tam, Đ/c Nguyễn Văn Hùng')).toEqual([
      ['Đ/c Trần Ngọc Tam', 0, 17, 'Đồng chí Trần Ngọc Tam'],
      ['Đ/c Nguyễn Văn Hùng', 19, 38, 'Đồng chí Nguyễn Văn Hùng'],
    ]);
    expect(parts('Đ/c Nguyễn Văn Hùng, phụ trách lĩnh vực Văn hóa')).toEqual([
      [
        'Đ/c Nguyễn Văn Hùng, phụ trách lĩnh vực Văn hóa',
        0,
        47,
        'Đồng chí Nguyễn Văn Hùng, phụ trách lĩnh vực Văn hóa',
      ],
    ]);
  });

  it('after a comma a capitalised word that starts no body continues the name, lower case only after a lower-case tail', () => {
    expect(parts('Hội Văn học, Nghệ thuật tỉnh')).toEqual([
      ['Hội Văn học, Nghệ thuật tỉnh', 0, 28, 'Hội Văn học, Nghệ thuật tỉnh'],
    ]);
    expect(parts('Bệnh viện Đa khoa tỉnh, Cơ sở 2')).toEqual([
      ['Bệnh viện Đa khoa tỉnh, Cơ sở 2', 0, 31, 'Bệnh viện Đa khoa tỉnh, Cơ sở 2'],
    ]);
    expect(parts('Sở Tài chính, 2 Ban Chỉ đạo')).toEqual([
      ['Sở Tài chính', 0, 12, 'Sở Tài chính'],
      ['2 Ban Chỉ đạo', 14, 27, '2 Ban Chỉ đạo'],
    ]);
    expect(parts('Sở GTVT, đơn vị liên quan')).toEqual([
      ['Sở GTVT', 0, 7, 'Sở GTVT'],
      ['đơn vị liên quan', 9, 25, 'đơn vị liên quan'],
    ]);
    expect(parts('Ban Chỉ đạo 389, Văn phòng')).toEqual([
      ['Ban Chỉ đạo 389', 0, 15, 'Ban Chỉ đạo 389'],
      ['Văn phòng', 17, 26, 'Văn phòng'],
    ]);
  });

  it('a glued dot between a position and its body is dropped from the expansion', () => {
    expect(parts('Các PCT. UBND tỉnh, Sở Tài chính')).toEqual([
      ['Các PCT. UBND tỉnh', 0, 18, 'Các Phó Chủ tịch Ủy ban nhân dân tỉnh'],
      ['Sở Tài chính', 20, 32, 'Sở Tài chính'],
    ]);
  });

  it('two plural collectives in a row share the qualifier of the second, a name before one does not', () => {
    expect(
      parts('Các ban đảng, đảng đoàn, các cơ quan, tổ chức có liên quan ở Trung ương'),
    ).toEqual([
      ['Các ban đảng, đảng đoàn', 0, 23, 'Các ban đảng, đảng đoàn ở Trung ương'],
      [
        'các cơ quan, tổ chức có liên quan ở Trung ương',
        25,
        71,
        'các cơ quan, tổ chức có liên quan ở Trung ương',
      ],
    ]);
    expect(parts('Các sở, ngành, UBND các huyện, thành phố')).toEqual([
      ['Các sở, ngành', 0, 13, 'Các sở, ngành các huyện, thành phố'],
      ['UBND các huyện, thành phố', 15, 40, 'Ủy ban nhân dân các huyện, thành phố'],
    ]);
    expect(parts('Sở Tài chính, các cơ quan, tổ chức có liên quan ở Trung ương')).toEqual([
      ['Sở Tài chính', 0, 12, 'Sở Tài chính'],
      [
        'các cơ quan, tổ chức có liên quan ở Trung ương',
        14,
        60,
        'các cơ quan, tổ chức có liên quan ở Trung ương',
      ],
    ]);
  });

  it('a shared "ủy" and "và" inside a collective keep each item', () => {
    expect(parts('Các huyện, thị, thành ủy, đảng ủy trực thuộc')).toEqual([
      [
        'Các huyện, thị, thành ủy, đảng ủy trực thuộc',
        0,
        44,
        'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc',
      ],
    ]);
    expect(parts('Các sở, ban và ngành')).toEqual([
      ['Các sở, ban và ngành', 0, 20, 'Các sở, ban và ngành'],
    ]);
    expect(parts('Tỉnh ủy, HĐND, UBND tỉnh Phú Thọ')).toEqual([
      ['Tỉnh ủy', 0, 7, 'Tỉnh ủy Phú Thọ'],
      ['HĐND', 9, 13, 'Hội đồng nhân dân tỉnh Phú Thọ'],
      ['UBND tỉnh Phú Thọ', 15, 32, 'Ủy ban nhân dân tỉnh Phú Thọ'],
    ]);
    expect(parts('Văn phòng Tỉnh ủy, Sở Tài chính')).toEqual([
      ['Văn phòng Tỉnh ủy', 0, 17, 'Văn phòng Tỉnh ủy'],
      ['Sở Tài chính', 19, 31, 'Sở Tài chính'],
    ]);
  });
});

describe('collectiveItems', () => {
  it('cuts at commas and "và", drops empty items and "các", shares the "ủy"', () => {
    expect(collectiveItems('Các huyện, thị, thành ủy,')).toEqual([
      'huyện ủy',
      'thị ủy',
      'thành ủy',
    ]);
    expect(collectiveItems('các huyện, các thị ủy')).toEqual(['huyện ủy', 'thị ủy']);
    expect(collectiveItems('huyện, , thị ủy')).toEqual(['huyện ủy', 'thị ủy']);
    expect(collectiveItems('Các huyện, thị, thành ủy và đảng ủy trực thuộc')).toEqual([
      'huyện ủy',
      'thị ủy',
      'thành ủy',
      'đảng ủy trực thuộc',
    ]);
  });
});

describe('cleanMention', () => {
  it('drops bullets, "Lưu", a purpose parenthesis and trailing punctuation', () => {
    expect(cleanMention(' - Lưu: Sở Tài chính (b/c);')).toBe('Sở Tài chính');
    expect(cleanMention('* Sở Xây dựng.')).toBe('Sở Xây dựng');
    expect(cleanMention('Lưu VT')).toBe('VT');
  });
});
