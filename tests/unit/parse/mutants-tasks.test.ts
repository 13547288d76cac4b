import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { taskView } from './helpers.ts';

const view = taskView;
const tasksOf = (text: string): Record<string, unknown>[] => parseDocument(text).tasks.map(view);
/** Which blocks are tasks, by section and text. */
const found = (text: string): [string, string][] =>
  parseDocument(text).tasks.map((t) => [t.section, t.text]);
const plan = (body: string): string => `KẾ HOẠCH\n\nA.\n\n${body}`;
const lines = (body: string[]): string => plan(body.join('\n\n'));

describe('item headings that name duties', () => {
  it('give task-hood to their items outside a task part; other headings do not', () => {
    const text = plan(
      [
        'I. ĐÁNH GIÁ TÌNH HÌNH',
        '1. **Về nhiệm vụ trọng tâm từ nay đến tháng 6/2027**',
        'a) Rà soát quy hoạch.',
        '2. Nhiệm vụ của giảng viên',
        'a) Soạn giáo trình.',
        '3. Kết quả thực hiện nhiệm vụ năm 2024',
        'a) Hoàn thành chỉ tiêu.',
        '4. Một số nhiệm vụ khác',
        'a) Sơ kết.',
        '5. Nhiệm vụ, quyền hạn của học viên',
        'a) Dự lớp.',
      ].join('\n\n'),
    );
    expect(tasksOf(text)).toEqual([
      {
        section: 'I.1.a',
        titles: ['ĐÁNH GIÁ TÌNH HÌNH', 'Về nhiệm vụ trọng tâm từ nay đến tháng 6/2027'],
        text: 'Rà soát quy hoạch.',
        leadRule: 'none',
        lead: [],
        coordinators: [],
        reportsTo: [],
        deadline: ['từ nay đến tháng 6/2027', true],
        span: [91, 112],
      },
      {
        section: 'I.4.a',
        titles: ['ĐÁNH GIÁ TÌNH HÌNH', 'Một số nhiệm vụ khác'],
        text: 'Sơ kết.',
        leadRule: 'none',
        lead: [],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [253, 263],
      },
    ]);
  });

  it('are read with the spaces a PDF text lost ("Vềmộtsốnhiệmvụ", "Nhiệm vụcủa")', () => {
    const text = plan(
      [
        'I. ĐÁNH GIÁ TÌNH HÌNH',
        '1. Vềmộtsốnhiệmvụ cấp bách',
        'a) Kiểm tra thực tế.',
        '2. Vềcácnhiệmvụ khác',
        'a) Tổng kết.',
        '3. Nhiệm vụcủa trợ giảng',
        'a) Chấm bài.',
        '4. Nhiệm vụ,quyền hạn của học viên',
        'a) Dự lớp.',
        '5. Về các nhiệm vụ thường xuyên',
        'a) Báo cáo định kỳ.',
      ].join('\n\n'),
    );
    expect(found(text)).toEqual([
      ['I.1.a', 'Kiểm tra thực tế.'],
      ['I.2.a', 'Tổng kết.'],
      ['I.5.a', 'Báo cáo định kỳ.'],
    ]);
  });

  it('name duties only up to 160 characters', () => {
    const head = (n: number): string => `Về nhiệm vụ trọng tâm ${'x'.repeat(n - 22)}`;
    expect(head(160)).toHaveLength(160);
    const text = (n: number): string =>
      plan(`I. ĐÁNH GIÁ TÌNH HÌNH\n\n1. ${head(n)}\n\na) Rà soát quy hoạch.`);
    expect(found(text(160))).toEqual([['I.1.a', 'Rà soát quy hoạch.']]);
    expect(found(text(161))).toEqual([]);
  });

  it('name duties under a capitals heading too', () => {
    const text = plan('TÌNH HÌNH CHUNG\n\n1. Về nhiệm vụ trọng tâm\n\na) Rà soát quy hoạch.');
    expect(found(text)).toEqual([['1.a', 'Rà soát quy hoạch.']]);
  });

  it('do not inside an article of a regulation', () => {
    const text = `QUYẾT ĐỊNH\n\nA.\n\nĐiều 1. Ban hành Quy chế.\n\n1. Nhiệm vụ trọng tâm\n\na) Rà soát quy hoạch.`;
    expect(found(text)).toEqual([]);
  });
});

