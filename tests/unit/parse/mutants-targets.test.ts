import { describe, expect, it } from 'vitest';
import { parseDocument, type Target } from '../../../src/parse/index.ts';

/** Every field of a target, span included, in a compact row. */
const row = (t: Target): unknown[] => [
  t.metric,
  t.value ?? t.range,
  t.unit,
  t.qualifier,
  t.year,
  t.perYear,
  t.node,
  t.quote,
  t.span.start,
  t.span.end,
];
const targets = (body: string): unknown[][] =>
  parseDocument(`KẾ HOẠCH\n\nA.\n\nII. MỤC TIÊU\n\n${body}`).targets.map(row);
const coop = (year: number | null, start: number): unknown[] => [
  'hợp tác xã',
  540,
  'hợp tác xã',
  null,
  year,
  false,
  '1.1.1',
  '540 hợp tác xã',
  start,
  start + 14,
];

describe('target years from the headings above', () => {
  it('reads a bare "Năm 2030" heading, also in OCR spellings "Năm-2030" and "Năm - 2030"', () => {
    expect(targets('### Năm 2030\n\n- Có 540 hợp tác xã.')).toEqual([coop(2030, 47)]);
    expect(targets('### Năm-2030\n\n- Có 540 hợp tác xã.')).toEqual([coop(2030, 47)]);
    expect(targets('### Năm - 2030\n\n- Có 540 hợp tác xã.')).toEqual([coop(2030, 49)]);
  });

  it('takes no year from a heading that is more than a bare year', () => {
    expect(targets('### Mục tiêu năm 2030\n\n- Có 540 hợp tác xã.')).toEqual([coop(null, 56)]);
    expect(targets('### Năm 2030 và năm 2035\n\n- Có 540 hợp tác xã.')).toEqual([coop(null, 59)]);
  });

  it('prefers the nearest heading year over an outer one', () => {
    expect(targets('1. Đến năm 2025\n\na) Đến năm 2030\n\n- Có 540 hợp tác xã.')).toEqual([
      ['hợp tác xã', 540, 'hợp tác xã', null, 2030, false, '1.1.1.1', '540 hợp tác xã', 67, 81],
    ]);
  });

  it('does not read the part heading itself', () => {
    const doc = parseDocument(
      'KẾ HOẠCH\n\nA.\n\nII. Mục tiêu phát triển 540 hợp tác xã\n\n1. Có 30 hợp tác xã.',
    );
    expect(doc.targets.map(row)).toEqual([
      ['hợp tác xã', 30, 'hợp tác xã', null, null, false, '1.1', '30 hợp tác xã', 60, 73],
    ]);
  });
});

describe('percentage metrics', () => {
  it('takes the metric before the number, without "đạt" or a qualifier; none when only those', () => {
    expect(
      targets(
        'Tỷ lệ lao động qua đào tạo: trên 40%. Tỷ lệ hộ dùng nước sạch: đạt 95%. Tỷ lệ che phủ rừng 45%. Tỷ lệ hộ nghèo đạt 3%.',
      ),
    ).toEqual([
      ['', 40, '%', 'above', null, false, '1.1', 'trên 40%', 56, 64],
      ['', 95, '%', null, null, false, '1.1', '95%', 95, 98],
      ['Tỷ lệ che phủ rừng', 45, '%', null, null, false, '1.1', 'Tỷ lệ che phủ rừng 45%', 100, 122],
      ['Tỷ lệ hộ nghèo', 3, '%', null, null, false, '1.1', 'Tỷ lệ hộ nghèo đạt 3%', 124, 145],
    ]);
  });

  it('cuts the metric after at ", trong đó" however it is spaced', () => {
    expect(
      targets(
        'Tỷ lệ xã đạt chuẩn 80% số xã,trong đó 30% xã nâng cao. Tỷ lệ hộ dùng điện 99% số hộ, trong  đó 90% điện lưới.',
      ),
    ).toEqual([
      ['số xã', 80, '%', null, null, false, '1.1', '80% số xã', 47, 56],
      ['xã nâng cao', 30, '%', null, null, false, '1.1', '30% xã nâng cao', 66, 81],
      ['số hộ', 99, '%', null, null, false, '1.1', '99% số hộ', 102, 111],
      ['điện lưới', 90, '%', null, null, false, '1.1', '90% điện lưới', 123, 136],
    ]);
  });

  it('stops the metric at the end of its block', () => {
    expect(targets('- Tỷ lệ che phủ rừng đạt 45%\n\nNăm 2030 đạt 50% số xã.')).toEqual([
      [
        'Tỷ lệ che phủ rừng',
        45,
        '%',
        null,
        null,
        false,
        '1.1',
        'Tỷ lệ che phủ rừng đạt 45%',
        30,
        56,
      ],
      ['số xã', 50, '%', null, null, false, '1.2', '50% số xã', 71, 80],
    ]);
  });
});

