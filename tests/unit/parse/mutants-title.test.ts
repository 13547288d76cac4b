/**
 * Tests that kill the surviving mutants of src/parse/header/title.ts (bench/results/mutation.md):
 * where a title stops (capitals then sentence case, a list item, a paragraph too long), when it
 * goes on over the blank lines of a DOCX conversion, the rest of the type line, the authority
 * line under the title and an official letter's "V/v" subject. Every expected value is read off
 * the invented text by hand.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

const parse = (t: string) => parseDocument(t, { registry: testRegistry() });

/** The title and its span, as `[start, end, quote]`, or null. */
function title(t: string): [string | null, [number, number] | null] {
  const d = parse(t).document;
  const span = d.titleSpan ? d.titleSpan.span : null;
  if (d.titleSpan)
    expect(t.slice(d.titleSpan.span.start, d.titleSpan.span.end)).toBe(d.titleSpan.quote);
  return [d.title, span && [span.start, span.end]];
}

describe('a title in capitals stops at a line in sentence case', () => {
  it('under the type line', () => {
    const t = 'KẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT SỐ 20\nThực hiện nội dung sau\n\nI. MỤC ĐÍCH\n';
    expect(title(t)).toEqual(['THỰC HIỆN NGHỊ QUYẾT SỐ 20', [9, 35]]);
  });

  it('in the paragraph after a blank line', () => {
    const t = 'KẾ HOẠCH\n\nTHỰC HIỆN NGHỊ QUYẾT SỐ 20\nThực hiện nội dung sau\n\nI. MỤC ĐÍCH\n';
    expect(title(t)).toEqual(['THỰC HIỆN NGHỊ QUYẾT SỐ 20', [10, 36]]);
  });

  it('but reads on into a line in lower case, whatever capitals it holds further on', () => {
    const t = 'KẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT SỐ 20\nvề công tác Phòng chống\n\nI. MỤC ĐÍCH\n';
    expect(title(t)).toEqual(['THỰC HIỆN NGHỊ QUYẾT SỐ 20 về công tác Phòng chống', [9, 59]]);
  });
});

describe('the paragraph after the type line', () => {
  it('is no title when it is a numbered item, a list entry ending in ";" or over 600 characters', () => {
    expect(title('KẾ HOẠCH\n\n123. Nội dung\n\nI. MỤC ĐÍCH\n')).toEqual([null, null]);
    expect(title('KẾ HOẠCH\n\nphòng, chống dịch;\n\nI. MỤC ĐÍCH\n')).toEqual([null, null]);
    expect(title(`KẾ HOẠCH\n\n${'a'.repeat(601)}\n\nI. MỤC ĐÍCH\n`)).toEqual([null, null]);
  });

  it('is the title with a ";" inside it, and at 600 characters', () => {
    expect(title('KẾ HOẠCH\n\nPhòng, chống dịch; cấp cứu\n\nI. MỤC ĐÍCH\n')).toEqual([
      'Phòng, chống dịch; cấp cứu',
      [10, 36],
    ]);
    expect(title(`KẾ HOẠCH\n\n${'a'.repeat(600)}\n\nI. MỤC ĐÍCH\n`)).toEqual([
      'a'.repeat(600),
      [10, 610],
    ]);
  });

  it('is looked for up to the end of the text without running past it', () => {
    expect(title('KẾ HOẠCH\n\n')).toEqual([null, null]);
    expect(title('KẾ HOẠCH\nThực hiện công tác\n\n')).toEqual(['Thực hiện công tác', [9, 27]]);
  });
});

