import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

/** Time limits counted from an event, in the wording of Party regulations (issue 18). */
const HEAD = 'QUY CHẾ\nvề tổ chức bồi dưỡng\n\nĐiều 9. Trách nhiệm chấm bài\n\n';

function deadlines(body: string): unknown[] {
  return parseDocument(`${HEAD}${body}`, { registry: testRegistry() }).tasks.map((t) =>
    t.deadline
      ? {
          text: t.deadline.text,
          kind: t.deadline.kind,
          end: t.deadline.end,
          within: t.deadline.within,
        }
      : null,
  );
}

describe('"chậm nhất N ngày kể từ …", "trong vòng N ngày làm việc sau khi …"', () => {
  it('are relative limits with their length and no date', () => {
    expect(
      deadlines(
        '1. Giảng viên chấm bài có trách nhiệm nộp\nđiểm chấm cho giáo vụ chậm nhất 03 ngày kể từ ngày nhận bài chấm.\n\n2. Giáo vụ có trách nhiệm công bố điểm trong vòng 05 ngày làm việc sau khi nhận kết quả chấm.\n\n3. Giáo vụ có trách nhiệm lưu bài thu hoạch, không quá 10 ngày kể từ khi kết thúc lớp.\n',
      ),
    ).toEqual([
      {
        text: 'chậm nhất 03 ngày kể từ ngày nhận bài chấm',
        kind: 'relative',
        end: null,
        within: 'P3D',
      },
      {
        text: 'trong vòng 05 ngày làm việc sau khi nhận kết quả chấm',
        kind: 'relative',
        end: null,
        within: 'P5D',
      },
      {
        text: 'không quá 10 ngày kể từ khi kết thúc lớp',
        kind: 'relative',
        end: null,
        within: 'P10D',
      },
    ]);
  });

  it('a count of days without "kể từ" / "sau khi" is no time limit', () => {
    expect(deadlines('1. Giáo vụ có trách nhiệm tổ chức lớp học không quá 10 ngày.\n')).toEqual([
      null,
    ]);
  });
});

describe('a cycle named in running text', () => {
  it('is "định kỳ" itself, not "thẩm định kỹ" or "quyết định kỷ luật"; an annual budget is no cycle', () => {
    expect(
      deadlines(
        '1. Ban tổ chức có trách nhiệm thẩm định kỹ lưỡng hồ sơ nhân sự.\n\n2. Cấp ủy có trách nhiệm thi hành quyết định kỷ luật đảng viên.\n\n3. Trung tâm có trách nhiệm bố trí kinh phí trong dự toán ngân sách nhà nước hằng năm.\n\n4. Trung tâm có trách nhiệm căn cứ nhu cầu bồi dưỡng hằng năm xây dựng kế hoạch.\n\n5. Giáo vụ có trách nhiệm định kỳ báo cáo Giám đốc Trung tâm.\n\n6. Trung tâm có trách nhiệm hằng năm tổ chức hội nghị giảng viên.\n',
      ).map((d) =>
        d === null ? null : [(d as { text: string }).text, (d as { kind: string }).kind],
      ),
    ).toEqual([null, null, null, null, ['định kỳ', 'recurring'], ['hằng năm', 'recurring']]);
  });
});
