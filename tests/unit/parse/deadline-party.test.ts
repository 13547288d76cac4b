/**
 * Deadlines in Party wording (Hướng dẫn, Quy chế of Party committees): a lead time before each
 * round ("trước 30 ngày làm việc của các đợt trao tặng"), work after each round ("sau mỗi đợt"),
 * the next sitting ("vào kỳ họp gần nhất"), the day a request arrives ("Trong ngày tiếp nhận …"),
 * and what is none: a note in parentheses with a cue word but no time, a cycle that qualifies a
 * noun ("… định kỳ hằng năm của cấp có thẩm quyền", "Kế hoạch … hằng năm và 5 năm").
 */
import { describe, expect, it } from 'vitest';
import { findDeadline, normalizeDeadline } from '../../../src/parse/deadlines.ts';
import { createSource } from '../../../src/parse/source.ts';

const deadlineOf = (text: string) => findDeadline(createSource(text), 0, text.length);

/** The whole deadline of `phrase` in `text`, unparenthesised: span and quote are the phrase. */
const at = (text: string, phrase: string, reading: object) => {
  const s = text.indexOf(phrase);
  expect(s).toBeGreaterThanOrEqual(0);
  return {
    text: phrase,
    start: null,
    end: null,
    ...reading,
    span: { start: s, end: s + phrase.length },
    quote: phrase,
  };
};

describe('rounds and lead times of Party guidance', () => {
  it('a lead time before the rounds is relative to each round', () => {
    const text =
      'Các đơn vị gửi hồ sơ đề nghị tặng, truy tặng Huy hiệu Đảng đến Ban Thường vụ Thành ủy (qua Ban Tổ chức Thành ủy) trước 30 ngày làm việc của các đợt trao tặng Huy hiệu Đảng.';
    expect(deadlineOf(text)).toStrictEqual(
      at(text, 'trước 30 ngày làm việc của các đợt trao tặng Huy hiệu Đảng', {
        kind: 'relative',
        recurrence: 'periodic',
        within: 'P30D',
      }),
    );
  });

  it('a lead time in days without "làm việc"', () => {
    const text = 'Báo cáo Thường trực Thành ủy thành lập đoàn trước 15 ngày của các đợt.';
    expect(deadlineOf(text)).toStrictEqual(
      at(text, 'trước 15 ngày của các đợt', {
        kind: 'relative',
        recurrence: 'periodic',
        within: 'P15D',
      }),
    );
  });

  it('work after each round recurs', () => {
    const text =
      'Giao Ban Tổ chức Thành ủy tổng hợp danh sách đảng viên được tặng Huy hiệu Đảng sau mỗi đợt để quản lý.';
    expect(deadlineOf(text)).toStrictEqual(
      at(text, 'sau mỗi đợt', { kind: 'recurring', recurrence: 'periodic' }),
    );
  });

  it('a parenthesised time set by the rounds recurs', () => {
    const text =
      'Kịp thời tổ chức trao tặng Huy hiệu Đảng đối với đảng viên khi đã có Quyết định của Ban Thường vụ Thành ủy, đảm bảo đúng các đợt (tổ chức trước hoặc trong tháng của các đợt trao tặng).';
    const phrase = 'tổ chức trước hoặc trong tháng của các đợt trao tặng';
    const s = text.indexOf(`(${phrase})`);
    expect(deadlineOf(text)).toStrictEqual({
      text: phrase,
      kind: 'recurring',
      start: null,
      end: null,
      recurrence: 'periodic',
      span: { start: s, end: s + phrase.length + 2 },
      quote: `(${phrase})`,
    });
  });

  it('a lead time of months with no event is no deadline', () => {
    expect(deadlineOf('Đơn vị được giao nhiệm vụ trước 24 tháng đối với đảng viên.')).toBeNull();
  });

  it('"trong từng đợt" alone says when, not by when', () => {
    expect(
      deadlineOf('Các chi bộ thực hiện đúng quy trình trong từng đợt kết nạp đảng viên.'),
    ).toBeNull();
  });
});

