/**
 * The reference passes (numbered, named, aliases, short numbers, doubtful numbers) read through
 * findReferences on short texts, with exact results: every field, every mention with its span.
 */
import { describe, expect, it } from 'vitest';
import { findReferences } from '../../../src/parse/references.ts';
import { createSource } from '../../../src/parse/source.ts';
import type { Warning } from '../../../src/parse/types.ts';

interface Options {
  front?: [number, number];
  skip?: [number, number][];
  ownType?: string;
}

/** Every reference as [number, type, date, issuer, term, description, subject, relation,
 *  doubtful, probably, aliases, mentions [quote, start, end]], and the warnings' messages. */
function read(text: string, o: Options = {}): { refs: unknown[]; warnings: string[] } {
  const src = createSource(text);
  const warnings: Warning[] = [];
  const refs = findReferences(
    src,
    { skip: o.skip ?? [], front: o.front ?? [0, src.clean.length], ownType: o.ownType ?? null },
    warnings,
  );
  return {
    refs: refs.map((r) => [
      r.number,
      r.type,
      r.date,
      r.issuer,
      r.term,
      r.description,
      r.subject,
      r.relation,
      r.doubtful,
      r.probably ?? null,
      r.aliases.map((a) => a.quote),
      r.mentions.map((m) => [m.quote, m.span.start, m.span.end]),
    ]),
    warnings: warnings.map((w) => `${w.code}: ${w.message} @${w.quote ?? ''}`),
  };
}

const refs = (text: string, o?: Options): unknown[] => read(text, o).refs;

describe('short numbers ("Nghị quyết 20")', () => {
  it('are mentions of the one numbered reference of that type and leading number', () => {
    expect(
      refs(
        'Nghị quyết 20 là trọng tâm. Thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Bộ Chính trị, Luật Hợp tác xã năm 2012; các cấp quán triệt Nghị quyết 20 và nghị quyết 20, Kết luận số 20-KL/TW.',
      ),
    ).toEqual([
      [
        '20-NQ/TW',
        'Nghị quyết',
        '2022-06-16',
        'Bộ Chính trị',
        null,
        null,
        null,
        'implements',
        false,
        null,
        [],
        [
          // at the very start of the text, before the numbered mention
          ['Nghị quyết 20', 0, 13],
          ['Nghị quyết số 20-NQ/TW', 38, 60],
          // "nghị quyết 20" in lower case is not a mention
          ['Nghị quyết 20', 139, 152],
        ],
      ],
      [
        '20-KL/TW',
        'Kết luận',
        null,
        null,
        null,
        null,
        null,
        'cites',
        false,
        null,
        [],
        [['Kết luận số 20-KL/TW', 171, 191]],
      ],
      [
        null,
        'Luật',
        null,
        null,
        null,
        'Luật Hợp tác xã năm 2012',
        null,
        'implements',
        false,
        null,
        [],
        [['Luật Hợp tác xã năm 2012', 94, 118]],
      ],
    ]);
  });

  it("is nobody's when two numbered references share the type and leading number", () => {
    expect(
      refs('Căn cứ Nghị quyết số 20-NQ/TW và Nghị quyết số 20/NQ-CP; triển khai Nghị quyết 20.'),
    ).toEqual([
      [
        '20-NQ/TW',
        'Nghị quyết',
        null,
        null,
        null,
        null,
        null,
        'implements',
        false,
        null,
        [],
        [['Nghị quyết số 20-NQ/TW', 7, 29]],
      ],
      [
        '20/NQ-CP',
        'Nghị quyết',
        null,
        null,
        null,
        null,
        null,
        'implements',
        false,
        null,
        [],
        [['Nghị quyết số 20/NQ-CP', 33, 55]],
      ],
    ]);
  });

  it('followed by another issuer is not the reference; by its own issuer, or one without, it is', () => {
    expect(
      refs(
        'Căn cứ Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng; Nghị quyết 20 của Ban Chấp hành Trung ương, Nghị quyết 20 của Quốc hội và Nghị quyết số 20-NQ/TW ngày 01/01/2023 của Quốc hội khóa XV về việc khác; Kế hoạch số 12-KH/TU của Tỉnh ủy; Kế hoạch 12 của Tỉnh ủy, các cơ quan; Chỉ thị số 05-CT/TU. Chỉ thị 05 của Quốc hội.',
      ),
    ).toEqual([
      [
        '20-NQ/TW',
        'Nghị quyết',
        // the first date, issuer and subject are kept; the term is read where it is first written
        '2022-06-16',
        'Ban Chấp hành Trung ương Đảng',
        'khóa XV',
        null,
        'khác',
        'implements',
        false,
        null,
        [],
        [
          ['Nghị quyết số 20-NQ/TW', 7, 29],
          ['Nghị quyết 20', 80, 93],
          ['Nghị quyết số 20-NQ/TW', 154, 176],
        ],
      ],
      [
        '12-KH/TU',
        'Kế hoạch',
        null,
        'Tỉnh ủy',
        null,
        null,
        null,
        'implements',
        false,
        null,
        [],
        [
          ['Kế hoạch số 12-KH/TU', 228, 248],
          ['Kế hoạch 12', 262, 273],
        ],
      ],
      [
        '05-CT/TU',
        'Chỉ thị',
        null,
        null,
        null,
        null,
        null,
        'implements',
        false,
        null,
        [],
        [
          ['Chỉ thị số 05-CT/TU', 300, 319],
          ['Chỉ thị 05', 321, 331],
        ],
      ],
    ]);
  });

  it('before and after an alias definition of another reference', () => {
    expect(
      refs(
        'Quán triệt Kế hoạch 7 và Kết luận số 70-KL/TW (sau đây gọi là Kết luận 70) và Kế hoạch số 7-KH/TU; Kế hoạch 7.',
      ),
    ).toEqual([
      [
        '70-KL/TW',
        'Kết luận',
        null,
        null,
        null,
        null,
        null,
        'implements',
        false,
        null,
        ['Kết luận 70'],
        [['Kết luận số 70-KL/TW', 25, 45]],
      ],
      [
        '7-KH/TU',
        'Kế hoạch',
        null,
        null,
        null,
        null,
        null,
        'implements',
        false,
        null,
        [],
        [
          ['Kế hoạch 7', 11, 21],
          ['Kế hoạch số 7-KH/TU', 78, 97],
          ['Kế hoạch 7', 99, 109],
        ],
      ],
    ]);
  });
});

