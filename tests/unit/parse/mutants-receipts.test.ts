/**
 * Incoming stamps (văn bản đến), read by findReceipts: which lines are the stamp's, its number,
 * date and receiver, exact (issue 18). An em space (U+2003) is kept at a line's edge by the clean
 * text, as Word exports leave it, so the trims are observable.
 */
import { describe, expect, it } from 'vitest';
import { findReceipts } from '../../../src/parse/receipts.ts';
import { createSource } from '../../../src/parse/source.ts';

const EM = '\u2003';
const read = (text: string) =>
  findReceipts(createSource(text)).map((b) => ({ ...b.receipt, lines: b.lines }));
const facts = (text: string) =>
  findReceipts(createSource(text)).map(({ receipt: r }) => [r.number, r.date, r.receiverRange]);

describe('findReceipts: the stamp and its lines', () => {
  it('reads an indented stamp with its receiver, its fields and its bookkeeping lines', () => {
    const text = `${EM}VĂN PHÒNG TỈNH ỦY\nVĂN BẢN ĐẾN QUA MẠNG\n${EM}Số: 9095 Ngày:06/09/2022${EM}\nChuyển: .....\nLưu hồ sơ: .....\n\nKẾ HOẠCH`;
    expect(read(text)).toEqual([
      {
        number: '9095',
        date: '2022-09-06',
        channel: 'qua mạng',
        receiverRange: [1, 18],
        span: { start: 1, end: 97 },
        quote: `VĂN PHÒNG TỈNH ỦY\nVĂN BẢN ĐẾN QUA MẠNG\n${EM}Số: 9095 Ngày:06/09/2022${EM}\nChuyển: .....\nLưu hồ sơ: .....`,
        lines: [0, 1, 2, 3, 4],
      },
    ]);
  });

  it('takes the receiver two lines up across a blank, and bookkeeping after a blank', () => {
    const text =
      'VĂN PHÒNG TỈNH ỦY\n\nĐẾN\nSố 9095\nNgày 06/09/2022\n\nNgười nhận: .....\nKý hiệu: .....\nSố và ký hiệu: .....';
    expect(read(text)).toEqual([
      {
        number: '9095',
        date: '2022-09-06',
        channel: null,
        receiverRange: [0, 17],
        span: { start: 0, end: 101 },
        quote: text,
        lines: [0, 2, 3, 4, 6, 7, 8],
      },
    ]);
  });

  it('claims every kind of bookkeeping line, one after another, and stops at the body', () => {
    const text =
      'SỐ 15 PHỐ\nVĂN BẢN ĐẾN\nSố: 9095\nNgày: 06/09/2022\nChuyển: .....\nLưu hồ sơ: .....\nNgười nhận: .....\nKý hiệu: .....\nSố và ký hiệu: .....\nKẾ HOẠCH';
    // a capitals line with a digit above the stamp is no receiver
    expect(read(text)).toEqual([
      {
        number: '9095',
        date: '2022-09-06',
        channel: null,
        receiverRange: null,
        span: { start: 10, end: 132 },
        quote: text.slice(10, 132),
        lines: [1, 2, 3, 4, 5, 6, 7, 8],
      },
    ]);
  });

  it('a stamp on one line ("Đến: Số:9095 Ngày: …") uses that line only', () => {
    expect(read('Đến: Số:9095 Ngày: 06/09/2022\nKẾ HOẠCH')).toEqual([
      {
        number: '9095',
        date: '2022-09-06',
        channel: null,
        receiverRange: null,
        span: { start: 0, end: 29 },
        quote: 'Đến: Số:9095 Ngày: 06/09/2022',
        lines: [0],
      },
    ]);
  });

  it('"Đến :" with a space, at the end of the text, with a number and no date', () => {
    expect(read('Đến : Số 9095')).toEqual([
      {
        number: '9095',
        date: null,
        channel: null,
        receiverRange: null,
        span: { start: 0, end: 13 },
        quote: 'Đến : Số 9095',
        lines: [0],
      },
    ]);
  });

  it('a stamp with a date and no number', () => {
    expect(read('VĂN BẢN ĐẾN\nNgày: 06/09/2022')).toEqual([
      {
        number: null,
        date: '2022-09-06',
        channel: null,
        receiverRange: null,
        span: { start: 0, end: 28 },
        quote: 'VĂN BẢN ĐẾN\nNgày: 06/09/2022',
        lines: [0, 1],
      },
    ]);
  });

  it('ends at its last field line when the next line is trimmed away', () => {
    expect(read(`Chỉ thị\nVĂN BẢN ĐẾN\nSố: 9095\nNgày: 06/09/2022${EM}`)).toEqual([
      {
        number: '9095',
        date: '2022-09-06',
        channel: null,
        receiverRange: null,
        span: { start: 8, end: 45 },
        quote: 'VĂN BẢN ĐẾN\nSố: 9095\nNgày: 06/09/2022',
        lines: [1, 2, 3],
      },
    ]);
  });

  it('an empty "Ngày: ....." field gives no date; a body line after it is not bookkeeping', () => {
    const text =
      'Các đơn vị báo cáo kết quả.\nVĂN BẢN ĐẾN\nSố: 9095\nNgày: .....\nChuyển giao nhiệm vụ cho Ban Tổ chức.';
    expect(read(text)).toEqual([
      {
        number: '9095',
        date: null,
        channel: null,
        receiverRange: null,
        span: { start: 28, end: 60 },
        quote: 'VĂN BẢN ĐẾN\nSố: 9095\nNgày: .....',
        lines: [1, 2, 3],
      },
    ]);
  });

  it('claims bookkeeping lines whose spaces were lost in extraction ("Lưuhồsơ")', () => {
    const text =
      'VĂN BẢN ĐẾN\nSố: 9095\nNgày: 06/09/2022\nLưuhồsơ: .....\nNgườinhận: .....\nKýhiệu: .....\nSốvàkýhiệu: .....\nKẾ HOẠCH';
    expect(read(text).map((r) => r.lines)).toEqual([[0, 1, 2, 3, 4, 5, 6]]);
  });

  it('a body line naming a bookkeeping word with a colon is not the stamp', () => {
    const text =
      'VĂN BẢN ĐẾN\nSố: 9095\nNgày: 06/09/2022\nĐể triển khai chuyển đổi số, Ban Thường vụ yêu cầu:';
    expect(read(text).map((r) => r.lines)).toEqual([[0, 1, 2]]);
  });

  it('bookkeeping is looked for over four lines after the fields, no further', () => {
    const text = 'VĂN BẢN ĐẾN\nSố: 9095\nNgày: 06/09/2022\n\n\n\n\nChuyển: .....';
    expect(read(text).map((r) => r.lines)).toEqual([[0, 1, 2]]);
  });

  it('bookkeeping after a body line is not the stamp; a receiver three lines up is none', () => {
    const text = 'TỈNH ỦY LẠNG SƠN\n\n\nVĂN BẢN ĐẾN\nSố: 9095\nKẾ HOẠCH\nLưu hồ sơ: .....';
    expect(read(text)).toEqual([
      {
        number: '9095',
        date: null,
        channel: null,
        receiverRange: null,
        span: { start: 19, end: 39 },
        quote: 'VĂN BẢN ĐẾN\nSố: 9095',
        lines: [3, 4],
      },
    ]);
  });
});

describe("findReceipts: the stamp's number and date", () => {
  it("keeps the first number and the first date of the stamp, not the document's below it", () => {
    const text = `Các đơn vị báo cáo kết quả.\n${EM}VĂN BẢN ĐẾN\nSố : 9095 Ngày : 06/09/2022\nSố: 12-KH/TU\nLạng Sơn, ngày 05/9/2022`;
    expect(facts(text)).toEqual([['9095', '2022-09-06', null]]);
  });

  it('takes the date written after "Ngày", not a long date on a line below', () => {
    expect(facts('VĂN BẢN ĐẾN\nSố: 9095\n\nHà Nội, ngày 05 tháng 9 năm 2022')).toEqual([
      ['9095', null, null],
    ]);
  });

  it('a sentence in lower case is no stamp, "Công văn đến:" included', () => {
    expect(read('Đến ngày 30/6/2023, các đơn vị báo cáo.')).toEqual([]);
    expect(read('Công văn đến: Số 12, ngày 06/09/2022')).toEqual([]);
  });

  it('a capitals heading beginning with "ĐẾN" without number or date is no stamp', () => {
    expect(read('ĐẾN NĂM 2030\n\nMục tiêu')).toEqual([]);
  });
});