describe('the part a block sits in', () => {
  it('a capitals heading without a Roman numeral is a part: a task part makes its items tasks', () => {
    const text = plan('NHIỆM VỤ TRỌNG TÂM\n\n1. Tăng cường tuyên truyền về kinh tế tập thể.');
    expect(found(text)).toEqual([['1', 'Tăng cường tuyên truyền về kinh tế tập thể.']]);
  });

  it('under a capitals heading that assigns nothing, only an item naming its doer is a task', () => {
    const text = plan(
      'TÌNH HÌNH CHUNG\n\n1. Hoàn thành rà soát quy hoạch trong năm 2025.\n\n2. Sở Y tế tăng cường kiểm tra.',
    );
    expect(found(text)).toEqual([['2', 'Sở Y tế tăng cường kiểm tra.']]);
  });

  it('without parts, an item heading is no part: its words do not make its items tasks', () => {
    const text = plan(
      '1. Phân công thực hiện\n\na) Rà soát quy hoạch.\n\n2. Hoàn thành báo cáo tổng kết trước ngày 30/6/2025.\n\n3. Tăng cường kiểm tra.',
    );
    // the item with a deadline is a task; the others name neither doer nor deadline
    expect(found(text)).toEqual([['2', 'Hoàn thành báo cáo tổng kết trước ngày 30/6/2025.']]);
  });

  it('"nhiệm vụ, quyền hạn" is a role\'s duties unless the part also organises implementation', () => {
    const text = plan(
      [
        'I. NHIỆMVỤVÀQUYỀNHẠN',
        '1. Tăng cường tuyên truyền.',
        'II. NHIỆM VỤ, QUYỀN HẠN VÀ TỔ CHỨC THỰC HIỆN',
        '1. Kiểm tra định kỳ.',
        'III. NHIỆM VỤ, QUYỀN HẠN VÀ TỔCHỨCTHỰCHIỆN',
        '1. Sơ kết hằng năm.',
      ].join('\n\n'),
    );
    expect(found(text)).toEqual([
      ['II.1', 'Kiểm tra định kỳ.'],
      ['III.1', 'Sơ kết hằng năm.'],
    ]);
  });

  it('a targets part assigns only when it also names duties; elsewhere a doer makes the task', () => {
    const text = plan(
      [
        'I. MỤC TIÊU VÀ GIẢI PHÁP',
        '1. Tăng cường tuyên truyền.',
        '2. Sở Y tế tăng cường kiểm tra.',
        'II. MỤC TIÊU VÀ NHIỆM VỤ',
        '1. Kiểm tra định kỳ.',
        'III. MỤC TIÊU, NHIỆMVỤ',
        '1. Sơ kết hằng năm.',
        'IV. TÌNH HÌNH',
        '1. Sở Tài chính rà soát kinh phí.',
      ].join('\n\n'),
    );
    expect(found(text)).toEqual([
      ['II.1', 'Kiểm tra định kỳ.'],
      ['III.1', 'Sơ kết hằng năm.'],
      ['IV.1', 'Sở Tài chính rà soát kinh phí.'],
    ]);
  });
});

