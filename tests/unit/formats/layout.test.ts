/**
 * Layout to text, on positioned words laid out as the layout cases of issue 11 describe (the real
 * PDFs and scans are read in readers.test.ts and ocr.test.ts): a two-column header, a table
 * across a page break, a hard-wrapped recipient list, a page footer in the middle of a task;
 * and the map from text offsets back to page and box.
 */
import { describe, expect, it } from 'vitest';
import { layoutPages, regionsOf } from '../../../src/formats/index.ts';
import type { PageWords } from '../../../src/formats/layout/lines.ts';
import type { PlacedWord } from '../../../src/formats/types.ts';

const SIZE = 13;
const CHAR = 6.5;

/** Words of `text` from x on the line at y (one PlacedWord per word, widths by character count). */
function line(page: number, x: number, y: number, text: string): PlacedWord[] {
  const out: PlacedWord[] = [];
  let at = x;
  for (const w of text.split(' ')) {
    out.push({ text: w, page, x: at, y, width: w.length * CHAR, height: SIZE });
    at += (w.length + 1) * CHAR;
  }
  return out;
}

const page = (n: number, ...lines: PlacedWord[][]): PageWords => ({
  page: n,
  width: 595,
  height: 842,
  words: lines.flat(),
});

/** A justified body line from the left margin (70) to the right one (525), a word gap at least 2. */
function full(n: number, y: number, text: string): PlacedWord[] {
  const words = text.split(' ');
  const chars = words.join('').length;
  const char = Math.min(CHAR, (455 - 2 * (words.length - 1)) / chars);
  const gap = (455 - chars * char) / Math.max(1, words.length - 1);
  let at = 70;
  return words.map((w) => {
    const placed = { text: w, page: n, x: at, y, width: w.length * char, height: SIZE };
    at += w.length * char + gap;
    return placed;
  });
}

