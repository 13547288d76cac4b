/**
 * Tests that kill the surviving mutants of src/parse/signature.ts (issue 18): signature blocks
 * written with "__" emphasis, title-only blocks near and far from the end, the window of written
 * lines, a deputy's title run into the authority line, bullets and copy marks inside the block,
 * and what is not a block at all. Every expected value, span included, is read off the text by
 * hand (docs/labelling.md: the signer is the name under the block; null when there is none).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { parseSignature } from '../../../src/parse/signature.ts';
import { createSource } from '../../../src/parse/source.ts';

const sign = (text: string) => {
  const src = createSource(text);
  return parseSignature(src, src.lines);
};

/** The span and quote of text[from, the end of `last`), both found by their first occurrence. */
const quoted = (text: string, from: string, last: string) => {
  const start = text.indexOf(from);
  const end = text.indexOf(last, start) + last.length;
  return { span: { start, end }, quote: text.slice(start, end) };
};

const annex = (n: number) => Array.from({ length: n }, (_, i) => `Dòng ${i + 1} của phụ lục.`);

describe('title-only blocks', () => {
  it('reads "__" emphasis off the title and the name, spans on the words', () => {
    const text = 'Nội dung.\n\n__BÍ THƯ__\n\n__Trần Hải Châu__\n';
    const r = sign(text);
    expect(r).toEqual({
      signer: {
        name: 'Trần Hải Châu',
        capacity: null,
        onBehalfOf: null,
        authorities: [],
        title: 'Bí thư',
        ...quoted(text, 'BÍ THƯ', 'Trần Hải Châu'),
      },
      onBehalfOfRange: null,
      used: [2, 4],
    });
  });

  it('reads emphasis marks set apart by a space', () => {
    const text = 'Nội dung.\n\n_ BÍ THƯ _\n\n_ Trần Hải Châu _\n';
    expect(sign(text)?.signer).toEqual({
      name: 'Trần Hải Châu',
      capacity: null,
      onBehalfOf: null,
      authorities: [],
      title: 'Bí thư',
      ...quoted(text, 'BÍ THƯ', 'Trần Hải Châu'),
    });
  });

  it('far from the end, a title opens the block when an emphasised name follows it', () => {
    const text = ['Nội dung.', '', 'BÍ THƯ', '', '__Trần Hải Châu__', ...annex(45)].join('\n');
    expect(sign(text)?.signer).toEqual({
      name: 'Trần Hải Châu',
      capacity: null,
      onBehalfOf: null,
      authorities: [],
      title: 'Bí thư',
      ...quoted(text, 'BÍ THƯ', 'Trần Hải Châu'),
    });
  });

  it('a title followed only by blank lines is no block', () => {
    expect(sign(`Nội dung.\n\nCHỦ TỊCH${'\n'.repeat(45)}`)).toBeNull();
  });

  it('a lone title line near the end, without a name, is no block', () => {
    expect(sign('Nội dung.\n\nCHỦ TỊCH\n')).toBeNull();
  });

  it('near the end, a title opens the block even when a seal note comes before the name', () => {
    const text = 'Nội dung.\n\nGIÁM ĐỐC\n\n(Đã ký)\n\nNguyễn Văn An\n';
    expect(sign(text)).toEqual({
      signer: {
        name: 'Nguyễn Văn An',
        capacity: null,
        onBehalfOf: null,
        authorities: [],
        title: 'Giám đốc',
        ...quoted(text, 'GIÁM ĐỐC', 'Nguyễn Văn An'),
      },
      onBehalfOfRange: null,
      used: [2, 4, 6],
    });
  });

  it('"near the end" counts the 40 last lines, the title line included', () => {
    // 42 lines: the title is line 2, exactly 40 lines before the end
    const lines = ['Nội dung.', '', 'GIÁM ĐỐC', '(Đã ký)', 'Nguyễn Văn An', ...annex(37)];
    expect(lines).toHaveLength(42);
    const text = lines.join('\n');
    expect(sign(text)?.signer).toEqual({
      name: 'Nguyễn Văn An',
      capacity: null,
      onBehalfOf: null,
      authorities: [],
      title: 'Giám đốc',
      ...quoted(text, 'GIÁM ĐỐC', 'Nguyễn Văn An'),
    });
  });

  it('far from the end, a role with its duties and then a name is no block', () => {
    const text = ['Nội dung.', '', 'PHÓ CHỦ TỊCH', 'phụ trách khối kinh tế', 'Lê Văn Bình']
      .concat(annex(45))
      .join('\n');
    expect(sign(text)).toBeNull();
  });

  it('a capitals heading that is no title, then a list of names, is no block', () => {
    expect(sign('Nội dung.\n\nTHÀNH PHẦN TỔ CÔNG TÁC\nNguyễn Văn An\nLê Thị Bình\n')).toBeNull();
  });

  it('a heading of 60 characters that starts with a title is no title line', () => {
    const heading = 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÂN CÔNG NHIỆM VỤ CÁC ỦY VIÊN';
    expect(heading).toHaveLength(60);
    expect(sign(`Nội dung.\n\n${heading}\nNguyễn Văn An\n`)).toBeNull();
  });

  it('opens at the very first line', () => {
    const text = 'BÍ THƯ\n\nTrần Hải Châu';
    expect(sign(text)?.signer).toEqual({
      name: 'Trần Hải Châu',
      capacity: null,
      onBehalfOf: null,
      authorities: [],
      title: 'Bí thư',
      span: { start: 0, end: text.length },
      quote: text,
    });
  });

  it('a name alone, with no title or authority above it, is no block', () => {
    expect(sign('Nội dung.\nNguyễn Văn An')).toBeNull();
  });
});