describe('doubtful numbers', () => {
  const cited = (n: string, times: number): string =>
    Array.from({ length: times }, () => `Nghị quyết số ${n}`).join('; ');

  it('one cited once, one digit from one cited three times: flagged, with the warning', () => {
    const { refs: rs, warnings } = read(`Căn cứ ${cited('20-NQ/TW', 3)}; ${cited('29-NQ/TW', 1)}.`);
    expect(
      rs.map((r) => (r as unknown[]).slice(0, 1).concat((r as unknown[]).slice(8, 10))),
    ).toEqual([
      ['20-NQ/TW', false, null],
      ['29-NQ/TW', true, '20-NQ/TW'],
    ]);
    expect(warnings).toEqual([
      'doubtful-reference: "29-NQ/TW" is cited once while "20-NQ/TW" is cited 3 times: probably a typo, kept as written @Nghị quyết số 29-NQ/TW',
    ]);
  });

  it('not when two digits differ, the tails differ, the lengths differ, or it is cited twice', () => {
    const text = `Căn cứ ${cited('20-NQ/TW', 3)}; ${cited('31-NQ/TW', 1)}; ${cited('21-KL/TW', 1)}; ${cited('200-NQ/TW', 1)}; ${cited('2-NQ/TW', 1)}; ${cited('24-NQ/TW', 2)}.`;
    const { refs: rs, warnings } = read(text);
    expect(rs.map((r) => (r as unknown[])[8])).toEqual([false, false, false, false, false, false]);
    expect(warnings).toEqual([]);
  });

  it('a one-digit number one digit from one cited three times', () => {
    const { refs: rs } = read(`Căn cứ ${cited('5-NQ/TW', 3)}; ${cited('6-NQ/TW', 1)}.`);
    expect(rs.map((r) => (r as unknown[])[9])).toEqual([null, '5-NQ/TW']);
  });
});

