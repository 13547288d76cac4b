/**
 * Issue 18, capability 3: State header and signature, as real documents bring them.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';

const parse = (t: string) => parseDocument(t, { documentKey: 'k' });

const LETTER = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH BẮC GIANG',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 45/UBND-KT',
  'V/v triển khai Kế hoạch số 12/KH-UBND',
  'Bắc Giang, ngày 5 tháng 3 năm 2025',
  'Kính gửi: Sở Tài chính.',
  'Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan báo cáo trước ngày 30/6/2025.',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT.',
];

const signed = (...sig: string[]): string => [...LETTER, ...sig].join('\n');

describe('State header', () => {
  it('reads the header after a stray first line', () => {
    const d = parse(
      `Công văn 45/UBND-KT năm 2025 của tỉnh Bắc Giang\n${signed('CHỦ TỊCH', 'Nguyễn Văn An')}`,
    );
    expect(d.document).toMatchObject({
      number: '45/UBND-KT',
      issuedDate: '2025-03-05',
      place: 'Bắc Giang',
      title: 'triển khai Kế hoạch số 12/KH-UBND',
      family: 'state',
    });
    expect(d.document.issuer).toMatchObject({
      name: 'Ủy ban nhân dân tỉnh Bắc Giang',
      source: 'header',
    });
  });

  it('reads a banner, a body and a place-and-date split over two lines', () => {
    const t = [
      'ỦY BAN NHÂN',
      'DÂN TỈNH NGHỆ AN',
      'CỘNG HÒA XÃ',
      'HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 980/KH-UBND',
      'Nghệ An, ngày 18',
      'tháng 11 năm 2025',
      'KẾ HOẠCH',
      'THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG',
      'Thực hiện Quyết định số 1899/QĐ-TTg ngày 04/9/2025 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
      'I. MỤC ĐÍCH',
    ].join('\n');
    const d = parse(t).document;
    expect(d.banner?.quote).toBe('CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM');
    expect(d.headerBodies.map((b) => b.quote)).toEqual(['ỦY BAN NHÂN\nDÂN TỈNH NGHỆ AN']);
    expect(d.issuedDate).toBe('2025-11-18');
    expect(d.place).toBe('Nghệ An');
    expect(d.title).toBe('THỰC HIỆN QUYẾT ĐỊNH SỐ 1899/QĐ-TTG');
    expect(d.issuer?.name).toBe('Ủy ban nhân dân tỉnh Nghệ An');
  });

  it('a title stops at the first sentence-case line, Căn cứ, QUYẾT ĐỊNH:, Điều', () => {
    const head =
      'THỦ TƯỚNG CHÍNH PHỦ\nSố: 2623/QĐ-TTg\nHà Nội, ngày 29 tháng 11 năm 2025\nQUYẾT ĐỊNH\n';
    const title = 'BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH\nLUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN';
    for (const next of [
      'Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;',
      'THỦ TƯỚNG CHÍNH PHỦ QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.',
      'Theo đề nghị của Bộ trưởng Bộ Công an.',
    ]) {
      const d = parse(`${head}${title}\n${next}\nĐiều 2. Quyết định này có hiệu lực.`).document;
      expect(d.title, next).toBe(
        'BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN',
      );
      expect(d.issuer?.name).toBe('Thủ tướng Chính phủ');
    }
  });

  it('a "V/v" subject stops at Kính gửi and at the date line', () => {
    const d = parse(LETTER.join('\n')).document;
    expect(d.title).toBe('triển khai Kế hoạch số 12/KH-UBND');
  });
});

describe('State signature', () => {
  it('KT. + position: the issuer is the header body; the chain is kept', () => {
    const d = parse(signed('KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn An')).document;
    expect(d.issuer).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Bắc Giang', source: 'header' });
    expect(d.signer).toMatchObject({
      name: 'Nguyễn Văn An',
      capacity: 'KT.',
      onBehalfOf: 'Chủ tịch',
      authorities: [{ capacity: 'KT.', of: 'Chủ tịch' }],
      title: 'Phó Chủ tịch',
    });
  });

  it('TL. / KT. / title: the whole capacity chain', () => {
    const d = parse(
      signed('TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Trần Thị Bình'),
    ).document;
    expect(d.signer).toMatchObject({
      name: 'Trần Thị Bình',
      capacity: 'KT.',
      authorities: [
        { capacity: 'TL.', of: 'Chủ tịch' },
        { capacity: 'KT.', of: 'Chánh Văn phòng' },
      ],
      title: 'Phó chánh Văn phòng',
    });
    expect(d.issuer?.name).toBe('Ủy ban nhân dân tỉnh Bắc Giang');
  });

  it('TM. + collective names the collective (completed by the header)', () => {
    const d = parse(
      signed('TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Văn Cường'),
    ).document;
    expect(d.signer?.authorities).toEqual([
      { capacity: 'TM.', of: 'Ủy ban nhân dân' },
      { capacity: 'KT.', of: 'Chủ tịch' },
    ]);
    expect(d.issuer?.name).toBe('Ủy ban nhân dân tỉnh Bắc Giang');
  });

  it('T/M + collective of a Party document names the collective over the header', () => {
    const t = [
      'BAN CHẤP HÀNH TRUNG ƯƠNG',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 212-KL/TW',
      'Hà Nội, ngày 18 tháng 11 năm 2025',
      'KẾT LUẬN',
      'CỦA BỘ CHÍNH TRỊ VỀ ĐỊNH HƯỚNG',
      'Tại phiên họp, Bộ Chính trị kết luận như sau:',
      '1. Đảng ủy Chính phủ lãnh đạo hoàn thiện.',
      'T/M BỘ CHÍNH TRỊ',
      'Trần Cẩm Tú',
    ].join('\n');
    const d = parse(t).document;
    expect(d.issuer).toMatchObject({ name: 'Bộ Chính trị', source: 'signature' });
  });

  it('K/T + position of a Party office: the header body, qualified by its superior', () => {
    const t = [
      'BAN CHẤP HÀNH TRUNG ƯƠNG',
      'VĂN PHÒNG',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 432-TB/VPTW',
      'Hà Nội, ngày 26 tháng 11 năm 2025',
      'THÔNG BÁO',
      'KẾT LUẬN CỦA ĐỒNG CHÍ TỔNG BÍ THƯ',
      'Ngày 24/11/2025, đồng chí Tổng Bí thư đã làm việc.',
      'K/T CHÁNH VĂN PHÒNG',
      'PHÓ CHÁNH VĂN PHÒNG THƯỜNG TRỰC',
      'Lâm Thị Phương Thanh',
    ].join('\n');
    const d = parse(t).document;
    expect(d.issuer).toMatchObject({ name: 'Văn phòng Trung ương Đảng', source: 'header' });
    expect(d.signer?.title).toBe('Phó chánh Văn phòng Thường trực');
  });

  it('keeps a signature without a name', () => {
    const d = parse(signed('KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '(Đã ký)')).document;
    expect(d.signer).toMatchObject({
      name: null,
      capacity: 'KT.',
      authorities: [{ capacity: 'KT.', of: 'Chủ tịch' }],
      title: 'Phó Chủ tịch',
      quote: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)',
    });
  });

  it('a deputy title run into the authority line by a wrapped cell', () => {
    const d = parse(
      signed('**KT. BỘ TRƯỞNG,', 'CHỦ NHIỆM**', 'PHÓ CHỦ NHIỆM', 'Phạm Mạnh Cường'),
    ).document;
    expect(d.signer?.authorities).toEqual([{ capacity: 'KT.', of: 'Bộ trưởng, chủ nhiệm' }]);
    expect(d.signer?.title).toBe('Phó chủ nhiệm');
  });
});

describe('PDF layout: two header columns on one line', () => {
  it('reads both columns', () => {
    const t = [
      'ỦY BAN NHÂN DÂN TỈNH BẮC GIANG        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'VĂN PHÒNG                              Độc lập - Tự do - Hạnh phúc',
      'Số: 12/VP-KT                           Bắc Giang, ngày 5 tháng 3 năm 2025',
      'V/v triển khai Kế hoạch số 45/KH-UBND',
      '',
      '                    Kính gửi: Sở Tài chính tỉnh Bắc Giang.',
      '',
      'Văn phòng đề nghị Sở Tài chính chủ trì báo cáo trước ngày 30/6/2025.',
      '',
      'Nơi nhận:                                          TL. CHỦ TỊCH',
      '- Như trên;                                        KT. CHÁNH VĂN PHÒNG',
      '- Lưu: VT.                                         PHÓ CHÁNH VĂN PHÒNG',
      '                                                   Nguyễn Văn An',
    ].join('\n');
    const d = parse(t);
    expect(d.document).toMatchObject({
      number: '12/VP-KT',
      issuedDate: '2025-03-05',
      place: 'Bắc Giang',
      title: 'triển khai Kế hoạch số 45/KH-UBND',
      family: 'state',
    });
    expect(d.document.banner?.quote).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(d.document.issuer?.name).toBe('Văn phòng Ủy ban nhân dân tỉnh Bắc Giang');
    expect(d.document.signer).toMatchObject({
      name: 'Nguyễn Văn An',
      authorities: [
        { capacity: 'TL.', of: 'Chủ tịch' },
        { capacity: 'KT.', of: 'Chánh Văn phòng' },
      ],
    });
    expect(d.addressees.map((a) => a.name)).toEqual(['Sở Tài chính tỉnh Bắc Giang']);
    expect(d.recipients.map((r) => r.name)).toEqual(['Sở Tài chính tỉnh Bắc Giang', 'VT']);
  });
});
