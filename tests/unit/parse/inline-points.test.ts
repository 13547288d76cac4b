import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

/**
 * Numbered points inside one paragraph (issue 18): conclusions list the work of one item as
 * "(1) …; (2) …". Short invented excerpts in the wording of Government Office and Party
 * conclusions.
 */
const HEAD = 'THÔNG BÁO\nKết luận của Ban Chỉ đạo\n\nIII. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM\n\n';

function tasks(body: string): [string, string, string[], string[], string | null][] {
  return parseDocument(`${HEAD}${body}`, { registry: testRegistry() }).tasks.map((t) => [
    t.section,
    t.text,
    t.lead.map((a) => a.mention.replace(/\s+/g, ' ')),
    t.coordinators.map((a) => a.mention),
    t.deadline?.text ?? null,
  ]);
}

describe('inline points "(1) …; (2) …"', () => {
  it('each point opening with its own body is a task, with its own deadline', () => {
    const body =
      '3. Khẩn trương ban hành chiến lược dữ liệu: (1) Thanh\ntra Chính phủ ban hành trước ngày 25 tháng 11 năm 2025; (2) Bộ Công an chủ trì, phối hợp với các bộ ban hành hướng dẫn, hoàn thành trước ngày 10 tháng 12 năm 2025.\n';
    expect(tasks(body)).toEqual([
      [
        'III.3.(1)',
        'Thanh tra Chính phủ ban hành trước ngày 25 tháng 11 năm 2025;',
        ['Thanh tra Chính phủ'],
        [],
        'trước ngày 25 tháng 11 năm 2025',
      ],
      [
        'III.3.(2)',
        'Bộ Công an chủ trì, phối hợp với các bộ ban hành hướng dẫn, hoàn thành trước ngày 10 tháng 12 năm 2025.',
        ['Bộ Công an'],
        ['các bộ'],
        'hoàn thành trước ngày 10 tháng 12 năm 2025',
      ],
    ]);
  });

  it('a body heading "X: (1) …; (2) …" and "Giao X: (i) …. (ii) …" lead their points', () => {
    const body =
      '1. Bộ Khoa học và Công nghệ: (1) trình Thủ tướng Chính phủ Chương trình quốc gia, hoàn thành trong tháng 11 năm 2025; (2) chủ trì, phối hợp với Bộ Tài chính xây dựng Bộ công cụ giám sát.\n\n2. Giao Đảng ủy Chính phủ: (i) Chỉ đạo hoàn thiện quy trình tiếp nhận trẻ em. (ii) Chỉ đạo xây dựng chương trình hỗ trợ hòa nhập.\n';
    expect(tasks(body)).toEqual([
      [
        'III.1.(1)',
        'trình Thủ tướng Chính phủ Chương trình quốc gia, hoàn thành trong tháng 11 năm 2025;',
        ['Bộ Khoa học và Công nghệ'],
        [],
        'hoàn thành trong tháng 11 năm 2025',
      ],
      [
        'III.1.(2)',
        'chủ trì, phối hợp với Bộ Tài chính xây dựng Bộ công cụ giám sát.',
        ['Bộ Khoa học và Công nghệ'],
        ['Bộ Tài chính'],
        null,
      ],
      [
        'III.2.(i)',
        'Chỉ đạo hoàn thiện quy trình tiếp nhận trẻ em.',
        ['Đảng ủy Chính phủ'],
        [],
        null,
      ],
      [
        'III.2.(ii)',
        'Chỉ đạo xây dựng chương trình hỗ trợ hòa nhập.',
        ['Đảng ủy Chính phủ'],
        [],
        null,
      ],
    ]);
  });

  it('points that only list contents stay in their task', () => {
    const body =
      '1. Bộ Công Thương chủ trì, phối hợp với các bộ làm rõ các nội dung, cụ thể: (i) Đánh giá khả năng cung ứng ethanol; (ii) Rà soát năng lực phối trộn của doanh nghiệp.\n\n2. Khẩn trương hoàn thiện các báo cáo: (1) Báo cáo tình hình thực hiện Nghị quyết; (2) Báo cáo xử lý vướng mắc.\n';
    expect(tasks(body).map((t) => [t[0], t[2]])).toEqual([
      ['III.1', ['Bộ Công Thương']],
      ['III.2', []],
    ]);
  });
});
