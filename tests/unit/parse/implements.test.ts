/**
 * Issue 18, capability 6: what a document implements, as State and Party texts write it.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';

const relations = (t: string): Record<string, string> =>
  Object.fromEntries(
    parseDocument(t).references.map((r) => [r.number ?? r.description ?? '', r.relation]),
  );

const PLAN = (preamble: string): string =>
  [
    'ỦY BAN NHÂN DÂN',
    'THÀNH PHỐ HÀ NỘI',
    'Số: 310/KH-UBND',
    'Hà Nội, ngày 24 tháng 11 năm 2025',
    'KẾ HOẠCH',
    'PHÁT TRIỂN HẠ TẦNG 5G',
    preamble,
    'I. MỤC ĐÍCH',
    '1. Triển khai Nghị quyết số 99-NQ/TW.',
  ].join('\n');

describe('what a document implements', () => {
  it('a verb with adverbs before the reference', () => {
    expect(
      relations(
        PLAN(
          'Triển khai thực hiện hiệu quả Quyết định số 06/QĐ-TTg ngày 02/01/2025 của Thủ tướng Chính phủ, Ủy ban nhân dân Thành phố ban hành Kế hoạch như sau:',
        ),
      ),
    ).toEqual({ '06/QĐ-TTg': 'implements', '99-NQ/TW': 'cites' });
    expect(
      relations(PLAN('Để thực hiện có hiệu quả Chỉ thị số 05-CT/TW, Thành phố ban hành Kế hoạch:')),
    ).toEqual({ '05-CT/TW': 'implements', '99-NQ/TW': 'cites' });
  });

  it('a list of references with their tails, separated by ";" or ","', () => {
    expect(
      relations(
        PLAN(
          'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ; Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ ban hành Chương trình hành động; Kế hoạch số 139/KH-UBND ngày 10/3/2025 của Ủy ban nhân dân Thành phố, Ủy ban nhân dân Thành phố ban hành Kế hoạch như sau:',
        ),
      ),
    ).toEqual({
      '57-NQ/TW': 'implements',
      '03/NQ-CP': 'implements',
      '139/KH-UBND': 'implements',
      '99-NQ/TW': 'cites',
    });
    expect(
      relations(
        PLAN(
          'Thực hiện Kế hoạch số 14-KH/TU ngày 05/6/2025 của Tỉnh ủy, Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
        ),
      ),
    ).toEqual({ '14-KH/TU': 'implements', '66-NQ/TW': 'implements', '99-NQ/TW': 'cites' });
  });

  it("a reference nested in another one's subject is cited", () => {
    expect(
      relations(
        PLAN(
          'Thực hiện Chương trình số 47-CTr/TU ngày 01/12/2022 của Tỉnh ủy về thực hiện Kết luận số 70-KL/TW, Thành phố ban hành Kế hoạch:',
        ),
      ),
    ).toEqual({ '47-CTr/TU': 'implements', '70-KL/TW': 'cites', '99-NQ/TW': 'cites' });
  });

  it('every Căn cứ paragraph: directives are implemented, laws are the legal basis', () => {
    const t = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH KON TUM',
      'Số: 435/QĐ-UBND',
      'Kon Tum, ngày 04 tháng 5 năm 2020',
      'QUYẾT ĐỊNH',
      'BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'Căn cứ Chỉ thị số 37-CT/TW ngày 03 tháng 9 năm 2019 của Ban Bí thư;',
      'Căn cứ Quyết định số 416/QĐ-TTg ngày 25 tháng 3 năm 2020 của Thủ tướng Chính phủ;',
      'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;',
      'Thực hiện Kế hoạch số 119-KH/TU ngày 18 tháng 12 năm 2019 của Ban Thường vụ Tỉnh ủy;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động.',
    ].join('\n');
    expect(relations(t)).toEqual({
      'Luật Tổ chức chính quyền địa phương': 'cites',
      '37-CT/TW': 'implements',
      '416/QĐ-TTg': 'implements',
      '30/2020/NĐ-CP': 'cites',
      '119-KH/TU': 'implements',
    });
  });

  it('a title naming two documents, and one reference whatever the case of its number', () => {
    const t = [
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ HỒ CHÍ MINH',
      'Số: 2820/QĐ-UBND',
      'Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025',
      'QUYẾT ĐỊNH',
      'BAN HÀNH KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025 CỦA THỦ TƯỚNG CHÍNH PHỦ VÀ QUYẾT ĐỊNH SỐ 3103/QĐ-BTC NGÀY 05 THÁNG 9 NĂM 2025 CỦA BỘ TÀI CHÍNH',
      'Căn cứ Quyết định số 06/QĐ-TTg ngày 02 tháng 01 năm 2025 của Thủ tướng Chính phủ;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành Kế hoạch triển khai Quyết định số 3103/QĐ-BTC và Chương trình 12-CTR/TU, Chương trình số 12-CTr/TU.',
    ].join('\n');
    const refs = parseDocument(t).references;
    expect(refs.map((r) => [r.number, r.relation, r.issuer, r.mentions.length])).toEqual([
      ['06/QĐ-TTg', 'implements', 'THỦ TƯỚNG CHÍNH PHỦ', 2],
      ['3103/QĐ-BTC', 'implements', 'BỘ TÀI CHÍNH', 2],
      ['12-CTr/TU', 'cites', null, 2],
    ]);
  });
});
