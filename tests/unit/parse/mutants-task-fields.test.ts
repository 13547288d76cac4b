import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { taskView } from './helpers.ts';

const view = taskView;

describe('field lines under a task', () => {
  it('are read on their own line only; nested, empty and duty lines as the task states them', () => {
    const text = `KẾ HOẠCH\n\nA.\n\n${[
      'I. NHIỆM VỤ',
      '1. Sơ kết công tác quản lý',
      // a short line is no field because the next line has a colon
      '- Tiến độ dự án',
      '- Khó khăn: thiếu vốn.',
      // a field without a value: the lines under it are the fields
      '2. Chuyển đổi số\n- Cơ quan thực hiện:\n+ Đơn vị chủ trì: Sở Tư pháp.\n+ Đơn vị phối hợp: Sở Nội vụ.\n+ Ghi chú thêm',
      // empty deadline and result lines state nothing: the title's deadline stands
      '3. Số hóa hồ sơ (hoàn thành trong năm 2025)\n- Cơ quan chủ trì: Sở Nội vụ.\n- Thời gian thực hiện:\n- Kết quả:',
      '4. Xây dựng phần mềm\n- Cơ quan chủ trì: Sở Khoa học và Công nghệ.\n- Thời gian thực hiện: Theo tiến độ dự án (hoàn thành trước ngày 30/6/2025).',
      '5. Đào tạo nhân lực\n- Cơ quan chủ trì: Sở Giáo dục và Đào tạo.\n- Thời gian thực hiện: Năm 2026 (trước ngày 31/12/2026).',
      // a value that is itself a deadline stays whole, not the phrase found inside it
      '7. Kiểm tra an toàn thông tin\n- Cơ quan chủ trì: Công an tỉnh.\n- Thời gian thực hiện: Thường xuyên; báo cáo trước ngày 15/12 hằng năm.',
      // the duties listed under "Nhiệm vụ:" are the tasks, not an item with steps of its own
      '6. Chuyển đổi số\n- Nhiệm vụ:\n+ Số hóa hồ sơ.\n+ Xây dựng phần mềm:\n• Phân hệ một cửa.\n- Cơ quan chủ trì: Sở Nội vụ.',
    ].join('\n\n')}`;
    expect(parseDocument(text).tasks.map(view)).toEqual([
      {
        section: 'I.1',
        titles: ['NHIỆM VỤ', 'Sơ kết công tác quản lý'],
        text: 'Tiến độ dự án',
        leadRule: 'none',
        lead: [],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [55, 70],
      },
      {
        section: 'I.1',
        titles: ['NHIỆM VỤ', 'Sơ kết công tác quản lý'],
        text: 'Khó khăn: thiếu vốn.',
        leadRule: 'none',
        lead: [],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [72, 94],
      },
      {
        section: 'I.2',
        titles: ['NHIỆM VỤ'],
        text: 'Chuyển đổi số',
        leadRule: 'field',
        lead: ['Sở Tư pháp'],
        coordinators: ['Sở Nội vụ'],
        reportsTo: [],
        deadline: null,
        span: [96, 208],
      },
      {
        section: 'I.3',
        titles: ['NHIỆM VỤ'],
        text: 'Số hóa hồ sơ (hoàn thành trong năm 2025)',
        leadRule: 'field',
        lead: ['Sở Nội vụ'],
        coordinators: [],
        reportsTo: [],
        deadline: ['hoàn thành trong năm 2025', false],
        span: [210, 317],
      },
      {
        section: 'I.4',
        titles: ['NHIỆM VỤ'],
        text: 'Xây dựng phần mềm',
        leadRule: 'field',
        lead: ['Sở Khoa học và Công nghệ'],
        coordinators: [],
        reportsTo: [],
        deadline: ['Theo tiến độ dự án (hoàn thành trước ngày 30/6/2025)', false],
        span: [319, 461],
      },
      {
        section: 'I.5',
        titles: ['NHIỆM VỤ'],
        text: 'Đào tạo nhân lực',
        leadRule: 'field',
        lead: ['Sở Giáo dục và Đào tạo'],
        coordinators: [],
        reportsTo: [],
        deadline: ['Năm 2026 (trước ngày 31/12/2026)', false],
        span: [463, 582],
      },
      {
        section: 'I.7',
        titles: ['NHIỆM VỤ'],
        text: 'Kiểm tra an toàn thông tin',
        leadRule: 'field',
        lead: ['Công an tỉnh'],
        coordinators: [],
        reportsTo: [],
        deadline: ['Thường xuyên; báo cáo trước ngày 15/12 hằng năm', false],
        span: [584, 718],
      },
      {
        section: 'I.6',
        titles: ['NHIỆM VỤ', 'Chuyển đổi số', 'Nhiệm vụ:'],
        text: 'Số hóa hồ sơ.',
        leadRule: 'field',
        lead: ['Sở Nội vụ'],
        coordinators: [],
        reportsTo: [],
        deadline: null,
        span: [749, 764],
      },
    ]);
  });
});
