/**
 * Recipient rules found on the corpus (issue 18): one body per item as docs/labelling.md counts
 * them, for Nơi nhận blocks and Kính gửi lists as they really arrive. Exact outputs.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument, type Actor, type Recipient } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

const parse = (text: string) => parseDocument(text, { registry: testRegistry() });
const row = (r: Recipient) => [r.mention, r.expanded, r.purpose, r.span.start, r.span.end];
const addressee = (a: Actor) => [a.mention, a.span.start, a.span.end];

describe('recipients: one body per item', () => {
  it.each([
    {
      name: 'a plural reached through "và" keeps the collective after it ("dân vận các tỉnh ủy, thành ủy, …")',
      text: 'Nơi nhận:\n- Ban tuyên giáo và dân vận các tỉnh ủy, thành ủy,\nđảng ủy trực thuộc Trung ương,\n- Lưu VT.',
      want: [
        [
          'Ban tuyên giáo và dân vận các tỉnh ủy, thành ủy,\nđảng ủy trực thuộc Trung ương',
          'Ban tuyên giáo và dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương',
          null,
          12,
          90,
        ],
        ['VT', 'Văn thư', 'lưu', 98, 100],
      ],
    },
    {
      name: "lower-case items that start no body go on a name's lower-case topic",
      text: 'Nơi nhận:\n- Thành viên Tiểu ban thông tin, tuyên truyền, khánh tiết (T/h);\n- Lưu VT.',
      want: [
        [
          'Thành viên Tiểu ban thông tin, tuyên truyền, khánh tiết',
          'Thành viên Tiểu ban thông tin, tuyên truyền, khánh tiết',
          'thực hiện',
          12,
          67,
        ],
        ['VT', 'Văn thư', 'lưu', 81, 83],
      ],
    },
    {
      name: 'bare heads before "UBND các <units>" share the plural units, "trực thuộc …" included',
      text: 'Nơi nhận:\n- HĐND, UBND các tỉnh, thành phố trực thuộc trung ương;\n- Đảng ủy, UBND các xã, phường;\n- Lưu: VT.',
      want: [
        ['HĐND', 'Hội đồng nhân dân các tỉnh, thành phố trực thuộc trung ương', null, 12, 16],
        [
          'UBND các tỉnh, thành phố trực thuộc trung ương',
          'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
          null,
          18,
          64,
        ],
        ['Đảng ủy', 'Đảng ủy các xã, phường', null, 68, 75],
        ['UBND các xã, phường', 'Ủy ban nhân dân các xã, phường', null, 77, 96],
        ['VT', 'Văn thư', 'lưu', 105, 107],
      ],
    },
    {
      name: 'BTT, PGĐ and Cty are expanded',
      text: 'Nơi nhận:\n- BTT Ủy ban MTTQ tỉnh;\n- Cty Cổ phần cấp nước ST;\n- Giám đốc, PGĐ Sở;\n- Lưu: VT.',
      want: [
        ['BTT Ủy ban MTTQ tỉnh', 'Ban Thường trực Ủy ban Mặt trận Tổ quốc tỉnh', null, 12, 32],
        ['Cty Cổ phần cấp nước ST', 'Công ty Cổ phần cấp nước ST', null, 36, 59],
        ['Giám đốc', 'Giám đốc Sở', null, 63, 71],
        ['PGĐ Sở', 'Phó Giám đốc Sở', null, 73, 79],
        ['VT', 'Văn thư', 'lưu', 88, 90],
      ],
    },
    {
      name: 'the archive line closed by a full stop ends the block ("SAO Y" and a date follow)',
      text: 'Nơi nhận:\n- Ban Thường vụ Tỉnh đoàn,\n- Lưu Văn phòng Tỉnh uỷ.\nSAO Y\nLạng Sơn, ngày 09 tháng 9 năm 2022',
      want: [
        ['Ban Thường vụ Tỉnh đoàn', 'Ban Thường vụ Tỉnh đoàn', null, 12, 35],
        ['Văn phòng Tỉnh uỷ', 'Văn phòng Tỉnh ủy', 'lưu', 43, 60],
      ],
    },
  ])('$name', ({ text, want }) => {
    expect(parse(text).recipients.map(row)).toEqual(want);
  });
});

describe('recipients and addressees without bullets (OCR, two columns read into one)', () => {
  const text =
    'Kính gửi:\nPhòng giáo dục và đào tạo các quận, huyện;\nCác trường đại học ngoài công lập.\n' +
    'Nội dung.\nNơi nhận: GIÁM ĐỐC\nNhư trên; (Đã ký và đóng dấu)\n' +
    'Thành ủy, HĐND, UBND thành phố; Lê Thị Bích Thuận\nCác Sở: Y tế, TT&TT;\nLưu: VT.';

  it('a line after one ending with ";" is the next addressee', () => {
    expect(parse(text).addressees.map(addressee)).toEqual([
      ['Phòng giáo dục và đào tạo các quận, huyện', 10, 51],
      ['Các trường đại học ngoài công lập', 53, 86],
    ]);
  });

  it('a line after one ending with ";" is the next recipient; the signature column is left out', () => {
    expect(parse(text).recipients.map(row)).toEqual([
      ['Như trên', 'Phòng giáo dục và đào tạo các quận, huyện', 'thực hiện', 117, 125],
      ['Như trên', 'Các trường đại học ngoài công lập', 'thực hiện', 117, 125],
      ['Thành ủy', 'Thành ủy', null, 147, 155],
      ['HĐND', 'Hội đồng nhân dân thành phố', null, 157, 161],
      ['UBND thành phố', 'Ủy ban nhân dân thành phố', null, 163, 177],
      ['Y tế', 'Sở Y tế', null, 205, 209],
      ['TT&TT', 'Sở TT&TT', null, 211, 216],
      ['VT', 'Văn thư', 'lưu', 223, 225],
    ]);
  });
});
