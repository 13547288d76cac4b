import { describe, expect, it } from 'vitest';
import { parseDocument, type Recipient } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

const row = (r: Recipient) => [r.mention, r.purpose, r.span.start, r.span.end];

describe('recipients: blocks as they arrive', () => {
  it.each([
    {
      name: 'a markdown "__Nơi nhận__:" heading opens the block',
      text: '__Nơi nhận__:\n- Ban Bí thư (để báo cáo),\n- Lưu Văn phòng.',
      want: [
        ['Ban Bí thư', 'báo cáo', 16, 26],
        ['Văn phòng', 'lưu', 47, 56],
      ],
    },
    {
      name: 'a bold "**Nơi nhận:**" heading opens the block',
      text: '**Nơi nhận:**\n- Sở Tài chính;\n- Lưu: VT.',
      want: [
        ['Sở Tài chính', null, 16, 28],
        ['VT', 'lưu', 37, 39],
      ],
    },
    {
      name: 'a line with its own purpose in markup is a whole recipient, never joined',
      text: 'Nơi nhận:\n- Văn phòng Chính phủ\n- Bộ Công an *(để báo cáo)*\n- Thường trực Tỉnh ủy *(để báo cáo)*\n- Chủ tịch UBND tỉnh;\n- Sở Tài chính;\n- Lưu: VT.',
      want: [
        ['Văn phòng Chính phủ', null, 12, 31],
        ['Bộ Công an', 'báo cáo', 34, 44],
        ['Thường trực Tỉnh ủy', 'báo cáo', 62, 81],
        ['Chủ tịch UBND tỉnh', null, 99, 117],
        ['Sở Tài chính', null, 121, 133],
        ['VT', 'lưu', 142, 144],
      ],
    },
    {
      name: 'a plural inside a name keeps its lower-case items as one collective',
      text: 'Nơi nhận:\n- Đảng uỷ các bộ, ngành, tổ chức chính trị - xã hội ở Trung ương,\n- Ban tổ chức các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương,\n- Lưu VP.',
      want: [
        ['Đảng uỷ các bộ, ngành, tổ chức chính trị - xã hội ở Trung ương', null, 12, 74],
        ['Ban tổ chức các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương', null, 78, 142],
        ['VP', 'lưu', 150, 152],
      ],
    },
    {
      name: 'such a collective ends at "trực thuộc …": what follows is another body',
      text: 'Nơi nhận:\n- UBND các tỉnh, thành phố trực thuộc trung ương, cơ quan, tổ chức khác có liên quan;\n- Lưu: VT.',
      want: [
        ['UBND các tỉnh, thành phố trực thuộc trung ương', null, 12, 58],
        ['cơ quan, tổ chức khác có liên quan', null, 60, 94],
        ['VT', 'lưu', 103, 105],
      ],
    },
    {
      name: 'a flattened signature and an outline number end the block',
      text: 'Nơi nhận:\n- Sở Tài chính;\n- Lưu VT.\nTM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH Nguyễn Văn An\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n- Cơ quan thực hiện: Sở Nội vụ.',
      want: [
        ['Sở Tài chính', null, 12, 24],
        ['VT', 'lưu', 32, 34],
      ],
    },
    {
      // docs/labelling.md, office codes: each position and unit is one recipient
      name: 'an office and units listed by their codes are one recipient each',
      text: 'Nơi nhận:\n- VPCP: các PCN, các Vụ: KTTH, QHĐP, TH;\n- Lưu: VT.',
      want: [
        ['các PCN', null, 18, 25],
        ['KTTH', null, 35, 39],
        ['QHĐP', null, 41, 45],
        ['TH', null, 47, 49],
        ['VT', 'lưu', 58, 60],
      ],
    },
    {
      name: 'a bare office before its deputies takes their body',
      text: 'Nơi nhận:\n- CT, các PCT UBND tỉnh;\n- Chủ tịch, các Phó Chủ tịch UBND huyện;\n- Lưu: VT.',
      want: [
        ['CT', 'Chủ tịch Ủy ban nhân dân tỉnh', 12, 14],
        ['các PCT UBND tỉnh', 'các Phó Chủ tịch Ủy ban nhân dân tỉnh', 16, 33],
        ['Chủ tịch', 'Chủ tịch Ủy ban nhân dân huyện', 37, 45],
        ['các Phó Chủ tịch UBND huyện', 'các Phó Chủ tịch Ủy ban nhân dân huyện', 47, 74],
      ],
      expanded: true,
    },
  ])('$name', ({ text, want, expanded }) => {
    const doc = parseDocument(text, { registry: testRegistry() });
    const rows = expanded
      ? doc.recipients
          .filter((r) => r.purpose !== 'lưu')
          .map((r) => [r.mention, r.expanded, r.span.start, r.span.end])
      : doc.recipients.map(row);
    expect(rows).toEqual(want);
    for (const r of doc.recipients) expect(text.slice(r.span.start, r.span.end)).toBe(r.mention);
  });
});

describe('addressees of a công điện', () => {
  it('reads "X điện:" as the addressee opener, an addressee wrapped after "," goes on', () => {
    const text =
      '**THỦ TƯỚNG CHÍNH PHỦ điện:**\n\n- Chủ tịch UBND các tỉnh: Hà Tĩnh,\nQuảng Trị;\n\n- Các Bộ: Quốc phòng, Công an.\n\nĐề nghị thực hiện.';
    const doc = parseDocument(text, { registry: testRegistry() });
    expect(doc.addressees.map((a) => [a.mention, a.span.start, a.span.end])).toEqual([
      // the head before the colon distributes: one addressee per province (docs/labelling.md)
      ['Hà Tĩnh', 57, 64],
      ['Quảng Trị', 66, 75],
      ['Quốc phòng', 88, 98],
      ['Công an', 100, 107],
    ]);
  });
});
