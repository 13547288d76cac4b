import { describe, expect, it } from 'vitest';
import { outlineOf, shapeOf, type BlockView } from './outline-view.ts';

/** A block without children: type, label, text, [start, contentStart, end], rank, section. */
const leaf = (
  type: string,
  label: string | null,
  text: string,
  at: [number, number, number],
  rank: number,
  section = '',
  joined = false,
): BlockView => ({ type, label, text, at, rank, joined, section });

const paragraph = (text: string, at: [number, number], section = '', joined = false): BlockView =>
  leaf('paragraph', null, text, [at[0], at[0], at[1]], 99, section, joined);

describe('outline markers', () => {
  it('squashes the spaces of a section label ("Phần thứ  hai")', () => {
    expect(outlineOf(['Phần thứ  hai', '', 'NHỮNG NHIỆM VỤ CHỦ YẾU'])).toEqual([
      leaf('part', 'thứ hai', 'NHỮNG NHIỆM VỤ CHỦ YẾU', [0, 13, 37], 0, 'thứ hai', true),
    ]);
  });

  it('does not take a malformed Roman numeral ("IIII.") for a part', () => {
    expect(outlineOf(['IIII. TỔ CHỨC THỰC HIỆN'])).toEqual([
      leaf('heading', null, 'IIII. TỔ CHỨC THỰC HIỆN', [0, 0, 23], 1),
    ]);
  });

  it('does not take a Roman numeral followed by a number ("II.1", "II - 1", "II. 1") for a part', () => {
    expect(outlineOf(['II.1. Nội dung thứ nhất.'])).toEqual([
      paragraph('II.1. Nội dung thứ nhất.', [0, 24]),
    ]);
    expect(outlineOf(['II - 1 Nội dung thứ hai.'])).toEqual([
      paragraph('II - 1 Nội dung thứ hai.', [0, 24]),
    ]);
    expect(outlineOf(['II. 1 Nội dung thứ ba.'])).toEqual([
      paragraph('II. 1 Nội dung thứ ba.', [0, 22]),
    ]);
  });

  it('a part whose title ends in a Roman numeral, a dash and a year stays a part', () => {
    expect(outlineOf(['I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XIII - 2025'])).toEqual([
      leaf('part', 'I', 'KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XIII - 2025', [0, 3, 51], 1, 'I'),
    ]);
  });

  it('a capital letter before a title in capitals is a part above the Roman parts', () => {
    // only the first 20 characters after the letter need be in capitals
    expect(
      outlineOf(['B. TỔ CHỨC THỰC HIỆN: Các sở, ngành triển khai.', '', 'I. NHIỆM VỤ']),
    ).toEqual([
      {
        ...leaf('part', 'B', 'TỔ CHỨC THỰC HIỆN: Các sở, ngành triển khai.', [0, 3, 47], 0, 'B'),
        children: [leaf('part', 'I', 'NHIỆM VỤ', [49, 52, 60], 1, 'B.I')],
      },
    ]);
  });

  it('a date or a number with a thousands dot opening a line is no item', () => {
    expect(outlineOf(['15.3.2025 họp Ban Chỉ đạo.'])).toEqual([
      paragraph('15.3.2025 họp Ban Chỉ đạo.', [0, 26]),
    ]);
    expect(outlineOf(['5.12.2025 tổng kết.'])).toEqual([paragraph('5.12.2025 tổng kết.', [0, 19])]);
    expect(outlineOf(['12.500 hộ được hỗ trợ.'])).toEqual([
      paragraph('12.500 hộ được hỗ trợ.', [0, 22]),
    ]);
    expect(outlineOf(['15 - 3 - 2025: Hội nghị.'])).toEqual([
      paragraph('15 - 3 - 2025: Hội nghị.', [0, 24]),
    ]);
  });

  it('a date or a number later in a dotted item does not unmake it', () => {
    expect(outlineOf(['2.1.1. Rà soát văn bản.'])).toEqual([
      leaf('item', '2.1.1', 'Rà soát văn bản.', [0, 7, 23], 4, '2.1.1'),
    ]);
    expect(outlineOf(['2.1. Trước ngày 15.3.2025, hoàn thành.'])).toEqual([
      leaf('item', '2.1', 'Trước ngày 15.3.2025, hoàn thành.', [0, 5, 38], 3, '2.1'),
    ]);
    expect(outlineOf(['2.2. Hỗ trợ 1.500 hộ.'])).toEqual([
      leaf('item', '2.2', 'Hỗ trợ 1.500 hộ.', [0, 5, 21], 3, '2.2'),
    ]);
  });

  it('reads "(1)", "(2)" as items', () => {
    expect(outlineOf(['(1) Tiếp tục rà soát.', '(2) Tham mưu ban hành.'])).toEqual([
      leaf('item', '(1)', 'Tiếp tục rà soát.', [0, 4, 21], 3.2, '(1)'),
      leaf('item', '(2)', 'Tham mưu ban hành.', [22, 26, 44], 3.2, '(2)'),
    ]);
  });

  it('reads "-", "–" and "—" as one bullet glyph, the next glyph one level down', () => {
    expect(outlineOf(['- Một.', '– Hai.', '— Ba.', '+ Bốn.', '- Năm.'])).toEqual([
      leaf('bullet', null, 'Một.', [0, 2, 6], 5),
      leaf('bullet', null, 'Hai.', [7, 9, 13], 5),
      {
        ...leaf('bullet', null, 'Ba.', [14, 16, 19], 5),
        children: [leaf('bullet', null, 'Bốn.', [20, 22, 26], 5.2)],
      },
      leaf('bullet', null, 'Năm.', [27, 29, 33], 5),
    ]);
  });

  it('a glyph seen again keeps the rank it got first', () => {
    expect(shapeOf(['- Một.', '+ Hai.', '+ Ba.'])).toEqual([
      [
        'bullet',
        null,
        'Một.',
        [
          ['bullet', null, 'Hai.'],
          ['bullet', null, 'Ba.'],
        ],
      ],
    ]);
  });

  it('a marker alone on its line does not number a line that opens with a number', () => {
    expect(outlineOf(['3.', '5 tỉnh được chọn thí điểm.'])).toEqual([
      paragraph('5 tỉnh được chọn thí điểm.', [3, 29]),
    ]);
  });
});

