import { describe, expect, it } from 'vitest';
import { parseDocument, type Task } from '../../../src/parse/index.ts';

const tasks = (body: string): Task[] =>
  parseDocument(`KẾ HOẠCH\n\nA.\n\nI. NHIỆM VỤ\n\n${body}`).tasks;
const leads = (t: Task | undefined) => t?.lead.map((a) => a.mention);
const coords = (t: Task | undefined) => t?.coordinators.map((a) => a.mention);

describe('tasks: lead, coordinators, reporting lines', () => {
  it.each([
    [
      '1. Ban Nội chính Trung ương chủ trì, phối hợp với Ban cán sự đảng Bộ Tư pháp giám sát.',
      ['Ban Nội chính Trung ương'],
      ['Ban cán sự đảng Bộ Tư pháp'],
      'subject',
    ],
    [
      '1. Ban Tuyên giáo Tỉnh ủy, Ban Dân vận Tỉnh ủy phối hợp với các cơ quan liên quan tổ chức hướng dẫn.',
      ['Ban Tuyên giáo Tỉnh ủy', 'Ban Dân vận Tỉnh ủy'],
      ['các cơ quan liên quan'],
      'subject',
    ],
    [
      '1. Giao Ban Tuyên giáo Đảng ủy Khối theo dõi, đôn đốc.',
      ['Ban Tuyên giáo Đảng ủy Khối'],
      [],
      'assignment',
    ],
    [
      '1. Ủy ban Kiểm tra Trung ương tăng cường kiểm tra.',
      ['Ủy ban Kiểm tra Trung ương'],
      [],
      'subject',
    ],
    ['1. Ban Bí thư tổ chức Hội nghị cán bộ toàn quốc.', ['Ban Bí thư'], [], 'subject'],
    [
      '1. Sở Nông nghiệp và Phát triển nông thôn chủtrì, phốihợp với Sở Tài chính tham mưu.',
      ['Sở Nông nghiệp và Phát triển nông thôn'],
      ['Sở Tài chính'],
      'subject',
    ],
    ['1. Tăng cường tuyên truyền về kinh tế tập thể.', [], [], 'none'],
    [
      '1. Căn cứ chức năng, nhiệm vụ, cấp ủy cơ sở phối hợp với thủ trưởng cơ quan triển khai thực hiện.',
      ['cấp ủy cơ sở'],
      ['thủ trưởng cơ quan'],
      'subject',
    ],
  ])('%s', (body, lead, coordinators, rule) => {
    const t = tasks(body)[0];
    expect(leads(t)).toEqual(lead);
    expect(coords(t)).toEqual(coordinators);
    expect(t?.leadRule).toBe(rule);
  });

  it('a heading naming bodies gives its lead to the bullets; a bullet with its own subject keeps it', () => {
    const ts = tasks(
      '### 1. Đảng đoàn Mặt trận Tổ quốc Việt Nam, Liên minh hợp tác xã\n\n- Chủ trì, phối hợp với Ban cán sự đảng Chính phủ nghiên cứu (hoàn thành trong năm 2022).\n\n- Tuyên truyền (thực hiện từ năm 2023).\n\n- Hệ thống Liên minh Hợp tác xã xây dựng chương trình.',
    );
    expect(ts.map((t) => [leads(t), t.leadRule])).toEqual([
      [['Đảng đoàn Mặt trận Tổ quốc Việt Nam', 'Liên minh hợp tác xã'], 'inherited'],
      [['Đảng đoàn Mặt trận Tổ quốc Việt Nam', 'Liên minh hợp tác xã'], 'inherited'],
      [['Hệ thống Liên minh Hợp tác xã'], 'subject'],
    ]);
    expect(coords(ts[0])).toEqual(['Ban cán sự đảng Chính phủ']);
    expect(coords(ts[1])).toEqual([]);
  });

  it('bullets inherit the deadline of their item heading unless they state one', () => {
    const ts = tasks(
      '1. Hoàn thiện cơ chế (thực hiện hàng năm, từ năm 2023)\n\n- Rà soát chính sách.\n\n- Sửa đổi quy định (hoàn thành trong năm 2024).',
    );
    expect(ts.map((t) => [t.deadline?.text, t.deadline?.inherited ?? false])).toEqual([
      ['thực hiện hàng năm, từ năm 2023', true],
      ['hoàn thành trong năm 2024', false],
    ]);
  });

  it.each([
    [
      '1. UBND huyện theo dõi; định kỳ báo cáo Ban Thường vụ Huyện ủy theo quy định.',
      ['Ban Thường vụ Huyện ủy'],
    ],
    [
      '1. Giao Ban A theo dõi và báo cáo kết quả cho Ban Thường vụ Đảng ủy Khối.',
      ['Ban Thường vụ Đảng ủy Khối'],
    ],
    [
      '1. Ban Kinh tế Trung ương kịp thời báo cáo với Bộ Chính trị, Ban Bí thư những vấn đề mới.',
      ['Bộ Chính trị', 'Ban Bí thư'],
    ],
    [
      '1. Các huyện định kỳ báo cáo kết quả về Sở Nông nghiệp và Phát triển nông thôn trước ngày 15/12 hằng năm.',
      ['Sở Nông nghiệp và Phát triển nông thôn'],
    ],
    ['1. Ban A báo cáo tình hình thực hiện.', []],
  ])('reports to: %s', (body, expected) => {
    expect(tasks(body)[0]?.reportsTo.map((a) => a.mention)).toEqual(expected);
  });

  it('takes actor-headed items outside task parts, and no other items there', () => {
    const ts = parseDocument(
      'KẾ HOẠCH\n\nA.\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Các cấp ủy, tổ chức đảng tập trung xây dựng chương trình.\n\n2. Nâng cao nhận thức.',
    ).tasks;
    expect(ts.map((t) => t.text)).toEqual([
      'Các cấp ủy, tổ chức đảng tập trung xây dựng chương trình.',
    ]);
  });

  it('does not take verb-like words inside names or nouns for the end of a list', () => {
    expect(leads(tasks('1. Ban Tổ chức Tỉnh ủy, Ban Chỉ đạo tỉnh tổ chức kiểm tra.')[0])).toEqual([
      'Ban Tổ chức Tỉnh ủy',
      'Ban Chỉ đạo tỉnh',
    ]);
    expect(
      coords(
        tasks('1. Ban A chủ trì, phối hợp với các cơ quan, tổ chức có liên quan theo dõi.')[0],
      ),
    ).toEqual(['các cơ quan, tổ chức có liên quan']);
  });
});