describe("a decision's articles", () => {
  it('an article or its paragraph is a task when it names who executes it', () => {
    const text = `QUYẾT ĐỊNH\n\nA.\n\n${[
      'Điều 1. Phê duyệt Kế hoạch phát triển du lịch tỉnh giai đoạn 2025-2030.',
      'Điều 2. Tổ chức thực hiện',
      'Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành triển khai Kế hoạch.',
      'Đề nghị các sở, ngành triển khai thực hiện nghiêm túc Quyết định này.',
      'Tăng cường kiểm tra việc thực hiện.',
      'Quyết định này có hiệu lực kể từ ngày ký.',
      'Chánh Văn phòng Ủy ban nhân dân tỉnh thông báo cho các đơn vị biết, thực hiện.',
      'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này.',
      'Điều 4.\nGiám đốc Sở Tư pháp theo dõi việc thi hành.',
    ].join('\n\n')}`;
    const none = { coordinators: [], reportsTo: [], deadline: null };
    expect(tasksOf(text)).toEqual([
      {
        section: 'Điều 2',
        titles: ['Tổ chức thực hiện'],
        text: 'Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các sở, ngành triển khai Kế hoạch.',
        leadRule: 'subject',
        lead: ['Sở Văn hóa, Thể thao và Du lịch'],
        ...none,
        coordinators: ['các sở, ngành'],
        span: [116, 204],
      },
      {
        section: 'Điều 2',
        titles: ['Tổ chức thực hiện'],
        text: 'Đề nghị các sở, ngành triển khai thực hiện nghiêm túc Quyết định này.',
        leadRule: 'assignment',
        lead: ['các sở, ngành'],
        ...none,
        span: [206, 275],
      },
      {
        section: 'Điều 3',
        titles: [],
        text: 'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này.',
        leadRule: 'subject',
        lead: ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Giám đốc Sở Tài chính'],
        ...none,
        span: [437, 546],
      },
      {
        section: 'Điều 4',
        titles: [],
        text: 'Giám đốc Sở Tư pháp theo dõi việc thi hành.',
        leadRule: 'subject',
        lead: ['Giám đốc Sở Tư pháp'],
        ...none,
        span: [548, 599],
      },
    ]);
  });
});

describe("a letter's own paragraphs", () => {
  it('a paragraph promulgating the plan is a formula; a numbered item saying the same is a task', () => {
    const text = lines([
      'I. NHIỆM VỤ',
      'Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện Nghị quyết.',
      '1. Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện Nghị quyết.',
      '2. Sơ kết.',
    ]);
    expect(found(text)).toEqual([
      ['I.1', 'Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện Nghị quyết.'],
      ['I.2', 'Sơ kết.'],
    ]);
  });

  it('assign when they name a doer; not receipts, findings, markup or requests to carry out', () => {
    const text = `CÔNG VĂN\n\nA.\n\n${[
      'Ủy ban nhân dân tỉnh nhận được Công văn số 12/BTC của Bộ Tài chính.',
      'Sở Tài chính chủ trì tổng hợp báo cáo trước ngày 15/3/2025.',
      'Hoàn thành báo cáo trước ngày 20/3/2025.',
      'Bộ Chính trị, Ban Bí thư ghi nhận và biểu dương kết quả đạt được.',
      '* * *',
      'Yêu cầu các sở, ngành thực hiện nghiêm túc./.',
    ].join('\n\n')}`;
    expect(found(text)).toEqual([
      ['', 'Sở Tài chính chủ trì tổng hợp báo cáo trước ngày 15/3/2025.'],
    ]);
  });

  it('in a task part: assignments and plain duties, not preamble or a request to carry out the plan', () => {
    const text = plan(
      [
        'I. NHIỆM VỤ',
        'Đề nghị các sở, ngành triển khai thực hiện nghiêm túc Kế hoạch này.',
        'Căn cứ tình hình thực tế, các địa phương xây dựng kế hoạch.',
        'Giao Sở Thông tin và Truyền thông đăng tải Kế hoạch tại địa chỉ https://sotttt.gov.vn',
        'Tăng cường tuyên truyền trên các phương tiện thông tin đại chúng.',
        '1. Đề nghị các sở, ngành triển khai thực hiện nghiêm túc Kế hoạch này.',
        '2. TỔ CHỨC HỘI NGHỊ SƠ KẾT',
        '3. Các sở, ngành thực hiện các nội dung sau:',
        '4. Bộ Chính trị, Ban Bí thư ghi nhận và biểu dương kết quả.',
        '5. Tăng cường quản lý thị trường',
        'Căn cứ kết quả rà soát, đề xuất sửa đổi quy định.',
        'III. Tổ chức thực hiện tốt các nhiệm vụ trên.',
      ].join('\n\n'),
    );
    expect(found(text)).toEqual([
      [
        'I',
        'Giao Sở Thông tin và Truyền thông đăng tải Kế hoạch tại địa chỉ https://sotttt.gov.vn',
      ],
      ['I', 'Tăng cường tuyên truyền trên các phương tiện thông tin đại chúng.'],
      // a numbered item is a task even when it only asks to carry out the plan
      ['I.1', 'Đề nghị các sở, ngành triển khai thực hiện nghiêm túc Kế hoạch này.'],
      ['I.2', 'TỔ CHỨC HỘI NGHỊ SƠ KẾT'],
      ['I.3', 'Các sở, ngành thực hiện các nội dung sau:'],
      ['I.5', 'Căn cứ kết quả rà soát, đề xuất sửa đổi quy định.'],
      ['III', 'Tổ chức thực hiện tốt các nhiệm vụ trên.'],
    ]);
  });
});

