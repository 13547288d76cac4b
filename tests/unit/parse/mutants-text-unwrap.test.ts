/**
 * Hard wraps: the wrap width of a set of line lengths, the emphasis left open at a line end, and
 * the exact soft breaks of hard-wrapped paragraphs, laid-out headers and cut labels.
 */
import { describe, expect, it } from 'vitest';
import { openEmphasis, softBreaks, wrapWidth } from '../../../src/parse/text/unwrap.ts';

const PARAGRAPH =
  'Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính, Sở Xây dựng và các cơ quan, ' +
  'đơn vị có liên quan tham mưu Ủy ban nhân dân tỉnh phân bổ kế hoạch vốn đầu tư công năm 2025 ' +
  'cho các dự án trọng điểm, bảo đảm đúng quy định của pháp luật về đầu tư công, hoàn thành ' +
  'trước ngày 30 tháng 6 năm 2025 và báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh để theo ' +
  'dõi, chỉ đạo; đồng thời đôn đốc các chủ đầu tư đẩy nhanh tiến độ giải ngân vốn đầu tư công ' +
  'theo đúng kế hoạch đã được giao trong năm 2025.';

/** Greedy wrap at `width` columns, as a PDF extractor leaves a paragraph. */
function wrap(text: string, width: number, eol = '\n'): string {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line !== '' && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  lines.push(line);
  return lines.join(eol);
}

/** Offsets of every '\n' in the text. */
function newlines(text: string): number[] {
  return [...text.matchAll(/\n/g)].map((m) => m.index);
}

const sorted = (s: Set<number>): number[] => [...s].sort((a, b) => a - b);

describe('wrapWidth', () => {
  it('needs eight lines of at least 30 columns', () => {
    expect(wrapWidth([80, 80, 80, 80, 30, 30, 30, 30])).toBe(80);
    expect(wrapWidth([80, 80, 80, 80, 80, 80, 80, 29])).toBeNull();
  });
  it('reads widths from 40 to 200 columns only', () => {
    expect(wrapWidth(Array<number>(8).fill(40))).toBe(40);
    expect(wrapWidth(Array<number>(8).fill(35))).toBeNull();
    expect(wrapWidth(Array<number>(8).fill(200))).toBe(200);
    expect(wrapWidth(Array<number>(8).fill(201))).toBeNull();
  });
  it('needs half the long lines within 25 columns below the width', () => {
    expect(wrapWidth([100, 100, 100, 100, 50, 50, 50, 50])).toBe(100);
    expect(wrapWidth([100, 100, 100, 50, 50, 50, 50, 50])).toBeNull();
    expect(wrapWidth([100, 100, 100, 75, 75, 75, 75, 75])).toBeNull();
    expect(wrapWidth([100, 100, 100, 76, 76, 76, 76, 76])).toBe(100);
  });
  it('takes the longest line within 5 of the 95th percentile and ignores an outlier', () => {
    expect(
      wrapWidth([150, ...Array<number>(9).fill(100), ...Array<number>(10).fill(50)]),
    ).toBeNull();
    expect(wrapWidth([150, ...Array<number>(10).fill(100), ...Array<number>(9).fill(50)])).toBe(
      100,
    );
  });
});

describe('openEmphasis', () => {
  it('counts bold, italics and both left open', () => {
    expect(
      ['**ỦY BAN NHÂN', '*Nghệ An, ngày 18', '***Số', '**ỦY BAN** *x*', '\\*không'].map(
        openEmphasis,
      ),
    ).toEqual([1, 2, 3, 0, 0]);
  });
  it('reads a star and a space at the line start as a bullet, not italics', () => {
    expect(
      ['* Sở Y tế **đậm', '  * Sở Y tế', 'Sở * Y tế', '\\** Sở Y tế'].map(openEmphasis),
    ).toEqual([1, 0, 2, 0]);
  });
});

/** The paragraph wrapped at 60 columns: 9 lines, the longest 60. */
const WRAPPED = wrap(PARAGRAPH, 60);
const LINES = WRAPPED.split('\n');

