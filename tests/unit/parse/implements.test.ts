/**
 * Issue 18, capability 6: what a document implements, as State and Party texts write it.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { verbOfPrevious } from '../../../src/parse/references/relation.ts';

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

  it("a reference nested in another one's subject is its basis, not implemented", () => {
    expect(
      relations(
        PLAN(
          'Thực hiện Chương trình số 47-CTr/TU ngày 01/12/2022 của Tỉnh ủy về thực hiện Kết luận số 70-KL/TW, Thành phố ban hành Kế hoạch:',
        ),
      ),
    ).toEqual({ '47-CTr/TU': 'implements', '70-KL/TW': 'basis', '99-NQ/TW': 'cites' });
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
      'Luật Tổ chức chính quyền địa phương': 'basis',
      '37-CT/TW': 'implements',
      '416/QĐ-TTg': 'implements',
      '30/2020/NĐ-CP': 'basis',
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

  const BASIS = (preamble: string): string =>
    [
      'BAN CHẤP HÀNH TRUNG ƯƠNG',
      'Số: 383-QĐ/TW',
      'Hà Nội, ngày 05 tháng 8 năm 2025',
      'QUY ĐỊNH',
      'VỀ PHÔNG LƯU TRỮ',
      '',
      preamble,
      '',
      '**I- QUY ĐỊNH CHUNG**',
      '1. Căn cứ Luật số 12/2020/QH14, các cơ quan thực hiện.',
    ].join('\n');

  it.each([
    // bullets, and a number carried to the next line
    [
      '- Căn cứ Luật Lưu trữ số 33/2024/QH15, ngày\n21/6/2024 của Quốc hội;\n\n- Căn cứ Luật Bảo vệ bí mật nhà nước số\n29/2018/QH14, ngày 15/11/2018;\n\n- Xét đề nghị của Văn phòng,',
      {
        '33/2024/QH15': 'basis',
        '29/2018/QH14': 'basis',
        // the law's name is read as a named mention of its own, without its number
        'Luật Lưu trữ': 'basis',
        'Luật Bảo vệ bí mật nhà nước': 'basis',
      },
    ],
    // one paragraph listing laws, an amending law, and directives nested in a plan's subject
    [
      'Căn cứ Luật Bầu cử số 85/2015/QH13, ngày 25/6/2015 và được sửa đổi tại Luật số 83/2025/QH15; Chỉ thị số 46-CT/TW, ngày 16/5/2025 của Bộ Chính trị; Kế hoạch số 21-KH/ĐU của Đảng ủy về triển khai thực hiện Chỉ thị số 46-CT/TW;',
      {
        'Luật Bầu cử': 'basis',
        '85/2015/QH13': 'basis',
        '83/2025/QH15': 'basis',
        '46-CT/TW': 'implements',
        '21-KH/ĐU': 'implements',
      },
    ],
    // "Căn cứ:" over a list; a number with a dot
    [
      'Căn cứ:\n- Nghị quyết số 66.2/2025/NQ-CP ngày 28/7/2025 của Chính phủ;\n- Nghị định số 30/2020/NĐ-CP;\nXét đề nghị của Sở Nội vụ,',
      { '66.2/2025/NQ-CP': 'implements', '30/2020/NĐ-CP': 'basis' },
    ],
    // in a Thực hiện paragraph, a document in the subject of the implemented one is its basis
    [
      'Thực hiện Kế hoạch số 14-KH/TU của Tỉnh ủy về thi hành Luật số 15/2019/QH14,',
      { '14-KH/TU': 'implements', '15/2019/QH14': 'basis' },
    ],
  ])('the Căn cứ paragraphs of %#: every document named is implemented or the basis', (p, want) => {
    expect(relations(BASIS(p))).toEqual({ '12/2020/QH14': 'cites', ...want });
  });

  it('the state of an implementation, even across a wrapped title line, is a subject', () => {
    const t = [
      'VĂN PHÒNG CHÍNH PHỦ',
      'Số: 659/TB-VPCP',
      'Hà Nội, ngày 29 tháng 11 năm 2025',
      'THÔNG BÁO',
      'KẾT LUẬN TẠI CUỘC HỌP VỀ TÌNH',
      'HÌNH THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW NGÀY 30/4/2025 CỦA BỘ CHÍNH TRỊ',
      'Ngày 20 tháng 11 năm 2025, Phó Thủ tướng chủ trì cuộc họp về kết quả triển khai Nghị quyết số 140/NQ-CP.',
      '1. Các Bộ tập trung rà soát.',
    ].join('\n');
    expect(relations(t)).toEqual({ '66-NQ/TW': 'cites', '140/NQ-CP': 'cites' });
    expect(
      relations(
        PLAN(
          'V/v tháo gỡ khó khăn trong việc triển khai Nghị định số 136/2025/NĐ-CP, Thành phố đề nghị:',
        ),
      ),
    ).toEqual({ '136/2025/NĐ-CP': 'cites', '99-NQ/TW': 'cites' });
  });

  it.each([
    // the verb ends the previous document's title: nothing separates them
    [' ngay 17/5/2025 cua chinh phu thuc hien ', '140', 30, true],
    // a new line, a comma, "và" or "để" start a clause of the document's own
    ['\nthuc hien ', '140', 30, false],
    [', thuc hien ', '140', 30, false],
    [' va thuc hien ', '140', 30, false],
    // no previous mention, or one far back
    [' thuc hien ', null, 30, false],
    [' thuc hien ', '140', 200, false],
  ])('verbOfPrevious(%j, %s, %i) = %s', (back, prev, gap, want) => {
    expect(verbOfPrevious(back, prev, gap)).toBe(want);
  });
});