describe('outline lines', () => {
  it('offsets of an indented line with trailing spaces leave the spaces out', () => {
    expect(outlineOf(['   - Nội dung một.   ', '  1. Việc hai.'])).toEqual([
      leaf('bullet', null, 'Nội dung một.', [3, 5, 18], 5),
      leaf('item', '1', 'Việc hai.', [24, 27, 36], 2, '1'),
    ]);
  });

  it('a page break continues a block even when the next part opens with a quote', () => {
    expect(
      outlineOf(['1. Tăng cường công tác', '', '“chuyển đổi số” trong cơ quan nhà nước.']),
    ).toEqual([
      leaf(
        'item',
        '1',
        'Tăng cường công tác “chuyển đổi số” trong cơ quan nhà nước.',
        [0, 3, 63],
        2,
        '1',
        true,
      ),
    ]);
  });

  it('a separator line ends the block above: lower case after it is a new paragraph', () => {
    expect(outlineOf(['1. Việc một', '', '-----', '', 'tiếp theo là đoạn khác.'])).toEqual([
      {
        ...leaf('item', '1', 'Việc một', [0, 3, 11], 2, '1'),
        children: [paragraph('tiếp theo là đoạn khác.', [20, 43], '1')],
      },
    ]);
  });

  it('joins wrapped lines with their spaces squashed', () => {
    expect(outlineOf(['1. Việc  một', 'tiếp  tục.'])).toEqual([
      leaf('item', '1', 'Việc một tiếp tục.', [0, 3, 23], 2, '1', true),
    ]);
  });

  it('a heading never takes the next line, nor a part or a heading a lower-case page', () => {
    const lines = [
      'NHIỆM VỤ TRỌNG TÂM',
      'Các sở triển khai.',
      '',
      'I. MỤC ĐÍCH',
      '',
      'bảo đảm thống nhất.',
      '',
      { em: 'Đến năm 2030' },
      '',
      'tỷ lệ đô thị hóa đạt 50%.',
    ];
    expect(outlineOf(lines)).toEqual([
      {
        ...leaf('heading', null, 'NHIỆM VỤ TRỌNG TÂM', [0, 0, 18], 1),
        children: [paragraph('Các sở triển khai.', [19, 37])],
      },
      {
        ...leaf('part', 'I', 'MỤC ĐÍCH', [39, 42, 50], 1, 'I'),
        children: [
          paragraph('bảo đảm thống nhất.', [52, 71], 'I'),
          {
            ...leaf('heading', null, 'Đến năm 2030', [73, 73, 85], 3.5, 'I'),
            children: [paragraph('tỷ lệ đô thị hóa đạt 50%.', [87, 112], 'I')],
          },
        ],
      },
    ]);
  });

  it('a chapter title in capitals may wrap onto a second line', () => {
    const lines = [
      'Chương III',
      '',
      'TỔ CHỨC THỰC HIỆN VÀ',
      'ĐIỀU KHOẢN THI HÀNH',
      '',
      'Điều 5. Trách nhiệm thi hành',
    ];
    expect(outlineOf(lines)).toEqual([
      {
        ...leaf(
          'part',
          'III',
          'TỔ CHỨC THỰC HIỆN VÀ ĐIỀU KHOẢN THI HÀNH',
          [0, 10, 52],
          0,
          'III',
          true,
        ),
        children: [leaf('part', 'Điều 5', 'Trách nhiệm thi hành', [54, 62, 82], 1, 'III.Điều 5')],
      },
    ]);
  });
});

