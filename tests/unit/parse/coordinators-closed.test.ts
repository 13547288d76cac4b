/**
 * After "phối hợp (với)", a collective closed by "(có) liên quan" ends there when the task's verb
 * follows ("các đơn vị liên quan tiếp nhận …"); not before "và" and another body.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';

const HEAD = 'KẾ HOẠCH\nPhát triển hạ tầng số\n\nI. NHIỆM VỤ, GIẢI PHÁP\n\n1. Sở Xây dựng\n\n';

function coordinators(body: string): unknown[] {
  const text = `${HEAD}${body}`;
  return parseDocument(text).tasks.map((t) =>
    t.coordinators.map((a) => [a.mention, a.span.start, a.span.end]),
  );
}

const at = (body: string, s: string): [string, number, number] => {
  const i = `${HEAD}${body}`.indexOf(s);
  return [s, i, i + s.length];
};

describe('a coordinator list closed by "liên quan"', () => {
  it('ends before the verb, with or without "với"', () => {
    const body =
      '- Phối hợp Sở Tài chính và các đơn vị liên quan tiếp nhận và giải quyết các khó khăn của doanh nghiệp.\n\n- Phối hợp với các ngành có liên quan phát triển thị trường cho sản phẩm công nghệ.\n';
    expect(coordinators(body)).toEqual([
      [at(body, 'Sở Tài chính'), at(body, 'các đơn vị liên quan')],
      [at(body, 'các ngành có liên quan')],
    ]);
  });
  it('does not end at "liên quan" followed by "và" and another body', () => {
    const body =
      '- Phối hợp với các cơ quan liên quan và Ủy ban nhân dân các huyện triển khai thực hiện.\n';
    expect(coordinators(body)).toEqual([
      [at(body, 'các cơ quan liên quan'), at(body, 'Ủy ban nhân dân các huyện')],
    ]);
  });
});