describe('layout', () => {
  it('two-column header: issuing body, then banner and place/date, never interleaved', () => {
    const p = page(
      1,
      line(1, 90, 60, 'ĐẢNG BỘ TỈNH LẠNG SƠN'),
      line(1, 330, 60, 'ĐẢNG CỘNG SẢN VIỆT NAM'),
      line(1, 95, 76, 'HUYỆN ỦY VĂN QUAN'),
      line(1, 310, 90, 'Văn Quan, ngày 12 tháng 3 năm 2024'),
      line(1, 130, 92, '*'),
      line(1, 100, 108, 'Số 45-KH/HU'),
      line(1, 250, 150, 'KẾ HOẠCH'),
      full(
        1,
        175,
        'Thực hiện Chỉ thị số 25-CT/TW của Ban Bí thư, Ban Thường vụ Huyện ủy xây dựng kế hoạch',
      ),
      line(1, 70, 191, 'như sau:'),
    );
    const { text } = layoutPages([p]);
    expect(text).toBe(
      [
        'ĐẢNG BỘ TỈNH LẠNG SƠN',
        'HUYỆN ỦY VĂN QUAN',
        '*',
        'Số 45-KH/HU',
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'Văn Quan, ngày 12 tháng 3 năm 2024',
        'KẾ HOẠCH',
        'Thực hiện Chỉ thị số 25-CT/TW của Ban Bí thư, Ban Thường vụ Huyện ủy xây dựng kế hoạch như sau:',
      ].join('\n\n'),
    );
  });

  it('a table across a page break comes out as one run of pipe rows, cells continued', () => {
    const cols = [70, 110, 330, 440];
    const row = (n: number, y: number, cells: string[]) =>
      cells.flatMap((c, k) => (c === '' ? [] : line(n, cols[k] as number, y, c)));
    const p1 = page(
      1,
      full(
        1,
        600,
        'Các cơ quan, đơn vị thực hiện các nhiệm vụ trong bảng dưới đây theo đúng tiến độ.',
      ),
      row(1, 630, ['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian']),
      row(1, 650, ['1', 'Rà soát văn bản', 'Sở Tư pháp', 'Quý II/2025']),
      row(1, 666, ['', 'quy phạm pháp luật', '', '']),
      line(1, 290, 800, '1'),
    );
    const p2 = page(
      2,
      line(2, 290, 40, '2'),
      row(2, 70, ['2', 'Tập huấn cán bộ', 'Sở Nội vụ', 'Năm 2025']),
      full(
        2,
        110,
        'Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện kế hoạch này.',
      ),
    );
    const { text } = layoutPages([p1, p2]);
    expect(text).toContain(
      [
        '| TT | Nhiệm vụ | Chủ trì | Thời gian |',
        '| 1 | Rà soát văn bản quy phạm pháp luật | Sở Tư pháp | Quý II/2025 |',
        '| 2 | Tập huấn cán bộ | Sở Nội vụ | Năm 2025 |',
      ].join('\n'),
    );
    expect(text).not.toMatch(/^\s*[12]\s*$/m);
  });

  it('a hard-wrapped recipient list: a wrapped item is joined, each item stays a line', () => {
    const p = page(
      1,
      line(1, 70, 600, 'Nơi nhận:'),
      line(1, 70, 614, '- Ban Thường vụ Tỉnh ủy (để báo cáo);'),
      line(1, 70, 628, '- Các đồng chí Huyện ủy viên, các tổ chức cơ sở'),
      line(1, 70, 642, 'đảng trực thuộc;'),
      line(1, 70, 656, '- Lưu Văn phòng Huyện ủy.'),
    );
    const { text } = layoutPages([p]);
    expect(text.trim().split('\n\n')).toEqual([
      'Nơi nhận:',
      '- Ban Thường vụ Tỉnh ủy (để báo cáo);',
      '- Các đồng chí Huyện ủy viên, các tổ chức cơ sở đảng trực thuộc;',
      '- Lưu Văn phòng Huyện ủy.',
    ]);
  });

  it('a page footer and page number in the middle of a task are dropped, the task joined', () => {
    const footer = (n: number) => line(n, 150, 815, `Kế hoạch số 45-KH/HU - Trang ${n}`);
    const p1 = page(
      1,
      full(
        1,
        760,
        '2. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Trung tâm Chính trị huyện tổ chức',
      ),
      full(
        1,
        776,
        'quán triệt, học tập Chỉ thị đến cán bộ, đảng viên trong toàn Đảng bộ huyện; hoàn',
      ),
      footer(1),
    );
    const p2 = page(
      2,
      line(2, 290, 30, '- 2 -'),
      line(2, 70, 60, 'thành trong quý II năm 2024.'),
      line(2, 70, 90, '3. Văn phòng Huyện ủy theo dõi, tổng hợp.'),
      footer(2),
    );
    const { text } = layoutPages([p1, p2]);
    expect(text).not.toContain('Trang');
    expect(text).toContain(
      'Trung tâm Chính trị huyện tổ chức quán triệt, học tập Chỉ thị đến cán bộ, đảng viên trong toàn Đảng bộ huyện; hoàn thành trong quý II năm 2024.\n\n3. Văn phòng',
    );
  });

  it('a centred title block keeps its lines: type, then the trích yếu below it', () => {
    const centred = (y: number, text: string) => line(1, 297.5 - (text.length * CHAR) / 2, y, text);
    const p = page(
      1,
      centred(150, 'KẾ HOẠCH'),
      centred(166, 'triển khai thực hiện Kết luận số 70-KL/TW'),
      centred(182, 'của Bộ Chính trị về kinh tế tập thể'),
      full(1, 220, 'Thực hiện Chương trình hành động số 46-CTr/TU của Ban Thường vụ Tỉnh ủy, cụ'),
      line(1, 70, 236, 'thể như sau:'),
    );
    const { text } = layoutPages([p]);
    expect(text.trim()).toBe(
      'KẾ HOẠCH\ntriển khai thực hiện Kết luận số 70-KL/TW\ncủa Bộ Chính trị về kinh tế tập thể\n\n' +
        'Thực hiện Chương trình hành động số 46-CTr/TU của Ban Thường vụ Tỉnh ủy, cụ thể như sau:',
    );
  });

  it('a type in capitals over two lines stays one block, apart from its lower-case trích yếu', () => {
    const p = page(
      1,
      line(1, 70, 60, 'CHƯƠNG TRÌNH HÀNH ĐỘNG'),
      line(1, 70, 78, 'CỦA BAN THƯỜNG VỤ TỈNH ỦY'),
      line(1, 70, 96, 'thực hiện Nghị quyết số 20-NQ/TW'),
    );
    const { text } = layoutPages([p]);
    expect(text.trim()).toBe(
      'CHƯƠNG TRÌNH HÀNH ĐỘNG\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\n\nthực hiện Nghị quyết số 20-NQ/TW',
    );
  });

  it('paragraphs set apart by space: a full line ending a sentence, a year and a code wrap on', () => {
    const p = page(
      1,
      full(1, 100, 'Thể chế hoá các nội dung trong Nghị quyết 20 theo thẩm quyền của Quốc hội.'),
      full(1, 118, 'Nâng cao hiệu quả thực thi pháp luật về kinh tế tập thể (thực hiện từ năm'),
      line(1, 70, 136, '2023).'),
      full(1, 164, 'Đảng đoàn Quốc hội chủ trì, phối hợp triển khai Chương trình hành động số 47-'),
      line(1, 70, 182, 'CTr/TU của Ban Thường vụ Tỉnh ủy.'),
      line(1, 70, 210, 'Ban Chấp hành'),
      line(1, 70, 228, 'Trung ương Đảng khóa XIII.'),
    );
    const { text } = layoutPages([p]);
    expect(text.trim().split('\n\n')).toEqual([
      'Thể chế hoá các nội dung trong Nghị quyết 20 theo thẩm quyền của Quốc hội. Nâng cao hiệu quả thực thi pháp luật về kinh tế tập thể (thực hiện từ năm 2023).',
      'Đảng đoàn Quốc hội chủ trì, phối hợp triển khai Chương trình hành động số 47-CTr/TU của Ban Thường vụ Tỉnh ủy.',
      'Ban Chấp hành\nTrung ương Đảng khóa XIII.',
    ]);
  });

  it('without space between paragraphs, a line ending a sentence ends its paragraph', () => {
    const p = page(
      1,
      full(1, 100, 'Thể chế hoá các nội dung trong Nghị quyết 20 theo thẩm quyền của Quốc hội.'),
      full(1, 118, 'Nâng cao hiệu quả thực thi pháp luật về kinh tế tập thể trên địa bàn tỉnh.'),
    );
    const { text } = layoutPages([p]);
    expect(text.trim().split('\n\n')).toHaveLength(2);
  });

  it('loose accent glyphs printed in the bottom band across a page break are dropped', () => {
    const debris = ['Ế', 'Ể'].map((g) => g.normalize('NFD')).join(' ');
    const p1 = page(1, full(1, 700, 'Các cấp uỷ, tổ chức đảng tập trung xây dựng chương trình.'));
    const p1WithDebris = { ...p1, words: [...p1.words, ...line(1, 386, 800, debris)] };
    const { text } = layoutPages([p1WithDebris]);
    expect(text.trim()).toBe('Các cấp uỷ, tổ chức đảng tập trung xây dựng chương trình.');
  });

  it('maps a span back to its page and the union of its words’ boxes', () => {
    const p1 = page(1, line(1, 100, 108, 'Số 45-KH/HU'));
    const p2 = page(2, line(2, 70, 60, 'Ban Tuyên giáo chủ trì.'));
    const { text, segments } = layoutPages([p1, p2]);
    const at = text.indexOf('45-KH/HU');
    expect(regionsOf(segments, at, at + 8)).toEqual([
      { page: 1, box: { x: 100 + 3 * CHAR, y: 108, width: 8 * CHAR, height: SIZE } },
    ]);
    const from = text.indexOf('Số');
    const to = text.indexOf('chủ trì') + 'chủ trì'.length;
    const regions = regionsOf(segments, from, to);
    expect(regions.map((r) => r.page)).toEqual([1, 2]);
    expect(regions[1]?.box).toEqual({
      x: 70,
      y: 60,
      width: 'Ban Tuyên giáo chủ trì.'.length * CHAR,
      height: SIZE,
    });
    for (const s of segments) {
      const src = [p1, p2]
        .flatMap((p) => p.words)
        .find((w) => w.page === s.page && w.x === s.box?.x && w.y === s.box?.y);
      expect(text.slice(s.start, s.end)).toBe(src?.text);
    }
  });
});
