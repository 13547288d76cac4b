import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';

/**
 * Task lists whose fields come as lines (issue 18, task lists): the fields may sit under a
 * "Cơ quan thực hiện:" line with no value, and a "Nhiệm vụ:" line may list several tasks that
 * share the item's fields. A task stated with field lines spans its item and everything under it.
 */

function span(text: string, quote: string, after = ''): { start: number; end: number } {
  const start = text.indexOf(quote, after ? text.indexOf(after) : 0);
  if (start < 0) throw new Error(`"${quote}" not in the text`);
  return { start, end: start + quote.length };
}

function facts(text: string): unknown[] {
  return parseDocument(text).tasks.map((t) => ({
    text: t.text,
    span: t.span,
    leadRule: t.leadRule,
    lead: t.lead.map((a) => a.name),
    coordinators: t.coordinators.map((a) => a.name),
    deadline: t.deadline ? [t.deadline.kind, t.deadline.end, t.deadline.quote] : null,
  }));
}

const HEAD = 'ỦY BAN NHÂN DÂN TỈNH A\n\nKẾ HOẠCH\nThực hiện Nghị quyết\n\nII. NHIỆM VỤ\n\n';

describe('task lists with field lines', () => {
  it('a task spans its item with the sentences and field lines under it', () => {
    const text = `${HEAD}1. Rà soát đội ngũ công chức\n\n- Thường xuyên rà soát, kiện toàn đội ngũ công chức.\n\n*Đơn vị chủ trì thực hiện: *Sở Nội vụ.\n\n*Thời gian thực hiện: *Thường xuyên.`;
    expect(facts(text)).toEqual([
      {
        text: 'Rà soát đội ngũ công chức',
        span: { start: text.indexOf('1. Rà soát'), end: text.length },
        leadRule: 'field',
        lead: ['Sở Nội vụ'],
        coordinators: [],
        deadline: ['continuous', null, 'Thường xuyên'],
      },
    ]);
  });

  it('reads the fields under a "Cơ quan thực hiện:" line that has no value of its own', () => {
    const text = `${HEAD}1.1. Xây dựng Chiến lược dữ liệu\n\na) Nhiệm vụ: Rà soát, hoàn thiện Chiến lược dữ liệu.\n\nb) Cơ quan thực hiện:\n\n- Đơn vị chủ trì: Sở Khoa học\nvà Công nghệ.\n\n- Đơn vị phối hợp: Các Sở, ban, ngành.\n\nc) Thời gian thực hiện: Hoàn thành trong năm 2025.`;
    expect(facts(text)).toEqual([
      {
        text: 'Xây dựng Chiến lược dữ liệu',
        span: { start: text.indexOf('1.1.'), end: text.length },
        leadRule: 'field',
        lead: ['Sở Khoa học và Công nghệ'],
        coordinators: ['Các Sở, ban, ngành'],
        deadline: ['due', '2025-12-31', 'Hoàn thành trong năm 2025'],
      },
    ]);
  });

  it('a "Cơ quan thực hiện:" value in clauses: each clause that names its doers adds them', () => {
    const text = `${HEAD}1. Phổ biến Luật Việc làm\n\n- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Sở Tài chính; Sở Công Thương; Sở Tư pháp và Sở Y tế chủ động tổ chức triển khai Luật.\n\n- Thời gian thực hiện: Năm 2025.`;
    expect(facts(text)).toEqual([
      {
        text: 'Phổ biến Luật Việc làm',
        span: { start: text.indexOf('1. Phổ'), end: text.length },
        leadRule: 'field',
        // "Sở Công Thương" names no doer of its own: one more coordinator of the first clause
        lead: ['Sở Nội vụ', 'Sở Tư pháp', 'Sở Y tế'],
        coordinators: ['Sở Tài chính', 'Sở Công Thương'],
        deadline: ['due', '2025-12-31', 'Năm 2025'],
      },
    ]);
  });

  it('makes each item under "Nhiệm vụ:" a task with the fields of its block', () => {
    const text = `${HEAD}1.2. Phát triển dữ liệu\n\na) Nhiệm vụ:\n\n- Triển khai chuẩn hóa cơ sở dữ liệu.\n\n- Phối hợp số hóa dữ liệu chuyên ngành.\n\nb) Cơ quan thực hiện:\n\n- Đơn vị chủ trì: Các Sở, ban, ngành.\n\n- Đơn vị phối hợp: Sở Tư pháp.\n\nc) Thời gian thực hiện: Quý III/2025.`;
    const one = {
      leadRule: 'field',
      lead: ['Các Sở, ban, ngành'],
      coordinators: ['Sở Tư pháp'],
      deadline: ['due', '2025-09-30', 'Quý III/2025'],
    };
    expect(facts(text)).toEqual([
      {
        text: 'Triển khai chuẩn hóa cơ sở dữ liệu.',
        span: span(text, '- Triển khai chuẩn hóa cơ sở dữ liệu.'),
        ...one,
      },
      {
        text: 'Phối hợp số hóa dữ liệu chuyên ngành.',
        span: span(text, '- Phối hợp số hóa dữ liệu chuyên ngành.'),
        ...one,
      },
    ]);
  });
});
