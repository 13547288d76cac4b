/**
 * A period stated once for a group of items (docs/labelling.md: a task without a deadline of its
 * own takes the heading's): a heading "1. Giai đoạn 2025 - 2030" over a roadmap, an intro
 * paragraph "Trong giai đoạn 2026 - 2030, … cụ thể như sau:" over sub-sections. An item's own
 * deadline wins; a year that names what a heading is about is no period.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

const HEAD = 'KẾ HOẠCH\nPhát triển hạ tầng số của tỉnh\n\nI. NHIỆM VỤ, GIẢI PHÁP\n\n';

function deadlines(body: string): unknown[] {
  const text = `${HEAD}${body}`;
  return parseDocument(text, { registry: testRegistry() }).tasks.map((t) => ({
    task: t.text.slice(0, 20),
    deadline: t.deadline && {
      text: t.deadline.text,
      kind: t.deadline.kind,
      end: t.deadline.end,
      inherited: t.deadline.inherited,
      at: [t.deadline.span.start, t.deadline.span.end],
    },
  }));
}

const at = (body: string, phrase: string, from = 0): number[] => {
  const s = `${HEAD}${body}`.indexOf(phrase, HEAD.length + from);
  return [s, s + phrase.length];
};

describe('a period heading over items', () => {
  const body =
    '1. Giai đoạn 2025 - 2030\n\n- Rà soát, bổ sung các chính sách hỗ trợ đổi mới công nghệ.\n\n- Hoàn thành cơ sở dữ liệu ngành trước ngày 30/6/2027.\n\n2. Giai đoạn 2031 - 2035\n\n- Mở rộng các chương trình hỗ trợ doanh nghiệp.\n';
  it("gives its end to the items that state none; an item's own deadline wins", () => {
    expect(deadlines(body)).toEqual([
      {
        task: 'Rà soát, bổ sung các',
        deadline: {
          text: 'Giai đoạn 2025 - 2030',
          kind: 'due',
          end: '2030-12-31',
          inherited: true,
          at: at(body, 'Giai đoạn 2025 - 2030'),
        },
      },
      {
        task: 'Hoàn thành cơ sở dữ ',
        deadline: {
          text: 'trước ngày 30/6/2027',
          kind: 'due',
          end: '2027-06-30',
          inherited: undefined,
          at: at(body, 'trước ngày 30/6/2027'),
        },
      },
      {
        task: 'Mở rộng các chương t',
        deadline: {
          text: 'Giai đoạn 2031 - 2035',
          kind: 'due',
          end: '2035-12-31',
          inherited: true,
          at: at(body, 'Giai đoạn 2031 - 2035'),
        },
      },
    ]);
  });
});

describe('an intro paragraph stating the period over sub-sections', () => {
  const body =
    '1. Phát triển mạng di động\n\nTrong giai đoạn 2026 - 2030, bảo đảm phủ sóng toàn bộ khu công nghiệp, cụ thể như sau:\n\n1.1. Xây dựng trạm\n\n- Lắp đặt các trạm phát sóng tại khu công nghiệp.\n\n1.2. Triển khai nền tảng\n\n- Thiết lập nền tảng quản lý thiết bị kết nối.\n';
  const period = {
    text: 'Trong giai đoạn 2026 - 2030',
    kind: 'due',
    end: '2030-12-31',
    inherited: true,
    at: at(body, 'Trong giai đoạn 2026 - 2030'),
  };
  it('gives its end to the items of every sub-section after it', () => {
    expect(deadlines(body)).toEqual([
      { task: 'Lắp đặt các trạm phá', deadline: period },
      { task: 'Thiết lập nền tảng q', deadline: period },
    ]);
  });
});

describe('a Party intro paragraph "Từ nay đến cuối năm 2025, … các nhiệm vụ sau:"', () => {
  const body =
    'Từ nay đến cuối năm 2025, các cấp ủy tập trung thực hiện các nhiệm vụ sau:\n\n1. Tổ chức quán triệt, triển khai Nghị quyết đến cán bộ, đảng viên.\n\n2. Rà soát, kiện toàn tổ chức bộ máy các cơ quan tham mưu, giúp việc.\n';
  const period = {
    text: 'Từ nay đến cuối năm 2025',
    kind: 'due',
    end: '2025-12-31',
    inherited: true,
    at: at(body, 'Từ nay đến cuối năm 2025'),
  };
  it('gives the year end to the items after it', () => {
    expect(deadlines(body)).toEqual([
      { task: 'Tổ chức quán triệt, ', deadline: period },
      { task: 'Rà soát, kiện toàn t', deadline: period },
    ]);
  });
});

describe('no period', () => {
  it('from a year naming what a heading is about', () => {
    expect(
      deadlines(
        '1. Đối với kỳ thi tốt nghiệp năm 2025\n\n- Rà soát cơ sở vật chất của các điểm thi.\n',
      ),
    ).toEqual([{ task: 'Rà soát cơ sở vật ch', deadline: null }]);
  });
  it('from a heading naming a document', () => {
    expect(
      deadlines(
        '1. Thực hiện Kế hoạch số 12/KH-UBND giai đoạn 2021 - 2025\n\n- Rà soát cơ sở vật chất của các điểm thi.\n',
      ),
    ).toEqual([{ task: 'Rà soát cơ sở vật ch', deadline: null }]);
  });
});
