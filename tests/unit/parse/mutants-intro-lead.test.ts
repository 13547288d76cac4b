import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

/**
 * Items that name no body take the subject of the paragraph announcing them ("…, yêu cầu cấp
 * ủy, tổ chức đảng … sau:"). Invented texts in the wording of Party conclusions; the items carry
 * a deadline so they are tasks with or without a lead.
 */
const HEAD = 'VĂN PHÒNG TRUNG ƯƠNG ĐẢNG\n\nTHÔNG BÁO\nkết luận của đồng chí Tổng Bí thư\n\n';
const ITEMS =
  '1. Khẩn trương hoàn thiện hồ sơ, hoàn thành trước ngày 30/12/2025.\n2. Tổ chức sơ kết việc thực hiện, hoàn thành trong quý I năm 2026.\n';

/** Section, text, lead (mention and start), rule and span of each task. */
function tasks(intro: string, items = ITEMS): unknown[] {
  return parseDocument(`${HEAD}${intro}\n${items}`, { registry: testRegistry() }).tasks.map((t) => [
    t.section,
    t.text,
    t.lead.map((a) => [a.mention, a.span.start]),
    t.leadRule,
    [t.span.start, t.span.end],
  ]);
}

describe('the lead of items from the paragraph announcing them', () => {
  it('an item after a bullet is not announced by the paragraph before the bullet', () => {
    expect(
      tasks(
        'Để làm tốt việc này, yêu cầu cấp ủy, tổ chức đảng, chính quyền các cấp tập trung thực hiện tốt một số nhiệm vụ sau:',
        '- Tăng cường kiểm tra, giám sát.\n1. Khẩn trương hoàn thiện hồ sơ, hoàn thành trước ngày 30/12/2025.\n2. Tổ chức sơ kết việc thực hiện, hoàn thành trong quý I năm 2026.\n',
      ),
    ).toEqual([
      [
        '1',
        'Khẩn trương hoàn thiện hồ sơ, hoàn thành trước ngày 30/12/2025.',
        [],
        'none',
        [221, 287],
      ],
      [
        '2',
        'Tổ chức sơ kết việc thực hiện, hoàn thành trong quý I năm 2026.',
        [],
        'none',
        [288, 354],
      ],
    ]);
  });

  it('a paragraph with a colon inside that ends a sentence announces nothing', () => {
    expect(
      tasks(
        'Để làm tốt việc này, yêu cầu cấp ủy, tổ chức đảng tập trung thực hiện tốt các nhiệm vụ: tăng cường kiểm tra.',
      ),
    ).toEqual([
      [
        '',
        'Để làm tốt việc này, yêu cầu cấp ủy, tổ chức đảng tập trung thực hiện tốt các nhiệm vụ: tăng cường kiểm tra.',
        [['cấp ủy, tổ chức đảng', 101]],
        'assignment',
        [72, 180],
      ],
      [
        '1',
        'Khẩn trương hoàn thiện hồ sơ, hoàn thành trước ngày 30/12/2025.',
        [],
        'none',
        [181, 247],
      ],
      [
        '2',
        'Tổ chức sơ kết việc thực hiện, hoàn thành trong quý I năm 2026.',
        [],
        'none',
        [248, 314],
      ],
    ]);
  });

  it('the subject is read in the last sentence only', () => {
    expect(
      tasks(
        'Năm 2024 có nhiều kết quả. Bộ Công an đã triển khai nhiều nhiệm vụ. Để làm tốt việc này, yêu cầu cấp ủy, tổ chức đảng tập trung thực hiện tốt một số nhiệm vụ sau:',
      ),
    ).toEqual([
      [
        '1',
        'Khẩn trương hoàn thiện hồ sơ, hoàn thành trước ngày 30/12/2025.',
        [['cấp ủy, tổ chức đảng', 169]],
        'inherited',
        [235, 301],
      ],
      [
        '2',
        'Tổ chức sơ kết việc thực hiện, hoàn thành trong quý I năm 2026.',
        [['cấp ủy, tổ chức đảng', 169]],
        'inherited',
        [302, 368],
      ],
    ]);
  });

  it('bodies opening the last sentence are its subject; those it asks do the items', () => {
    expect(
      tasks(
        'Năm 2024 có nhiều kết quả. Ban Bí thư chỉ đạo các cấp ủy, tổ chức đảng thực hiện các nhiệm vụ sau:',
      ),
    ).toEqual([
      [
        '1',
        'Khẩn trương hoàn thiện hồ sơ, hoàn thành trước ngày 30/12/2025.',
        [['Ban Bí thư', 99]],
        'inherited',
        [171, 237],
      ],
      [
        '2',
        'Tổ chức sơ kết việc thực hiện, hoàn thành trong quý I năm 2026.',
        [['Ban Bí thư', 99]],
        'inherited',
        [238, 304],
      ],
    ]);
    // "Ban Bí thư yêu cầu các cấp ủy …": the bodies asked (asked-items.test.ts)
    expect(
      tasks(
        'Năm 2024 có nhiều kết quả. Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng thực hiện các nhiệm vụ sau:',
      ).map((t) => (t as unknown[])[2]),
    ).toEqual([[['các cấp ủy, tổ chức đảng', 118]], [['các cấp ủy, tổ chức đảng', 118]]]);
  });

  it('bodies opening the paragraph are its subject', () => {
    expect(tasks('Các cấp ủy, tổ chức đảng tập trung thực hiện các nhiệm vụ sau:')).toEqual([
      [
        '1',
        'Khẩn trương hoàn thiện hồ sơ, hoàn thành trước ngày 30/12/2025.',
        [['Các cấp ủy, tổ chức đảng', 72]],
        'inherited',
        [135, 201],
      ],
      [
        '2',
        'Tổ chức sơ kết việc thực hiện, hoàn thành trong quý I năm 2026.',
        [['Các cấp ủy, tổ chức đảng', 72]],
        'inherited',
        [202, 268],
      ],
    ]);
  });

  it('bodies inside a clause, not after a comma, are no subject', () => {
    expect(
      tasks(
        'Để thực hiện tốt Kết luận này Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện các nhiệm vụ sau:',
      ),
    ).toEqual([
      [
        '1',
        'Khẩn trương hoàn thiện hồ sơ, hoàn thành trước ngày 30/12/2025.',
        [],
        'none',
        [171, 237],
      ],
      [
        '2',
        'Tổ chức sơ kết việc thực hiện, hoàn thành trong quý I năm 2026.',
        [],
        'none',
        [238, 304],
      ],
    ]);
  });

  it('a clause opening in lower case has no subject', () => {
    expect(
      tasks('Thời gian tới, các cấp ủy, tổ chức đảng tập trung thực hiện các nhiệm vụ sau:'),
    ).toEqual([
      [
        '1',
        'Khẩn trương hoàn thiện hồ sơ, hoàn thành trước ngày 30/12/2025.',
        [],
        'none',
        [150, 216],
      ],
      [
        '2',
        'Tổ chức sơ kết việc thực hiện, hoàn thành trong quý I năm 2026.',
        [],
        'none',
        [217, 283],
      ],
    ]);
  });

  it('bodies with no verb after them are no subject', () => {
    expect(tasks('Để triển khai Kết luận, Ủy ban nhân dân tỉnh, các sở, ngành:')).toEqual([
      [
        '1',
        'Khẩn trương hoàn thiện hồ sơ, hoàn thành trước ngày 30/12/2025.',
        [],
        'none',
        [133, 199],
      ],
      [
        '2',
        'Tổ chức sơ kết việc thực hiện, hoàn thành trong quý I năm 2026.',
        [],
        'none',
        [200, 266],
      ],
    ]);
  });
});
