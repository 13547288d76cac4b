/**
 * Items announced by a request (issue 18, Party conclusions and State letters): "…, yêu cầu cấp
 * ủy, tổ chức đảng … tập trung thực hiện tốt một số nhiệm vụ sau:" then "1. …", "2. …" with no
 * body of their own: each item is a task of the bodies asked. A hard-wrapped letter whose item
 * opens in bold ("**1. Giao …") after "như sau:" starts the item on its line. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { softBreaks } from '../../../src/parse/text/unwrap.ts';
import { testRegistry } from './helpers.ts';

const tasksOf = (text: string) =>
  parseDocument(text, { registry: testRegistry() }).tasks.map((t) => ({
    text: t.text,
    leadRule: t.leadRule,
    lead: t.lead.map((a) => [a.mention, a.span.start]),
  }));

describe('items after a paragraph that asks bodies to carry them out', () => {
  const intro =
    'Để làm tốt việc này, yêu cầu cấp ủy, tổ chức đảng, chính quyền các cấp tập trung thực hiện tốt một số nhiệm vụ sau:';
  const text = `VĂN PHÒNG TRUNG ƯƠNG ĐẢNG\n\nTHÔNG BÁO\nkết luận của đồng chí Tổng Bí thư\n\n${intro}\n1. Giảm tối đa số trẻ bị bỏ rơi.\n2. Đổi mới mô hình chăm sóc trẻ em.\n`;
  const lead = ['cấp ủy, tổ chức đảng, chính quyền các cấp', text.indexOf('cấp ủy')];

  it('each item is a task of the bodies asked', () => {
    expect(tasksOf(text)).toEqual([
      { text: 'Giảm tối đa số trẻ bị bỏ rơi.', leadRule: 'inherited', lead: [lead] },
      { text: 'Đổi mới mô hình chăm sóc trẻ em.', leadRule: 'inherited', lead: [lead] },
    ]);
  });

  it('not items after the issuer announcing its guidance ("Bộ Tài chính hướng dẫn … như sau:")', () => {
    const guide = text.replace(intro, 'Bộ Tài chính hướng dẫn một số nội dung như sau:');
    expect(tasksOf(guide)).toEqual([]);
  });
});

describe('a bold item marker after a clause end is no wrapped line', () => {
  // lines wrapped at about 85 columns; the one before the item ends the clause near the width
  const para =
    'Để hoàn thành việc cập nhật cơ sở dữ liệu theo yêu cầu của Bộ Nội vụ, Chủ tịch Ủy ban\nnhân dân Thành phố có ý kiến chỉ đạo cụ thể đối với các cơ quan, đơn vị như sau:\n';
  const filler =
    'Ngày 28 tháng 10 năm 2025, Ủy ban nhân dân Thành phố đã ban hành Công văn số 3280 về\n'.repeat(
      5,
    );
  it('"như sau:" then "**1. Giao …": the break before the item is hard', () => {
    const text = `${filler}${para}**1. Giao Sở Nội vụ** hướng dẫn, theo dõi tiến độ cập nhật dữ liệu.\n`;
    const before = text.indexOf('\n**1.');
    expect(softBreaks(text).has(before)).toBe(false);
    // the wrap inside the paragraph stays soft
    expect(softBreaks(text).has(text.indexOf('\nnhân dân Thành phố'))).toBe(true);
  });
});
