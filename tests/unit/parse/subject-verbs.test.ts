import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

/**
 * A subject ends at its verb (issue 18): verbs of Party regulations and guides, and the
 * inspectorate as a body. Short invented provisions in the wording of Party regulations.
 */
const HEAD =
  'BAN CHẤP HÀNH TRUNG ƯƠNG\n\nQUY ĐỊNH\nvề công tác lưu trữ\n\nĐiều 5. Trách nhiệm thực hiện\n\n';

function leads(body: string): [string, string[], string[]][] {
  return parseDocument(`${HEAD}${body}`, { registry: testRegistry() }).tasks.map((t) => [
    t.text.slice(0, 40),
    t.lead.map((a) => a.mention.replace(/\s+/g, ' ')),
    t.coordinators.map((a) => a.mention),
  ]);
}

describe('a subject ends at its verb', () => {
  it.each([
    [
      '1. Mặt trận Tổ quốc Việt Nam cấp tỉnh nộp hồ sơ, tài liệu vào lưu trữ lịch sử.',
      ['Mặt trận Tổ quốc Việt Nam cấp tỉnh'],
    ],
    [
      '1. Giám đốc Trung tâm giao nhiệm vụ nghiên cứu khoa học cho giảng viên.',
      ['Giám đốc Trung tâm'],
    ],
    [
      '1. Văn phòng Trung ương Đảng sẽ chỉ đạo các đơn vị nghiên cứu.',
      ['Văn phòng Trung ương Đảng'],
    ],
    [
      '1. Cấp ủy, tổ chức đảng trực thuộc Trung ương phân tích kỹ lưỡng, cân nhắc toàn diện nhân sự.',
      ['Cấp ủy, tổ chức đảng trực thuộc Trung ương'],
    ],
    [
      '1. Ban Tổ chức Trung ương trao đổi với người đứng đầu cấp ủy nơi cán bộ công tác.',
      ['Ban Tổ chức Trung ương'],
    ],
    [
      '1. Các tỉnh ủy, thành ủy tiếp tục quan tâm chỉ đạo công tác văn phòng.',
      ['Các tỉnh ủy, thành ủy'],
    ],
    ['1. Thanh tra Chính phủ ban hành hướng dẫn về thanh tra công vụ.', ['Thanh tra Chính phủ']],
  ])('"%s"', (body, lead) => {
    expect(leads(body).map((t) => t[1])).toEqual([lead]);
  });

  it('"giao" and "nộp" inside a name are no verb; "chia sẻ" is no "sẽ"', () => {
    expect(
      leads(
        '1. Bộ Ngoại giao chủ trì, phối hợp với Ban Tuyên giáo và Dân vận Trung ương.\n\n2. Trung tâm kết nối, chia sẻ dữ liệu chủ trì xây dựng quy chế.\n\n3. Người đứng đầu cơ quan thuộc nguồn nộp lưu có trách nhiệm giao nộp hồ sơ.',
      ).map((t) => [t[1], t[2]]),
    ).toEqual([
      [['Bộ Ngoại giao'], ['Ban Tuyên giáo và Dân vận Trung ương']],
      [['Trung tâm kết nối, chia sẻ dữ liệu'], []],
      [['Người đứng đầu cơ quan thuộc nguồn nộp lưu'], []],
    ]);
  });

  it('"Trách nhiệm của X: …" names X as the one who bears the provision', () => {
    expect(
      leads(
        '1. Giám đốc Trung tâm phân công giảng viên làm chủ nhiệm lớp.\n\n- Trách nhiệm của giáo vụ: giám sát việc giảng dạy theo kế hoạch.\n\n- Trách nhiệm của chủ nhiệm lớp: là cầu nối giữa lớp với ban giám đốc.',
      ).map((t) => [t[0], t[1]]),
    ).toEqual([
      ['Trách nhiệm của giáo vụ: giám sát việc g', ['giáo vụ']],
      ['Trách nhiệm của chủ nhiệm lớp: là cầu nố', ['chủ nhiệm lớp']],
    ]);
  });
});