describe('blocks with an authority', () => {
  it('an authority on the very first line', () => {
    const text = 'T/M BAN THƯỜNG VỤ\nBÍ THƯ\nTrần Hải Châu';
    expect(sign(text)).toEqual({
      signer: {
        name: 'Trần Hải Châu',
        capacity: 'T/M',
        onBehalfOf: 'Ban Thường vụ',
        authorities: [{ capacity: 'T/M', of: 'Ban Thường vụ' }],
        title: 'Bí thư',
        span: { start: 0, end: text.length },
        quote: text,
      },
      onBehalfOfRange: [4, 17],
      used: [0, 1, 2],
    });
  });

  it('skips a portal\'s "NGƯỜI KÝ: …" line after the block', () => {
    const text =
      'Nội dung.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nTrần Hải Châu\n\nNGƯỜI KÝ: Trần Hải Châu\n';
    expect(sign(text)).toEqual({
      signer: {
        name: 'Trần Hải Châu',
        capacity: 'T/M',
        onBehalfOf: 'Ban Thường vụ',
        authorities: [{ capacity: 'T/M', of: 'Ban Thường vụ' }],
        title: 'Bí thư',
        ...quoted(text, 'T/M', 'Trần Hải Châu'),
      },
      onBehalfOfRange: [text.indexOf('BAN THƯỜNG'), text.indexOf('BAN THƯỜNG') + 13],
      used: [2, 3, 5],
    });
  });

  it("splits a deputy's title run into the authority line off its object", () => {
    const text = 'Nội dung.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH PHÓ CHỦ TỊCH\n\nNguyễn Văn An\n';
    const of = text.indexOf('ỦY BAN');
    expect(sign(text)).toEqual({
      signer: {
        name: 'Nguyễn Văn An',
        capacity: 'KT.',
        onBehalfOf: 'Ủy ban nhân dân',
        authorities: [
          { capacity: 'TM.', of: 'Ủy ban nhân dân' },
          { capacity: 'KT.', of: 'Chủ tịch' },
        ],
        title: 'Phó Chủ tịch',
        ...quoted(text, 'TM.', 'Nguyễn Văn An'),
      },
      onBehalfOfRange: [of, of + 'ỦY BAN NHÂN DÂN'.length],
      used: [2, 3, 5],
    });
  });

  it('joins two title lines with a space', () => {
    const text = 'Nội dung.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nTHƯỜNG TRỰC\n\nNguyễn Văn An\n';
    expect(sign(text)?.signer).toEqual({
      name: 'Nguyễn Văn An',
      capacity: 'T/M',
      onBehalfOf: 'Ban Thường vụ',
      authorities: [{ capacity: 'T/M', of: 'Ban Thường vụ' }],
      title: 'Phó Bí thư Thường trực',
      ...quoted(text, 'T/M', 'Nguyễn Văn An'),
    });
  });

  it('keeps a place name with a dash in the authority and the title', () => {
    const text =
      'Nội dung.\n\nTM. ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU\nCHỦ TỊCH\n\nNguyễn Văn An\n';
    expect(sign(text)?.signer).toEqual({
      name: 'Nguyễn Văn An',
      capacity: 'TM.',
      onBehalfOf: 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu',
      authorities: [{ capacity: 'TM.', of: 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu' }],
      title: 'Chủ tịch',
      ...quoted(text, 'TM.', 'Nguyễn Văn An'),
    });
  });

  it('skips recipient bullets in capitals that a scraped table put inside the block', () => {
    const text =
      'Nội dung.\n\nT/M BAN THƯỜNG VỤ\n- BTV TỈNH ỦY;\nBÍ THƯ\n- LƯU VP.\n\nTrần Nhật Quang\n';
    expect(sign(text)).toEqual({
      signer: {
        name: 'Trần Nhật Quang',
        capacity: 'T/M',
        onBehalfOf: 'Ban Thường vụ',
        authorities: [{ capacity: 'T/M', of: 'Ban Thường vụ' }],
        title: 'Bí thư',
        ...quoted(text, 'T/M', 'Trần Nhật Quang'),
      },
      onBehalfOfRange: [text.indexOf('BAN THƯỜNG'), text.indexOf('BAN THƯỜNG') + 13],
      used: [2, 4, 7],
    });
  });

  it('skips a "SAO LỤC" copy mark inside the block', () => {
    const text = 'Nội dung.\n\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nSAO LỤC\n\nNguyễn Quang Huy\n';
    expect(sign(text)?.signer.title).toBe('Chánh Văn phòng');
    expect(sign(text)?.used).toEqual([2, 3, 6]);
  });

  it('keeps the capacity of an authority line without its object, and no object', () => {
    const text = 'Nội dung.\n\nKT.\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n';
    expect(sign(text)).toEqual({
      signer: {
        name: 'Nguyễn Văn An',
        capacity: 'KT.',
        onBehalfOf: null,
        authorities: [{ capacity: 'KT.', of: null }],
        title: 'Phó Chủ tịch',
        ...quoted(text, 'KT.', 'Nguyễn Văn An'),
      },
      onBehalfOfRange: null,
      used: [2, 3, 5],
    });
  });

  it('skips a "TRÍCH SAO" copy mark inside the block', () => {
    const text = 'Nội dung.\n\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nTRÍCH SAO\n\nNguyễn Quang Huy\n';
    expect(sign(text)?.signer.title).toBe('Chánh Văn phòng');
    expect(sign(text)?.used).toEqual([2, 3, 6]);
  });

  it('takes no capitals line of 80 characters or more as a title', () => {
    const long = `BAN CHỈ ĐẠO CUỘC VẬN ĐỘNG TOÀN DÂN ĐOÀN KẾT XÂY DỰNG ĐỜI SỐNG VĂN HÓA KHU DÂN CƯ`;
    expect(long).toHaveLength(80);
    const text = `Nội dung.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n${long}\n\nTrần Hải Châu\n`;
    expect(sign(text)?.signer).toEqual({
      name: 'Trần Hải Châu',
      capacity: 'T/M',
      onBehalfOf: 'Ban Thường vụ',
      authorities: [{ capacity: 'T/M', of: 'Ban Thường vụ' }],
      title: 'Bí thư',
      ...quoted(text, 'T/M', 'Trần Hải Châu'),
    });
  });
});

describe('the window of written lines', () => {
  it('does not count the blank lines of the signing space', () => {
    const text = `Nội dung.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ${'\n'.repeat(20)}Trần Hải Châu\n`;
    expect(sign(text)?.signer).toMatchObject({
      name: 'Trần Hải Châu',
      ...quoted(text, 'T/M', 'Trần Hải Châu'),
    });
  });

  it('reads 16 written lines: a name on the 17th belongs to no block', () => {
    const prose = Array.from({ length: 15 }, (_, i) => `câu thứ ${i + 1} của phần sau.`);
    const text = ['Nội dung.', '', 'T/M BAN THƯỜNG VỤ', ...prose, 'Trần Hải Châu'].join('\n');
    expect(sign(text)?.signer).toEqual({
      name: null,
      capacity: 'T/M',
      onBehalfOf: 'Ban Thường vụ',
      authorities: [{ capacity: 'T/M', of: 'Ban Thường vụ' }],
      title: null,
      ...quoted(text, 'T/M', 'T/M BAN THƯỜNG VỤ'),
    });
    // one written line fewer: the name is the 16th and closes the block
    const near = ['Nội dung.', '', 'T/M BAN THƯỜNG VỤ', ...prose.slice(1), 'Trần Hải Châu'];
    expect(sign(near.join('\n'))?.signer.name).toBe('Trần Hải Châu');
  });
});

describe('spans past emphasis marks', () => {
  it('an emphasised authority chain and name', () => {
    const text = 'Nội dung.\n\n__TM. ỦY BAN NHÂN DÂN__\n__CHỦ TỊCH__\n\n__Nguyễn Văn An__\n';
    const of = text.indexOf('ỦY BAN');
    expect(sign(text)).toEqual({
      signer: {
        name: 'Nguyễn Văn An',
        capacity: 'TM.',
        onBehalfOf: 'Ủy ban nhân dân',
        authorities: [{ capacity: 'TM.', of: 'Ủy ban nhân dân' }],
        title: 'Chủ tịch',
        ...quoted(text, 'TM.', 'Nguyễn Văn An'),
      },
      onBehalfOfRange: [of, of + 'ỦY BAN NHÂN DÂN'.length],
      used: [2, 3, 5],
    });
  });

  it('an emphasised authority chain without a name ends at its last line', () => {
    const text = 'Nội dung.\n\n__TM. ỦY BAN NHÂN DÂN__\n__CHỦ TỊCH__\n';
    expect(sign(text)?.signer).toEqual({
      name: null,
      capacity: 'TM.',
      onBehalfOf: 'Ủy ban nhân dân',
      authorities: [{ capacity: 'TM.', of: 'Ủy ban nhân dân' }],
      title: 'Chủ tịch',
      ...quoted(text, 'TM.', 'CHỦ TỊCH'),
    });
  });

  it('a title line with a digit is not read as the title; the block starts at the name', () => {
    // the digit rule keeps phone numbers out of the title; here it also drops "Chi bộ 3"
    const text = 'Nội dung.\n\nBÍ THƯ CHI BỘ 3\n\n__Nguyễn Văn An__\n';
    expect(sign(text)).toEqual({
      signer: {
        name: 'Nguyễn Văn An',
        capacity: null,
        onBehalfOf: null,
        authorities: [],
        title: null,
        ...quoted(text, 'Nguyễn Văn An', 'Nguyễn Văn An'),
      },
      onBehalfOfRange: null,
      used: [4],
    });
  });

  it('an emphasised seal note closes a block without a name', () => {
    const text = 'Nội dung.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n__(Đã ký)__\n';
    expect(sign(text)?.signer).toEqual({
      name: null,
      capacity: 'TM.',
      onBehalfOf: 'Ủy ban nhân dân',
      authorities: [{ capacity: 'TM.', of: 'Ủy ban nhân dân' }],
      title: 'Chủ tịch',
      ...quoted(text, 'TM.', '(Đã ký)'),
    });
  });

  it('an emphasised block flattened onto one line, under an outer authority', () => {
    const text = 'Nội dung.\n\nTM. ỦY BAN NHÂN DÂN\n__KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Hồng Hà__\n';
    const of = text.indexOf('ỦY BAN');
    expect(sign(text)).toEqual({
      signer: {
        name: 'Trần Hồng Hà',
        capacity: 'KT.',
        onBehalfOf: 'Ủy ban nhân dân',
        authorities: [
          { capacity: 'TM.', of: 'Ủy ban nhân dân' },
          { capacity: 'KT.', of: 'Chủ tịch' },
        ],
        title: 'Phó Chủ tịch',
        ...quoted(text, 'TM.', 'Trần Hồng Hà'),
      },
      onBehalfOfRange: [of, of + 'ỦY BAN NHÂN DÂN'.length],
      used: [2, 3],
    });
  });

  it('an emphasised flattened block alone, its outer range past the marks', () => {
    const text = 'Nội dung.\n\n__KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn An__\n';
    const of = text.indexOf('CHỦ TỊCH');
    expect(sign(text)).toEqual({
      signer: {
        name: 'Lê Văn An',
        capacity: 'KT.',
        onBehalfOf: 'Chủ tịch',
        authorities: [{ capacity: 'KT.', of: 'Chủ tịch' }],
        title: 'Phó Chủ tịch',
        ...quoted(text, 'KT.', 'Lê Văn An'),
      },
      onBehalfOfRange: [of, of + 'CHỦ TỊCH'.length],
      used: [2],
    });
  });
});

describe('the issuer from a flattened signature', () => {
  it('"T/M BAN BÍ THƯ Trần Cẩm Tú" on one line: the issuer is the collective, not the name', () => {
    const text =
      'ĐẢNG CỘNG SẢN VIỆT NAM\n\nCHỈ THỊ\nvề tăng cường công tác\n\n1. Các cấp ủy tổ chức thực hiện.\n\nT/M BAN BÍ THƯ Trần Cẩm Tú\n';
    const start = text.indexOf('BAN BÍ THƯ');
    expect(parseDocument(text).document.issuer).toEqual({
      name: 'Ban Bí thư',
      mention: 'BAN BÍ THƯ',
      expanded: 'Ban Bí thư',
      kind: 'organization',
      span: { start, end: start + 'BAN BÍ THƯ'.length },
      quote: 'BAN BÍ THƯ',
      source: 'signature',
    });
  });
});