describe('documents named without a number', () => {
  it('a plan named over its period is not read inside a numbered mention', () => {
    expect(
      refs(
        'Thực hiện Chương trình hành động số 5-CTr/TU về phát triển du lịch giai đoạn 2021 - 2025 và Luật Hợp tác xã năm 2012 (sau đây gọi là Luật), các cấp quán triệt Luật đến cán bộ.',
      ),
    ).toEqual([
      [
        '5-CTr/TU',
        'Chương trình hành động',
        null,
        null,
        null,
        null,
        'phát triển du lịch giai đoạn 2021 - 2025 và Luật Hợp tác xã năm 2012',
        'implements',
        false,
        null,
        [],
        [['Chương trình hành động số 5-CTr/TU', 10, 44]],
      ],
      // an alias after a document named without a number is that document's
      [
        null,
        'Luật',
        null,
        null,
        null,
        'Luật Hợp tác xã năm 2012',
        null,
        'implements',
        false,
        null,
        ['Luật'],
        [
          ['Luật Hợp tác xã năm 2012', 92, 116],
          ['Luật', 159, 163],
        ],
      ],
    ]);
  });

  it("none is read where the text is skipped (the document's own number line, copies)", () => {
    const text =
      'Số: 20-NQ/TW\nThực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Bộ Chính trị, Nghị quyết Trung ương 5 khóa IX, Luật Đất đai năm 2024 và Chiến lược phát triển kinh tế giai đoạn 2021 - 2030.';
    const all = refs(text);
    expect(all.map((r) => (r as unknown[])[11])).toEqual([
      [
        ['20-NQ/TW', 4, 12],
        ['Nghị quyết số 20-NQ/TW', 23, 45],
      ],
      [['Nghị quyết Trung ương 5 khóa IX', 79, 110]],
      [['Luật Đất đai năm 2024', 112, 133]],
      [['Chiến lược phát triển kinh tế giai đoạn 2021 - 2030', 137, 188]],
    ]);
    // each skipped range starts where a mention starts
    expect(
      refs(text, {
        skip: [
          [4, 12],
          [79, 80],
          [112, 113],
          [137, 138],
        ],
      }),
    ).toEqual([
      [
        '20-NQ/TW',
        'Nghị quyết',
        '2022-06-16',
        'Bộ Chính trị',
        null,
        null,
        null,
        'implements',
        false,
        null,
        [],
        [['Nghị quyết số 20-NQ/TW', 23, 45]],
      ],
    ]);
    // a skipped range ending where a mention starts leaves it
    expect(
      refs(text, {
        skip: [
          [0, 4],
          [70, 79],
        ],
      }).map((r) => (r as unknown[])[11]),
    ).toEqual([
      [
        ['20-NQ/TW', 4, 12],
        ['Nghị quyết số 20-NQ/TW', 23, 45],
      ],
      [['Nghị quyết Trung ương 5 khóa IX', 79, 110]],
      [['Luật Đất đai năm 2024', 112, 133]],
      [['Chiến lược phát triển kinh tế giai đoạn 2021 - 2030', 137, 188]],
    ]);
  });
});

describe('numbered mentions and their tails', () => {
  it('the type from the first mention that has one; the number as written in sentence case', () => {
    expect(
      refs(
        'Căn cứ số 12-KHTT/TU và Kế hoạch số 12-KHTT/TU, Chương trình số 12-KHTT/TU, số 12-KHTT/TU; Chương trình số 15-CTR/TU và Chương trình số 15-CTr/TU, Chương trình số 15-Ctr/TU, Đề án số 3-ĐAn/TU và Đề án số 3-ĐAN/TU.',
      ).map((r) => (r as unknown[]).slice(0, 2)),
    ).toEqual([
      ['12-KHTT/TU', 'Kế hoạch'],
      ['15-CTr/TU', 'Chương trình'],
      ['3-ĐAn/TU', 'Đề án'],
    ]);
  });

  it('the date, issuer, term and subject of the first mention are kept', () => {
    expect(
      refs(
        'Căn cứ Nghị quyết số 20-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng (khóa XIII) về tiếp tục đổi mới kinh tế tập thể.\nThực hiện Nghị quyết số 20-NQ/TW, ngày 17/6/2022 của Bộ Chính trị (khóa XII) về nội dung khác.',
      ),
    ).toEqual([
      [
        '20-NQ/TW',
        'Nghị quyết',
        '2022-06-16',
        'Ban Chấp hành Trung ương Đảng',
        'khóa XIII',
        null,
        // the full stop after the subject is not part of it
        'tiếp tục đổi mới kinh tế tập thể',
        'implements',
        false,
        null,
        [],
        [
          ['Nghị quyết số 20-NQ/TW', 7, 29],
          ['Nghị quyết số 20-NQ/TW', 139, 161],
        ],
      ],
    ]);
  });

  it('a date far from the number, an empty issuer or subject, a date past the paragraph are not read', () => {
    expect(
      refs(
        'Căn cứ Kế hoạch số 12-KH/TU, 3 nội dung ngày 16/6/2022; Kế hoạch số 13-KH/TU của “Tỉnh ủy”; Kế hoạch số 14-KH/TU về (dự thảo); Kế hoạch số 15-KH/TU\n\n16/6/2022 là ngày họp.',
      ).map((r) => (r as unknown[]).slice(0, 7)),
    ).toEqual([
      ['12-KH/TU', 'Kế hoạch', null, null, null, null, null],
      ['13-KH/TU', 'Kế hoạch', null, null, null, null, null],
      ['14-KH/TU', 'Kế hoạch', null, null, null, null, null],
      ['15-KH/TU', 'Kế hoạch', null, null, null, null, null],
    ]);
  });
});

