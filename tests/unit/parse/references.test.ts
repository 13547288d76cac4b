import { describe, expect, it } from 'vitest';
import { parseDocument, type Reference } from '../../../src/parse/index.ts';

const refs = (t: string): Reference[] => parseDocument(t).references;
const byNumber = (rs: Reference[], n: string): Reference =>
  rs.find((r) => r.number === n) as Reference;

describe('references', () => {
  it('reads number, type, date, issuer, term and subject as written', () => {
    const r = refs(
      'KẾ HOẠCH\n\nThực hiện Nghị quyết số 20-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới kinh tế tập thể, Bộ Chính trị ban hành Kế hoạch như sau:\n\nI. NHIỆM VỤ\n1. A.',
    )[0];
    expect(r).toMatchObject({
      number: '20-NQ/TW',
      type: 'Nghị quyết',
      date: '2022-06-16',
      issuer: 'Ban Chấp hành Trung ương Đảng',
      term: 'khóa XIII',
      subject: 'tiếp tục đổi mới kinh tế tập thể',
      relation: 'implements',
    });
  });

  it('normalises spaced numbers and State numbers', () => {
    const rs = refs(
      'Căn cứ Kế hoạch số 67 -KH/HU; Nghị quyết số 09/NQ-CP ngày 03/02/2023 của Chính phủ; Nghị định 30/2020/NĐ-CP.',
    );
    expect(rs.map((r) => [r.number, r.type])).toEqual([
      ['67-KH/HU', 'Kế hoạch'],
      ['09/NQ-CP', 'Nghị quyết'],
      ['30/2020/NĐ-CP', 'Nghị định'],
    ]);
  });

  it('resolves an alias ("sau đây gọi là Nghị quyết 20") and later mentions of it', () => {
    const t =
      'Thực hiện Nghị quyết số 20-NQ/TW (sau đây gọi là Nghị quyết 20), Bộ Chính trị ban hành Kế hoạch:\n\nI. NHIỆM VỤ\n1. Quán triệt Nghị quyết 20 và thực hiện Nghị quyết 20.';
    const r = refs(t)[0] as Reference;
    expect(r.aliases.map((a) => a.quote)).toEqual(['Nghị quyết 20']);
    expect(r.mentions.map((m) => m.quote)).toEqual([
      'Nghị quyết số 20-NQ/TW',
      'Nghị quyết 20',
      'Nghị quyết 20',
    ]);
    expect(refs(t)).toHaveLength(1);
  });

  it('gives "sau đây gọi tắt là Kết luận" to the Kết luận, not to a nested resolution', () => {
    const t =
      'Thực hiện Kết luận số 70-KL/TW, ngày 09/3/2020 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết Trung ương 5 khóa IX về kinh tế tập thể (sau đây gọi tắt là Kết luận), Ban Thường vụ xây dựng kế hoạch:\n\nI. MỤC ĐÍCH\n- Thực hiện Kết luận.';
    const rs = refs(t);
    expect(byNumber(rs, '70-KL/TW').aliases.map((a) => a.quote)).toEqual(['Kết luận']);
    expect(byNumber(rs, '70-KL/TW').mentions).toHaveLength(2);
    const named = rs.find((r) => r.number === null);
    expect(named).toMatchObject({
      description: 'Nghị quyết Trung ương 5 khóa IX',
      term: 'khóa IX',
      relation: 'basis',
    });
  });

  it('keeps documents named without a number', () => {
    const rs = refs(
      'I. NHIỆM VỤ\n- Sửa đổi Luật Hợp tác xã năm 2012 phù hợp; triển khai Chiến lược phát triển kinh tế tập thể, hợp tác xã giai đoạn 2021 - 2030.',
    );
    expect(rs.map((r) => r.description)).toEqual([
      'Luật Hợp tác xã năm 2012',
      'Chiến lược phát triển kinh tế tập thể, hợp tác xã giai đoạn 2021 - 2030',
    ]);
  });

  it('implements what the preamble implements (also listed after it), rests on what it nests, cites what the body names', () => {
    const t =
      'Thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng (sau đây viết tắt là Nghị quyết số 20-NQ/TW), Chương trình hành động số 47-CTr/TU ngày 01/12/2022 của Ban Chấp hành Đảng bộ tỉnh về thực hiện Kết luận số 70-KL/TW, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:\n\nI. NHIỆM VỤ\n1. Thực hiện Chỉ thị số 05-CT/TW.';
    const rs = refs(t);
    expect(Object.fromEntries(rs.map((r) => [r.number, r.relation]))).toEqual({
      '20-NQ/TW': 'implements',
      '47-CTr/TU': 'implements',
      '70-KL/TW': 'basis',
      '05-CT/TW': 'cites',
    });
  });

  it('flags a number cited once beside a near-identical number cited many times', () => {
    const t =
      'Thực hiện Nghị quyết số 20-NQ/TW.\n\nI. MỤC TIÊU\n1. Thực hiện Nghị quyết số 29-NQ/TW.\n2. Nghị quyết số 20-NQ/TW.\n3. Nghị quyết số 20-NQ/TW.';
    const rs = refs(t);
    expect(byNumber(rs, '29-NQ/TW')).toMatchObject({ doubtful: true, probably: '20-NQ/TW' });
    expect(byNumber(rs, '20-NQ/TW').doubtful).toBe(false);
    expect(parseDocument(t).warnings.map((w) => w.code)).toContain('doubtful-reference');
  });

  it('does not flag two distinct numbers cited once each', () => {
    const rs = refs('Thực hiện Nghị quyết số 20-NQ/TW và Nghị quyết số 29-NQ/TW.');
    expect(rs.every((r) => !r.doubtful)).toBe(true);
  });

  it('never reads the document own number, a copy number or a stamp number as a reference', () => {
    const t =
      'Số 10-KH/TW\n\nVĂN BẢN ĐẾN\nSố: 9095 Ngày: 06/09/2022\n\nKẾ HOẠCH\n\nA.\n\nI. NHIỆM VỤ\n1. B.\n\nTỈNH ỦY LẠNG SƠN\nSố 156-SY/TU\nSAO Y\nLạng Sơn, ngày 09 tháng 9 năm 2022';
    expect(refs(t)).toEqual([]);
  });
});

describe('short mentions of another issuer', () => {
  it('"Nghị quyết 20 của Quốc hội" is not the party resolution 20-NQ/TW', () => {
    const rs = parseDocument(
      'Thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng (sau đây gọi là Nghị quyết 20).\n\nI. NHIỆM VỤ\n1. Thể chế hóa Nghị quyết 20 trong Nghị quyết 20 của Quốc hội.',
    ).references;
    expect(rs[0]?.mentions.map((m) => m.quote)).toEqual([
      'Nghị quyết số 20-NQ/TW',
      'Nghị quyết 20',
    ]);
  });
});
