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

describe('items after the issuer asking bodies in its own name ("Bộ Y tế đề nghị X …")', () => {
  const letter = (intro: string, items: string): string =>
    `BỘ Y TẾ\nSố: 60/BYT-KCB\nHà Nội, ngày 27 tháng 9 năm 2013\n\nKính gửi: Ủy ban nhân dân các tỉnh\n\n${intro}\n${items}`;
  const intro =
    'Thực hiện Luật Khám bệnh, chữa bệnh; Bộ Y tế đề nghị Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo thực hiện các nội dung sau đây:';
  const items = '1. Tổ chức quán triệt pháp luật về khám bệnh.\n2. Đầu tư cơ sở hạ tầng y tế.\n';

  it('each item is a task of the bodies asked, not of the issuer', () => {
    const text = letter(intro, items);
    const lead = ['Chủ tịch Ủy ban nhân dân tỉnh', text.indexOf('Chủ tịch')];
    expect(tasksOf(text)).toEqual([
      { text: 'Tổ chức quán triệt pháp luật về khám bệnh.', leadRule: 'inherited', lead: [lead] },
      { text: 'Đầu tư cơ sở hạ tầng y tế.', leadRule: 'inherited', lead: [lead] },
    ]);
  });

  it('"trân trọng đề nghị" asks as well', () => {
    const text = letter(intro.replace('đề nghị', 'trân trọng đề nghị'), items);
    expect(tasksOf(text).map((t) => t.lead)).toEqual([
      [['Chủ tịch Ủy ban nhân dân tỉnh', text.indexOf('Chủ tịch')]],
      [['Chủ tịch Ủy ban nhân dân tỉnh', text.indexOf('Chủ tịch')]],
    ]);
  });

  it('not the points under a titled item: its title says whose they are', () => {
    const text = letter(
      intro,
      '1. Tổ chức quán triệt pháp luật về khám bệnh.\n2. Báo và Đài Phát thanh tỉnh\na) Tuyên truyền về khám bệnh.\n',
    );
    expect(tasksOf(text).map((t) => t.text)).toEqual([
      'Tổ chức quán triệt pháp luật về khám bệnh.',
    ]);
  });

  it('the body run into the flattened "Kính gửi:" line is a paragraph of its own', () => {
    const flat =
      'BỘ Y TẾ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\nSố: 60/BYT-KCB V/v thực hiện cấp chứng chỉ hành nghề theo quy định của Luật Khám bệnh\n' +
      `Hà Nội, ngày 27 tháng 09 năm 2013 Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh ${intro}\n${items}`;
    const lead = [
      'Chủ tịch Ủy ban nhân dân tỉnh',
      flat.indexOf('Chủ tịch', flat.indexOf('Bộ Y tế đề')),
    ];
    expect(tasksOf(flat).map((t) => t.lead)).toEqual([[lead], [lead]]);
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
