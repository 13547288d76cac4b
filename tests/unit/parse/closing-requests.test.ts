/**
 * Closing formulas of State letters and plans are no tasks (docs/labelling.md, Tasks): a request
 * to carry out the document itself, with no work of its own ("Yêu cầu các sở, ngành thực hiện
 * nghiêm túc./.", "Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực hiện./."), a reply
 * "… được biết, thực hiện.", and a line of bare markup ("* *") before Nơi nhận.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';

const LETTER = (body: string): string =>
  `ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nSố: 45/UBND-KT\nV/v rà soát\n\nNghệ An, ngày 18 tháng 11 năm 2025\n\nKính gửi: Các sở, ban, ngành cấp tỉnh.\n\n${body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn B`;

const TASK =
  'Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/11/2025.';

const tasksOf = (text: string) =>
  parseDocument(text).tasks.map((t) => [t.quote, t.lead.map((a) => a.quote)]);

const ONLY_TASK = [[TASK, ['Sở Tài chính']]];

describe('closing formulas are no tasks', () => {
  it.each([
    'Yêu cầu các sở, ban, ngành, Ủy ban nhân dân các xã, phường và các đơn vị có liên quan thực hiện nghiêm túc./.',
    'Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực hiện./.',
    'Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.',
    'Sở Giáo dục và Đào tạo yêu cầu thủ trưởng các đơn vị, trường học khẩn trương triển khai thực hiện./.',
    'Tổng cục Hải quan trả lời các đơn vị được biết, thực hiện.',
    '* *',
  ])('%s', (closing) => {
    expect(tasksOf(LETTER(`${TASK}\n\n${closing}`))).toEqual(ONLY_TASK);
  });
});

describe('a request with work of its own is a task', () => {
  it('"Đề nghị X triển khai thực hiện Kế hoạch số …"', () => {
    const request =
      'Đề nghị Ủy ban nhân dân các xã, phường triển khai thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2025.';
    expect(tasksOf(LETTER(`${TASK}\n\n${request}`))).toEqual([
      ...ONLY_TASK,
      [request, ['Ủy ban nhân dân các xã, phường']],
    ]);
  });
});