describe('softBreaks', () => {
  it('rejoins every line of a paragraph hard-wrapped at 60 columns', () => {
    expect(LINES.map((l) => l.length)).toEqual([55, 59, 57, 60, 58, 56, 59, 56, 34]);
    expect(sorted(softBreaks(WRAPPED))).toEqual(newlines(WRAPPED));
  });
  it('rejoins a paragraph wrapped at 80 columns with CRLF line ends', () => {
    const text = wrap(`${PARAGRAPH} ${PARAGRAPH}`, 80, '\r\n');
    expect(sorted(softBreaks(text))).toEqual(newlines(text));
  });
  it('counts neither combining marks nor a run of spaces or tabs in the width', () => {
    const nfd = WRAPPED.normalize('NFD');
    expect(sorted(softBreaks(nfd))).toEqual(newlines(nfd));
    // the width of the 60-column line stays 60: the next line's word would not fit
    const spaced = LINES.map((l, i) =>
      i === 3 ? l.replace(/ /g, '  ') : i === 5 ? l.replace(/ /g, ' \t') : l,
    ).join('\n');
    expect(sorted(softBreaks(spaced))).toEqual(newlines(spaced));
  });
  it('counts a stray carriage return inside a line nowhere', () => {
    const text = LINES.map((l, i) => (i < 8 ? l.replace(' ', ' \r') : l)).join('\n');
    expect(sorted(softBreaks(text))).toEqual(newlines(text));
  });
  it('leaves a text shorter than 400 characters unwrapped', () => {
    const short = wrap(PARAGRAPH, 45).split('\n').slice(0, 8).join('\n');
    expect(short.length).toBe(355);
    expect(softBreaks(short)).toEqual(new Set());
    // nine lines make 399 characters; a trailing space makes 400, which is read
    const nine = `${wrap(PARAGRAPH, 45).split('\n').slice(0, 9).join('\n')} `;
    expect(nine.length).toBe(400);
    expect(sorted(softBreaks(nine))).toEqual(newlines(nine));
  });
  it('keeps a break when the next word would have fitted on the line', () => {
    // width 60: a line of 53 and a 4-letter word make 58, which fits; a line of 54 does not
    const fits = `${WRAPPED}\n${'x'.repeat(53)}\nGiao Sở Y tế.`;
    const cut = `${WRAPPED}\n${'x'.repeat(54)}\nGiao Sở Y tế.`;
    expect(sorted(softBreaks(fits))).toEqual(newlines(WRAPPED).concat(WRAPPED.length));
    expect(sorted(softBreaks(cut))).toEqual(newlines(cut));
  });
  it('keeps a break after a line shorter than half the width', () => {
    const url = 'https://congbao.chinhphu.vn/van-ban';
    const half = `${WRAPPED}\n${'x'.repeat(30)}\n${url}`;
    const short = `${WRAPPED}\n${'x'.repeat(29)}\n${url}`;
    expect(sorted(softBreaks(half))).toEqual(newlines(half));
    expect(sorted(softBreaks(short))).toEqual(newlines(WRAPPED).concat(WRAPPED.length));
  });
  it('keeps a break before an empty line and before a structure', () => {
    const text = `${WRAPPED}\n${LINES[3]}\n\n${LINES[3]}\nCăn cứ Luật Tổ chức chính quyền địa phương.`;
    // (the paragraph's last line is short: the line after it starts a block of its own)
    expect(sorted(softBreaks(text))).toEqual(newlines(WRAPPED));
  });
  it('keeps a break at a line laid out in two columns', () => {
    const cols = 'ỦY BAN NHÂN DÂN TỈNH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    const text = `${cols}\n${WRAPPED}\n${LINES[3]}\n${cols}`;
    const at = newlines(text);
    // the paragraph's own breaks stay soft, not those at the columns
    expect(sorted(softBreaks(text))).toEqual(at.slice(1, 9));
  });
  it('keeps a break before a line indented by four spaces or more', () => {
    const text = (indent: number): string =>
      `${WRAPPED}\n${LINES[3]}\n${' '.repeat(indent)}giao Sở Y tế.`;
    const last = (indent: number): number => text(indent).lastIndexOf('\n');
    expect(sorted(softBreaks(text(4)))).toEqual(newlines(WRAPPED));
    expect(sorted(softBreaks(text(3)))).toEqual([...newlines(WRAPPED), last(3)]);
    expect(sorted(softBreaks(text(2)))).toEqual([...newlines(WRAPPED), last(2)]);
  });
  it('keeps a title in capitals apart from the paragraph below, but rejoins a cut title', () => {
    const title = 'KẾ HOẠCH TRIỂN KHAI THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ NĂM';
    const text = `${title}\n2025 CỦA ỦY BAN NHÂN DÂN TỈNH\n${WRAPPED}`;
    const apart = `${title}\nGiao Sở Y tế chủ trì.\n${WRAPPED}`;
    // the title sets the width at 61: the short line under it ends its block
    const at = newlines(text);
    expect(sorted(softBreaks(text))).toEqual([at[0], ...at.slice(2)]);
    expect(sorted(softBreaks(apart))).toEqual(newlines(apart).slice(2));
  });
  it('keeps a break before an item only after a line that ends a clause', () => {
    const ends = `${WRAPPED}\n${LINES[3]}.\n1. Giao Sở Y tế.`;
    const cut = `${WRAPPED}\n${LINES[3]}\n1. Giao Sở Y tế.`;
    expect(sorted(softBreaks(ends))).toEqual(newlines(WRAPPED));
    expect(sorted(softBreaks(cut))).toEqual([...newlines(WRAPPED), cut.lastIndexOf('\n')]);
  });
  it('rejoins a line cut inside bold or italics unless markdown keeps the break', () => {
    expect(sorted(softBreaks('**ỦY BAN NHÂN\nDÂN TỈNH**'))).toEqual([13]);
    expect(sorted(softBreaks(' *ỦY BAN NHÂN\nDÂN TỈNH*'))).toEqual([13]);
    expect(sorted(softBreaks('**ỦY BAN NHÂN  \r\nDÂN TỈNH**'))).toEqual([]);
    expect(sorted(softBreaks('**ỦY BAN NHÂN\\\nDÂN TỈNH**'))).toEqual([]);
    expect(sorted(softBreaks('**ỦY BAN NHÂN\r\nDÂN TỈNH**'))).toEqual([14]);
    expect(sorted(softBreaks('**ỦY BAN** NHÂN\n*DÂN TỈNH*'))).toEqual([]);
  });
  it('rejoins a label or a date cut by a narrow table cell in the first 60 lines', () => {
    expect(sorted(softBreaks('**Số:**\n**2820/QĐ-UBND**'))).toEqual([7]);
    expect(sorted(softBreaks('Số:\nngày 12'))).toEqual([]);
    expect(sorted(softBreaks('Hà Nội, ngày 18\ntháng 11 năm 2025'))).toEqual([15]);
    expect(sorted(softBreaks('Hà Nội, ngày 18\nCăn cứ'))).toEqual([]);
    const late = (n: number): string => `${'x\n'.repeat(n)}Số:\n2820/QĐ-UBND`;
    expect(sorted(softBreaks(late(59)))).toEqual([121]);
    expect(sorted(softBreaks(late(60)))).toEqual([]);
  });
});

