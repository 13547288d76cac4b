/**
 * One focused test per trap of docs/domain.md §6 (real-text traps, all present in the seeds), written
 * on small inputs so that each fails for its own reason.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument, type ParsedDocument } from '../../../src/parse/index.ts';
import { readSeed, spanProblems, testRegistry } from './helpers.ts';

const parse = (t: string): ParsedDocument => parseDocument(t, { registry: testRegistry() });
const task = (body: string) => parse(`KẾ HOẠCH\n\nA.\n\nI. NHIỆM VỤ\n\n${body}`).tasks[0];

describe('docs/domain.md §6 traps', () => {
  it('names containing "và" or " - " are not split', () => {
    const t = task(
      '1. Ban A chủ trì, phối hợp với Ban cán sự đảng Bộ Kế hoạch và Đầu tư, Ban cán sự đảng Bộ Thông tin và Truyền thông, các tổ chức chính trị - xã hội và Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh thực hiện.',
    );
    expect(t?.coordinators.map((a) => a.mention)).toEqual([
      'Ban cán sự đảng Bộ Kế hoạch và Đầu tư',
      'Ban cán sự đảng Bộ Thông tin và Truyền thông',
      'các tổ chức chính trị - xã hội',
      'Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh',
    ]);
  });

  it('shared suffixes: "BTV Huyện ủy, TT HĐND, UBND, UBMT huyện" is four bodies; "Lưu VP,BTG Đảng ủy Khối" two archives', () => {
    const rs = parse(
      'Nơi nhận:\n- BTV Huyện ủy, TT HĐND, UBND, UBMT huyện,\n- Lưu VP,BTG Đảng ủy Khối.',
    ).recipients;
    expect(rs.map((r) => r.name)).toEqual([
      'Ban Thường vụ Huyện ủy',
      'Thường trực Hội đồng nhân dân huyện',
      'Ủy ban nhân dân huyện',
      'Ủy ban Mặt trận Tổ quốc huyện',
      'Văn phòng Đảng ủy Khối',
      'Ban Tuyên giáo Đảng ủy Khối',
    ]);
    expect(rs.slice(4).every((r) => r.purpose === 'lưu')).toBe(true);
    const group = parse('Nơi nhận:\n- Các huyện, thị, thành ủy,\n- Lưu VT.').recipients[0];
    expect(group?.name).toBe('Các huyện ủy, thị ủy, thành ủy');
  });

  it('abbreviations are expanded in names, kept verbatim in mentions', () => {
    const r = parse(
      'Nơi nhận:\n- Các đ/c UVBCH Đảng bộ tỉnh,\n- Sở NN&PTNT,\n- Lưu VT.',
    ).recipients;
    expect(r.map((x) => [x.mention, x.name])).toEqual([
      ['Các đ/c UVBCH Đảng bộ tỉnh', 'Các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh'],
      ['Sở NN&PTNT', 'Sở Nông nghiệp và Phát triển nông thôn'],
      ['VT', 'Văn thư'],
    ]);
  });

  it('relative names are passed to the resolver with the document as context, never merged on name alone', () => {
    const seen: string[] = [];
    parseDocument('KẾ HOẠCH\n\nA.\n\nI. NHIỆM VỤ\n\n1. Ban Tuyên giáo Tỉnh ủy chủ trì.', {
      documentKey: 'doc-a',
      resolve: (mention, ctx) => {
        seen.push(`${mention}@${ctx.documentKey}`);
        return {
          kind: 'organization',
          id: `${ctx.documentKey}/btg`,
          name: mention,
          mention,
          confidence: 0.5,
          rule: 'test',
        };
      },
    });
    expect(seen).toContain('Ban Tuyên giáo Tỉnh ủy@doc-a');
  });

  it('Unicode: NFD text and reformed tone placement read like NFC text; spans stay on the original', () => {
    const nfc =
      'KẾ HOẠCH\n\nA.\n\nI. NHIỆM VỤ\n\n1. Các tỉnh uỷ, thành uỷ chủ trì, phối hợp với Ban Tuyên giáo Trung ương thực hiện (hoàn thành trong quý IV/2022).';
    const nfd = nfc.normalize('NFD');
    const a = parseDocument(nfc).tasks[0];
    const b = parseDocument(nfd).tasks[0];
    expect(b?.lead.map((x) => x.name.normalize('NFC'))).toEqual(a?.lead.map((x) => x.name));
    expect(b?.deadline?.end).toBe('2022-12-31');
    expect(spanProblems(nfd, parseDocument(nfd))).toEqual([]);
    expect(b?.coordinators[0]?.quote).toBe('Ban Tuyên giáo Trung ương'.normalize('NFD'));
  });

  it('OCR damage: "tinh phôi hợp", "năm-2030", "67 -KH/HU", a word split across a page break', () => {
    const t1 = task(
      '**3. Liên minh Hợp tác xã tinh phôi hợp với các cơ quan có liên quan** tăng cường tuyên truyền.',
    );
    expect(t1?.lead.map((a) => a.mention)).toEqual(['Liên minh Hợp tác xã tinh']);
    expect(t1?.coordinators.map((a) => a.mention)).toEqual(['các cơ quan có liên quan']);
    expect(
      parse('II- MỤC TIÊU\n\n2.1. Đến năm-2030\n\n- Tối thiểu 70% hợp tác xã xếp loại tốt.')
        .targets[0]?.year,
    ).toBe(2030);
    expect(parse('Số 67 -KH/HU\n\nKẾ HOẠCH\n\nA.').document.number).toBe('67-KH/HU');
    const t2 = task(
      '1. Ban A chủ trì hướng dẫn học tập Nghị quyết và Kế\n\nhoạch thực hiện (hoàn thành trong tháng 9/2022).',
    );
    expect(t2?.text).toBe(
      'Ban A chủ trì hướng dẫn học tập Nghị quyết và Kế hoạch thực hiện (hoàn thành trong tháng 9/2022).',
    );
    expect(t2?.deadline?.end).toBe('2022-09-30');
  });

  it('OCR damage: a recipient split over two lines, markdown noise, a duplicated line, a lost brace', () => {
    const doc = parse(
      '#### Nơi nhận:\n\n- **Ban Bí thư Trung ương**\n- Đoàn Thanh niên Cộng sản Hồ Chí Minh,\n- Văn phòng Trung ương Đảng,\n- Văn phòng Trung ương Đảng,\n- Lưu VPTU.\n- } (để b/c)',
    );
    expect(doc.recipients.map((r) => r.name)).toEqual([
      'Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
      'Văn phòng Trung ương Đảng',
      'Văn phòng Tỉnh ủy',
    ]);
    expect(doc.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['duplicate-recipient', 'brace-reach-lost']),
    );
  });

  it('likely typos are kept and flagged doubtful, not corrected (seed 003)', () => {
    const doc = parse(readSeed('003_c1ef8345d186a5d7.txt'));
    const r = doc.references.find((x) => x.number === '29-NQ/TW');
    expect(r).toMatchObject({ doubtful: true, probably: '20-NQ/TW', relation: 'cites' });
    expect(r?.quote).toBe('Nghị quyết số 29-NQ/TW');
  });

  it('numbering faults: two parts numbered "III-" get distinct ids (seed 003)', () => {
    const doc = parse(readSeed('003_c1ef8345d186a5d7.txt'));
    const parts = doc.outline.filter((n) => n.label === 'III');
    expect(parts).toHaveLength(2);
    expect(parts[0]?.id).not.toBe(parts[1]?.id);
    const ids = doc.tasks.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.tasks.some((t) => t.section.startsWith('III#2'))).toBe(true);
  });

  it('headers out of order: the stamp interleaved with the header, two "Nơi nhận" blocks (seed 000)', () => {
    const doc = parse(readSeed('000_20a41b9271eee9a1.txt'));
    expect(doc.document).toMatchObject({
      number: '10-KH/TW',
      issuedDate: '2022-08-23',
      place: 'Hà Nội',
    });
    expect(doc.receipts).toHaveLength(1);
    expect(doc.recipients.map((r) => r.mention)).not.toContain('Ban Thường vụ Tỉnh đoàn');
    expect(doc.copies[0]?.recipients.map((r) => r.mention)).toContain('Ban Thường vụ Tỉnh đoàn');
    expect(doc.document.issuer).toMatchObject({ name: 'Bộ Chính trị', source: 'preamble' });
    expect(doc.document.headerBodies.map((q) => q.quote)).toEqual(['BAN CHẤP HÀNH TRUNG ƯƠNG']);
  });

  it('persons: a signer is a name with capacity and title, nothing more', () => {
    const s = parse(readSeed('001_655f8d64d6a8d424.txt')).document.signer;
    expect(s).toMatchObject({
      name: 'Võ Văn Kiệt',
      capacity: 'T/M',
      onBehalfOf: 'Ban Thường vụ',
      title: 'Bí thư',
    });
    expect(Object.keys(s ?? {})).not.toContain('id');
  });
});