describe('the next sitting and the day of the request', () => {
  it('"vào kỳ họp gần nhất" is an event', () => {
    const text =
      'Đồng thời báo cáo chi bộ, đảng ủy và hoàn thiện hồ sơ (theo Mục 1 hoặc 2) vào kỳ họp gần nhất.';
    expect(deadlineOf(text)).toStrictEqual(
      at(text, 'vào kỳ họp gần nhất', { kind: 'event', recurrence: null }),
    );
  });

  it('"tại kỳ họp tiếp theo" is an event', () => {
    const text = 'Báo cáo Ban Thường vụ tại kỳ họp tiếp theo.';
    expect(deadlineOf(text)).toStrictEqual(
      at(text, 'tại kỳ họp tiếp theo', { kind: 'event', recurrence: null }),
    );
  });

  it('the last sitting ("đã kết luận tại kỳ họp gần nhất") is none', () => {
    expect(deadlineOf('Ủy ban Kiểm tra Tỉnh ủy đã kết luận tại kỳ họp gần nhất.')).toBeNull();
  });

  it('"Trong ngày tiếp nhận …" is relative to the request, a day long', () => {
    const text =
      'Trong ngày tiếp nhận đề nghị cấp bản sao hoặc trong ngày làm việc tiếp theo (nếu việc tiếp nhận đơn sau 15 giờ), Trung tâm thực hiện đối chiếu, kiểm tra sổ gốc cấp giấy chứng nhận.';
    expect(deadlineOf(text)).toStrictEqual(
      at(text, 'Trong ngày tiếp nhận đề nghị cấp bản sao hoặc trong ngày làm việc tiếp theo', {
        kind: 'relative',
        recurrence: null,
        within: 'P1D',
      }),
    );
  });
});

describe('no deadline', () => {
  it('a note in parentheses with a cue word but no time, and a cycle of the assessments', () => {
    expect(
      deadlineOf(
        'Các cấp uỷ, tổ chức đảng căn cứ kết quả đánh giá cán bộ định kỳ hằng năm của cấp có thẩm quyền để tổng hợp, đánh giá mức độ hoàn thành nhiệm vụ trong 3 năm gần nhất (tính từ thời điểm thực hiện quy trình nhân sự trở về trước) đối với nhân sự đề nghị bổ nhiệm.',
      ),
    ).toBeNull();
  });

  it('a cycle paired with a plan horizon ("hằng năm và 5 năm") qualifies the plan', () => {
    expect(
      deadlineOf(
        'Chủ trì thẩm tra và giám sát việc thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ theo Kế hoạch phát triển kinh tế - xã hội hằng năm và 5 năm.',
      ),
    ).toBeNull();
    // a horizon of two digits ("quy hoạch … hằng năm và 10 năm")
    expect(
      deadlineOf('Rà soát quy hoạch sử dụng đất hằng năm và 10 năm của địa phương.'),
    ).toBeNull();
  });

  it('months listed before their year ("tháng 10 và 11/2025") are due at the last month’s end', () => {
    expect(normalizeDeadline('thang 10 va 11/2025')).toStrictEqual({
      kind: 'due',
      start: null,
      end: '2025-11-30',
      recurrence: null,
    });
  });

  it('each round keeps a cycle the text names ("hằng năm sau mỗi đợt")', () => {
    expect(normalizeDeadline('hang nam sau moi dot').recurrence).toBe('yearly');
    expect(normalizeDeadline('sau moi dot').recurrence).toBe('periodic');
  });

  it('two periods joined in the wrong order: the later one is not taken from the second', () => {
    expect(normalizeDeadline('quy i/2026 va quy iv/2025')).toStrictEqual({
      kind: 'due',
      start: null,
      end: '2026-03-31',
      recurrence: null,
    });
    expect(normalizeDeadline('quy iv/2025 va quy i/2026')).toStrictEqual({
      kind: 'due',
      start: null,
      end: '2026-03-31',
      recurrence: null,
    });
  });
});

describe('Party plans: the end of a year, the first half, a congress', () => {
  it('"vào cuối năm 2025" is due at the year end', () => {
    const text = 'Ban Tổ chức Tỉnh ủy tham mưu sơ kết việc thực hiện vào cuối năm 2025.';
    expect(deadlineOf(text)).toStrictEqual(
      at(text, 'vào cuối năm 2025', { kind: 'due', end: '2025-12-31', recurrence: null }),
    );
  });

  it('"từ nay đến cuối năm 2025" is due at the year end', () => {
    const text = 'Các đảng ủy trực thuộc triển khai thực hiện từ nay đến cuối năm 2025.';
    expect(deadlineOf(text)).toStrictEqual(
      at(text, 'đến cuối năm 2025', { kind: 'due', end: '2025-12-31', recurrence: null }),
    );
  });

  it('"trong 6 tháng đầu năm 2026" is due at the end of June', () => {
    const text = 'Đảng ủy các xã hoàn thành trong 6 tháng đầu năm 2026.';
    expect(deadlineOf(text)).toStrictEqual(
      at(text, 'hoàn thành trong 6 tháng đầu năm 2026', {
        kind: 'due',
        end: '2026-06-30',
        recurrence: null,
      }),
    );
  });

  it('before a congress with no date is an event', () => {
    const text =
      'Các cấp ủy tổ chức học tập, quán triệt Nghị quyết, hoàn thành trước Đại hội Đảng bộ tỉnh lần thứ XV.';
    expect(deadlineOf(text)).toStrictEqual(
      at(text, 'hoàn thành trước Đại hội Đảng bộ tỉnh lần thứ XV', {
        kind: 'event',
        recurrence: null,
      }),
    );
  });

  it('a congress named without "trước" is no deadline', () => {
    expect(
      deadlineOf('Tổ chức tuyên truyền thành công của Đại hội Đảng bộ tỉnh lần thứ XV.'),
    ).toBeNull();
  });
});