describe('aliases ("sau đây gọi tắt là …")', () => {
  it('belong to the closest reference before, of the type they name when there is one', () => {
    expect(
      refs(
        'Quán triệt Kết luận 70, Dự án. Căn cứ số 12-KHTT/TU, Kết luận số 70-KL/TW, Kế hoạch số 1-KH/TU, Quyết định số 2/QĐ-UBND (gọi tắt là Dự án) và (sau đây gọi tắt là “Kết luận 70”); thực hiện Dự án, Kết luận 70 và kết luận 70; Quyết định số 3/QĐ-UBND.',
      ).map((r) => [(r as unknown[])[0], (r as unknown[])[10], (r as unknown[])[11]]),
    ).toEqual([
      ['12-KHTT/TU', [], [['12-KHTT/TU', 41, 51]]],
      [
        '70-KL/TW',
        ['Kết luận 70'],
        [
          // uses before the definition are mentions too; one in lower case is not
          ['Kết luận 70', 11, 22],
          ['Kết luận số 70-KL/TW', 53, 73],
          ['Kết luận 70', 195, 206],
        ],
      ],
      ['1-KH/TU', [], [['Kế hoạch số 1-KH/TU', 75, 94]]],
      [
        '2/QĐ-UBND',
        ['Dự án'],
        [
          ['Dự án', 24, 29],
          ['Quyết định số 2/QĐ-UBND', 96, 119],
          ['Dự án', 188, 193],
        ],
      ],
      ['3/QĐ-UBND', [], [['Quyết định số 3/QĐ-UBND', 223, 246]]],
    ]);
  });

  it('none before any reference, none empty; a dot in the alias is a dot', () => {
    expect(
      refs(
        'Ban Chỉ đạo (sau đây gọi tắt là Ban) và Chương trình số 5-CTr/TU (sau đây gọi là: “”), Đề án số 6-ĐA/TU (sau đây gọi là Đề án 6.1); Ban và Đề án 6.1, Đề án 621.',
      ).map((r) => [(r as unknown[])[0], (r as unknown[])[10], (r as unknown[])[11]]),
    ).toEqual([
      ['5-CTr/TU', [], [['Chương trình số 5-CTr/TU', 40, 64]]],
      [
        '6-ĐA/TU',
        ['Đề án 6.1'],
        [
          ['Đề án số 6-ĐA/TU', 87, 103],
          ['Đề án 6.1', 139, 148],
        ],
      ],
    ]);
  });
});

describe('findReferences', () => {
  it('gives effects only to a reference something is done to', () => {
    const src = createSource(
      'Kế hoạch này thay thế Kế hoạch số 12-KH/TU, thực hiện Kế hoạch số 13-KH/TU.',
    );
    const rs = findReferences(src, { skip: [], front: [0, 0], ownType: 'Kế hoạch' }, []);
    expect(rs.map((r) => [r.number, 'effects' in r])).toEqual([
      ['12-KH/TU', true],
      ['13-KH/TU', false],
    ]);
  });
});
