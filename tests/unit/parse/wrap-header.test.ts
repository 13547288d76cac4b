/** Headers that arrive hard-wrapped (issue 18, point 7): a wrap re-joins or cuts header fields. */
import { describe, expect, it } from 'vitest';
import { splitFlattenedHeader } from '../../../src/parse/text/flattened.ts';
import { softBreaks } from '../../../src/parse/text/unwrap.ts';

describe('hard-wrapped headers', () => {
  it.each([
    [
      // a subject and the place-and-date line joined by an unwrap
      'V/v xử lý vướng mắc thực hiện Điều 41 Luật HQ năm 2014 Hà Nội, ngày 13 tháng 02 năm 2017',
      'V/v xử lý vướng mắc thực hiện Điều 41 Luật HQ năm 2014\nHà Nội, ngày 13 tháng 02 năm 2017',
    ],
    [
      // the place is never cut inside its name
      'Số: 778/TCHQ-GSQL V/v xử lý vướng mắc thực hiện Điều 41 Luật HQ năm 2014 TP. Hồ Chí Minh, ngày 3 tháng 2 năm 2017',
      'Số: 778/TCHQ-GSQL\nV/v xử lý vướng mắc thực hiện Điều 41 Luật HQ năm 2014\nTP. Hồ Chí Minh, ngày 3 tháng 2 năm 2017',
    ],
  ])('splitFlattenedHeader %j', (line, expected) => {
    expect(splitFlattenedHeader(line).clean).toBe(expected);
  });

  it('a run of capitals cut at the wrap goes on ("… VIỆT" / "NAM Độc lập …")', () => {
    const banner = 'BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT';
    const para =
      'Các sở, ban, ngành chủ trì, phối hợp với các cơ quan liên quan triển khai thực hiện';
    const lines = [banner, 'NAM Độc lập - Tự do - Hạnh phúc ---------------'];
    for (let i = 0; i < 8; i++) lines.push(para.slice(0, 72), 'nội dung của Kế hoạch này.');
    const text = lines.join('\n');
    expect(softBreaks(text).has(banner.length)).toBe(true);
  });

  it('a title in capitals above a paragraph in sentence case stays two blocks', () => {
    const title = 'KẾ HOẠCH TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW CỦA BỘ CHÍNH TRỊ VỀ';
    const para =
      'Các sở, ban, ngành chủ trì, phối hợp với các cơ quan liên quan triển khai thực hiện';
    const lines = [title, 'Thực hiện Nghị quyết số 57-NQ/TW, Ủy ban nhân dân tỉnh ban hành'];
    for (let i = 0; i < 8; i++) lines.push(para.slice(0, 72), 'nội dung của Kế hoạch này.');
    expect(softBreaks(lines.join('\n')).has(title.length)).toBe(false);
  });
});