describe('tasks: deadline of a part heading', () => {
  it('reaches the items of the part that state none', () => {
    const ts = parseDocument(
      'KẾ HOẠCH\n\nA.\n\nIII. NHIỆM VỤ (hoàn thành trong năm 2024)\n\n1. Ban A chủ trì rà soát.\n\n2. Ban B thực hiện (thực hiện từ năm 2023).',
    ).tasks;
    expect(ts.map((t) => [t.deadline?.text, t.deadline?.inherited ?? false])).toEqual([
      ['hoàn thành trong năm 2024', true],
      ['thực hiện từ năm 2023', false],
    ]);
  });
});

describe('tasks: parts that list a plan activities', () => {
  it.each([
    ['II. NỘI DUNG HOẠT ĐỘNG', ['II.1', 'II.2']],
    ['II. LỘ TRÌNH THỰC HIỆN VÀ NỘI DUNG TUYÊN TRUYỀN', ['II.1', 'II.2']],
    ['II. HÌNH THỨC, THỜI GIAN TUYÊN TRUYỀN', ['II.1', 'II.2']],
    // a bare "NỘI DUNG" lists topics, not tasks
    ['II. NỘI DUNG', []],
  ])('%s', (part, sections) => {
    const ts = parseDocument(
      `KẾ HOẠCH\n\nA.\n\n${part}\n\n1. Tuyên truyền Nghị quyết trên hệ thống loa.\n\n2. Tổ chức hội nghị quán triệt.`,
    ).tasks;
    expect(ts.map((t) => t.section)).toEqual(sections);
  });
});
