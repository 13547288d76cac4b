import { describe, expect, it } from 'vitest';
import { parseDocument, type Target } from '../../../src/parse/index.ts';

const targets = (body: string): Target[] =>
  parseDocument(`KẾ HOẠCH\n\nA.\n\nII. MỤC TIÊU\n\n${body}`).targets;
const brief = (t: Target) => [t.value ?? t.range, t.unit, t.qualifier, t.year, t.perYear];

describe('targets', () => {
  it('reads counts with dot thousands, leading zeros and their units', () => {
    expect(
      targets(
        '### Đến năm 2030\n\n- Toàn tỉnh có khoảng 540 hợp tác xã với 136.000 thành viên và 05 liên hiệp hợp tác xã.',
      ).map(brief),
    ).toEqual([
      [540, 'hợp tác xã', 'about', 2030, false],
      [136000, 'thành viên', null, 2030, false],
      [5, 'liên hiệp hợp tác xã', null, 2030, false],
    ]);
  });

  it('reads ranges ("85 - 90", "từ 02 đến 03") and per-year targets', () => {
    expect(
      targets(
        '2.1. Đến năm-2030\n\n- Phấn đấu hằng năm thành lập mới từ 02 đến 03 hợp tác xã. Đến năm 2030 có khoảng 85 - 90 hợp tác xã.',
      ).map(brief),
    ).toEqual([
      [{ min: 2, max: 3 }, 'hợp tác xã', null, 2030, true],
      [{ min: 85, max: 90 }, 'hợp tác xã', 'about', 2030, false],
    ]);
  });

  it('reads percentages with their qualifier and metric', () => {
    const ts = targets(
      '1. Đến năm 2045\n\nBảo đảm trên 60% tổ chức kinh tế tập thể đạt loại tốt, khá. Tối thiểu 70% hợp tác xã xếp loại tốt; ít nhất 50% tham gia liên kết. Tỷ lệ cán bộ có trình độ đại học đạt trên 40%.',
    );
    expect(ts.map((t) => [t.value, t.qualifier, t.metric, t.year])).toEqual([
      [60, 'above', 'tổ chức kinh tế tập thể đạt loại tốt, khá', 2045],
      [70, 'min', 'hợp tác xã xếp loại tốt', 2045],
      [50, 'min', 'tham gia liên kết', 2045],
      [40, 'above', 'Tỷ lệ cán bộ có trình độ đại học', 2045],
    ]);
  });

  it('does not read years, periods, dates or document numbers as targets', () => {
    expect(
      targets(
        '- Đến năm 2030, giai đoạn 2021 - 2025, theo Nghị quyết số 20-NQ/TW ngày 16/6/2022, trong 5 năm.',
      ),
    ).toEqual([]);
  });

  it('reads targets only in target sections', () => {
    expect(
      parseDocument('KẾ HOẠCH\n\nA.\n\nI. NHIỆM VỤ\n\n1. Thành lập 30 hợp tác xã.').targets,
    ).toEqual([]);
  });
});
