import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

const coordinators = (item: string) =>
  parseDocument(`KẾ HOẠCH\n\nII. NHIỆM VỤ\n\n1. Sở Giáo dục và Đào tạo\n\n- ${item}\n`, {
    registry: testRegistry(),
  }).tasks.map((t) => t.coordinators.map((c) => c.mention));

describe('"nghiên cứu" in a list of bodies', () => {
  it('is part of "viện nghiên cứu", not the verb that ends the list', () => {
    expect(
      coordinators(
        'Phối hợp với doanh nghiệp, viện nghiên cứu, trường đại học tổ chức đào tạo theo nhu cầu.',
      ),
    ).toEqual([['doanh nghiệp, viện nghiên cứu, trường đại học']]);
  });

  it('still ends a list as a verb after a body', () => {
    expect(
      coordinators('Phối hợp với Sở Tài chính nghiên cứu cơ chế hỗ trợ doanh nghiệp.'),
    ).toEqual([['Sở Tài chính']]);
  });
});
