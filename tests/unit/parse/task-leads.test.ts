import { describe, expect, it } from 'vitest';
import { expandAbbreviations } from '../../../src/orgs/index.ts';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

/**
 * Who leads a State task (issue 18): a body that asks others ("UBND tỉnh yêu cầu các sở …"),
 * an item heading "Đề nghị: A, B" over its items, and the abbreviated names of provincial
 * departments ("Sở KH&CN", "Bộ CHQS tỉnh").
 */

const HEAD =
  'ỦY BAN NHÂN DÂN TỈNH A\n\nKẾ HOẠCH\nThực hiện Nghị quyết\n\nIV. TỔ CHỨC THỰC HIỆN\n\n';

function leads(text: string): [string, string[], string][] {
  return parseDocument(text, { registry: testRegistry() }).tasks.map((t) => [
    t.text,
    t.lead.map((a) => a.mention.replace(/\s+/g, ' ')),
    t.leadRule,
  ]);
}

describe('task leads in State wording', () => {
  it('the bodies a body asks lead: "UBND tỉnh yêu cầu các cơ quan … nghiêm túc triển khai"', () => {
    const text = `${HEAD}1. Sở Tài chính bố trí kinh phí.\n\n2. Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện.`;
    expect(leads(text)).toEqual([
      ['Sở Tài chính bố trí kinh phí.', ['Sở Tài chính'], 'subject'],
      [
        'Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện.',
        ['các cơ quan, đơn vị, địa phương'],
        'assignment',
      ],
    ]);
  });

  it('a heading "Đề nghị: A, B" gives its bodies to the items under it', () => {
    const text = `${HEAD}6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh\n\na) Tuyên truyền, vận động hội viên tham gia chuyển đổi số.\n\nb) Phối hợp với Sở Khoa học và Công nghệ đánh giá hiện trạng.`;
    const both = ['Hiệp hội Doanh nghiệp tỉnh', 'Hội Nông dân tỉnh'];
    expect(leads(text)).toEqual([
      ['Tuyên truyền, vận động hội viên tham gia chuyển đổi số.', both, 'inherited'],
      ['Phối hợp với Sở Khoa học và Công nghệ đánh giá hiện trạng.', both, 'inherited'],
    ]);
  });

  it.each([
    ['Sở KH&CN', 'Sở Khoa học và Công nghệ'],
    ['Bộ CHQS tỉnh', 'Bộ Chỉ huy Quân sự tỉnh'],
    ['Sở GD&ĐT', 'Sở Giáo dục và Đào tạo'],
    ['Sở VH,TT&DL', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Bộ NN&MT', 'Bộ Nông nghiệp và Môi trường'],
  ])('expands the department abbreviation in "%s"', (short, full) => {
    expect(expandAbbreviations(short, testRegistry())).toBe(full);
  });

  it.each([
    ['Sở Xây dựng chủ trì, phối hợp Công an tỉnh tổ chức khảo sát.', ['Công an tỉnh']],
    ['Sở Tài chính chủ trì, phối hợp chặt chẽ với Sở Nội vụ rà soát biên chế.', ['Sở Nội vụ']],
    ['Sở Y tế chủ trì, phối hợp cùng Sở Tài chính xây dựng dự toán.', ['Sở Tài chính']],
    // lower-case bodies after "với" still count; "phối hợp" before a verb names no one
    ['Sở Công Thương phối hợp với ngành điện lực bảo đảm cấp điện.', ['ngành điện lực']],
    ['Sở Tư pháp chủ trì, phối hợp thực hiện và báo cáo kết quả.', []],
  ])('coordinators of "%s"', (sentence, expected) => {
    const [task] = parseDocument(`${HEAD}1. ${sentence}`, { registry: testRegistry() }).tasks;
    expect(task?.coordinators.map((a) => a.mention)).toEqual(expected);
  });

  it('a clause whose subject assigns: "…, Thủ tướng Chính phủ giao Bộ X theo chức năng …"', () => {
    const text =
      'VĂN PHÒNG CHÍNH PHỦ\n\nSố: 2739/VPCP-ĐMDN\nV/v quản trị doanh nghiệp\n\nHà Nội, ngày 05 tháng 04 năm 2019\n\nKính gửi: Bộ Kế hoạch và Đầu tư.\n\nBáo Đấu thầu đưa tin về quản trị công ty cổ phần.\n\nVề nội dung nêu trên, Thủ tướng Chính phủ giao Bộ Kế hoạch và Đầu tư theo chức năng, nhiệm vụ được giao, nghiên cứu, có giải pháp phù hợp.\n\nVăn phòng Chính phủ thông báo để Bộ Kế hoạch và Đầu tư biết, thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nBỘ TRƯỞNG, CHỦ NHIỆM\n\nMai Tiến Dũng';
    expect(leads(text)).toEqual([
      [
        'Về nội dung nêu trên, Thủ tướng Chính phủ giao Bộ Kế hoạch và Đầu tư theo chức năng, nhiệm vụ được giao, nghiên cứu, có giải pháp phù hợp.',
        ['Bộ Kế hoạch và Đầu tư'],
        'assignment',
      ],
    ]);
  });

  it('"Tuyên giáo" is no "giao": the bodies before "phối hợp với" lead', () => {
    const text = `${HEAD}1. Ban Tuyên giáo Tỉnh ủy, Ban Dân vận Tỉnh ủy phối hợp với các cơ quan liên quan tuyên truyền Nghị quyết.`;
    expect(leads(text)[0]?.[1]).toEqual(['Ban Tuyên giáo Tỉnh ủy', 'Ban Dân vận Tỉnh ủy']);
  });

  it('a wrapped "Giao X" heading ends at the verb that opens the next line', () => {
    const text = `${HEAD}1.1. Giao Sở Nông nghiệp\nvà Môi trường\nKhẩn trương chia sẻ cơ sở dữ liệu đất đai.\n\n1.2. Sở Tài chính phối hợp với Bộ\nXây dựng để thực hiện việc chia sẻ dữ liệu.`;
    expect(leads(text)).toEqual([
      [
        'Giao Sở Nông nghiệp và Môi trường Khẩn trương chia sẻ cơ sở dữ liệu đất đai.',
        ['Sở Nông nghiệp và Môi trường'],
        'assignment',
      ],
      [
        'Sở Tài chính phối hợp với Bộ Xây dựng để thực hiện việc chia sẻ dữ liệu.',
        ['Sở Tài chính'],
        'subject',
      ],
    ]);
    const [, second] = parseDocument(text, { registry: testRegistry() }).tasks;
    expect(second?.coordinators.map((a) => a.mention)).toEqual(['Bộ\nXây dựng']);
  });

  it('a note in parentheses is no part of the body: "Sở Tài chính (cơ quan chủ trì)", "(VTV)"', () => {
    const text = `${HEAD}**1. Sở Tài chính **(cơ quan chủ trì)\n\n- Chủ trì xây dựng kế hoạch.\n\n2. Đài Truyền hình Việt Nam (VTV) chủ trì, phối hợp với Bộ Công an xây dựng chương trình.`;
    expect(leads(text).map(([, lead, rule]) => [lead, rule])).toEqual([
      [['Sở Tài chính'], 'inherited'],
      [['Đài Truyền hình Việt Nam'], 'subject'],
    ]);
  });

  it.each([
    [
      'Tập đoàn Điện lực Việt Nam chủ trì xây dựng phương án cấp điện.',
      'Tập đoàn Điện lực Việt Nam',
    ],
    ['Thông tấn xã Việt Nam chủ trì tuyên truyền.', 'Thông tấn xã Việt Nam'],
    [
      'Chi cục Hải quan nơi lưu giữ hàng hóa hướng dẫn người khai hải quan.',
      'Chi cục Hải quan nơi lưu giữ hàng hóa',
    ],
    ['Tổng cục Hải quan có trách nhiệm kiểm tra.', 'Tổng cục Hải quan'],
    ['Bảo hiểm xã hội tỉnh chủ trì tuyên truyền chính sách.', 'Bảo hiểm xã hội tỉnh'],
  ])('a body in running text: %s', (sentence, lead) => {
    expect(leads(`${HEAD}1. ${sentence}`)[0]?.[1]).toEqual([lead]);
  });

  it('a plural head before a colon distributes over the names after it', () => {
    const text = `${HEAD}5. Các Bộ: Quốc phòng, Công an chủ động chỉ đạo lực lượng.\n\n6. Các Bộ: Giáo dục và Đào tạo, Y tế, Khoa học và Công\nnghệ chỉ đạo tuyên truyền.`;
    const tasks = parseDocument(text, { registry: testRegistry() }).tasks;
    // "Công an" alone is a head with no name: after "Các Bộ:" it is Bộ Công an
    expect(tasks.map((t) => [t.leadRule, t.lead.map((a) => a.expanded)])).toEqual([
      ['subject', ['Bộ Quốc phòng', 'Bộ Công an']],
      ['subject', ['Bộ Giáo dục và Đào tạo', 'Bộ Y tế', 'Bộ Khoa học và Công nghệ']],
    ]);
  });
});
