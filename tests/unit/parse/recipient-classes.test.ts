/**
 * Classes of Nơi nhận items read from the corpus misses, one rule each, with real wording: what
 * the item gives (mention, name, purpose, span) and what it does not.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument, type Recipient } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

const recipients = (t: string): Recipient[] =>
  parseDocument(t, { registry: testRegistry() }).recipients;
/** Every recipient's span holds its mention in the text. */
function read(t: string): Recipient[] {
  const rs = recipients(t);
  for (const r of rs) expect(t.slice(r.span.start, r.span.end)).toBe(r.quote);
  return rs;
}
const brief = (r: Recipient) => ({
  mention: r.mention,
  name: r.name,
  purpose: r.purpose,
  purposeText: r.purposeText,
  span: r.span,
});

describe('purposes and copy counts at the end of an item', () => {
  it('reads "(để ph/h)", "(để tổng hợp, theo dõi)" and "(để đăng tải)" as purposes', () => {
    const text =
      'Nơi nhận:\n- Văn phòng Thành ủy (để ph/h);\n- Sở Tài chính (để tổng hợp, theo dõi);\n- Cổng thông tin điện tử tỉnh (để đăng tải);\n- Lưu: VT.';
    expect(read(text).map(brief)).toEqual([
      {
        mention: 'Văn phòng Thành ủy',
        name: 'Văn phòng Thành ủy',
        purpose: 'phối hợp',
        purposeText: '(để ph/h)',
        span: { start: 12, end: 30 },
      },
      {
        mention: 'Sở Tài chính',
        name: 'Sở Tài chính',
        purpose: 'theo dõi',
        purposeText: '(để tổng hợp, theo dõi)',
        span: { start: 44, end: 56 },
      },
      {
        mention: 'Cổng thông tin điện tử tỉnh',
        name: 'Cổng thông tin điện tử tỉnh',
        purpose: 'đăng tải',
        purposeText: '(để đăng tải)',
        span: { start: 84, end: 111 },
      },
      {
        mention: 'VT',
        name: 'Văn thư',
        purpose: 'lưu',
        purposeText: 'Lưu:',
        span: { start: 134, end: 136 },
      },
    ]);
  });

  it('drops the number of copies ("Vụ KGVX (2)") from the name; other parentheses stay', () => {
    const text = 'Nơi nhận:\n- VPCP: BTCN, Vụ KGVX (2),\n- Lưu: VT, VPĐUCP (02b).\n';
    expect(read(text).map((r) => [r.mention, r.name, r.purpose, r.span.start, r.span.end])).toEqual(
      [
        ['BTCN', 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ', null, 18, 22],
        ['Vụ KGVX', 'Vụ Khoa giáo - Văn xã', null, 24, 31],
        ['VT', 'Văn thư', 'lưu', 44, 46],
        ['VPĐUCP', 'VPĐUCP', 'lưu', 48, 54],
      ],
    );
    // "(phụ trách KGVX)" is no count and no purpose: the item keeps it
    expect(
      recipients('Nơi nhận:\n- Sở Tài chính (2 bản);\n- Sở Nội vụ (phụ trách KGVX);').map(
        (r) => r.purposeText,
      ),
    ).toEqual([null, null]);
  });
});

describe('items in capitals: codes, not the signature beside the block', () => {
  it('reads a markdown "*" bullet and a line of codes ("VPTW, VPCP, VPQH,") as items', () => {
    const text =
      '**Nơi nhận:**\n\n*   Ban Bí thư Trung ương Đảng (để b/c),\n*   VPTW, VPCP, VPQH,\n*   CVP, PCVP ĐĐQH,\n*   Lưu VPĐĐQH.\n\n**T/M ĐẢNG ĐOÀN QUỐC HỘI**';
    expect(read(text).map((r) => [r.mention, r.name, r.purpose, r.span.start])).toEqual([
      ['Ban Bí thư Trung ương Đảng', 'Ban Bí thư Trung ương Đảng', 'báo cáo', 19],
      ['VPTW', 'Văn phòng Trung ương Đảng', null, 60],
      ['VPCP', 'Văn phòng Chính phủ', null, 66],
      ['VPQH', 'Văn phòng Quốc hội', null, 72],
      ['CVP', 'Chánh Văn phòng Đảng đoàn Quốc hội', null, 82],
      ['PCVP ĐĐQH', 'Phó Chánh Văn phòng Đảng đoàn Quốc hội', null, 87],
      ['VPĐĐQH', 'VPĐĐQH', 'lưu', 106],
    ]);
  });

  it('reads "- VP HĐND TP, VP UBND TP," as two offices', () => {
    const text =
      'Nơi nhận:\n- Thường trực Thành ủy (để báo cáo),\n- VP HĐND TP, VP UBND TP,\n- Lưu VP.';
    expect(read(text).map((r) => [r.mention, r.name])).toEqual([
      ['Thường trực Thành ủy', 'Thường trực Thành ủy'],
      ['VP HĐND TP', 'Văn phòng Hội đồng nhân dân thành phố'],
      ['VP UBND TP', 'Văn phòng Ủy ban nhân dân thành phố'],
      ['VP', 'Văn phòng'],
    ]);
  });

  it('still skips a signature title with a comma between the items ("KT. BỘ TRƯỞNG, CHỦ NHIỆM")', () => {
    const text =
      'Nơi nhận:\n- Bộ Xây dựng;\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\n- UBND Thành phố Hồ Chí Minh;\nTM. UBND, KT. CHỦ TỊCH\n- Lưu: VT.';
    expect(read(text).map((r) => r.mention)).toEqual([
      'Bộ Xây dựng',
      'UBND Thành phố Hồ Chí Minh',
      'VT',
    ]);
  });
});

describe('addressees on a flattened "Kính gửi:" line', () => {
  const addressees = (t: string) =>
    parseDocument(t, { registry: testRegistry() }).addressees.map((a) => [
      a.mention,
      a.span.start,
      a.span.end,
    ]);

  it('end before a body sentence run into the line ("… Trung ương Thực hiện Luật …")', () => {
    const text =
      'Hà Nội, ngày 27 tháng 09 năm 2013 Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương Thực hiện Luật Khám bệnh, chữa bệnh; Bộ Y tế đề nghị Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo thực hiện.\n';
    expect(addressees(text)).toEqual([
      ['Đ/c Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương', 44, 110],
    ]);
  });

  it('keep an opener word written in lower case inside a name', () => {
    const text =
      'Kính gửi: Ban Chỉ đạo thực hiện Cuộc vận động, Sở Tài chính.\n\nĐề nghị các cơ quan báo cáo.\n';
    expect(addressees(text).map(([m]) => m)).toEqual([
      'Ban Chỉ đạo thực hiện Cuộc vận động',
      'Sở Tài chính',
    ]);
  });
});

describe('a unit and its ministry, one inside parentheses', () => {
  it('reads "Bộ Tư pháp (Cục KTVB&QLXLVPHC)" as one body, the unit first', () => {
    expect(
      read('Nơi nhận:\n- Như Điều 8;\n- Bộ Tư pháp (Cục KTVB&QLXLVPHC);\n- Lưu: VT.').map(brief)[1],
    ).toEqual({
      mention: 'Bộ Tư pháp (Cục KTVB&QLXLVPHC)',
      name: 'Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính, Bộ Tư pháp',
      purpose: null,
      purposeText: null,
      span: { start: 26, end: 56 },
    });
  });

  it('reads "Cục Kiểm tra văn bản và QLXLVPHC (Bộ Tư pháp)" as one body, not cut at "và"', () => {
    expect(
      read('Nơi nhận:\n- Cục Kiểm tra văn bản và QLXLVPHC (Bộ Tư pháp);\n- Lưu: VT.').map((r) => [
        r.mention,
        r.name,
      ]),
    ).toEqual([
      [
        'Cục Kiểm tra văn bản và QLXLVPHC (Bộ Tư pháp)',
        'Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính, Bộ Tư pháp',
      ],
      ['VT', 'Văn thư'],
    ]);
  });

  it('leaves other parentheses alone: a purpose, a remark', () => {
    expect(
      read('Nơi nhận:\n- Bộ Tư pháp (để b/c);\n- Sở Nội vụ (phụ trách KGVX);').map((r) => [
        r.mention,
        r.purpose,
      ]),
    ).toEqual([
      ['Bộ Tư pháp', 'báo cáo'],
      ['Sở Nội vụ', null],
    ]);
  });
});
