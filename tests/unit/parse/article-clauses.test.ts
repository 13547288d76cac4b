import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

const names = (t: string) =>
  parseDocument(t, { registry: testRegistry() })
    .recipients.filter((r) => r.purpose !== 'lưu')
    .map((r) => [r.mention, r.name]);

describe('"Như Điều N" when the article executes the document in a clause', () => {
  it('takes the executors of clause 2 of "Điều 4. Điều khoản thi hành"', () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nSố: 9/QĐ-UBND\n\nQUYẾT ĐỊNH:\n\n**Điều 1.** Ban hành Quy định.\n\n' +
      '**Điều 4. Điều khoản thi hành**\n\n1. Quyết định này có hiệu lực kể từ ngày\n01 tháng 12 năm 2025.\n\n' +
      '2. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Tư pháp chịu trách nhiệm thi hành Quyết định này./.\n\n' +
      'Nơi nhận:\n- Như Điều 4;\n- Bộ Tư pháp;\n- Lưu: VT.\n';
    expect(names(text)).toEqual([
      ['Như Điều 4', 'Chánh Văn phòng Ủy ban nhân dân tỉnh'],
      ['Như Điều 4', 'Giám đốc Sở Tư pháp'],
      ['Bộ Tư pháp', 'Bộ Tư pháp'],
    ]);
  });

  it('reads only the clause that holds the verb from a flattened article', () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 5/QĐ-UBND\n\nQUYẾT ĐỊNH:\nĐiều 1.\nBan hành Quy định.\n' +
      'Điều 2. Hiệu lực thi hành\n1. Quyết định này có hiệu lực từ ngày ký.\n2. Giám đốc Sở Y tế; Chủ tịch\n' +
      'UBND các xã chịu trách nhiệm thi hành Quyết định này./.\nNơi nhận:\n- Như điều 2;\n- Lưu VT.\n';
    expect(names(text)).toEqual([
      ['Như điều 2', 'Giám đốc Sở Y tế'],
      ['Như điều 2', 'Chủ tịch Ủy ban nhân dân các xã'],
    ]);
  });
});

describe('"Mục V" in a plan\'s Nơi nhận', () => {
  it('stands for the bodies part V assigns tasks to, each once', () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\n\nSố: 5/KH-UBND\n\nKẾ HOẠCH\n\n**IV. KINH PHÍ**\n\n' +
      'Sở Xây dựng bố trí kinh phí.\n\n**V. TỔ CHỨC THỰC HIỆN**\n\n**1. Sở Tài chính**\n\n' +
      '- Chủ trì tham mưu bố trí kinh phí thực hiện.\n\n- Hướng dẫn quyết toán kinh phí hằng năm.\n\n' +
      '**2. Sở Y tế**\n\n- Chủ trì kiểm tra các cơ sở khám bệnh.\n\n' +
      'Nơi nhận:\n- Thường trực Tỉnh ủy;\n- Mục V;\n- Lưu: VT.\n';
    expect(names(text)).toEqual([
      ['Thường trực Tỉnh ủy', 'Thường trực Tỉnh ủy'],
      ['Mục V', 'Sở Tài chính'],
      ['Mục V', 'Sở Y tế'],
    ]);
  });
});
