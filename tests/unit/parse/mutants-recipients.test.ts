/**
 * Nơi nhận blocks (issue 18): which lines a block takes and how they make items
 * (findRecipientBlocks, exact pieces), and how items become recipients through parseDocument
 * (mention, kind, purpose, its text, span; via / bracePurpose / role only where set).
 */
import { describe, expect, it } from 'vitest';
import { createResolver } from '../../../src/orgs/index.ts';
import { findAddressees } from '../../../src/parse/addressees.ts';
import { parseDocument, type Recipient } from '../../../src/parse/index.ts';
import { findRecipientBlocks } from '../../../src/parse/recipients.ts';
import { createSource } from '../../../src/parse/source.ts';
import { testRegistry } from './helpers.ts';

const blocks = (text: string) => {
  const src = createSource(text);
  return findRecipientBlocks(src, src.lines).map((b) => ({
    at: b.at,
    used: b.used,
    items: b.items.map((it) => ({ pieces: it.pieces, terminated: it.terminated })),
  }));
};
const row = (r: Recipient): unknown[] => {
  const out: unknown[] = [r.mention, r.kind, r.purpose, r.purposeText, r.span.start, r.span.end];
  if ('via' in r) out.push(`via ${r.via}`);
  if ('bracePurpose' in r) out.push(`brace ${r.bracePurpose}`);
  if ('role' in r) out.push(`role ${r.role}`);
  return out;
};
const items = (text: string) => {
  const doc = parseDocument(text, { registry: testRegistry() });
  return {
    recipients: doc.recipients.map(row),
    warnings: doc.warnings
      .filter((w) => /recipient|brace/.test(w.code))
      .map((w) => [w.code, w.message, w.quote]),
  };
};

const addressees = (text: string) => {
  const src = createSource(text);
  const found = findAddressees(src, src.lines);
  return found && { ...found, texts: found.ranges.map(([s, e]) => src.clean.slice(s, e)) };
};

