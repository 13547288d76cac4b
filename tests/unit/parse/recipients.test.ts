import { describe, expect, it } from 'vitest';
import { parseDocument, type ParsedDocument, type Recipient } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

const parse = (t: string): ParsedDocument => parseDocument(t, { registry: testRegistry() });
const brief = (r: Recipient) => [r.mention, r.name, r.kind, r.purpose];

describe('recipients (Nơi nhận)', () => {
  it('reads purposes, archives, publications and persons', () => {
    const rs = parse(
      'Nơi nhận:\n- Thường trực Tỉnh ủy (báo cáo),\n- Đ/c Trần Ngọc Tam, Phó Bí thư Tỉnh ủy (b/c),\n- Ban Tuyên giáo Tỉnh ủy (để biết),\n- Đăng website,\n- Lưu VP,BTG Đảng ủy Khối.',
    ).recipients;
    expect(rs.map(brief)).toEqual([
      ['Thường trực Tỉnh ủy', 'Thường trực Tỉnh ủy', 'organization', 'báo cáo'],
      ['Đ/c Trần Ngọc Tam, Phó Bí thư Tỉnh ủy', 'Trần Ngọc Tam', 'person', 'báo cáo'],
      ['Ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'organization', 'để biết'],
      ['Đăng website', 'Đăng website', 'publication', 'đăng tải'],
      ['VP', 'Văn phòng Đảng ủy Khối', 'organization', 'lưu'],
      ['BTG Đảng ủy Khối', 'Ban Tuyên giáo Đảng ủy Khối', 'organization', 'lưu'],
    ]);
    expect(rs[1]?.role).toBe('Phó Bí thư Tỉnh ủy');
  });

  it('reads a State block: "Như trên" stands for the addressees, "Lưu: VT, KTN."', () => {
    const doc = parse(
      'Kính gửi:\n- Sở Tài chính;\n- Sở Kế hoạch và Đầu tư.\n\nĐề nghị thực hiện.\n\nNơi nhận:\n- Như trên;\n- TT Tỉnh ủy (b/c);\n- Lưu: VT, KTN.',
    );
    expect(doc.addressees.map((a) => a.mention)).toEqual(['Sở Tài chính', 'Sở Kế hoạch và Đầu tư']);
    expect(doc.recipients.map((r) => [r.name, r.purpose, r.via ?? null])).toEqual([
      ['Sở Tài chính', 'thực hiện', 'như trên'],
      ['Sở Kế hoạch và Đầu tư', 'thực hiện', 'như trên'],
      ['Thường trực Tỉnh ủy', 'báo cáo', null],
      ['Văn thư', 'lưu', null],
      ['KTN', 'lưu', null],
    ]);
    expect(doc.recipients[0]?.quote).toBe('Như trên');
  });

  it('reads "Kínhgửi" run together and a recipient block in a scraped table beside the signature', () => {
    const doc = parse(
      'Kínhgửi: Sở Tài chính.\n\nĐề nghị.\n\n| Nơi nhận: | KT. CHỦ TỊCH |\n| - Như trên; | PHÓ CHỦ TỊCH |\n| - Lưu: VT. | Nguyễn Văn An |',
    );
    expect(doc.recipients.map((r) => r.name)).toEqual(['Sở Tài chính', 'Văn thư']);
    expect(doc.document.signer).toMatchObject({
      name: 'Nguyễn Văn An',
      capacity: 'KT.',
      title: 'Phó Chủ tịch',
    });
  });

  it('joins a recipient split over two lines where the other lines end with a separator', () => {
    const rs = parse(
      'Nơi nhận:\n- Các tỉnh uỷ, thành uỷ,\n- Ban Bí thư Trung ương\n- Đoàn Thanh niên Cộng sản Hồ Chí Minh,\n- Lưu Văn phòng Trung ương Đảng.',
    ).recipients;
    expect(rs.map((r) => r.name)).toEqual([
      'Các tỉnh ủy, thành ủy',
      'Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
      'Văn phòng Trung ương Đảng',
    ]);
  });

  it('does not join lines when the block does not end its lines with separators', () => {
    const rs = parse('Nơi nhận:\n- Sở Tài chính\n- Sở Nội vụ\n- Lưu VT').recipients;
    expect(rs.map((r) => r.name)).toEqual(['Sở Tài chính', 'Sở Nội vụ', 'Văn thư']);
  });

  it('keeps a duplicated recipient once and warns; a lost brace is a warning, not a purpose', () => {
    const doc = parse(
      'Nơi nhận:\n- Ban Bí thư Trung ương Đảng,\n  - Văn phòng Trung ương Đảng,\n  - Văn phòng Trung ương Đảng,\n  - Lưu VPTU.\n- } (để b/c)',
    );
    expect(doc.recipients.map((r) => [r.name, r.purpose, r.bracePurpose ?? null])).toEqual([
      ['Ban Bí thư Trung ương Đảng', null, 'báo cáo'],
      ['Văn phòng Trung ương Đảng', null, 'báo cáo'],
      ['Văn phòng Tỉnh ủy', 'lưu', null],
    ]);
    expect(doc.warnings.filter((w) => w.span).map((w) => [w.code, w.quote])).toEqual([
      ['duplicate-recipient', 'Văn phòng Trung ương Đảng'],
      ['brace-reach-lost', '} (để b/c)'],
    ]);
  });

  it('splits shared suffixes and abbreviations (through the organizations splitter)', () => {
    const rs = parse(
      'Nơi nhận:\n- BTV Huyện ủy, TT HĐND, UBND, UBMT huyện,\n- Sở NN&PTNT,',
    ).recipients;
    expect(rs.map((r) => [r.mention, r.name])).toEqual([
      ['BTV Huyện ủy', 'Ban Thường vụ Huyện ủy'],
      ['TT HĐND', 'Thường trực Hội đồng nhân dân huyện'],
      ['UBND', 'Ủy ban nhân dân huyện'],
      ['UBMT huyện', 'Ủy ban Mặt trận Tổ quốc huyện'],
      ['Sở NN&PTNT', 'Sở Nông nghiệp và Phát triển nông thôn'],
    ]);
  });
});

describe('recipients flattened on one line', () => {
  it('splits "- Như trên; - Lưu: VT." into items, and reads an undotted "TM" signature', () => {
    const doc = parse(
      'Kính gửi: Sở Tài chính.\n\nĐề nghị thực hiện.\n\nNơi nhận: - Như trên; - UBND tỉnh (b/c); - Lưu: VT.\n\nTM ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHoàng Văn Ba',
    );
    expect(doc.recipients.map((r) => [r.name, r.purpose])).toEqual([
      ['Sở Tài chính', 'thực hiện'],
      ['Ủy ban nhân dân tỉnh', 'báo cáo'],
      ['Văn thư', 'lưu'],
    ]);
    expect(doc.document.signer).toMatchObject({
      name: 'Hoàng Văn Ba',
      capacity: 'TM',
      onBehalfOf: 'Ủy ban nhân dân',
      title: 'Chủ tịch',
    });
  });
});
