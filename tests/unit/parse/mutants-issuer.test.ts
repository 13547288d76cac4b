/**
 * Tests that kill the surviving mutants of src/parse/issuer.ts (bench/results/mutation.md): the
 * header's body (joined with its place line, the agency of a ministry, a board under the Central
 * Committee), the preamble's "<X> ban hành Kế hoạch", a relative "T/M …" collective completed by
 * the header, and the order of these sources. Every expected value is read off the invented text
 * by hand; without a resolver the name is the header's capitals in sentence case.
 */
import { describe, expect, it } from 'vitest';
import { emptyHeader } from '../../../src/parse/header/result.ts';
import { parseDocument } from '../../../src/parse/index.ts';
import { headerBody } from '../../../src/parse/issuer.ts';
import { createSource } from '../../../src/parse/source.ts';
import { testRegistry } from './helpers.ts';

/** The issuer as [name, source, start, end, quote], the quote checked against the text. */
function issuer(t: string): [string, string, number, number, string] | null {
  const i = parseDocument(t, { registry: testRegistry() }).document.issuer;
  if (!i) return null;
  expect(t.slice(i.span.start, i.span.end)).toBe(i.quote);
  return [i.name, i.source, i.span.start, i.span.end, i.quote];
}

/** A Party plan under the header `head`, with `body` after its title. */
const party = (head: string, body: string): string =>
  `${head}\n\nSố 12-KH/TU\n\nQuảng Trị, ngày 5 tháng 3 năm 2025\n\nKẾ HOẠCH\nthực hiện Nghị quyết số 20-NQ/TW\n\n${body}`;

describe("the header's body", () => {
  it('joins a committee with its place line, the range over both', () => {
    expect(
      issuer(
        'ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\n\nSố: 1/KH-UBND\n\nCà Mau, ngày 1 tháng 12 năm 2025\n\nKẾ HOẠCH\nphòng chống dịch\n\nI. MỤC ĐÍCH\n',
      ),
    ).toEqual(['Ủy ban nhân dân tỉnh Cà Mau', 'header', 0, 27, 'ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU']);
  });

  it("is a ministry's agency flattened onto the ministry's line, from where the agency starts", () => {
    expect(
      issuer(
        'BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 778/TCHQ-GSQL\nV/v xử lý vướng mắc\nHà Nội, ngày 13 tháng 02 năm 2017\n\nKính gửi: Cục Hải quan các tỉnh.\n',
      ),
    ).toEqual(['Tổng cục hải quan', 'header', 13, 30, 'TỔNG CỤC HẢI QUAN']);
  });

  it('is named as printed when nothing stands above it, even a relative body', () => {
    expect(issuer(party('BAN CHỈ ĐẠO', 'I. MỤC ĐÍCH\n'))).toEqual([
      'Ban chỉ đạo',
      'header',
      0,
      11,
      'BAN CHỈ ĐẠO',
    ]);
  });

  it("under the Central Committee: a board becomes central, its office is the Party's", () => {
    const under = (body: string) =>
      issuer(party(`BAN CHẤP HÀNH TRUNG ƯƠNG\n${body}`, 'I. MỤC ĐÍCH\n'));
    expect(under('BAN TỔ CHỨC')).toEqual([
      'Ban Tổ chức Trung ương',
      'header',
      25,
      36,
      'BAN TỔ CHỨC',
    ]);
    // already central, and not a board: kept as printed
    expect(under('BAN KINH TẾ TRUNG ƯƠNG')).toEqual([
      'Ban kinh tế Trung ương',
      'header',
      25,
      47,
      'BAN KINH TẾ TRUNG ƯƠNG',
    ]);
    expect(under('BỘ CHÍNH TRỊ')).toEqual(['Bộ Chính trị', 'header', 25, 37, 'BỘ CHÍNH TRỊ']);
    expect(under('VĂN PHÒNG')).toEqual([
      'Văn phòng Trung ương Đảng',
      'header',
      25,
      34,
      'VĂN PHÒNG',
    ]);
  });

  it("takes a People's Committee's place only for a department (Sở)", () => {
    expect(
      issuer(
        'UBND THÀNH PHỐ ĐÀ NẴNG\nTHANH TRA THÀNH PHỐ\nSố: 19/TTr\nV/v phòng, chống dịch\n\nĐà Nẵng, ngày 26 tháng 7 năm 2020\n\nKính gửi: Các trường.\n',
      ),
    ).toEqual(['Thanh tra thành phố', 'header', 23, 42, 'THANH TRA THÀNH PHỐ']);
  });

  it('wins over the preamble in a State document', () => {
    expect(
      issuer(
        'BỘ Y TẾ\n\nSố: 12/KH-BYT\n\nHà Nội, ngày 5 tháng 3 năm 2025\n\nKẾ HOẠCH\nphòng chống dịch\n\nCục Quản lý khám chữa bệnh xây dựng kế hoạch như sau:\n\nI. MỤC ĐÍCH\n',
      ),
    ).toEqual(['Bộ y tế', 'header', 0, 7, 'BỘ Y TẾ']);
  });
});