describe('tasks of items, paragraphs and field lines', () => {
  it('an item heading gives lead, coordinators, reporting line and deadline down two levels; an item stating a whole sentence over its paragraphs is a task itself', () => {
    const text = lines([
      'I. NHIỆM VỤ',
      '1. Sở Y tế chủ trì, phối hợp với Sở Tài chính, báo cáo Ủy ban nhân dân tỉnh (hoàn thành trong năm 2025)',
      '1.1. Rà soát cơ sở y tế',
      'a) Kiểm tra trang thiết bị.',
      '1.2. Xây dựng đề án.',
      '2. Các cấp ủy triển khai nghị quyết; thực hiện “nói đi đôi với làm.”',
      'Các đồng chí bí thư cấp ủy phải gương mẫu thực hiện.',
      '3. Giao Sở Nội vụ hướng dẫn các đơn vị.',
      'Các đơn vị báo cáo kết quả.',
      '- Rà soát biên chế.',
      '4. Sở Công Thương chủ trì; các đơn vị phối hợp thực hiện các nội dung sau',
      'Rà soát các chợ đầu mối.',
      '5. Tăng cường công tác kiểm tra.',
      'Các sở, ngành báo cáo kết quả.',
      '6. Sơ kết, tổng kết việc thực hiện.',
    ]);
    expect(tasksOf(text)).toEqual([
      {
        section: 'I.1.1.1.a',
        titles: [
          'NHIỆM VỤ',
          'Sở Y tế chủ trì, phối hợp với Sở Tài chính, báo cáo Ủy ban nhân dân tỉnh (hoàn thành trong năm 2025)',
          'Rà soát cơ sở y tế',
        ],
        text: 'Kiểm tra trang thiết bị.',
        leadRule: 'inherited',
        lead: ['Sở Y tế'],
        coordinators: ['Sở Tài chính'],
        reportsTo: ['Ủy ban nhân dân tỉnh'],
        deadline: ['hoàn thành trong năm 2025', true],
        span: [157, 184],
      },
      {
        section: 'I.1.1.2',
        titles: [
          'NHIỆM VỤ',
          'Sở Y tế chủ trì, phối hợp với Sở Tài chính, báo cáo Ủy ban nhân dân tỉnh (hoàn thành trong năm 2025)',
        ],
        text: 'Xây dựng đề án.',
        leadRule: 'inherited',
        lead: ['Sở Y tế'],
        coordinators: ['Sở Tài chính'],
        reportsTo: ['Ủy ban nhân dân tỉnh'],
        deadline: ['hoàn thành trong năm 2025', true],
        span: [186, 206],
      },
      {
        section: 'I.2',
        titles: ['NHIỆM VỤ'],
        text: 'Các cấp ủy triển khai nghị quyết; thực hiện “nói đi đôi với làm.”',
        leadRule: 'subject',
        lead: ['Các cấp ủy'],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [208, 276],
      },
      {
        section: 'I.2',
        titles: ['NHIỆM VỤ', 'Các cấp ủy triển khai nghị quyết; thực hiện “nói đi đôi với làm.”'],
        text: 'Các đồng chí bí thư cấp ủy phải gương mẫu thực hiện.',
        leadRule: 'subject',
        lead: ['Các đồng chí bí thư cấp ủy'],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [278, 330],
      },
      {
        section: 'I.3',
        titles: ['NHIỆM VỤ', 'Giao Sở Nội vụ hướng dẫn các đơn vị.'],
        text: 'Các đơn vị báo cáo kết quả.',
        leadRule: 'subject',
        lead: ['Các đơn vị'],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [373, 400],
      },
      {
        section: 'I.3',
        titles: ['NHIỆM VỤ', 'Giao Sở Nội vụ hướng dẫn các đơn vị.'],
        text: 'Rà soát biên chế.',
        leadRule: 'inherited',
        lead: ['Sở Nội vụ'],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [402, 421],
      },
      {
        section: 'I.4',
        titles: [
          'NHIỆM VỤ',
          'Sở Công Thương chủ trì; các đơn vị phối hợp thực hiện các nội dung sau',
        ],
        text: 'Rà soát các chợ đầu mối.',
        leadRule: 'inherited',
        lead: ['Sở Công Thương'],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [498, 522],
      },
      {
        section: 'I.5',
        titles: ['NHIỆM VỤ', 'Tăng cường công tác kiểm tra.'],
        text: 'Các sở, ngành báo cáo kết quả.',
        leadRule: 'subject',
        lead: ['Các sở, ngành'],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [558, 588],
      },
      {
        section: 'I.6',
        titles: ['NHIỆM VỤ'],
        text: 'Sơ kết, tổng kết việc thực hiện.',
        leadRule: 'none',
        lead: [],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [590, 625],
      },
    ]);
  });

  it('field lines: the first lead line wins, a plain list of performers leads, "X chủ trì, phối hợp với Y" splits', () => {
    const text = lines([
      'I. NHIỆM VỤ',
      '1. Xây dựng cơ sở dữ liệu  dân cư\n- Cơ quan chủ trì: Sở Tư pháp.\n- Cơ quan phối hợp: Sở Tài chính.\n- Thời gian thực hiện: Quý II/2025.\n- Kết quả: Dự thảo Hướng dẫn.\n- Đơn vị chủ trì: Sở Nội vụ.',
      '2. Rà soát văn bản quy phạm pháp luật\n- Cơ quan thực hiện: Sở Tư pháp, Sở Nội vụ.',
      '3. Tổng kết thi hành luật\n- Cơ quan thực hiện: Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ.\n- Thời gian: năm 2026.',
    ]);
    expect(tasksOf(text)).toEqual([
      {
        section: 'I.1',
        titles: ['NHIỆM VỤ'],
        text: 'Xây dựng cơ sở dữ liệu dân cư',
        leadRule: 'field',
        lead: ['Sở Tư pháp'],
        coordinators: ['Sở Tài chính'],
        reportsTo: [],
        deadline: ['Quý II/2025', false],
        product: 'Dự thảo Hướng dẫn',
        span: [27, 220],
      },
      {
        section: 'I.2',
        titles: ['NHIỆM VỤ'],
        text: 'Rà soát văn bản quy phạm pháp luật',
        leadRule: 'field',
        lead: ['Sở Tư pháp', 'Sở Nội vụ'],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [222, 303],
      },
      {
        section: 'I.3',
        titles: ['NHIỆM VỤ'],
        text: 'Tổng kết thi hành luật',
        leadRule: 'field',
        lead: ['Sở Tư pháp'],
        coordinators: ['Sở Nội vụ'],
        reportsTo: [],
        deadline: ['năm 2026', false],
        span: [305, 418],
      },
    ]);
  });

  it('field lines under the last item of a group apply to the items before it, only when those are bare items', () => {
    const text = lines([
      'I. NHIỆM VỤ',
      '1. Sở Y tế chủ trì, phối hợp với Sở Tài chính (hoàn thành trong năm 2025)',
      '1.1. Rà soát cơ sở y tế.',
      '1.2. Tổng kết mô hình.\n- Đơn vị phối hợp: Sở Nội vụ.\n- Thời gian thực hiện: Quý II/2025.',
      '2. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính',
      '2.1. Kiểm tra chất lượng công trình.',
      '2.2. Đánh giá sự hài lòng.\n- Đơn vị chủ trì: Sở Nội vụ.',
      '3. Hiện đại hóa hành chính',
      '- Ứng dụng phần mềm quản lý văn bản.',
      '- Số hóa hồ sơ lưu trữ.\n+ Đơn vị chủ trì: Sở Nội vụ.',
      '4. Cải cách thủ tục hành chính',
      '4.1. Rà soát thủ tục.',
      '4.2. Đơn giản hóa thủ tục.\n- Thủ tục cấp phép xây dựng.',
      '4.3. Công bố thủ tục.\n- Đơn vị chủ trì: Sở Tư pháp.',
      '5. Đổi mới quản lý',
      'Các đơn vị thực hiện các nội dung sau.',
      '5.1. Đánh giá hiện trạng.',
      '5.2. Đề xuất giải pháp.\n- Đơn vị chủ trì: Sở Tài chính.',
      '6. Sở Y tế chủ trì, phối hợp với Sở Tài chính',
      '6.1. Tiêm chủng mở rộng.',
      '6.2. Tuyên truyền về dịch bệnh.\n- Đơn vị phối hợp:',
      '7. Sơ kết.',
    ]);
    expect(tasksOf(text)).toEqual([
      {
        section: 'I.1.1.1',
        titles: [
          'NHIỆM VỤ',
          'Sở Y tế chủ trì, phối hợp với Sở Tài chính (hoàn thành trong năm 2025)',
        ],
        text: 'Rà soát cơ sở y tế.',
        leadRule: 'inherited',
        lead: ['Sở Y tế'],
        coordinators: ['Sở Nội vụ'],
        reportsTo: [],
        deadline: ['Quý II/2025', false],
        span: [102, 126],
      },
      {
        section: 'I.1.1.2',
        titles: [
          'NHIỆM VỤ',
          'Sở Y tế chủ trì, phối hợp với Sở Tài chính (hoàn thành trong năm 2025)',
        ],
        text: 'Tổng kết mô hình.',
        leadRule: 'inherited',
        lead: ['Sở Y tế'],
        coordinators: ['Sở Nội vụ'],
        reportsTo: [],
        deadline: ['Quý II/2025', false],
        span: [128, 216],
      },
      {
        section: 'I.2.2.1',
        titles: ['NHIỆM VỤ', 'Sở Xây dựng chủ trì, phối hợp với Sở Tài chính'],
        text: 'Kiểm tra chất lượng công trình.',
        leadRule: 'field',
        lead: ['Sở Nội vụ'],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [269, 305],
      },
      {
        section: 'I.2.2.2',
        titles: ['NHIỆM VỤ', 'Sở Xây dựng chủ trì, phối hợp với Sở Tài chính'],
        text: 'Đánh giá sự hài lòng.',
        leadRule: 'field',
        lead: ['Sở Nội vụ'],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [307, 362],
      },
      {
        section: 'I.3',
        titles: ['NHIỆM VỤ', 'Hiện đại hóa hành chính'],
        text: 'Ứng dụng phần mềm quản lý văn bản.',
        leadRule: 'none',
        lead: [],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [392, 428],
      },
      {
        section: 'I.3',
        titles: ['NHIỆM VỤ', 'Hiện đại hóa hành chính'],
        text: 'Số hóa hồ sơ lưu trữ.',
        leadRule: 'field',
        lead: ['Sở Nội vụ'],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [430, 482],
      },
      {
        section: 'I.4.4.1',
        titles: ['NHIỆM VỤ', 'Cải cách thủ tục hành chính'],
        text: 'Rà soát thủ tục.',
        leadRule: 'none',
        lead: [],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [516, 537],
      },
      {
        section: 'I.4.4.2',
        titles: ['NHIỆM VỤ', 'Cải cách thủ tục hành chính', 'Đơn giản hóa thủ tục.'],
        text: 'Thủ tục cấp phép xây dựng.',
        leadRule: 'none',
        lead: [],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [566, 594],
      },
      {
        section: 'I.4.4.3',
        titles: ['NHIỆM VỤ', 'Cải cách thủ tục hành chính'],
        text: 'Công bố thủ tục.',
        leadRule: 'field',
        lead: ['Sở Tư pháp'],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [596, 647],
      },
      {
        section: 'I.5',
        titles: ['NHIỆM VỤ', 'Đổi mới quản lý'],
        text: 'Các đơn vị thực hiện các nội dung sau.',
        leadRule: 'subject',
        lead: ['Các đơn vị'],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [669, 707],
      },
      {
        section: 'I.5.5.1',
        titles: ['NHIỆM VỤ', 'Đổi mới quản lý'],
        text: 'Đánh giá hiện trạng.',
        leadRule: 'none',
        lead: [],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [709, 734],
      },
      {
        section: 'I.5.5.2',
        titles: ['NHIỆM VỤ', 'Đổi mới quản lý'],
        text: 'Đề xuất giải pháp.',
        leadRule: 'field',
        lead: ['Sở Tài chính'],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [736, 791],
      },
      {
        section: 'I.6.6.1',
        titles: ['NHIỆM VỤ', 'Sở Y tế chủ trì, phối hợp với Sở Tài chính'],
        text: 'Tiêm chủng mở rộng.',
        leadRule: 'inherited',
        lead: ['Sở Y tế'],
        coordinators: ['Sở Tài chính'],
        reportsTo: [],
        deadline: null,
        span: [840, 864],
      },
      {
        section: 'I.6.6.2',
        titles: ['NHIỆM VỤ', 'Sở Y tế chủ trì, phối hợp với Sở Tài chính'],
        text: 'Tuyên truyền về dịch bệnh.',
        leadRule: 'inherited',
        lead: ['Sở Y tế'],
        coordinators: ['Sở Tài chính'],
        reportsTo: [],
        deadline: null,
        span: [866, 916],
      },
      {
        section: 'I.7',
        titles: ['NHIỆM VỤ'],
        text: 'Sơ kết.',
        leadRule: 'none',
        lead: [],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [918, 928],
      },
    ]);
  });

  it('the text of a task stated with field lines is its title on one line', () => {
    const text = lines([
      'I. NHIỆM VỤ',
      '1. Xây dựng cơ sở dữ liệu',
      // a page break: the title goes on after a blank line
      'dân cư quốc gia\n- Cơ quan chủ trì: Sở Tư pháp.',
    ]);
    expect(tasksOf(text)).toEqual([
      {
        section: 'I.1',
        titles: ['NHIỆM VỤ'],
        text: 'Xây dựng cơ sở dữ liệu dân cư quốc gia',
        leadRule: 'field',
        lead: ['Sở Tư pháp'],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [27, 100],
      },
    ]);
  });

  it('a paragraph asking bodies to do what follows names the doers of its numbered items, not of bullets', () => {
    const text = `CÔNG VĂN\n\nA.\n\n${['Đề nghị các sở, ngành thực hiện các nội dung sau:', '- Rà soát thủ tục hành chính.', '- Công khai kết quả giải quyết hồ sơ.', 'Đề nghị Ủy ban nhân dân các huyện thực hiện các nội dung sau:', '1. Kiểm tra việc thực hiện.', '2. Báo cáo kết quả.'].join('\n\n')}`;
    expect(tasksOf(text)).toEqual([
      {
        section: '1',
        titles: [],
        text: 'Kiểm tra việc thực hiện.',
        leadRule: 'inherited',
        lead: ['Ủy ban nhân dân các huyện'],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [198, 225],
      },
      {
        section: '2',
        titles: [],
        text: 'Báo cáo kết quả.',
        leadRule: 'inherited',
        lead: ['Ủy ban nhân dân các huyện'],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [227, 246],
      },
    ]);
  });

  it('an inline point naming no doer, under nothing that names one, has none', () => {
    const text = lines([
      'III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
      '3. Khẩn trương ban hành chiến lược dữ liệu: (1) Thanh tra Chính phủ ban hành trước ngày 25 tháng 11 năm 2025; (2) hoàn thiện cơ sở dữ liệu quốc gia.',
    ]);
    expect(tasksOf(text)).toEqual([
      {
        section: 'III.3.(1)',
        titles: [
          'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
          'Khẩn trương ban hành chiến lược dữ liệu: (1) Thanh tra Chính phủ ban hành trước ngày 25 tháng 11 năm 2025; (2) hoàn thiện cơ sở dữ liệu quốc gia.',
        ],
        text: 'Thanh tra Chính phủ ban hành trước ngày 25 tháng 11 năm 2025;',
        leadRule: 'subject',
        lead: ['Thanh tra Chính phủ'],
        coordinators: [],
        reportsTo: [],
        deadline: ['trước ngày 25 tháng 11 năm 2025', false],
        span: [94, 159],
      },
      {
        section: 'III.3.(2)',
        titles: [
          'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
          'Khẩn trương ban hành chiến lược dữ liệu: (1) Thanh tra Chính phủ ban hành trước ngày 25 tháng 11 năm 2025; (2) hoàn thiện cơ sở dữ liệu quốc gia.',
        ],
        text: 'hoàn thiện cơ sở dữ liệu quốc gia.',
        leadRule: 'none',
        lead: [],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [160, 198],
      },
    ]);
  });

  it("an article's field lines on the line after its marker; an article sentence over its own paragraph is no task", () => {
    const text = `QUYẾT ĐỊNH\n\nA.\n\n${['Điều 1. Phê duyệt Kế hoạch.', 'Điều 2.\nTổ chức tập huấn cho cán bộ\n- Cơ quan chủ trì: Sở Nội vụ.', 'Điều 5. Các sở, ngành triển khai thực hiện Quyết định này.', 'Sở Tài chính bố trí kinh phí.', 'Điều 6. Hiệu lực thi hành'].join('\n\n')}`;
    expect(tasksOf(text)).toEqual([
      {
        section: 'Điều 2',
        titles: [],
        text: 'Tổ chức tập huấn cho cán bộ',
        leadRule: 'field',
        lead: ['Sở Nội vụ'],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [45, 110],
      },
      {
        section: 'Điều 5',
        titles: ['Các sở, ngành triển khai thực hiện Quyết định này.'],
        text: 'Sở Tài chính bố trí kinh phí.',
        leadRule: 'subject',
        lead: ['Sở Tài chính'],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [172, 201],
      },
    ]);
  });

  it('a heading without items and markup left alone on a line are no tasks', () => {
    const text = lines([
      'I. NHIỆM VỤ',
      'Tăng cường tuyên truyền.',
      '**Nhiệm vụ chung**',
      '1. Kiểm tra định kỳ.',
      '2. Sơ kết.',
      '* *',
    ]);
    expect(found(text)).toEqual([
      ['I', 'Tăng cường tuyên truyền.'],
      ['I.1', 'Kiểm tra định kỳ.'],
      ['I.2', 'Sơ kết.'],
    ]);
  });

  it('a duty heading in underscores still names duties', () => {
    const text = lines([
      'I. ĐÁNH GIÁ TÌNH HÌNH',
      '1. __Về nhiệm vụ trọng tâm__',
      'a) Rà soát quy hoạch.',
    ]);
    expect(found(text)).toEqual([['I.1.a', 'Rà soát quy hoạch.']]);
  });
});