describe('outline headings', () => {
  const caps160 =
    'KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ QUỐC GIA';
  const em160 =
    'Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trong các cơ quan Đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội';

  it('a line in capitals is a heading up to 160 characters', () => {
    expect(caps160).toHaveLength(160);
    expect(outlineOf([caps160])).toEqual([leaf('heading', null, caps160, [0, 0, 160], 1)]);
    const caps161 = caps160.replace('2024', '2024,');
    expect(outlineOf([caps161])).toEqual([paragraph(caps161, [0, 161])]);
  });

  it('an emphasised line is a heading up to 160 characters', () => {
    expect(em160).toHaveLength(160);
    expect(outlineOf([{ em: em160 }])).toEqual([leaf('heading', null, em160, [0, 0, 160], 3.5)]);
    const em161 = em160.replace('quốc gia trong', 'quốc gia, trong');
    expect(outlineOf([{ em: em161 }])).toEqual([paragraph(em161, [0, 161])]);
  });

  it('an emphasised line is a heading unless it ends a sentence', () => {
    expect(outlineOf([{ em: 'Tại TP. Hồ Chí Minh' }])).toEqual([
      leaf('heading', null, 'Tại TP. Hồ Chí Minh', [0, 0, 19], 3.5),
    ]);
    expect(outlineOf([{ em: 'Tại thành phố Hồ Chí Minh.' }])).toEqual([
      paragraph('Tại thành phố Hồ Chí Minh.', [0, 26]),
    ]);
  });
});