describe('the preamble\'s "<X> ban hành Kế hoạch"', () => {
  it('names the issuer of a Party document', () => {
    expect(
      issuer(
        party(
          'TỈNH ỦY QUẢNG TRỊ',
          'Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n',
        ),
      ),
    ).toEqual(['Ban Thường vụ Tỉnh ủy', 'preamble', 111, 132, 'Ban Thường vụ Tỉnh ủy']);
  });

  it('gives way to the header when it says the same less precisely', () => {
    expect(
      issuer(party('TỈNH ỦY QUẢNG TRỊ', 'Tỉnh ủy ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n')),
    ).toEqual(['Tỉnh ủy Quảng Trị', 'header', 0, 17, 'TỈNH ỦY QUẢNG TRỊ']);
  });

  it('is no issuer when the words before the verb are no actor, or run on past one', () => {
    const header: ReturnType<typeof issuer> = [
      'Tỉnh ủy Quảng Trị',
      'header',
      0,
      17,
      'TỈNH ỦY QUẢNG TRỊ',
    ];
    expect(
      issuer(
        party(
          'TỈNH ỦY QUẢNG TRỊ',
          'Để triển khai Nghị quyết ban hành kế hoạch như sau:\n\nI. MỤC ĐÍCH\n',
        ),
      ),
    ).toEqual(header);
    expect(
      issuer(
        party(
          'TỈNH ỦY QUẢNG TRỊ',
          'Ban Thường vụ Tỉnh ủy thống nhất ban hành kế hoạch như sau:\n\nI. MỤC ĐÍCH\n',
        ),
      ),
    ).toEqual(header);
  });

  it('is not read in the title, which may quote another document', () => {
    expect(
      issuer(
        'TỈNH ỦY QUẢNG TRỊ\n\nSố 12-KH/TU\n\nQuảng Trị, ngày 5 tháng 3 năm 2025\n\nKẾ HOẠCH\nthực hiện Quyết định Ban Bí thư ban hành quy chế bầu cử\n\nI. MỤC ĐÍCH\n',
      ),
    ).toEqual(['Tỉnh ủy Quảng Trị', 'header', 0, 17, 'TỈNH ỦY QUẢNG TRỊ']);
  });
});

describe('the collective of a "T/M" signature', () => {
  const signed = (head: string, collective: string) =>
    issuer(party(head, `I. MỤC ĐÍCH\n1. Nội dung.\n\nT/M ${collective}\nBÍ THƯ\nNguyễn Văn An\n`));

  it('is the issuer as printed when it names a body of its own', () => {
    expect(signed('TỈNH ỦY QUẢNG TRỊ', 'BỘ CHÍNH TRỊ')).toEqual([
      'Bộ Chính trị',
      'signature',
      141,
      153,
      'BỘ CHÍNH TRỊ',
    ]);
  });

  it("is completed by the header's body when it is relative", () => {
    expect(signed('TỈNH ỦY QUẢNG TRỊ', 'BAN THƯỜNG VỤ')).toEqual([
      'Ban Thường vụ Tỉnh ủy Quảng Trị',
      'signature',
      141,
      154,
      'BAN THƯỜNG VỤ',
    ]);
  });

  it("is the header's body itself when that body starts with the collective's name", () => {
    expect(signed('ĐẢNG ỦY XÃ LƯƠNG MINH', 'ĐẢNG ỦY')).toEqual([
      'Đảng ủy xã Lương Minh',
      'signature',
      145,
      152,
      'ĐẢNG ỦY',
    ]);
  });
});