describe('findRecipientBlocks: lines and items', () => {
  it('an em-indented bullet is read without its spaces', () => {
    expect(blocks('Nơi nhận:\n\u2003- Bộ Công an;\n- Lưu VT.')).toEqual([
      {
        at: 0,
        used: [0, 1, 2],
        items: [
          { pieces: [[13, 24]], terminated: true },
          { pieces: [[27, 34]], terminated: true },
        ],
      },
    ]);
  });

  it('a flattened block splits at ";-" without a space', () => {
    expect(blocks('Nơi nhận: Như trên;- Lưu: VT.')).toEqual([
      {
        at: 0,
        used: [0],
        items: [
          { pieces: [[10, 19]], terminated: true },
          { pieces: [[21, 29]], terminated: true },
        ],
      },
    ]);
  });

  it('"Nơi nhận:" alone on its line opens no item; an empty bullet opens none either', () => {
    expect(blocks('Nơi nhận:\n- Sở Tài chính;\n-\nSở Nội vụ;')).toEqual([
      {
        at: 0,
        used: [0, 1, 2, 3],
        items: [
          { pieces: [[12, 25]], terminated: true },
          { pieces: [[28, 38]], terminated: true },
        ],
      },
    ]);
  });

  it('without bullets, a closed item and a blank line end the block', () => {
    expect(blocks('Nơi nhận:\nBộ Công an;\n\nBộ Quốc phòng;\n\nLưu VT.')).toEqual([
      { at: 0, used: [0, 1], items: [{ pieces: [[10, 21]], terminated: true }] },
    ]);
  });

  it('an item left open by a comma goes on across two blank lines', () => {
    expect(blocks('Nơi nhận:\n- Ban Xây dựng Đảng,\n\n\nVăn phòng Đảng ủy;')).toEqual([
      {
        at: 0,
        used: [0, 1, 4],
        items: [
          {
            pieces: [
              [12, 30],
              [33, 51],
            ],
            terminated: true,
          },
        ],
      },
    ]);
  });

  it('an item left open by a comma does not go on across three blank lines', () => {
    expect(blocks('Nơi nhận:\n- Ban Xây dựng Đảng,\n\n\n\nVăn phòng Đảng ủy;')).toEqual([
      { at: 0, used: [0, 1], items: [{ pieces: [[12, 30]], terminated: true }] },
    ]);
  });

  it('an outline number ends the block', () => {
    expect(blocks('Nơi nhận:\nBộ Công an;\n1. Nhiệm vụ')).toEqual([
      { at: 0, used: [0, 1], items: [{ pieces: [[10, 21]], terminated: true }] },
    ]);
  });

  it('a second "Nơi nhận" opens a second block', () => {
    expect(blocks('Nơi nhận:\n- Bộ Công an;\nNơi nhận:\n- Bộ Tài chính;')).toEqual([
      { at: 0, used: [0, 1], items: [{ pieces: [[12, 23]], terminated: true }] },
      { at: 2, used: [2, 3], items: [{ pieces: [[36, 49]], terminated: true }] },
    ]);
  });

  it("a capitals title after a comma and a blank line is the signature column's", () => {
    // (a list of codes, "KTTH, PL;", is never the signature's: see recipient-classes.test.ts)
    expect(blocks('Nơi nhận:\n- Văn phòng Chính phủ, các Vụ, Cục: TH,\n\nPHÓ GIÁM ĐỐC')).toEqual([
      { at: 0, used: [0, 1], items: [{ pieces: [[12, 49]], terminated: true }] },
    ]);
  });

  it("a capitals line after an item with an inner comma is the signature's", () => {
    expect(blocks('Nơi nhận:\n- Thành ủy, UBND thành phố\nGIÁM ĐỐC')).toEqual([
      { at: 0, used: [0, 1], items: [{ pieces: [[12, 36]], terminated: false }] },
    ]);
  });

  it('a line after an item ending with a full stop goes on unless the item is the archive', () => {
    expect(blocks('Nơi nhận:\n- Trung tâm Lưu trữ quốc gia.\nBộ Công an;')).toEqual([
      {
        at: 0,
        used: [0, 1, 2],
        items: [
          {
            pieces: [
              [12, 39],
              [40, 51],
            ],
            terminated: true,
          },
        ],
      },
    ]);
  });

  it('the archive line with an inner full stop ("P.TH") goes on after its comma', () => {
    expect(blocks('Nơi nhận:\n- Bộ Công an;\n- Lưu: VT, P.TH,\nphòng KT.')).toEqual([
      {
        at: 0,
        used: [0, 1, 2, 3],
        items: [
          { pieces: [[12, 23]], terminated: true },
          {
            pieces: [
              [26, 40],
              [41, 50],
            ],
            terminated: true,
          },
        ],
      },
    ]);
  });

  it('a capitalised line after a blank ends an unterminated item', () => {
    expect(blocks('Nơi nhận:\n- Ban Tuyên giáo Tỉnh ủy\n\nBộ Quốc phòng')).toEqual([
      { at: 0, used: [0, 1], items: [{ pieces: [[12, 34]], terminated: false }] },
    ]);
  });

  it('a lower-case line after a blank goes on', () => {
    expect(blocks('Nơi nhận:\n- Ban Tuyên giáo Tỉnh ủy\n\nvà các đảng ủy trực thuộc;')).toEqual([
      {
        at: 0,
        used: [0, 1, 3],
        items: [
          {
            pieces: [
              [12, 34],
              [36, 62],
            ],
            terminated: true,
          },
        ],
      },
    ]);
  });

  it('a capitalised line right after an unterminated item goes on', () => {
    expect(blocks('Nơi nhận:\n- Ban Tuyên giáo\nTỉnh ủy Lạng Sơn;')).toEqual([
      {
        at: 0,
        used: [0, 1, 2],
        items: [
          {
            pieces: [
              [12, 26],
              [27, 44],
            ],
            terminated: true,
          },
        ],
      },
    ]);
  });

  it('an inner comma does not carry an item across a blank', () => {
    expect(blocks('Nơi nhận:\n- Thành ủy, UBND thành phố\n\nSở Tài chính;')).toEqual([
      { at: 0, used: [0, 1], items: [{ pieces: [[12, 36]], terminated: false }] },
    ]);
  });

  it('"Đã ký" lines, with or without parentheses, are the signature\'s', () => {
    expect(blocks('Nơi nhận:\n- Bộ Công an;\n( Đã ký )\n- Đã ký\n- Lưu VT.')).toEqual([
      {
        at: 0,
        used: [0, 1, 3, 4],
        items: [
          { pieces: [[12, 23]], terminated: true },
          { pieces: [[44, 51]], terminated: true },
        ],
      },
    ]);
  });

  it('a signature line before the first item is skipped', () => {
    expect(blocks('Nơi nhận:\nGIÁM ĐỐC\nBộ Công an;')).toEqual([
      { at: 0, used: [0, 2], items: [{ pieces: [[19, 30]], terminated: true }] },
    ]);
  });
  it('a ";" inside a line does not close its item', () => {
    expect(blocks('Nơi nhận:\n- Ban Tuyên giáo;Ban Dân vận\nTỉnh ủy Lạng Sơn;')).toEqual([
      {
        at: 0,
        used: [0, 1, 2],
        items: [
          {
            pieces: [
              [12, 38],
              [39, 56],
            ],
            terminated: true,
          },
        ],
      },
    ]);
  });
});

