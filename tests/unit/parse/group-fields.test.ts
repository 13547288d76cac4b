/**
 * Field lines written once after a group of items apply to the group (issue 18, task lists with
 * field lines): "3.1. …", "3.2. …", "3.3. …" and, under the last, "- Thời gian thực hiện: …",
 * "- Đơn vị chủ trì: …", "- Đơn vị phối hợp: …". An invented plan; exact answers with spans.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import type { Task } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

const HEAD =
  'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ AN BÌNH\n\nKẾ HOẠCH\ntriển khai công tác bầu cử\n\nII. NHIỆM VỤ\n';
const FIELDS =
  '- Thời gian thực hiện: Từ tháng 12/2025 đến quý I/2026.\n- Đơn vị chủ trì: Văn phòng Ủy ban nhân dân xã\n- Đơn vị phối hợp: Công an xã, Đoàn Thanh niên xã.\n';

const view = (text: string, t: Task) => ({
  text: t.text,
  leadRule: t.leadRule,
  lead: t.lead.map((a) => [a.mention, a.span.start]),
  coordinators: t.coordinators.map((a) => a.mention),
  deadline: t.deadline && [t.deadline.kind, t.deadline.end, t.deadline.span.start],
});

describe('field lines after a group of items', () => {
  it('apply to every item of the group', () => {
    const text = `${HEAD}3. Theo dõi công tác bầu cử\n3.1. Tham gia các đoàn kiểm tra, giám sát công tác bầu cử.\n3.2. Tổng hợp, báo cáo kịp thời các khó khăn, vướng mắc.\n3.3. Theo dõi, đôn đốc, tổng hợp, báo cáo về công tác bầu cử.\n${FIELDS}`;
    const lead = ['Văn phòng Ủy ban nhân dân xã', text.indexOf('Văn phòng')];
    const coordinators = ['Công an xã', 'Đoàn Thanh niên xã'];
    const deadline = ['due', '2026-03-31', text.indexOf('Từ tháng 12')];
    const tasks = parseDocument(text, { registry: testRegistry() }).tasks.map((t) => view(text, t));
    expect(tasks).toEqual([
      {
        text: 'Tham gia các đoàn kiểm tra, giám sát công tác bầu cử.',
        leadRule: 'field',
        lead: [lead],
        coordinators,
        deadline,
      },
      {
        text: 'Tổng hợp, báo cáo kịp thời các khó khăn, vướng mắc.',
        leadRule: 'field',
        lead: [lead],
        coordinators,
        deadline,
      },
      {
        text: expect.stringMatching(/^Theo dõi, đôn đốc, tổng hợp, báo cáo về công tác bầu cử\./),
        leadRule: 'field',
        lead: [lead],
        coordinators,
        deadline,
      },
    ]);
  });

  it('not when the items before the last have field lines of their own', () => {
    const text = `${HEAD}3. Theo dõi công tác bầu cử\n3.1. Tham gia các đoàn kiểm tra, giám sát công tác bầu cử.\n- Đơn vị chủ trì: Công an xã\n3.2. Theo dõi, đôn đốc, tổng hợp, báo cáo về công tác bầu cử.\n${FIELDS}`;
    const leads = parseDocument(text, { registry: testRegistry() }).tasks.map((t) =>
      t.lead.map((a) => a.mention),
    );
    expect(leads).toEqual([['Công an xã'], ['Văn phòng Ủy ban nhân dân xã']]);
  });

  it("an item that names its own lead keeps it and takes the group's deadline", () => {
    const text = `${HEAD}3. Theo dõi công tác bầu cử\n3.1. Công an xã bảo đảm an ninh tại các điểm bỏ phiếu.\n3.2. Theo dõi, đôn đốc, tổng hợp, báo cáo về công tác bầu cử.\n${FIELDS}`;
    const [first] = parseDocument(text, { registry: testRegistry() }).tasks;
    expect(first && view(text, first)).toEqual({
      text: 'Công an xã bảo đảm an ninh tại các điểm bỏ phiếu.',
      leadRule: 'subject',
      lead: [['Công an xã', text.indexOf('Công an xã bảo')]],
      coordinators: [],
      deadline: ['due', '2026-03-31', text.indexOf('Từ tháng 12')],
    });
  });
});