describe('outline: wraps or paragraphs', () => {
  // A sentence's end then a capital on the next line opens a paragraph, unless the text sets
  // its paragraphs apart with blank lines (at least 5, and twice the sentence ends or more).
  it('6 blank-line starts against 3 sentence starts: a line after a sentence end is a wrap', () => {
    const lines = [
      'Đoạn một kết thúc.',
      'Câu hai nối tiếp.',
      '',
      'Đoạn hai.',
      'Câu tiếp.',
      '',
      'Đoạn ba.',
      'Câu tiếp.',
      '   ', // blank, with spaces
      'Đoạn bốn.',
      '',
      '   Đoạn năm thụt đầu dòng.',
      '',
      '**NHIỆM VỤ**', // no sentence ends here, stars or not
      'Các sở thực hiện.',
      '',
      'Đoạn sáu.',
      '',
      'Đoạn bảy.',
    ];
    expect(shapeOf(lines)).toEqual([
      ['paragraph', null, 'Đoạn một kết thúc. Câu hai nối tiếp.'],
      ['paragraph', null, 'Đoạn hai. Câu tiếp.'],
      ['paragraph', null, 'Đoạn ba. Câu tiếp.'],
      ['paragraph', null, 'Đoạn bốn.'],
      ['paragraph', null, 'Đoạn năm thụt đầu dòng.'],
      [
        'heading',
        null,
        '**NHIỆM VỤ**',
        [
          ['paragraph', null, 'Các sở thực hiện.'],
          ['paragraph', null, 'Đoạn sáu.'],
          ['paragraph', null, 'Đoạn bảy.'],
        ],
      ],
    ]);
  });

  it('5 blank-line starts against 3 sentence starts: a line after a sentence end is a paragraph', () => {
    const lines = [
      'Đoạn một kết thúc.',
      'Câu hai bắt đầu.',
      '',
      'Đoạn hai.',
      '**Một là, tăng cường.**', // a sentence ends before the stars
      'Hai là, đổi mới.',
      '',
      'Đoạn ba.',
      'Câu tiếp.',
      '',
      'Đoạn bốn.',
      '',
      'Đoạn năm.',
      '',
      'Đoạn sáu.',
    ];
    expect(shapeOf(lines)).toEqual([
      ['paragraph', null, 'Đoạn một kết thúc.'],
      ['paragraph', null, 'Câu hai bắt đầu.'],
      ['paragraph', null, 'Đoạn hai. **Một là, tăng cường.** Hai là, đổi mới.'],
      ['paragraph', null, 'Đoạn ba.'],
      ['paragraph', null, 'Câu tiếp.'],
      ['paragraph', null, 'Đoạn bốn.'],
      ['paragraph', null, 'Đoạn năm.'],
      ['paragraph', null, 'Đoạn sáu.'],
    ]);
  });

  it('4 blank-line starts are too few; a bullet is no capital start', () => {
    const lines = [
      'Đoạn một kết thúc.',
      'Câu hai bắt đầu.',
      '',
      'Đoạn hai.',
      '',
      '- Nội dung một.',
      '',
      'Đoạn ba.',
      '',
      'Đoạn bốn.',
      '',
      'Đoạn năm.',
    ];
    expect(shapeOf(lines)).toEqual([
      ['paragraph', null, 'Đoạn một kết thúc.'],
      ['paragraph', null, 'Câu hai bắt đầu.'],
      ['paragraph', null, 'Đoạn hai.'],
      ['bullet', null, 'Nội dung một.'],
      ['paragraph', null, 'Đoạn ba.'],
      ['paragraph', null, 'Đoạn bốn.'],
      ['paragraph', null, 'Đoạn năm.'],
    ]);
  });
});

