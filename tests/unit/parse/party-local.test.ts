/**
 * A province's Party plan (Kế hoạch of a Tỉnh ủy, issue 18): who leads and coordinates each item
 * of TỔ CHỨC THỰC HIỆN, and its reporting cycle. An invented excerpt in the wording of such plans;
 * each task is checked whole, with the spans of its bodies and deadline.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import type { Actor, Task } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

const ITEMS = [
  'Các cấp ủy, tổ chức đảng, chính quyền và các đoàn thể chính trị - xã hội các cấp tổ chức quán triệt Kết luận.',
  'Đảng đoàn Hội đồng nhân dân tỉnh, Ban cán sự đảng Ủy ban nhân dân tỉnh, Ban Thường vụ các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy lãnh đạo, chỉ đạo xây dựng kế hoạch cụ thể.',
  'Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh hướng dẫn công tác tuyên truyền.',
  'Ban Thường vụ Tỉnh ủy giao Ban Tổ chức Tỉnh ủy tham mưu, theo dõi, đôn đốc việc thực hiện Kế hoạch này; định kỳ 6 tháng, hằng năm báo cáo Ban Thường vụ Tỉnh ủy.',
  'Giao Văn phòng Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy sơ kết việc thực hiện vào quý IV năm 2026.',
];
const TEXT = `TỈNH ỦY QUẢNG NAM\n*\nSố 46-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Nam, ngày 12 tháng 3 năm 2025\n\nKẾ HOẠCH\nthực hiện Kết luận số 80-KL/TW\n\nIII. TỔ CHỨC THỰC HIỆN\n${ITEMS.map((t, i) => `${i + 1}. ${t}`).join('\n')}\n`;

/** An actor as its mention and where it stands inside item i. */
const bodies = (i: number, list: Actor[]): [string, number][] =>
  list.map((a) => [a.mention, a.span.start - TEXT.indexOf(ITEMS[i] as string)]);
const view = (t: Task, i: number) => ({
  text: t.text,
  leadRule: t.leadRule,
  lead: bodies(i, t.lead),
  coordinators: bodies(i, t.coordinators),
  deadline: t.deadline && {
    text: t.deadline.text,
    kind: t.deadline.kind,
    end: t.deadline.end,
    recurrence: t.deadline.recurrence,
    at: t.deadline.span.start - TEXT.indexOf(ITEMS[i] as string),
  },
});

describe('a Tỉnh ủy plan: leads, coordinators, reporting cycles', () => {
  const tasks = parseDocument(TEXT, { registry: testRegistry() }).tasks;
  const at = (i: number, s: string): number => (ITEMS[i] as string).indexOf(s);

  it('reads one task per item', () => {
    expect(tasks.map((t) => t.text)).toEqual(ITEMS);
  });
  it('a list of kind nouns is one collective, "và các …" a new body', () => {
    expect(view(tasks[0] as Task, 0).lead).toEqual([
      ['Các cấp ủy, tổ chức đảng, chính quyền', 0],
      ['các đoàn thể chính trị - xã hội các cấp', at(0, 'các đoàn thể')],
    ]);
  });
  it('a list of collectives (Đảng đoàn, Ban cán sự đảng, Ban Thường vụ các huyện ủy …) is several leads', () => {
    expect(view(tasks[1] as Task, 1).lead).toEqual([
      ['Đảng đoàn Hội đồng nhân dân tỉnh', 0],
      ['Ban cán sự đảng Ủy ban nhân dân tỉnh', at(1, 'Ban cán sự')],
      ['Ban Thường vụ các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy', at(1, 'Ban Thường vụ')],
    ]);
  });
  it('"X chủ trì, phối hợp với Y, Z"', () => {
    expect(view(tasks[2] as Task, 2)).toMatchObject({
      leadRule: 'subject',
      lead: [['Ban Tuyên giáo Tỉnh ủy', 0]],
      coordinators: [
        ['Ban Tổ chức Tỉnh ủy', at(2, 'Ban Tổ chức')],
        ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', at(2, 'Ủy ban Mặt trận')],
      ],
      deadline: null,
    });
  });
  it('"Ban Thường vụ Tỉnh ủy giao X tham mưu …; định kỳ 6 tháng, hằng năm báo cáo …"', () => {
    expect(view(tasks[3] as Task, 3)).toMatchObject({
      leadRule: 'assignment',
      lead: [['Ban Tổ chức Tỉnh ủy', at(3, 'Ban Tổ chức')]],
      coordinators: [],
      deadline: {
        text: 'định kỳ 6 tháng, hằng năm',
        kind: 'recurring',
        end: null,
        // both cycles: every six months and every year (deadline-words.ts)
        recurrence: 'P6M,yearly',
        at: at(3, 'định kỳ'),
      },
    });
  });
  it('"Giao X chủ trì, phối hợp với Y tham mưu … sơ kết … vào quý IV năm 2026"', () => {
    expect(view(tasks[4] as Task, 4)).toMatchObject({
      leadRule: 'assignment',
      lead: [['Văn phòng Tỉnh ủy', at(4, 'Văn phòng')]],
      coordinators: [['Ban Tổ chức Tỉnh ủy', at(4, 'Ban Tổ chức')]],
      deadline: { kind: 'due', end: '2026-12-31', at: at(4, 'vào quý') },
    });
  });
});
