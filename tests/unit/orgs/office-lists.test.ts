import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../../src/orgs/index.ts';
import { readCodedList } from '../../../src/orgs/office-lists.ts';
import { unitByCode } from '../../../src/orgs/unit-codes.ts';

const registry = loadRegistry();
const read = (text: string, issuer?: string) =>
  readCodedList(text, { issuer, registry })?.map((m) => [
    text.slice(m.start, m.end),
    m.expanded,
    m.name,
  ]);

describe('coded Nơi nhận items (office codes)', () => {
  it('reads the Government Office: positions, portal, units under "các Vụ, Cục:"', () => {
    expect(read('VPCP: BTCN, các PCN, TGĐ Cổng TTĐT, các Vụ, Cục: TH, KSTT')).toEqual([
      [
        'BTCN',
        'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ',
        'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ',
      ],
      ['các PCN', 'các Phó Chủ nhiệm Văn phòng Chính phủ', 'các Phó Chủ nhiệm Văn phòng Chính phủ'],
      [
        'TGĐ Cổng TTĐT',
        'Tổng Giám đốc Cổng thông tin điện tử',
        'Tổng Giám đốc Cổng Thông tin điện tử Chính phủ',
      ],
      ['TH', 'Vụ TH', 'Vụ Tổng hợp'],
      ['KSTT', 'Cục KSTT', 'Cục Kiểm soát thủ tục hành chính'],
    ]);
  });

  it("keeps a deputy's name and splits a code glued to the next member by a lost line break", () => {
    expect(read('VPCP: PCN Nguyễn Sỹ Hiệp, Các Vụ: NC TGĐ Cổng TTĐTCP')).toEqual([
      [
        'PCN Nguyễn Sỹ Hiệp',
        'Phó Chủ nhiệm Văn phòng Chính phủ Nguyễn Sỹ Hiệp',
        'Phó Chủ nhiệm Văn phòng Chính phủ Nguyễn Sỹ Hiệp',
      ],
      ['NC', 'Vụ NC', 'Vụ Nội chính'],
      [
        'TGĐ Cổng TTĐTCP',
        'Tổng Giám đốc Cổng Thông tin điện tử Chính phủ',
        'Tổng Giám đốc Cổng Thông tin điện tử Chính phủ',
      ],
    ]);
  });

  it("gives a People's Committee office the level of the issuer, as written in `expanded`", () => {
    const issuer = 'Ủy ban nhân dân Thành phố Hồ Chí Minh';
    expect(read('TTUB: CT, các PCT', issuer)).toEqual([
      ['CT', 'Chủ tịch Ủy ban nhân dân', 'Chủ tịch Ủy ban nhân dân Thành phố'],
      ['các PCT', 'các Phó Chủ tịch Ủy ban nhân dân', 'các Phó Chủ tịch Ủy ban nhân dân Thành phố'],
    ]);
    expect(read('VP UBND tỉnh: LĐVP, các phòng, đơn vị', 'Ủy ban nhân dân tỉnh Bắc Ninh')).toEqual([
      [
        'LĐVP',
        'Lãnh đạo Văn phòng Ủy ban nhân dân tỉnh',
        'Lãnh đạo Văn phòng Ủy ban nhân dân tỉnh',
      ],
      [
        'các phòng, đơn vị',
        'các phòng, đơn vị Văn phòng Ủy ban nhân dân tỉnh',
        'các phòng, đơn vị Văn phòng Ủy ban nhân dân tỉnh',
      ],
    ]);
    expect(read('VPUB: PCVP P.T.T.Huyền, Phòng: VX, ĐMPT', issuer)).toEqual([
      [
        'PCVP P.T.T.Huyền',
        'Phó Chánh Văn phòng Ủy ban nhân dân P.T.T.Huyền',
        'Phó Chánh Văn phòng Ủy ban nhân dân Thành phố P.T.T.Huyền',
      ],
      ['VX', 'Phòng VX', 'Phòng Văn xã'],
      ['ĐMPT', 'Phòng ĐMPT', 'Phòng ĐMPT'],
    ]);
  });

  it('reads an office whose codes are all unknown as the office itself', () => {
    expect(read('Văn phòng UBND tỉnh: V, CB', 'Ủy ban nhân dân tỉnh Lai Châu')).toEqual([
      [
        'Văn phòng UBND tỉnh: V, CB',
        'Văn phòng Ủy ban nhân dân tỉnh',
        'Văn phòng Ủy ban nhân dân tỉnh',
      ],
    ]);
  });

  it('distributes ministry and department codes, a comma inside a code included', () => {
    expect(read('Các Bộ: TC, NNMT')?.map((m) => m[2])).toEqual([
      'Bộ Tài chính',
      'Bộ Nông nghiệp và Môi trường',
    ]);
    expect(read('Sở: VH,TT&DL, YT, Nội vụ')?.map((m) => m.slice(0, 3))).toEqual([
      ['VH,TT&DL', 'Sở VH,TT&DL', 'Sở Văn hóa, Thể thao và Du lịch'],
      ['YT', 'Sở YT', 'Sở Y tế'],
      ['Nội vụ', 'Sở Nội vụ', 'Sở Nội vụ'],
    ]);
  });

  it('distributes a plural position over the persons it lists; full titles of the Government', () => {
    expect(read('các PTTg: Nguyễn Hòa Bình, Bùi Thanh Sơn')?.map((m) => m[2])).toEqual([
      'Phó Thủ tướng Nguyễn Hòa Bình',
      'Phó Thủ tướng Bùi Thanh Sơn',
    ]);
    expect(read('TTg, các PTTg')?.map((m) => m[2])).toEqual([
      'Thủ tướng Chính phủ',
      'các Phó Thủ tướng Chính phủ',
    ]);
  });

  it('leaves other lists to the splitter', () => {
    expect(read('Các Bộ: Quốc phòng, Công an')).toBeUndefined();
    expect(read('Sở Tài chính, Sở Xây dựng')).toBeUndefined();
    expect(read('UBND các tỉnh, thành phố: Hà Tĩnh, Huế')).toBeUndefined();
  });

  it('knows a code only under its own head', () => {
    expect(unitByCode(['Vụ'], 'KSTT')).toBeUndefined();
    expect(unitByCode(['Vụ', 'Cục'], 'KSTT')).toBe('Cục Kiểm soát thủ tục hành chính');
    expect(unitByCode(['Phòng'], 'TH')).toBe('Phòng Tổng hợp');
    expect(unitByCode(['Bộ'], 'TH')).toBeUndefined();
  });
});