describe('count units', () => {
  it('keeps at most five lower-case words, stops at a comma, and needs a lower-case unit', () => {
    expect(
      targets(
        'Có 05 liên hiệp hợp tác xã nông nghiệp sạch. Thành lập 30 hợp tác xã, nâng tổng số lên. Có 30 Hợp tác xã.',
      ),
    ).toEqual([
      [
        'liên hiệp hợp tác xã',
        5,
        'liên hiệp hợp tác xã',
        null,
        null,
        false,
        '1.1',
        '05 liên hiệp hợp tác xã',
        31,
        54,
      ],
      ['hợp tác xã', 30, 'hợp tác xã', null, null, false, '1.1', '30 hợp tác xã', 83, 96],
    ]);
  });
});

describe('numbers that are not targets', () => {
  it('looks for "năm", "số" … before a number only inside its own block', () => {
    expect(targets('### Chỉ tiêu hằng năm\n\n- 30 hợp tác xã')).toEqual([
      ['hợp tác xã', 30, 'hợp tác xã', null, null, false, '1.1.1', '30 hợp tác xã', 53, 66],
    ]);
  });

  it('keeps "hộ/năm" units but drops rates per year written right after a percentage', () => {
    expect(
      targets(
        'Giảm 2.000 hộ/năm. Tạo việc làm cho 500 lao động/năm. Tăng trưởng 8%/năm; tăng 7% / năm; tăng 6%/ năm.',
      ),
    ).toEqual([
      ['hộ/năm', 2000, 'hộ/năm', null, null, false, '1.1', '2.000 hộ/năm', 33, 45],
      ['lao động/năm', 500, 'lao động/năm', null, null, false, '1.1', '500 lao động/năm', 64, 80],
    ]);
  });

  it('drops a percentage followed by a slash and a number, keeps one followed by a fraction', () => {
    expect(
      targets('Giải quyết đúng hạn 100%/100% hồ sơ; 100% / 100% hồ sơ; 45%(2/3 số xã).'),
    ).toEqual([
      ['hồ sơ', 100, '%', null, null, false, '1.1', '100% hồ sơ', 72, 82],
      ['(2/3 số xã)', 45, '%', null, null, false, '1.1', '45%(2/3 số xã)', 84, 98],
    ]);
  });
});

describe('quotes and guards', () => {
  it('starts the quote at "từ" only for a "từ … đến …" range', () => {
    expect(
      targets(
        'Tuyên truyền 05 - 07 hội nghị. Phát triển thêm từ 05 hợp tác xã trở lên. Phấn đấu từ 02 đến 03 liên hiệp.',
      ),
    ).toEqual([
      [
        'hội nghị',
        { min: 5, max: 7 },
        'hội nghị',
        null,
        null,
        false,
        '1.1',
        '05 - 07 hội nghị',
        41,
        57,
      ],
      [
        'hợp tác xã trở lên',
        5,
        'hợp tác xã trở lên',
        null,
        null,
        false,
        '1.1',
        '05 hợp tác xã trở lên',
        78,
        99,
      ],
      [
        'liên hiệp',
        { min: 2, max: 3 },
        'liên hiệp',
        null,
        null,
        false,
        '1.1',
        'từ 02 đến 03 liên hiệp',
        110,
        132,
      ],
    ]);
  });

  it('finds the qualifier before a number with dot thousands', () => {
    expect(targets('Giảm khoảng 2.000 hộ nghèo.')).toEqual([
      ['hộ nghèo', 2000, 'hộ nghèo', 'about', null, false, '1.1', 'khoảng 2.000 hộ nghèo', 33, 54],
    ]);
  });

  it('skips a number too long to be finite', () => {
    expect(targets(`Có ${'9'.repeat(400)} hợp tác xã.`)).toEqual([]);
  });
});