describe("headerBody's reading of a body under its superior", () => {
  /** The name headerBody gives the second of two body lines. */
  const under = (superior: string, body: string): string | undefined => {
    const t = `${superior}\n${body}`;
    const header = {
      ...emptyHeader(),
      bodies: [
        [0, superior.length],
        [superior.length + 1, t.length],
      ] as [number, number][],
    };
    return headerBody(createSource(t), header)?.name;
  };

  it('makes central only a body whose name starts with "Ban" or "Ủy ban"', () => {
    // "ban" inside the name is no board of the Central Committee
    expect(under('BAN CHẤP HÀNH TRUNG ƯƠNG', 'TIỂU BAN VĂN KIỆN')).toBe('Tiểu ban văn kiện');
    expect(under('BAN CHẤP HÀNH TRUNG ƯƠNG', 'ỦY BAN KIỂM TRA')).toBe('Ủy ban Kiểm tra Trung ương');
  });

  it("gives a committee's place only to a name that starts with Sở", () => {
    // "cơ sở" inside the name is no department
    expect(
      issuer(
        'UBND THÀNH PHỐ ĐÀ NẴNG\nBAN QUẢN LÝ DỰ ÁN CƠ SỞ HẠ TẦNG\nSố: 19/BQL\nV/v phòng, chống dịch\n\nĐà Nẵng, ngày 26 tháng 7 năm 2020\n\nKính gửi: Các trường.\n',
      ),
    ).toEqual([
      'Ban quản Lý Dự Án Cơ Sở Hạ Tầng',
      'header',
      23,
      54,
      'BAN QUẢN LÝ DỰ ÁN CƠ SỞ HẠ TẦNG',
    ]);
  });
});

describe("the preamble's actor before the verb, bounds", () => {
  const signedBody = (preamble: string) =>
    issuer(
      party(
        'TỈNH ỦY QUẢNG TRỊ',
        `${preamble}\n\nI. MỤC ĐÍCH\n1. Nội dung.\n\nT/M BỘ CHÍNH TRỊ\nBÍ THƯ\nNguyễn Văn An\n`,
      ),
    );

  it('is no actor when nothing stands between the comma and the verb, so the signature names the issuer', () => {
    expect(signedBody('Để triển khai Nghị quyết, BAN HÀNH KẾ HOẠCH như sau:')).toEqual([
      'Bộ Chính trị',
      'signature',
      195,
      207,
      'BỘ CHÍNH TRỊ',
    ]);
  });

  it('is no actor when it does not start like one ("Nay ban hành")', () => {
    expect(
      issuer(party('TỈNH ỦY QUẢNG TRỊ', 'Nay ban hành kế hoạch như sau:\n\nI. MỤC ĐÍCH\n')),
    ).toEqual(['Tỉnh ủy Quảng Trị', 'header', 0, 17, 'TỈNH ỦY QUẢNG TRỊ']);
  });

  it('is no actor from 160 characters on (a run-on list, not a name)', () => {
    const list =
      'Ban Thường vụ Tỉnh ủy và Ban Chấp hành Đảng bộ tỉnh và Ban Dân vận Tỉnh ủy và Ban Nội chính Tỉnh ủy và Văn phòng Tỉnh ủy và Ban Tổ chức Tỉnh ủy và Báo Quảng Trị';
    expect(list).toHaveLength(160);
    expect(
      issuer(party('TỈNH ỦY QUẢNG TRỊ', `${list} ban hành kế hoạch như sau:\n\nI. MỤC ĐÍCH\n`)),
    ).toEqual(['Tỉnh ủy Quảng Trị', 'header', 0, 17, 'TỈNH ỦY QUẢNG TRỊ']);
  });

  it("is not read in the title's own second line", () => {
    expect(
      issuer(
        'TỈNH ỦY QUẢNG TRỊ\n\nSố 12-KH/TU\n\nQuảng Trị, ngày 5 tháng 3 năm 2025\n\nKẾ HOẠCH\nBan Bí thư ban hành quy chế bầu cử\n\nI. MỤC ĐÍCH\n',
      ),
    ).toEqual(['Tỉnh ủy Quảng Trị', 'header', 0, 17, 'TỈNH ỦY QUẢNG TRỊ']);
  });
});