describe('outline nesting', () => {
  it('a paragraph before the last item belongs to the item above it', () => {
    expect(outlineOf(['1. Việc một.', '', 'Nội dung chi tiết.', '2. Việc hai.'])).toEqual([
      {
        ...leaf('item', '1', 'Việc một.', [0, 3, 12], 2, '1'),
        children: [paragraph('Nội dung chi tiết.', [14, 32], '1')],
      },
      leaf('item', '2', 'Việc hai.', [33, 36, 45], 2, '2'),
    ]);
  });

  it('only a paragraph is a closing formula: an item worded so keeps its bullets', () => {
    const lines = [
      'I. TỔ CHỨC THỰC HIỆN',
      '1. Các sở triển khai.',
      '2. Trên đây là Kế hoạch thực hiện, yêu cầu:',
      '- Các sở báo cáo kết quả.',
    ];
    expect(outlineOf(lines)).toEqual([
      {
        ...leaf('part', 'I', 'TỔ CHỨC THỰC HIỆN', [0, 3, 20], 1, 'I'),
        children: [
          leaf('item', '1', 'Các sở triển khai.', [21, 24, 42], 2, 'I.1'),
          {
            ...leaf(
              'item',
              '2',
              'Trên đây là Kế hoạch thực hiện, yêu cầu:',
              [43, 46, 86],
              2,
              'I.2',
            ),
            children: [leaf('bullet', null, 'Các sở báo cáo kết quả.', [87, 89, 112], 5, 'I.2')],
          },
        ],
      },
    ]);
  });

  it('a closing paragraph belongs to the part, not to its last item', () => {
    const lines = [
      'I. TỔ CHỨC THỰC HIỆN',
      '',
      '1. Các sở triển khai.',
      '',
      'Trên đây là Kế hoạch thực hiện Chỉ thị số 05-CT/TW.',
    ];
    expect(outlineOf(lines)).toEqual([
      {
        ...leaf('part', 'I', 'TỔ CHỨC THỰC HIỆN', [0, 3, 20], 1, 'I'),
        children: [
          leaf('item', '1', 'Các sở triển khai.', [22, 25, 43], 2, 'I.1'),
          paragraph('Trên đây là Kế hoạch thực hiện Chỉ thị số 05-CT/TW.', [45, 96], 'I'),
        ],
      },
    ]);
  });

  it('a paragraph after bullets belongs to the item that announced them (":")', () => {
    expect(outlineOf(['1. Việc một:', '- Nội dung a.', '', 'Đoạn sau.'])).toEqual([
      {
        ...leaf('item', '1', 'Việc một:', [0, 3, 12], 2, '1'),
        children: [
          leaf('bullet', null, 'Nội dung a.', [13, 15, 26], 5, '1'),
          paragraph('Đoạn sau.', [28, 37], '1'),
        ],
      },
    ]);
  });

  it('a paragraph after the last item and its bullets, the item a whole sentence, is the part’s', () => {
    const lines = [
      'I. NHIỆM VỤ',
      '1. Các sở triển khai thực hiện.',
      '- Sở Nội vụ.',
      '',
      'Đề nghị các đơn vị nghiêm túc thực hiện.',
    ];
    expect(outlineOf(lines)).toEqual([
      {
        ...leaf('part', 'I', 'NHIỆM VỤ', [0, 3, 11], 1, 'I'),
        children: [
          {
            ...leaf('item', '1', 'Các sở triển khai thực hiện.', [12, 15, 43], 2, 'I.1'),
            children: [leaf('bullet', null, 'Sở Nội vụ.', [44, 46, 56], 5, 'I.1')],
          },
          paragraph('Đề nghị các đơn vị nghiêm túc thực hiện.', [58, 98], 'I'),
        ],
      },
    ]);
  });

  it('an item ending in a sentence inside quotes is whole: the paragraph after it is outside', () => {
    const lines = [
      '1. Triển khai phong trào “Cả nước chung tay vì người nghèo.”',
      '',
      'Các sở rà soát.',
    ];
    expect(outlineOf(lines)).toEqual([
      leaf(
        'item',
        '1',
        'Triển khai phong trào “Cả nước chung tay vì người nghèo.”',
        [0, 3, 60],
        2,
        '1',
      ),
      paragraph('Các sở rà soát.', [62, 77]),
    ]);
  });

  it('an item that announces (":") keeps the paragraph after it, a dot inside or not', () => {
    expect(
      outlineOf(['1. Thực hiện Kết luận số 12-KL/TW. Cụ thể:', '', 'Các sở rà soát.']),
    ).toEqual([
      {
        ...leaf('item', '1', 'Thực hiện Kết luận số 12-KL/TW. Cụ thể:', [0, 3, 42], 2, '1'),
        children: [paragraph('Các sở rà soát.', [44, 59], '1')],
      },
    ]);
  });

  it('a heading ending with a dot keeps the paragraph after it', () => {
    expect(
      outlineOf(['1. Việc một.', '', 'KẾT LUẬN CHUNG.', '', 'Các đơn vị thực hiện nghiêm.']),
    ).toEqual([
      leaf('item', '1', 'Việc một.', [0, 3, 12], 2, '1'),
      {
        ...leaf('heading', null, 'KẾT LUẬN CHUNG.', [14, 14, 29], 1),
        children: [paragraph('Các đơn vị thực hiện nghiêm.', [31, 59])],
      },
    ]);
  });

  it('only an annex heading leaves the parts: an item about an annex stays in its part', () => {
    expect(outlineOf(['I. NHIỆM VỤ', '1. Phụ lục kèm theo gồm danh mục nhiệm vụ.'])).toEqual([
      {
        ...leaf('part', 'I', 'NHIỆM VỤ', [0, 3, 11], 1, 'I'),
        children: [
          leaf('item', '1', 'Phụ lục kèm theo gồm danh mục nhiệm vụ.', [12, 15, 54], 2, 'I.1'),
        ],
      },
    ]);
  });
});

describe('a paragraph joined line by line', () => {
  it('joins its lines with one space; a marker alone on its line takes the next as its text', () => {
    const view = outlineOf([
      'Các sở, ban, ngành tỉnh triển khai',
      'thực hiện Kế hoạch này.',
      '',
      '1.',
      'Sở Tài chính chủ trì.',
    ]);
    expect(view.map((b) => [b.type, b.label, b.text, b.joined])).toEqual([
      ['paragraph', null, 'Các sở, ban, ngành tỉnh triển khai thực hiện Kế hoạch này.', true],
      ['item', '1', 'Sở Tài chính chủ trì.', false],
    ]);
  });
});