describe('softBreaks at the edges of a rule', () => {
  it('counts no combining mark, the first U+0300 and the last U+036F included, in a line', () => {
    // 53 visible columns and a 4-letter word make 58, which fits the width 60 less its slack
    const marked = `${'x'.repeat(51)}a\u0300a\u036f`;
    const text = `${WRAPPED}\n${marked}\nGiao Sở Y tế.`;
    expect(sorted(softBreaks(text))).toEqual(newlines(WRAPPED).concat(WRAPPED.length));
  });

  it('keeps the breaks on both sides of a paragraph line with a column gap', () => {
    const gapped = LINES.map((l, i) => (i === 3 ? l.replace(' ', '    ') : l)).join('\n');
    const at = newlines(gapped);
    expect(sorted(softBreaks(gapped))).toEqual([...at.slice(0, 2), ...at.slice(4)]);
  });

  it('reads a structure at the start of the next line only, not across its end', () => {
    // "Kính" alone is a cut word, though "Kính\ngửi" would read as an address
    const text = `${WRAPPED}\n${LINES[3]}\nKính\ngửi Sở Y tế.`;
    const at = newlines(text);
    expect(sorted(softBreaks(text))).toEqual([...newlines(WRAPPED), at[9] as number]);
  });

  it('reads a label alone with the trailing spaces of its line dropped', () => {
    expect(sorted(softBreaks('Số: \n2820/QĐ-UBND'))).toEqual([4]);
  });

  it('rejoins a label only before a value that opens with a digit', () => {
    expect(sorted(softBreaks('Số:\ntờ trình 15'))).toEqual([]);
  });

  it('rejoins "tháng" only after a place and date cut before it', () => {
    expect(sorted(softBreaks('Báo cáo kết quả\ntháng 11 năm 2025'))).toEqual([]);
  });
});
