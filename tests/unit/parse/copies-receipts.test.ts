import { describe, expect, it } from 'vitest';
import { createResolver } from '../../../src/orgs/index.ts';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

const ORIGINAL =
  'BAN CHẤP HÀNH TRUNG ƯƠNG\n\nHà Nội, ngày 23 tháng 8 năm 2022\n\nSố 10-KH/TW\n\nKẾ HOẠCH\n\nA.\n\nI. NHIỆM VỤ\n\n1. Ban A chủ trì.\n\nNơi nhận:\n- Các tỉnh uỷ,\n- Lưu Văn phòng Trung ương Đảng.\n\nT/M BỘ CHÍNH TRỊ\n\nVõ Văn Thường\n';
const COPY =
  '\nTỈNH ỦY LẠNG SƠN\n\n\\*\n\nSố 156-SY/TU\n\nNơi nhận:\n- Ban Thường vụ Tỉnh đoàn,\n- Lưu Văn phòng Tỉnh uỷ.\n\nSAO Y\n\nLạng Sơn, ngày 09 tháng 9 năm 2022\n\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\nNguyễn Quang Huy';

describe('certified copies', () => {
  it("resolves a copy's recipients in the copying body's jurisdiction, not the original's", () => {
    const registry = testRegistry();
    const doc = parseDocument(ORIGINAL + COPY, {
      documentKey: 'k',
      registry,
      resolve: createResolver(registry),
    });
    // The original is central (no jurisdiction); the copy is Tỉnh ủy Lạng Sơn's, so its
    // "Văn phòng Tỉnh uỷ" is Lạng Sơn's office and not a body scoped to the document.
    expect(doc.copies[0]!.recipients.map((r) => r.id)).toEqual([
      'lang-son/ban-thuong-vu-tinh-doan',
      'lang-son/van-phong-tinh-uy',
    ]);
  });

  it('reads a sao y block as a nested document with its own recipients and signer', () => {
    const doc = parseDocument(ORIGINAL + COPY);
    expect(doc.copies).toHaveLength(1);
    const c = doc.copies[0]!;
    expect(c).toMatchObject({ copyType: 'sao y', copyOf: '10-KH/TW' });
    expect(c.document).toMatchObject({
      number: '156-SY/TU',
      issuedDate: '2022-09-09',
      place: 'Lạng Sơn',
      type: 'Sao y',
    });
    expect(c.document.issuer?.name).toBe('Tỉnh ủy Lạng Sơn');
    expect(c.document.signer).toMatchObject({
      name: 'Nguyễn Quang Huy',
      capacity: 'T/L',
      title: 'Chánh Văn phòng',
    });
    expect(c.recipients.map((r) => r.mention)).toEqual([
      'Ban Thường vụ Tỉnh đoàn',
      'Văn phòng Tỉnh uỷ',
    ]);
    // the original keeps its own number, date, recipients and signer
    expect(doc.document).toMatchObject({ number: '10-KH/TW', issuedDate: '2022-08-23' });
    expect(doc.document.signer?.name).toBe('Võ Văn Thường');
    expect(doc.recipients.map((r) => r.mention)).toEqual([
      'Các tỉnh uỷ',
      'Văn phòng Trung ương Đảng',
    ]);
  });

  it('reads a sao lục block marked only by its number', () => {
    const doc = parseDocument(
      `${ORIGINAL}\nHUYỆN ỦY VĨNH LINH\nSố 12-SL/HU\nVĩnh Linh, ngày 02 tháng 3 năm 2023`,
    );
    expect(doc.copies.map((c) => [c.copyType, c.document.number, c.document.issuedDate])).toEqual([
      ['sao lục', '12-SL/HU', '2023-03-02'],
    ]);
  });
});

describe('incoming stamps', () => {
  it('reads the receiver, number and date, and keeps them out of the header', () => {
    const t =
      'Số 10-KH/TW\n\nVĂN PHÒNG TỈNH ỦY LẠNG SƠN\nVĂN BẢN ĐẾN QUA MẠNG\nSố: 9095 Ngày: 06/09/2022\nChuyên: .....\nLưu hồ sơ: .....\n\n## KẾ HOẠCH\n\nA.';
    const doc = parseDocument(t);
    expect(
      doc.receipts.map((r) => ({
        receiver: r.receiver?.name,
        number: r.number,
        date: r.date,
        channel: r.channel,
      })),
    ).toEqual([
      {
        receiver: 'Văn phòng Tỉnh ủy Lạng Sơn',
        number: '9095',
        date: '2022-09-06',
        channel: 'qua mạng',
      },
    ]);
    expect(doc.document.number).toBe('10-KH/TW');
    expect(doc.document.headerBodies).toEqual([]);
    expect(doc.receipts[0]?.quote.startsWith('VĂN PHÒNG TỈNH ỦY LẠNG SƠN')).toBe(true);
  });
});