describe('readRecipients: items to recipients', () => {
  it('a next line with its own purpose is a whole recipient, and so is the line with one', () => {
    expect(
      items(
        'Nơi nhận:\n- Ban Bí thư Trung ương\n- Bộ Công an (để báo cáo)\n- Bộ Quốc phòng;\n- Bộ Tài chính;\n- Lưu VT.',
      ),
    ).toEqual({
      recipients: [
        ['Ban Bí thư Trung ương', 'organization', null, null, 12, 33],
        ['Bộ Công an', 'organization', 'báo cáo', '(để báo cáo)', 36, 46],
        ['Bộ Quốc phòng', 'organization', null, null, 62, 75],
        ['Bộ Tài chính', 'organization', null, null, 79, 91],
        ['VT', 'organization', 'lưu', 'Lưu', 99, 101],
      ],
      warnings: [],
    });
  });

  it('parentheses without a purpose do not stop a two-line join', () => {
    expect(
      items(
        'Nơi nhận:\n- Ban Bí thư Trung ương\n- Đảng ủy Khối (qua Ban Tuyên giáo)\n- Bộ Quốc phòng;\n- Bộ Tài chính;\n- Lưu VT.',
      ),
    ).toEqual({
      recipients: [
        [
          'Ban Bí thư Trung ương\n- Đảng ủy Khối (qua Ban Tuyên giáo)\n- Bộ Quốc phòng',
          'organization',
          null,
          null,
          12,
          85,
        ],
        ['Bộ Tài chính', 'organization', null, null, 89, 101],
        ['VT', 'organization', 'lưu', 'Lưu', 109, 111],
      ],
      warnings: [],
    });
  });

  it('a recipient over three lines is joined whole', () => {
    expect(
      items(
        'Nơi nhận:\n- Ban Chấp hành\n- Đảng bộ Khối\n- Doanh nghiệp Trung ương;\n- Bộ Công an;\n- Bộ Quốc phòng;\n- Bộ Tài chính;\n- Lưu VT.',
      ),
    ).toEqual({
      recipients: [
        [
          'Ban Chấp hành\n- Đảng bộ Khối\n- Doanh nghiệp Trung ương',
          'organization',
          null,
          null,
          12,
          66,
        ],
        ['Bộ Công an', 'organization', null, null, 70, 80],
        ['Bộ Quốc phòng', 'organization', null, null, 84, 97],
        ['Bộ Tài chính', 'organization', null, null, 101, 113],
        ['VT', 'organization', 'lưu', 'Lưu', 121, 123],
      ],
      warnings: [],
    });
  });

  it('lines are joined when 60 % of the items are terminated', () => {
    expect(
      items(
        'Nơi nhận:\n- Ban Bí thư Trung ương\n- Đoàn Thanh niên Cộng sản Hồ Chí Minh;\n- Bộ Công an\n- Bộ Quốc phòng;\n- Lưu VT.',
      ),
    ).toEqual({
      recipients: [
        [
          'Ban Bí thư Trung ương\n- Đoàn Thanh niên Cộng sản Hồ Chí Minh',
          'organization',
          null,
          null,
          12,
          72,
        ],
        ['Bộ Công an\n- Bộ Quốc phòng', 'organization', null, null, 76, 102],
        ['VT', 'organization', 'lưu', 'Lưu', 110, 112],
      ],
      warnings: [],
    });
  });

  it('lines are not joined when half of the items are terminated', () => {
    expect(
      items(
        'Nơi nhận:\n- Ban Bí thư Trung ương\n- Đoàn Thanh niên Cộng sản Hồ Chí Minh;\n- Bộ Công an\n- Lưu VT.',
      ),
    ).toEqual({
      recipients: [
        ['Ban Bí thư Trung ương', 'organization', null, null, 12, 33],
        ['Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'organization', null, null, 36, 72],
        ['Bộ Công an', 'organization', null, null, 76, 86],
        ['VT', 'organization', 'lưu', 'Lưu', 93, 95],
      ],
      warnings: [],
    });
  });

  it('a next line in lower case is not joined', () => {
    expect(
      items('Nơi nhận:\n- Ban Tuyên giáo\n- các Ban của Tỉnh ủy;\n- Bộ Công an;\n- Lưu VT.'),
    ).toEqual({
      recipients: [
        ['Ban Tuyên giáo', 'organization', null, null, 12, 26],
        ['các Ban của Tỉnh ủy', 'group', null, null, 29, 48],
        ['Bộ Công an', 'organization', null, null, 52, 62],
        ['VT', 'organization', 'lưu', 'Lưu', 70, 72],
      ],
      warnings: [],
    });
  });

  it('a line with a brace after its text is an item, not a brace', () => {
    expect(items('Nơi nhận:\n- Bộ Công an\n- Bộ Quốc phòng }\n- Bộ Tài chính;\n- Lưu VT.')).toEqual(
      {
        recipients: [
          ['Bộ Công an', 'organization', null, null, 12, 22],
          ['Bộ Quốc phòng }', 'organization', null, null, 25, 40],
          ['Bộ Tài chính', 'organization', null, null, 43, 55],
          ['VT', 'organization', 'lưu', 'Lưu', 63, 65],
        ],
        warnings: [],
      },
    );
  });

  it('a line with a brace after its text is joined like any other', () => {
    expect(
      items('Nơi nhận:\n- Bộ Công an\n- Bộ Quốc phòng }\n- Bộ Tài chính;\n- Bộ Nội vụ;\n- Lưu VT.'),
    ).toEqual({
      recipients: [
        ['Bộ Công an\n- Bộ Quốc phòng }\n- Bộ Tài chính', 'organization', null, null, 12, 55],
        ['Bộ Nội vụ', 'organization', null, null, 59, 68],
        ['VT', 'organization', 'lưu', 'Lưu', 76, 78],
      ],
      warnings: [],
    });
  });

  it('each brace reaches the lines since the last one, and only those without a purpose', () => {
    expect(
      items(
        'Nơi nhận:\n- Bộ Công an;\n- Bộ Quốc phòng (t/h);\n} (để b/c)\n- Bộ Tài chính;\n} (để biết)\n- Sở Nội vụ;\n} (xem xét)\n- Lưu VT.',
      ),
    ).toEqual({
      recipients: [
        ['Bộ Công an', 'organization', null, null, 12, 22, 'brace báo cáo'],
        ['Bộ Quốc phòng', 'organization', 'thực hiện', '(t/h)', 26, 39],
        ['Bộ Tài chính', 'organization', null, null, 60, 72, 'brace để biết'],
        ['Sở Nội vụ', 'organization', null, null, 88, 97],
      ],
      warnings: [
        [
          'brace-reach-lost',
          'a brace gives the purpose "báo cáo" to lines above it, but which lines is lost; not applied',
          '} (để b/c)',
        ],
        [
          'brace-reach-lost',
          'a brace gives the purpose "để biết" to lines above it, but which lines is lost; not applied',
          '} (để biết)',
        ],
        [
          'brace-reach-lost',
          'a brace gives the purpose "} (xem xét) Lưu VT" to lines above it, but which lines is lost; not applied',
          '} (xem xét)\n- Lưu VT',
        ],
      ],
    });
  });

  it('a recipient listed twice is kept once, with a warning', () => {
    expect(items('Nơi nhận:\n- Bộ Công an;\n- Bộ Công an;\n- Lưu VT.')).toEqual({
      recipients: [
        ['Bộ Công an', 'organization', null, null, 12, 22],
        ['VT', 'organization', 'lưu', 'Lưu', 44, 46],
      ],
      warnings: [['duplicate-recipient', '"Bộ Công an" is listed twice; kept once', 'Bộ Công an']],
    });
  });

  it('"Như trên" without addressees is one generic recipient', () => {
    expect(items('Nơi nhận:\n- Như trên;\n- Lưu: VT.')).toEqual({
      recipients: [
        ['Như trên', 'generic', 'thực hiện', null, 12, 20, 'via như trên'],
        ['VT', 'organization', 'lưu', 'Lưu:', 29, 31],
      ],
      warnings: [],
    });
  });

  it('"Như trên" is the addressees only when it is the whole item', () => {
    expect(
      items(
        'Kính gửi: Sở Tài chính\n\nNội dung.\n\nNơi nhận:\n- Như trên (để thực hiện);\n- Các đơn vị như trên;\n- Như trên và Văn phòng;\n- Lưu: VT.',
      ),
    ).toEqual({
      recipients: [
        ['Như trên', 'organization', 'thực hiện', '(để thực hiện)', 47, 55, 'via như trên'],
        ['Các đơn vị như trên', 'group', null, null, 74, 93],
        ['Như trên', 'organization', null, null, 97, 105],
        ['Văn phòng', 'organization', null, null, 109, 118],
        ['VT', 'organization', 'lưu', 'Lưu:', 127, 129],
      ],
      warnings: [],
    });
  });

  it('"Lưu" is the archive only at the start, with or without a colon and spaces', () => {
    expect(
      items('Nơi nhận:\n- Trung tâm Lưu trữ lịch sử;\n- Lưu : VT;\n- Lưu:HC;\n- Lưu VP.'),
    ).toEqual({
      recipients: [
        ['Trung tâm Lưu trữ lịch sử', 'organization', null, null, 12, 37],
        ['VT', 'organization', 'lưu', 'Lưu :', 47, 49],
        ['HC', 'organization', 'lưu', 'Lưu:', 57, 59],
        ['VP', 'organization', 'lưu', 'Lưu', 67, 69],
      ],
      warnings: [],
    });
  });

  it('"Đăng …" is a publication, "Đảng ủy" is not', () => {
    expect(
      items(
        'Nơi nhận:\n- Đăng tải trên Cổng thông tin Đảng ủy Khối;\n- Đăng website Sở;\n- Đảng ủy Khối;\n- Lưu VT.',
      ),
    ).toEqual({
      recipients: [
        ['Đăng tải trên Cổng thông tin Đảng ủy Khối', 'publication', 'đăng tải', null, 12, 53],
        ['Đăng website Sở', 'publication', 'đăng tải', null, 57, 72],
        ['Đảng ủy Khối', 'organization', null, null, 76, 88],
        ['VT', 'organization', 'lưu', 'Lưu', 96, 98],
      ],
      warnings: [],
    });
  });

  it('a person with a role and one without', () => {
    expect(
      items(
        'Nơi nhận:\n- Đ/c Trần Ngọc Tam, Phó Bí thư Tỉnh ủy;\n- Đồng chí Lê Văn Hòa;\n- Lưu VT.',
      ),
    ).toEqual({
      recipients: [
        [
          'Đ/c Trần Ngọc Tam, Phó Bí thư Tỉnh ủy',
          'person',
          null,
          null,
          12,
          49,
          'role Phó Bí thư Tỉnh ủy',
        ],
        ['Đồng chí Lê Văn Hòa', 'person', null, null, 53, 72],
        ['VT', 'organization', 'lưu', 'Lưu', 80, 82],
      ],
      warnings: [],
    });
  });

  it('all trailing separators of an item are dropped ("..")', () => {
    expect(items('Nơi nhận:\n- Bộ Công an (để báo cáo)..\n- Lưu: VT, TH..')).toEqual({
      recipients: [
        ['Bộ Công an', 'organization', 'báo cáo', '(để báo cáo)', 12, 22],
        ['VT', 'organization', 'lưu', 'Lưu:', 45, 47],
        ['TH', 'organization', 'lưu', 'Lưu:', 49, 51],
      ],
      warnings: [],
    });
  });
});

describe('codedRecipients: office codes', () => {
  it("a code resolved to another body of the table's name keeps the table's name, unresolved", () => {
    const registry = testRegistry();
    const text =
      'VĂN PHÒNG CHÍNH PHỦ\n\nSố: 1/VPCP-TH\n\nNơi nhận:\n- VPCP: BTCN, các Vụ: TH,\nKTTH, PL;\n- Lưu: VT.\n';
    const doc = parseDocument(text, { registry, resolve: createResolver(registry) });
    expect(
      doc.recipients.map((r) => [r.mention, r.name, r.resolution?.kind ?? null, 'rule' in r]),
    ).toEqual([
      ['BTCN', 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ', 'unresolved', true],
      ['TH', 'Vụ Tổng hợp', null, false],
      ['KTTH', 'Vụ Kinh tế tổng hợp', 'unresolved', true],
      ['PL', 'Vụ Pháp luật', 'unresolved', true],
      ['VT', 'Văn thư', 'unresolved', true],
    ]);
  });
});

describe('findAddressees: the lines after "Kính gửi"', () => {
  it('a list ending the text', () => {
    expect(addressees('Kính gửi:\n- Sở Tài chính;\n- Sở Nội vụ.')).toEqual({
      used: [0, 1, 2],
      ranges: [
        [12, 25],
        [28, 38],
      ],
      texts: ['Sở Tài chính;', 'Sở Nội vụ.'],
    });
  });

  it('a blank line before the bullets is passed', () => {
    expect(addressees('Kính gửi:\n\n- Sở Tài chính;\n- Sở Nội vụ.\n\nNội dung.')).toEqual({
      used: [0, 2, 3],
      ranges: [
        [13, 26],
        [29, 39],
      ],
      texts: ['Sở Tài chính;', 'Sở Nội vụ.'],
    });
  });

  it('a blank line before an addressee without a bullet is passed', () => {
    expect(addressees('Kính gửi:\n\nSở Tài chính\n\nNội dung.')).toEqual({
      used: [0, 2],
      ranges: [[11, 23]],
      texts: ['Sở Tài chính'],
    });
  });

  it('a blank line after the addressees ends them unless a bullet follows', () => {
    expect(addressees('Kính gửi: Sở Tài chính;\n\nNội dung.')).toEqual({
      used: [0],
      ranges: [[10, 23]],
      texts: ['Sở Tài chính;'],
    });
  });

  it('blank lines, and a line of spaces, before a further bullet are passed', () => {
    expect(
      addressees('Kính gửi: Sở Tài chính;\n\n\u2003\n\n\u2003- Sở Nội vụ.\n\nNội dung.'),
    ).toEqual({
      used: [0, 4],
      ranges: [
        [10, 23],
        [31, 41],
      ],
      texts: ['Sở Tài chính;', 'Sở Nội vụ.'],
    });
  });

  it('a line with an inner ";" does not open a list without bullets', () => {
    expect(addressees('Kính gửi: Sở Tài chính; Sở Nội vụ\nNội dung.')).toEqual({
      used: [0],
      ranges: [[10, 33]],
      texts: ['Sở Tài chính; Sở Nội vụ'],
    });
  });
});
