import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';

/**
 * A task table whose row names its coordinators (or its deadline) in the task cell rather than
 * in a column: "Chủ trì, phối hợp với Bộ Công an …" under a table with no "Phối hợp" column.
 */

const HEAD = 'VĂN PHÒNG CHÍNH PHỦ\n\nTHÔNG BÁO\nKết luận\n\nPHỤ LỤC\n\n';

function row(text: string): unknown[] {
  return parseDocument(text).tasks.map((t) => ({
    text: t.text,
    lead: t.lead.map((a) => a.name),
    leadRule: t.leadRule,
    coordinators: t.coordinators.map((a) => [a.name, a.quote]),
    deadline: t.deadline ? [t.deadline.kind, t.deadline.end] : null,
  }));
}

describe('task tables: the task cell', () => {
  it('gives the coordinators when the table has no coordinators column', () => {
    const text = `${HEAD}|\n**STT**\n|\n**Nhiệm vụ**\n|\n**Cơ quan chủ trì**\n|\n**Thời hạn hoàn thành**\n|\n|\n1.\n|\nChủ trì, phối hợp với Bộ Công an và các cơ quan\nliên quan hoàn thành cơ sở dữ liệu ngành Y tế\n|\nBộ Y tế\n|\n31/10/2025\n|\n`;
    expect(row(text)).toEqual([
      {
        text: 'Chủ trì, phối hợp với Bộ Công an và các cơ quan liên quan hoàn thành cơ sở dữ liệu ngành Y tế',
        lead: ['Bộ Y tế'],
        leadRule: 'table',
        coordinators: [
          ['Bộ Công an', 'Bộ Công an'],
          ['các cơ quan liên quan', 'các cơ quan\nliên quan'],
        ],
        deadline: ['due', '2025-10-31'],
      },
    ]);
  });

  it('gives the lead when the lead cell is empty, and the column wins when it is not', () => {
    const text = `${HEAD}|\n**STT**\n|\n**Nhiệm vụ**\n|\n**Cơ quan chủ trì**\n|\n**Cơ quan phối hợp**\n|\n**Thời hạn**\n|\n|\n1.\n|\nBộ Tài chính chủ trì, phối hợp với Bộ Tư pháp rà soát quy định\n|\n|\n|\n30/11/2025\n|\n|\n2.\n|\nPhối hợp với Bộ Nội vụ tổng hợp báo cáo\n|\nBộ Tư pháp\n|\nVăn phòng Chính phủ\n|\n30/12/2025\n|\n`;
    expect(row(text)).toEqual([
      {
        text: 'Bộ Tài chính chủ trì, phối hợp với Bộ Tư pháp rà soát quy định',
        lead: ['Bộ Tài chính'],
        leadRule: 'subject',
        coordinators: [['Bộ Tư pháp', 'Bộ Tư pháp']],
        deadline: ['due', '2025-11-30'],
      },
      {
        text: 'Phối hợp với Bộ Nội vụ tổng hợp báo cáo',
        lead: ['Bộ Tư pháp'],
        leadRule: 'table',
        coordinators: [['Văn phòng Chính phủ', 'Văn phòng Chính phủ']],
        deadline: ['due', '2025-12-30'],
      },
    ]);
  });
});