describe('a title goes on over one blank line', () => {
  it('through several paragraphs in lower case', () => {
    const t =
      'KẾ HOẠCH\n\nThực hiện công tác\n\nvà bầu cử đại biểu\n\nnhiệm kỳ 2026-2031\n\nI. MỤC ĐÍCH\n';
    expect(title(t)).toEqual([
      'Thực hiện công tác và bầu cử đại biểu nhiệm kỳ 2026-2031',
      [10, 68],
    ]);
  });

  it('not over two blank lines, nor into a list entry ending in ";"', () => {
    expect(
      title('KẾ HOẠCH\n\nThực hiện công tác bầu cử\n\n\nvà bầu cử đại biểu\n\nI. MỤC ĐÍCH\n'),
    ).toEqual(['Thực hiện công tác bầu cử', [10, 35]]);
    expect(title('KẾ HOẠCH\n\nThực hiện công tác bầu cử\n\nvà bầu cử;\n\nI. MỤC ĐÍCH\n')).toEqual([
      'Thực hiện công tác bầu cử',
      [10, 35],
    ]);
  });

  it('in capitals only after a title that starts with "CỦA", also when "CỦA" ends the type line', () => {
    expect(
      title(
        'KẾT LUẬN CỦA\nĐỒNG CHÍ CHÁNH VĂN PHÒNG\n\nTẠI HỘI NGHỊ TOÀN QUỐC\n\nNgày 1/12, tại Hà Nội.\n',
      ),
    ).toEqual(['CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TẠI HỘI NGHỊ TOÀN QUỐC', [9, 61]]);
    expect(title('KẾ HOẠCH\n\nVỀ CÔNG TÁC CỦA ĐẢNG\n\nTẠI HỘI NGHỊ\n\nI. MỤC ĐÍCH\n')).toEqual([
      'VỀ CÔNG TÁC CỦA ĐẢNG',
      [10, 30],
    ]);
    expect(title('KẾ HOẠCH\n\nTHỰC HIỆN NGHỊ QUYẾT\n\nPHÒNG CHỐNG DỊCH\n\nI. MỤC ĐÍCH\n')).toEqual([
      'THỰC HIỆN NGHỊ QUYẾT',
      [10, 30],
    ]);
  });
});

describe('the rest of the type line', () => {
  it('is title, its span without the space after the type', () => {
    expect(title('KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT 20\n\nI. MỤC ĐÍCH\n')).toEqual([
      'THỰC HIỆN NGHỊ QUYẾT 20',
      [9, 32],
    ]);
  });

  it('is no title when it is a rule after a space', () => {
    expect(title('KẾ HOẠCH ------\nThực hiện X\n\nI. MỤC ĐÍCH\n')).toEqual([
      'Thực hiện X',
      [16, 27],
    ]);
  });
});

describe("a decision's authority line after a blank line", () => {
  it('belongs to the header, so the body opens with the Căn cứ', () => {
    const d = parse(
      'ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\n\nSố: 1/QĐ-UBND\n\nCà Mau, ngày 1 tháng 12 năm 2025\n\n' +
        'QUYẾT ĐỊNH\nCÔNG BỐ THỦ TỤC HÀNH CHÍNH\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n' +
        'Căn cứ Quyết định số 89/2025/QĐ-UBND ngày 15 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh;\n\n' +
        'QUYẾT ĐỊNH:\n\nĐiều 1. Công bố thủ tục hành chính.\n',
    );
    expect(d.document.title).toBe('CÔNG BỐ THỦ TỤC HÀNH CHÍNH');
    expect(d.outline.map((o) => o.text.slice(0, 14))).toEqual([
      'Căn cứ Quyết đ',
      'QUYẾT ĐỊNH:',
      'Công bố thủ tụ',
    ]);
  });
});

describe('the "V/v" subject of an official letter', () => {
  it('is found after blank lines under the number', () => {
    expect(
      title('BỘ Y TẾ\nSố: 12/BYT-KH\n\n\nV/v phòng chống dịch\n\nKính gửi: Sở Y tế.\n'),
    ).toEqual(['phòng chống dịch', [28, 44]]);
  });

  it('may be the last line of the text', () => {
    expect(title('BỘ Y TẾ\nSố: 12/BYT-KH\nV/v phòng chống dịch')).toEqual([
      'phòng chống dịch',
      [26, 42],
    ]);
  });

  it('reads on over its lines up to a line in capitals', () => {
    expect(
      title(
        'BỘ Y TẾ\nSố: 12/BYT-KH\nV/v phòng chống dịch\ntrong trường học\nỦY BAN NHÂN DÂN\n\nKính gửi: Sở Y tế.\n',
      ),
    ).toEqual(['phòng chống dịch trong trường học', [26, 59]]);
  });
});

describe("an official letter's subject", () => {
  it('stops at a line in capitals even when a number stands further on it', () => {
    expect(
      title(
        'BỘ Y TẾ\nSố: 12/BYT-KH\nV/v phòng chống dịch\nTRƯỜNG THPT SỐ 2\n\nKính gửi: Sở Y tế.\n',
      ),
    ).toEqual(['phòng chống dịch', [26, 42]]);
  });
});
