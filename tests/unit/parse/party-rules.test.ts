import { describe, expect, it } from 'vitest';
import { loadRegistry, splitMentions } from '../../../src/orgs/index.ts';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

/**
 * Rules of the Party genre (issue 18): Quy định, Quy chế, Hướng dẫn, Kết luận of Party bodies.
 * Each test is a short invented excerpt in the wording of the corpus' Party documents.
 */

const registry = loadRegistry();
const split = (list: string): string[] =>
  splitMentions(list, 0, registry).map((p) => list.slice(p.start, p.end));

const HEAD = 'BAN CHẤP HÀNH TRUNG ƯƠNG\n\nQUY ĐỊNH\nvề công tác lưu trữ\n\n';

function leads(text: string): [string, string[], string][] {
  return parseDocument(text, { registry: testRegistry() }).tasks.map((t) => [
    t.text,
    t.lead.map((a) => a.mention.replace(/\s+/g, ' ')),
    t.leadRule,
  ]);
}

describe('Party lists of kind nouns', () => {
  it.each([
    // kind nouns in sentence case only because they open the sentence: one collective
    [
      'Cấp ủy, tổ chức đảng, cơ quan, đơn vị tổ chức theo ngành dọc',
      ['Cấp ủy, tổ chức đảng, cơ quan, đơn vị tổ chức theo ngành dọc'],
    ],
    ['Người đứng đầu cơ quan, tổ chức', ['Người đứng đầu cơ quan, tổ chức']],
    [
      'Ban tuyên giáo và dân vận tỉnh ủy, thành ủy',
      ['Ban tuyên giáo và dân vận tỉnh ủy, thành ủy'],
    ],
    // a name has a second capital: the lower-case item after it is a body of its own
    ['Sở Tài chính, các cơ quan liên quan', ['Sở Tài chính', 'các cơ quan liên quan']],
    // a plural collective still takes a bare head after it
    ['các Sở, Ban, ngành liên quan', ['các Sở, Ban, ngành liên quan']],
    // a position opens a new body: "thủ trưởng …" and "lãnh đạo …" are two
    [
      'thủ trưởng cơ quan, đơn vị, lãnh đạo doanh nghiệp có liên quan',
      ['thủ trưởng cơ quan, đơn vị', 'lãnh đạo doanh nghiệp có liên quan'],
    ],
    // a committee at the head of a recipient list takes no abbreviation after it
    ['Tỉnh ủy, HĐND, UBND tỉnh Phú Thọ', ['Tỉnh ủy', 'HĐND', 'UBND tỉnh Phú Thọ']],
  ])('"%s"', (list, bodies) => {
    expect(split(list)).toEqual(bodies);
  });
});

describe('Party regulations: who bears a provision', () => {
  it('"X có trách nhiệm / chịu trách nhiệm": X leads, even a role no head word names', () => {
    const text = `${HEAD}Điều 5. Trách nhiệm\n\n1. Giáo vụ có trách nhiệm công bố điểm bài thu hoạch.\n\n2. Người được giao xử lý công việc chịu trách nhiệm lập hồ sơ.\n\n3. Chịu trách nhiệm trước Ban Bí thư về kết quả thực hiện.`;
    expect(leads(text)).toEqual([
      ['Giáo vụ có trách nhiệm công bố điểm bài thu hoạch.', ['Giáo vụ'], 'subject'],
      [
        'Người được giao xử lý công việc chịu trách nhiệm lập hồ sơ.',
        ['Người được giao xử lý công việc'],
        'subject',
      ],
      // no subject before the verb: the lead is left to the heading
      ['Chịu trách nhiệm trước Ban Bí thư về kết quả thực hiện.', [], 'none'],
    ]);
  });

  it('"Giáo vụ" at the start is no "Giao X" assignment (no lead "vụ")', () => {
    const text = `${HEAD}Điều 5. Trách nhiệm\n\n1. Giáo vụ lập danh sách học viên.`;
    expect(leads(text)).toEqual([['Giáo vụ lập danh sách học viên.', [], 'none']]);
  });

  it('a clause after "Căn cứ …;" or "…, thì" whose bodies bear the provision: they lead', () => {
    const text = `${HEAD}Điều 5. Trách nhiệm\n\n1. Căn cứ kết quả phê duyệt quy hoạch; các cấp ủy, tổ chức đảng, cơ quan, đơn vị có trách nhiệm triển khai kế hoạch luân chuyển.\n\n2. Đối với cán bộ bị kỷ luật, thì các cấp ủy, tổ chức đảng phải kịp thời đưa ra khỏi quy hoạch.\n\n3. Các yêu cầu chia sẻ dữ liệu, các cơ quan đảng phải bảo đảm an toàn.`;
    expect(leads(text)).toEqual([
      [
        'Căn cứ kết quả phê duyệt quy hoạch; các cấp ủy, tổ chức đảng, cơ quan, đơn vị có trách nhiệm triển khai kế hoạch luân chuyển.',
        ['các cấp ủy, tổ chức đảng, cơ quan, đơn vị'],
        'subject',
      ],
      [
        'Đối với cán bộ bị kỷ luật, thì các cấp ủy, tổ chức đảng phải kịp thời đưa ra khỏi quy hoạch.',
        ['các cấp ủy, tổ chức đảng'],
        'subject',
      ],
      // "phải" after a bare comma: the bodies are no subject of the clause
      ['Các yêu cầu chia sẻ dữ liệu, các cơ quan đảng phải bảo đảm an toàn.', [], 'none'],
    ]);
  });

  it('a decision\'s executing article lists its bodies across ";": "A; các trung tâm …; B và C có trách nhiệm thi hành"', () => {
    const text = `${HEAD}Điều 1. Ban hành Quy chế.\n\nĐiều 3. Ban tuyên giáo tỉnh ủy, thành ủy; các trung tâm chính trị xã, phường; Vụ Lý luận chính trị và các cơ quan, đơn vị liên quan có trách nhiệm thi hành Quyết định này./.`;
    expect(leads(text).map((t) => t[1])).toEqual([
      [
        'Ban tuyên giáo tỉnh ủy, thành ủy',
        'các trung tâm chính trị xã, phường',
        'Vụ Lý luận chính trị',
        'các cơ quan, đơn vị liên quan',
      ],
    ]);
  });

  it('"Lưu trữ lịch sử của Đảng" is a body that "thu thập"; "X có nhiệm vụ" makes X lead', () => {
    const text = `${HEAD}Điều 8. Lưu trữ\n\n1. Lưu trữ lịch sử của Đảng ở cấp tỉnh thu thập, quản lý tài liệu lưu trữ vĩnh viễn.\n\n2. Giảng viên chủ nhiệm có nhiệm vụ theo dõi lớp học.`;
    expect(leads(text)).toEqual([
      [
        'Lưu trữ lịch sử của Đảng ở cấp tỉnh thu thập, quản lý tài liệu lưu trữ vĩnh viễn.',
        ['Lưu trữ lịch sử của Đảng ở cấp tỉnh'],
        'subject',
      ],
      ['Giảng viên chủ nhiệm có nhiệm vụ theo dõi lớp học.', ['Giảng viên chủ nhiệm'], 'subject'],
    ]);
  });
});
