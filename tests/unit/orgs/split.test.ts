import { describe, expect, it } from 'vitest';
import { loadRegistry, splitMentions } from '../../../src/orgs/index.ts';

const registry = loadRegistry();

function parts(list: string): Array<[string, string]> {
  return splitMentions(list, 0, registry).map((p) => [p.mention, p.expanded]);
}

describe('splitMentions', () => {
  it('splits on commas and "và" between bodies', () => {
    expect(parts('Ban Kinh tế Trung ương, Hội đồng Lý luận Trung ương')).toEqual([
      ['Ban Kinh tế Trung ương', 'Ban Kinh tế Trung ương'],
      ['Hội đồng Lý luận Trung ương', 'Hội đồng Lý luận Trung ương'],
    ]);
    expect(
      parts(
        'Ban cán sự đảng Bộ Kế hoạch và Đầu tư, Liên minh Hợp tác xã Việt Nam và các cơ quan liên quan',
      ).map(([m]) => m),
    ).toEqual([
      'Ban cán sự đảng Bộ Kế hoạch và Đầu tư',
      'Liên minh Hợp tác xã Việt Nam',
      'các cơ quan liên quan',
    ]);
  });

  it('never splits inside a name containing "và", " - " or a comma', () => {
    expect(parts('Ban cán sự đảng Bộ Thông tin và Truyền thông').map(([m]) => m)).toEqual([
      'Ban cán sự đảng Bộ Thông tin và Truyền thông',
    ]);
    expect(parts('Ban Thường vụ Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh').map(([m]) => m)).toEqual(
      ['Ban Thường vụ Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh'],
    );
    expect(parts('Bộ Văn hóa, Thể thao và Du lịch, Bộ Tư pháp').map(([m]) => m)).toEqual([
      'Bộ Văn hóa, Thể thao và Du lịch',
      'Bộ Tư pháp',
    ]);
    expect(parts('Sở Nông nghiệp và Phát triển nông thôn').map(([m]) => m)).toEqual([
      'Sở Nông nghiệp và Phát triển nông thôn',
    ]);
  });

  it('distributes a shared suffix over bare heads', () => {
    expect(parts('BTV Huyện ủy, TT HĐND, UBND, UBMT huyện,')).toEqual([
      ['BTV Huyện ủy', 'Ban Thường vụ Huyện ủy'],
      ['TT HĐND', 'Thường trực Hội đồng nhân dân huyện'],
      ['UBND', 'Ủy ban nhân dân huyện'],
      ['UBMT huyện', 'Ủy ban Mặt trận Tổ quốc huyện'],
    ]);
    expect(parts('Các ban, UBKT Tỉnh ủy, VPTU,')).toEqual([
      ['Các ban', 'Các ban Tỉnh ủy'],
      ['UBKT Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy'],
      ['VPTU', 'Văn phòng Tỉnh ủy'],
    ]);
    // A whole name of bare words is not a head: no "Đảng đoàn Quốc hội Trung ương".
    expect(parts('Đảng đoàn Quốc hội, Ban Dân vận Trung ương')).toEqual([
      ['Đảng đoàn Quốc hội', 'Đảng đoàn Quốc hội'],
      ['Ban Dân vận Trung ương', 'Ban Dân vận Trung ương'],
    ]);
    expect(parts('Mặt trận và các tổ chức chính trị - xã hội cấp tỉnh')).toEqual([
      ['Mặt trận', 'Mặt trận cấp tỉnh'],
      ['các tổ chức chính trị - xã hội cấp tỉnh', 'các tổ chức chính trị - xã hội cấp tỉnh'],
    ]);
  });

  it('reads a bare head with a dot after its code ("TT.HĐND") as bare: it takes the qualifier', () => {
    expect(parts('TT.HĐND, UBND các xã, phường')).toEqual([
      ['TT.HĐND', 'Thường trực Hội đồng nhân dân các xã, phường'],
      ['UBND các xã, phường', 'Ủy ban nhân dân các xã, phường'],
    ]);
    expect(parts('TT. HĐND, UBND các xã, phường')[0]).toEqual([
      'TT. HĐND',
      'Thường trực Hội đồng nhân dân các xã, phường',
    ]);
    // a name is no bare head, dot or not
    expect(parts('Sở Y tế, UBND các xã, phường')[0]).toEqual(['Sở Y tế', 'Sở Y tế']);
  });

  it('keeps one office or centre named across "và": the delegation\'s office, the portal\'s centre', () => {
    expect(parts('Văn phòng ĐBQH và HĐND TP')).toEqual([
      ['Văn phòng ĐBQH và HĐND TP', 'Văn phòng đại biểu Quốc hội và Hội đồng nhân dân thành phố'],
    ]);
    expect(parts('Trung tâm CN và Cổng TTĐT tỉnh')).toEqual([
      ['Trung tâm CN và Cổng TTĐT tỉnh', 'Trung tâm CN và Cổng thông tin điện tử tỉnh'],
    ]);
    // the portal after another body is a body of its own
    expect(parts('Sở Tài chính và Cổng TTĐT tỉnh')).toEqual([
      ['Sở Tài chính', 'Sở Tài chính'],
      ['Cổng TTĐT tỉnh', 'Cổng thông tin điện tử tỉnh'],
    ]);
  });

  it('keeps a plural collective whole and shares its "ủy"', () => {
    expect(parts('Các huyện, thị, thành ủy, đảng ủy trực thuộc Tỉnh ủy,')).toEqual([
      [
        'Các huyện, thị, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
        'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
      ],
    ]);
    expect(parts('Các tỉnh uỷ, thành uỷ,')).toEqual([
      ['Các tỉnh uỷ, thành uỷ', 'Các tỉnh uỷ, thành uỷ'],
    ]);
    expect(parts('- Các chi, đảng bộ cơ sở,')).toEqual([
      ['Các chi, đảng bộ cơ sở', 'Các chi, đảng bộ cơ sở'],
    ]);
  });

  it('ends a collective at the Front written short: a name, not a kind noun ("Mặt trận")', () => {
    // docs/labelling.md, Bodies: a new body begins at a name written out
    expect(parts('Các sở, ban, ngành, Mặt trận, tổ chức chính trị - xã hội cấp tỉnh,')).toEqual([
      ['Các sở, ban, ngành', 'Các sở, ban, ngành'],
      ['Mặt trận', 'Mặt trận cấp tỉnh'],
      ['tổ chức chính trị - xã hội cấp tỉnh', 'tổ chức chính trị - xã hội cấp tỉnh'],
    ]);
    // a bare head in capitals still joins the collective
    expect(parts('Các cấp ủy, UBND')).toEqual([
      ['Các cấp ủy, UBND', 'Các cấp ủy, Ủy ban nhân dân'],
    ]);
  });

  it('gives two collectives in a row the qualifier written at the end', () => {
    expect(
      parts(
        'Các ban đảng, đảng đoàn, ban cán sự đảng, các cơ quan, tổ chức có liên quan ở Trung ương',
      ),
    ).toEqual([
      [
        'Các ban đảng, đảng đoàn, ban cán sự đảng',
        'Các ban đảng, đảng đoàn, ban cán sự đảng ở Trung ương',
      ],
      [
        'các cơ quan, tổ chức có liên quan ở Trung ương',
        'các cơ quan, tổ chức có liên quan ở Trung ương',
      ],
    ]);
  });

  it('marks every item of an archive line', () => {
    expect(parts('Lưu VP,BTG Đảng ủy Khối.')).toEqual([
      ['Lưu VP', 'Lưu Văn phòng Đảng ủy Khối'],
      ['BTG Đảng ủy Khối', 'Lưu Ban Tuyên giáo Đảng ủy Khối'],
    ]);
  });

  it('keeps a person with the role after the comma, and drops a purpose mark', () => {
    expect(parts('Đ/c Trần Ngọc Tam, Phó Bí thư Tỉnh ủy (báo cáo),')).toEqual([
      ['Đ/c Trần Ngọc Tam, Phó Bí thư Tỉnh ủy', 'Đồng chí Trần Ngọc Tam, Phó Bí thư Tỉnh ủy'],
    ]);
  });

  it('reports offsets into the original string', () => {
    const line = '- BTV Huyện ủy, TT HĐND, UBND, UBMT huyện,';
    const offset = 1000;
    const result = splitMentions(line, offset, registry);
    expect(result.map((p) => [p.start, p.end])).toEqual([
      [1002, 1014],
      [1016, 1023],
      [1025, 1029],
      [1031, 1041],
    ]);
    for (const p of result) expect(line.slice(p.start - offset, p.end - offset)).toBe(p.mention);
  });

  it('splits a list that ends with "và" before a body', () => {
    expect(
      parts(
        'Đảng đoàn Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội, Liên minh hợp tác xã và Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
      ).map(([m]) => m),
    ).toEqual([
      'Đảng đoàn Mặt trận Tổ quốc Việt Nam',
      'các tổ chức chính trị - xã hội',
      'Liên minh hợp tác xã',
      'Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    ]);
    expect(parts('Các phòng, ban, ngành, đoàn thể và tương đương,').map(([m]) => m)).toEqual([
      'Các phòng, ban, ngành, đoàn thể và tương đương',
    ]);
  });

  it('accepts semicolons (newer Nơi nhận style) and NFD text', () => {
    const nfd = 'Ban Tuyên giáo Tỉnh ủy; Ban Dân vận Tỉnh ủy;'.normalize('NFD');
    const result = splitMentions(nfd, 0, registry);
    expect(result.map((p) => p.expanded)).toEqual([
      'Ban Tuyên giáo Tỉnh ủy',
      'Ban Dân vận Tỉnh ủy',
    ]);
    for (const p of result) expect(nfd.slice(p.start, p.end)).toBe(p.mention);
  });
});

describe('lists of bodies in State texts (issue 18, capability 4)', () => {
  it.each([
    [
      'Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực',
      ['Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực'],
    ],
    ['UBND các huyện, thị xã, thành phố', ['UBND các huyện, thị xã, thành phố']],
    ['Ủy ban nhân dân các xã, phường', ['Ủy ban nhân dân các xã, phường']],
    ['Các sở, ngành, UBND xã, phường, đặc khu', ['Các sở, ngành', 'UBND xã, phường, đặc khu']],
    ['Cơ quan, địa phương liên quan', ['Cơ quan, địa phương liên quan']],
    ['Sở, ban, ngành, tổ chức chính trị - xã hội', ['Sở, ban, ngành, tổ chức chính trị - xã hội']],
    [
      'Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương',
      ['Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương'],
    ],
    ['Văn phòng Ban Chỉ huy; các sở, ban, ngành', ['Văn phòng Ban Chỉ huy', 'các sở, ban, ngành']],
    [
      'Sở Tài chính, Ủy ban nhân dân tỉnh, Sở Xây dựng',
      ['Sở Tài chính', 'Ủy ban nhân dân tỉnh', 'Sở Xây dựng'],
    ],
  ])('%s', (list, mentions) => {
    expect(parts(list).map(([m]) => m)).toEqual(mentions);
  });

  it('a qualifier at the end does not reach back over a ";"', () => {
    expect(parts('Thủ trưởng các Sở, ban, ngành; Chủ tịch UBND cấp xã')).toEqual([
      ['Thủ trưởng các Sở, ban, ngành', 'Thủ trưởng các Sở, ban, ngành'],
      ['Chủ tịch UBND cấp xã', 'Chủ tịch Ủy ban nhân dân cấp xã'],
    ]);
  });

  it('a colon head distributes over the items after it', () => {
    expect(splitMentions('Các Sở: Tài chính, Xây dựng', 10, registry)).toEqual([
      { mention: 'Tài chính', start: 18, end: 27, expanded: 'Sở Tài chính' },
      { mention: 'Xây dựng', start: 29, end: 37, expanded: 'Sở Xây dựng' },
    ]);
    expect(
      parts('Các Bộ: Quốc phòng, Nông nghiệp và Môi trường, Ủy ban nhân dân tỉnh').map(
        ([, e]) => e,
      ),
    ).toEqual(['Bộ Quốc phòng', 'Bộ Nông nghiệp và Môi trường', 'Ủy ban nhân dân tỉnh']);
  });
});