describe('a closing remark on a duty', () => {
  it('"…; nhiệm vụ thường xuyên." is ongoing', () => {
    const text =
      'Các bộ khẩn trương trình Chính phủ ban hành các Nghị định hướng dẫn; đồng thời, tiếp tục rà soát, kiến nghị sửa đổi bổ sung các văn bản quy phạm pháp luật để tổ chức triển khai thực hiện; nhiệm vụ thường xuyên.';
    expect(deadlineOf(text)).toStrictEqual(
      at(text, 'nhiệm vụ thường xuyên', { kind: 'continuous', recurrence: 'continuous' }),
    );
  });

  it('the duties of a body ("các nhiệm vụ thường xuyên của Bộ") are none', () => {
    expect(
      deadlineOf('Bộ Nội vụ bố trí cán bộ thực hiện các nhiệm vụ thường xuyên của Bộ.'),
    ).toBeNull();
  });
});

describe('the budget words that look like a time', () => {
  it('"chi thường xuyên" in parentheses is a kind of spending, not ongoing work', () => {
    expect(
      deadlineOf(
        'Các đơn vị bố trí kinh phí (bao gồm nguồn kinh phí chi thường xuyên và chi đầu tư) để thực hiện.',
      ),
    ).toBeNull();
  });

  it('"(thực hiện thường xuyên)" stays ongoing', () => {
    const text = 'Các cấp ủy tuyên truyền, quán triệt (thực hiện thường xuyên).';
    const s = text.indexOf('(');
    expect(deadlineOf(text)).toStrictEqual({
      text: 'thực hiện thường xuyên',
      kind: 'continuous',
      start: null,
      end: null,
      recurrence: 'continuous',
      span: { start: s, end: text.length - 1 },
      quote: '(thực hiện thường xuyên)',
    });
  });
});

describe('two periods joined are due at the later end', () => {
  it('two quarters ("quý IV năm 2025 và quý I năm 2026")', () => {
    const text = 'Các cấp ủy hoàn thành trong quý IV năm 2025 và quý I năm 2026.';
    expect(deadlineOf(text)).toStrictEqual(
      at(text, 'hoàn thành trong quý IV năm 2025 và quý I năm 2026', {
        kind: 'due',
        end: '2026-03-31',
        recurrence: null,
      }),
    );
  });

  it('months of one year written before it ("trong tháng 10 và tháng 11/2025")', () => {
    const text = 'Các cấp ủy tổ chức quán triệt trong tháng 10 và tháng 11/2025.';
    expect(deadlineOf(text)).toStrictEqual(
      at(text, 'trong tháng 10 và tháng 11/2025', {
        kind: 'due',
        end: '2025-11-30',
        recurrence: null,
      }),
    );
  });

  it('a month per level ("tháng 10/2025 (đối với cấp tỉnh) và tháng 11/2025") keeps the first', () => {
    const text =
      'Hoàn thành trong tháng 10/2025 (đối với cấp tỉnh) và tháng 11/2025 (đối với cấp xã).';
    expect(deadlineOf(text)).toStrictEqual(
      at(text, 'Hoàn thành trong tháng 10/2025', {
        kind: 'due',
        end: '2025-10-31',
        recurrence: null,
      }),
    );
  });

  it('a period then other work ("trong tháng 10/2025 và tổng kết vào năm 2026") keeps the month', () => {
    const text = 'Báo cáo trong tháng 10/2025 và tổng kết vào năm 2026.';
    expect(deadlineOf(text)).toStrictEqual(
      at(text, 'trong tháng 10/2025', { kind: 'due', end: '2025-10-31', recurrence: null }),
    );
  });
});
