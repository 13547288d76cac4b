import { describe, expect, it } from 'vitest';
import { loadRegistry, splitMentions } from '../../../src/orgs/index.ts';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

/** Lettered body headings in bold markdown give their bullets a lead (issue 18, held-out 53–62). */
const registry = loadRegistry();
const split = (list: string): [string, string][] =>
  splitMentions(list, 0, registry).map((p) => [list.slice(p.start, p.end), p.expanded]);
const leads = (text: string): [string, string[]][] =>
  parseDocument(text, { registry: testRegistry() }).tasks.map((t) => [
    t.text.slice(0, 20),
    t.lead.map((a) => a.mention),
  ]);

const plan = (body: string): string =>
  `**KẾ HOẠCH**\n\n**thực hiện Nghị quyết**\n\n**II. PHÂN CÔNG NHIỆM VỤ**\n\n${body}\n`;

describe('a bold lettered heading naming a body', () => {
  it('gives its bullets that lead: a Party cell ("Tổ đảng ở …")', () => {
    const text = plan(
      '**a) Tổ đảng ở Thường trực Ủy ban Pháp luật**\n\n*   Chủ trì thẩm tra các dự án luật.\n*   Thực hiện một số nội dung khác theo sự phân công.\n\n**b) Đảng ủy cơ quan Văn phòng Quốc hội**\n\n*   Bảo đảm các điều kiện về kinh phí.',
    );
    expect(leads(text)).toEqual([
      ['Chủ trì thẩm tra các', ['Tổ đảng ở Thường trực Ủy ban Pháp luật']],
      ['Thực hiện một số nội', ['Tổ đảng ở Thường trực Ủy ban Pháp luật']],
      ['Bảo đảm các điều kiệ', ['Đảng ủy cơ quan Văn phòng Quốc hội']],
    ]);
  });

  it('gives its bullets the leadership it names ("Lãnh đạo Ban …"), not the verb', () => {
    const text = plan(
      '**a) Lãnh đạo Ban Dân nguyện**\n\n*   Chủ trì tổng hợp kiến nghị của cử tri.\n\n**b) Đảng ủy cơ quan Văn phòng Quốc hội**\n\n*   Lãnh đạo việc tổ chức thực hiện Đề án.',
    );
    expect(leads(text)).toEqual([
      ['Chủ trì tổng hợp kiế', ['Lãnh đạo Ban Dân nguyện']],
      ['Lãnh đạo việc tổ chứ', ['Đảng ủy cơ quan Văn phòng Quốc hội']],
    ]);
  });

  it('keeps the heading\'s lead when a bullet has commas inside an abbreviation ("KH,CN,ĐMST")', () => {
    const text = plan(
      '**a) Tổ đảng ở Thường trực Ủy ban KH,CN&MT**\n\n*   Thực hiện một số nội dung khác thuộc lĩnh vực KH,CN,ĐMST và chuyển đổi số liên quan đến chức năng của Ủy ban.',
    );
    expect(leads(text)).toEqual([
      ['Thực hiện một số nội', ['Tổ đảng ở Thường trực Ủy ban KH,CN&MT']],
    ]);
  });
});

describe('a comma glued inside an abbreviation', () => {
  it.each([
    [
      'Tổ đảng ở Thường trực Ủy ban KH,CN&MT',
      [
        [
          'Tổ đảng ở Thường trực Ủy ban KH,CN&MT',
          'Tổ đảng ở Thường trực Ủy ban Khoa học, Công nghệ và Môi trường',
        ],
      ],
    ],
    // two codes of bodies written without a space still separate
    [
      'Lưu VP,BTG',
      [
        ['Lưu VP', 'Lưu Văn phòng'],
        ['BTG', 'Lưu Ban Tuyên giáo'],
      ],
    ],
  ])('"%s"', (list, parts) => {
    expect(split(list)).toEqual(parts);
  });
});
