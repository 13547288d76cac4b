/** Rhythms and conditions as deadlines in operational plans (deadline-conditions.ts). */
import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/parse/deadlines.ts';
import { createSource } from '../../../src/parse/source.ts';

const deadline = (t: string) => {
  const d = findDeadline(createSource(t), 0, t.length);
  return (
    d && { text: d.text, kind: d.kind, end: d.end, recurrence: d.recurrence, within: d.within }
  );
};

describe('weak conditions when the text names no other deadline', () => {
  it.each([
    [
      'Các Trung tâm y tế giám sát tuyến xã và báo cáo hằng ngày.',
      { text: 'hằng ngày', kind: 'recurring', end: null, recurrence: 'daily', within: undefined },
    ],
    [
      'Tổng hợp tình hình dịch bệnh hàng tuần gửi Sở Y tế.',
      { text: 'hàng tuần', kind: 'recurring', end: null, recurrence: 'weekly', within: undefined },
    ],
    [
      'Xử lý các điểm nước tù đọng trong 24-48 giờ sau khi nước rút.',
      {
        text: 'trong 24-48 giờ sau khi nước rút',
        kind: 'relative',
        end: null,
        recurrence: null,
        within: 'PT48H',
      },
    ],
    [
      'Tổng điều tra lăng quăng ngay khi nước rút.',
      {
        text: 'ngay khi nước rút',
        kind: 'relative',
        end: null,
        recurrence: null,
        within: undefined,
      },
    ],
    [
      'Hỗ trợ các địa phương xét nghiệm khi phát hiện ca bệnh bất thường.',
      {
        text: 'khi phát hiện ca bệnh bất thường',
        kind: 'event',
        end: null,
        recurrence: null,
        within: undefined,
      },
    ],
  ])('%s', (text, want) => {
    expect(deadline(text)).toEqual(want);
  });

  it('leaves a daily life or on-demand work without a deadline', () => {
    expect(deadline('Bảo đảm cuộc sống hằng ngày của nhân dân vùng lũ.')).toBeNull();
    expect(deadline('Đề xuất xuất dự trữ hóa chất khi cần thiết.')).toBeNull();
    expect(deadline('Tham gia cứu hộ cứu nạn khi có yêu cầu.')).toBeNull();
  });

  it('gives way to a date the text names', () => {
    expect(deadline('Báo cáo hằng ngày, hoàn thành trước ngày 30/6/2025.')?.text).toBe(
      'hoàn thành trước ngày 30/6/2025',
    );
  });
});
