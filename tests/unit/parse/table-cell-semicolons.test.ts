/**
 * A ";" in a lead or coordinator cell of a task table always ends a body: "Viện, Trường;
 * Doanh nghiệp" is not "Viện" | "Trường; Doanh nghiệp" (a capitalised word after a comma that
 * cannot open a body would otherwise continue the name before it).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';

const PLAN = `KẾ HOẠCH
Đổi mới công nghệ năm 2025

II. NHIỆM VỤ CỤ THỂ

| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Xây dựng cơ chế đặt hàng nghiên cứu | Sở Khoa học và Công nghệ | Trường; Doanh nghiệp; Sở Tài chính | Năm 2025 |
`;

describe('a coordinator cell with ";"', () => {
  it('splits at each ";", with the spans of the cell', () => {
    const doc = parseDocument(PLAN);
    const coordinators = doc.tasks.map((t) =>
      t.coordinators.map((a) => [a.mention, a.span.start, a.span.end]),
    );
    const at = (s: string): number[] => [PLAN.indexOf(s), PLAN.indexOf(s) + s.length];
    expect(coordinators).toEqual([
      [
        ['Trường', ...at('Trường')],
        ['Doanh nghiệp', ...at('Doanh nghiệp')],
        ['Sở Tài chính', ...at('Sở Tài chính')],
      ],
    ]);
  });
});
