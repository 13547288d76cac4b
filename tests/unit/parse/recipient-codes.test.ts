import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

const recipients = (t: string) =>
  parseDocument(t, { registry: testRegistry() }).recipients.map((r) => [
    r.mention,
    r.name,
    r.expanded,
  ]);

describe('Nơi nhận in office codes', () => {
  it('reads a Government Office line whose codes wrap onto a line in capitals', () => {
    const text =
      'VĂN PHÒNG CHÍNH PHỦ\n\nSố: 1/VPCP-TH\n\nNơi nhận:\n- TTg, các PTTg (để b/c);\n' +
      '- VPCP: BTCN, các Vụ: TH,\nKTTH, PL;\n- Lưu: VT.\n';
    expect(recipients(text)).toEqual([
      ['TTg', 'Thủ tướng Chính phủ', 'Thủ tướng'],
      ['các PTTg', 'các Phó Thủ tướng Chính phủ', 'các Phó Thủ tướng'],
      [
        'BTCN',
        'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ',
        'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ',
      ],
      // the table's name stands, not the Party Office's "Vụ Tổng hợp" of the registry
      ['TH', 'Vụ Tổng hợp', 'Vụ TH'],
      ['KTTH', 'Vụ Kinh tế tổng hợp', 'Vụ KTTH'],
      ['PL', 'Vụ Pháp luật', 'Vụ PL'],
      ['VT', 'Văn thư', 'Văn thư'],
    ]);
  });

  it("reads a provincial committee office with the issuer's level; a stray dot before the body", () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\n\nSố: 10/CT-UBND\n\nNơi nhận:\n- CT, các PCT. UBND tỉnh;\n' +
      '- VPUB: CVP, các PCVP;\n- Lưu: VT.\n';
    expect(recipients(text).map((r) => r[1])).toEqual([
      'Chủ tịch Ủy ban nhân dân tỉnh',
      'các Phó Chủ tịch Ủy ban nhân dân tỉnh',
      'Chánh Văn phòng Ủy ban nhân dân tỉnh',
      'các Phó Chánh Văn phòng Ủy ban nhân dân tỉnh',
      'Văn thư',
    ]);
  });
});

describe('"Như Điều N" read from the article when it was not read as a task', () => {
  it('takes the executors of a flattened decision article, wrapped lines joined', () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 435/QĐ-UBND\n\nQUYẾT ĐỊNH:\nĐiều 1.\nBan hành kèm theo Quyết định này Chương trình.\n' +
      'Điều 2.\nGiám đốc Sở Tài chính; Thủ trưởng các cơ quan, đơn vị liên quan; Chủ tịch Ủy ban nhân\n' +
      'dân các huyện chịu trách nhiệm thi hành Quyết định này./.\nNơi nhận:\n- Như điều 2;\n' +
      '- Đ/c Chủ tịch, các PCT UBND tỉnh;\n- Lưu VT.\n';
    const rs = parseDocument(text, { registry: testRegistry() }).recipients;
    expect(rs.filter((r) => r.purpose !== 'lưu').map((r) => [r.mention, r.expanded])).toEqual([
      ['Như điều 2', 'Giám đốc Sở Tài chính'],
      ['Như điều 2', 'Thủ trưởng các cơ quan, đơn vị liên quan'],
      ['Như điều 2', 'Chủ tịch Ủy ban nhân dân các huyện'],
      ['Đ/c Chủ tịch', 'Đồng chí Chủ tịch Ủy ban nhân dân tỉnh'],
      ['các PCT UBND tỉnh', 'các Phó Chủ tịch Ủy ban nhân dân tỉnh'],
    ]);
  });
});
