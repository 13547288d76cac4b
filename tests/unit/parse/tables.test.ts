import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';

const PLAN = `KẾ HOẠCH
Phát triển kinh tế tập thể năm 2023

II. NHIỆM VỤ CỤ THỂ

| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| I | Nhiệm vụ chung | | | |
| 1 | Tuyên truyền Nghị quyết 20 | Sở Thông tin và Truyền thông | Sở Tư pháp | Quý II/2023 |
| 2 | Rà soát hợp tác xã | Sở Nông nghiệp và Phát triển nông thôn | Sở Tài chính | Thường xuyên |

III. TỔ CHỨC THỰC HIỆN
1. Sở Kế hoạch và Đầu tư chủ trì theo dõi.`;

describe('task tables', () => {
  it('reads each row as a task with lead, coordinators and deadline, under its group and section', () => {
    const doc = parseDocument(PLAN);
    expect(
      doc.tasks.map((t) => [
        t.section,
        t.text,
        t.lead.map((a) => a.mention),
        t.coordinators.map((a) => a.mention),
        t.deadline?.end ?? t.deadline?.recurrence ?? null,
        t.leadRule,
      ]),
    ).toEqual([
      [
        'II.I',
        'Tuyên truyền Nghị quyết 20',
        ['Sở Thông tin và Truyền thông'],
        ['Sở Tư pháp'],
        '2023-06-30',
        'table',
      ],
      [
        'II.I',
        'Rà soát hợp tác xã',
        ['Sở Nông nghiệp và Phát triển nông thôn'],
        ['Sở Tài chính'],
        'continuous',
        'table',
      ],
      [
        'III.1',
        'Sở Kế hoạch và Đầu tư chủ trì theo dõi.',
        ['Sở Kế hoạch và Đầu tư'],
        [],
        null,
        'subject',
      ],
    ]);
    expect(doc.tasks[0]?.quote).toBe('1 | Tuyên truyền Nghị quyết 20 | Sở Thông tin và Truyền thông | Sở Tư pháp | Quý II/2023');
  });

  it('leaves layout tables (header, signature) to the other rules', () => {
    const doc = parseDocument(
      '| ỦY BAN NHÂN DÂN TỈNH HÀ NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| Số: 88/KH-UBND | Hà Nam, ngày 10 tháng 5 năm 2023 |\n\nKẾ HOẠCH\nA\n\nI. NHIỆM VỤ\n1. Sở Tài chính chủ trì.',
    );
    expect(doc.document.number).toBe('88/KH-UBND');
    expect(doc.tasks.map((t) => t.leadRule)).toEqual(['subject']);
  });
});

describe('State decision articles and assignment verbs', () => {
  it('reads "Điều N." articles and "Đề nghị X" / "Thời gian thực hiện:"', () => {
    const doc = parseDocument(
      'QUYẾT ĐỊNH\nVề việc A\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\nĐiều 2. Giám đốc Sở Tài chính, Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này.\n\nĐiều 3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp giám sát. Thời gian thực hiện: Quý III/2023.',
    );
    expect(doc.outline.map((n) => n.label)).toEqual(['Điều 1', 'Điều 2', 'Điều 3']);
    expect(
      doc.tasks.map((t) => [
        t.section,
        t.lead.map((a) => a.mention),
        t.leadRule,
        t.deadline?.end ?? null,
      ]),
    ).toEqual([
      ['Điều 2', ['Giám đốc Sở Tài chính', 'Chủ tịch UBND các huyện'], 'subject', null],
      ['Điều 3', ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'], 'assignment', '2023-09-30'],
    ]);
  });
});
