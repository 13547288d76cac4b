import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { createActorFactory } from '../../../src/parse/actors.ts';
import { findPoints, pointTasks } from '../../../src/parse/inline-points.ts';
import { buildOutline } from '../../../src/parse/outline.ts';
import { createSource } from '../../../src/parse/source.ts';
import { testRegistry } from './helpers.ts';

/** The points of the text from `from`: label, text from the marker, start, contentStart, end. */
function points(text: string, from = 0): [string, string, number, number, number][] {
  const src = createSource(text);
  return findPoints(src, from, text.length).map((p) => [
    p.label,
    src.clean.slice(p.start, p.end),
    p.start,
    p.contentStart,
    p.end,
  ]);
}

describe('findPoints', () => {
  it('a run after a colon, each point up to the space before the next', () => {
    expect(points('Giao Bộ Công an: (1) rà soát quy định; (2) hoàn thiện hồ sơ.')).toEqual([
      ['1', '(1) rà soát quy định;', 17, 21, 38],
      ['2', '(2) hoàn thiện hồ sơ.', 39, 43, 60],
    ]);
  });

  it('no colon before the first point, or only one point: no run', () => {
    expect(points('Các nội dung (1) rà soát quy định; (2) hoàn thiện hồ sơ.')).toEqual([]);
    expect(points('Giao Bộ Công an: (1) rà soát quy định về cư trú.')).toEqual([]);
  });

  it('a run starts at "(1)" or "(i)" only', () => {
    expect(points('Gồm hai việc: (2) rà soát quy định; (ii) hoàn thiện hồ sơ.')).toEqual([]);
  });

  it('points separated by commas are one sentence, not a run', () => {
    expect(points('Giao Bộ Công an: (1) rà soát quy định, (2) hoàn thiện hồ sơ.')).toEqual([]);
  });

  it('takes the points in sequence, skipping a number out of turn', () => {
    expect(points('Giao Bộ Công an: (1) rà soát; (3) báo cáo; (2) hoàn thiện hồ sơ.')).toEqual([
      ['1', '(1) rà soát; (3) báo cáo;', 17, 21, 42],
      ['2', '(2) hoàn thiện hồ sơ.', 43, 47, 64],
    ]);
  });

  it('a point before the run’s "(1)" is not in the run', () => {
    expect(
      points('Về điểm (1); (2) của Kết luận, giao Bộ Công an: (1) rà soát; (2) hoàn thiện hồ sơ.'),
    ).toEqual([
      ['1', '(1) rà soát;', 48, 52, 60],
      ['2', '(2) hoàn thiện hồ sơ.', 61, 65, 82],
    ]);
  });

  it('reads only from the given offset: a colon before it does not count, one at it does', () => {
    const text = 'Giao Bộ Công an:(1) rà soát; (2) hoàn thiện hồ sơ.';
    expect(points(text, 16)).toEqual([]);
    expect(points(text, 15)).toEqual([
      ['1', '(1) rà soát;', 16, 20, 28],
      ['2', '(2) hoàn thiện hồ sơ.', 29, 33, 50],
    ]);
  });
});

const HEAD = 'THÔNG BÁO\nKết luận của Ban Chỉ đạo\n\nIII. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM\n\n';
const PART = 'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM';

function tasks(body: string): unknown[] {
  return parseDocument(`${HEAD}${body}`, { registry: testRegistry() }).tasks.map((t) => [
    t.id,
    t.section,
    t.sectionTitles,
    t.text,
    t.lead.map((a) => a.mention),
    t.coordinators.map((a) => a.mention),
    t.reportsTo.map((a) => a.mention),
    t.deadline?.text ?? null,
    t.leadRule,
    t.quote,
    [t.span.start, t.span.end],
  ]);
}

describe('inline points as tasks', () => {
  it('unnamed points take the lead and coordinators of "Giao X …:", their own report and deadline', () => {
    const item =
      'Giao Bộ Công an chủ trì, phối hợp với Bộ Quốc phòng: (1) rà soát quy định về  cư trú, báo cáo Thủ tướng Chính phủ; (2) Bộ Tư pháp thẩm định hồ sơ; (3) hoàn thiện hồ sơ trong tháng 12 năm 2025.';
    const titles = [PART, item.replace('về  cư', 'về cư')];
    expect(tasks(`2. ${item}\n`)).toEqual([
      [
        '1.1.(1)',
        'III.2.(1)',
        titles,
        'rà soát quy định về cư trú, báo cáo Thủ tướng Chính phủ;',
        ['Bộ Công an'],
        ['Bộ Quốc phòng'],
        ['Thủ tướng Chính phủ'],
        null,
        'inherited',
        '(1) rà soát quy định về  cư trú, báo cáo Thủ tướng Chính phủ;',
        [128, 189],
      ],
      [
        '1.1.(2)',
        'III.2.(2)',
        titles,
        'Bộ Tư pháp thẩm định hồ sơ;',
        ['Bộ Tư pháp'],
        [],
        [],
        null,
        'subject',
        '(2) Bộ Tư pháp thẩm định hồ sơ;',
        [190, 221],
      ],
      [
        '1.1.(3)',
        'III.2.(3)',
        titles,
        'hoàn thiện hồ sơ trong tháng 12 năm 2025.',
        ['Bộ Công an'],
        ['Bộ Quốc phòng'],
        [],
        'trong tháng 12 năm 2025',
        'inherited',
        '(3) hoàn thiện hồ sơ trong tháng 12 năm 2025.',
        [222, 267],
      ],
    ]);
  });

  it('the report of "Giao X, báo cáo Y:" goes to every point', () => {
    const item =
      'Giao Bộ Tài chính, báo cáo Thủ tướng Chính phủ: (1) rà soát các khoản chi; (2) hoàn thiện dự thảo Nghị định.';
    expect(tasks(`4. ${item}\n`)).toEqual([
      [
        '1.1.(1)',
        'III.4.(1)',
        [PART, item],
        'rà soát các khoản chi;',
        ['Bộ Tài chính'],
        [],
        ['Thủ tướng Chính phủ'],
        null,
        'inherited',
        '(1) rà soát các khoản chi;',
        [123, 149],
      ],
      [
        '1.1.(2)',
        'III.4.(2)',
        [PART, item],
        'hoàn thiện dự thảo Nghị định.',
        ['Bộ Tài chính'],
        [],
        ['Thủ tướng Chính phủ'],
        null,
        'inherited',
        '(2) hoàn thiện dự thảo Nghị định.',
        [150, 183],
      ],
    ]);
  });

  const para =
    'Khẩn trương triển khai: (1) Văn phòng Chính phủ theo dõi, đôn đốc; (2) hoàn thiện hồ sơ.';

  it('when the first point opens with a body, an unnamed point takes the heading’s lead', () => {
    expect(tasks(`1. Bộ Công an:\n\n${para}\n`)).toEqual([
      [
        '1.1.1.(1)',
        'III.1.(1)',
        [PART, 'Bộ Công an:', para],
        'Văn phòng Chính phủ theo dõi, đôn đốc;',
        ['Văn phòng Chính phủ'],
        [],
        [],
        null,
        'subject',
        '(1) Văn phòng Chính phủ theo dõi, đôn đốc;',
        [112, 154],
      ],
      [
        '1.1.1.(2)',
        'III.1.(2)',
        [PART, 'Bộ Công an:', para],
        'hoàn thiện hồ sơ.',
        ['Bộ Công an'],
        [],
        [],
        null,
        'inherited',
        '(2) hoàn thiện hồ sơ.',
        [155, 176],
      ],
    ]);
  });

  it('…and no lead at all when nothing above names one', () => {
    expect(tasks(`${para}\n`)).toEqual([
      [
        '1.1.(1)',
        'III.(1)',
        [PART, para],
        'Văn phòng Chính phủ theo dõi, đôn đốc;',
        ['Văn phòng Chính phủ'],
        [],
        [],
        null,
        'subject',
        '(1) Văn phòng Chính phủ theo dõi, đôn đốc;',
        [96, 138],
      ],
      [
        '1.1.(2)',
        'III.(2)',
        [PART, para],
        'hoàn thiện hồ sơ.',
        [],
        [],
        [],
        null,
        'none',
        '(2) hoàn thiện hồ sơ.',
        [139, 160],
      ],
    ]);
  });

  it('points without a colon before them stay in their item', () => {
    const item = 'Các nội dung (1) Bộ Công an rà soát; (2) Bộ Tư pháp thẩm định.';
    expect(tasks(`5. ${item}\n`)).toEqual([
      ['1.1', 'III.5', [PART], item, [], [], [], null, 'none', `5. ${item}`, [72, 137]],
    ]);
  });
  it('a first point opening with a request, not a subject, keeps the paragraph one task', () => {
    expect(
      tasks(
        'Khẩn trương triển khai: (1) Đề nghị Bộ Công an rà soát quy định; (2) hoàn thiện hồ sơ.\n',
      ),
    ).toEqual([
      [
        '1.1',
        'III',
        ['NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM'],
        'Khẩn trương triển khai: (1) Đề nghị Bộ Công an rà soát quy định; (2) hoàn thiện hồ sơ.',
        [],
        [],
        [],
        null,
        'none',
        'Khẩn trương triển khai: (1) Đề nghị Bộ Công an rà soát quy định; (2) hoàn thiện hồ sơ.',
        [72, 158],
      ],
    ]);
  });

  it('a first point that is only a list of bodies keeps the paragraph one task', () => {
    expect(
      tasks('Khẩn trương triển khai: (1) Bộ Công an, Bộ Quốc phòng; (2) hoàn thiện hồ sơ.\n'),
    ).toEqual([
      [
        '1.1',
        'III',
        ['NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM'],
        'Khẩn trương triển khai: (1) Bộ Công an, Bộ Quốc phòng; (2) hoàn thiện hồ sơ.',
        [],
        [],
        [],
        null,
        'none',
        'Khẩn trương triển khai: (1) Bộ Công an, Bộ Quốc phòng; (2) hoàn thiện hồ sơ.',
        [72, 148],
      ],
    ]);
  });

  it('a point that is only a list of bodies names no lead of its own', () => {
    expect(
      tasks('Giao Bộ Tư pháp: (1) rà soát quy định; (2) Bộ Công an, Bộ Quốc phòng.\n'),
    ).toEqual([
      [
        '1.1.(1)',
        'III.(1)',
        [
          'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
          'Giao Bộ Tư pháp: (1) rà soát quy định; (2) Bộ Công an, Bộ Quốc phòng.',
        ],
        'rà soát quy định;',
        ['Bộ Tư pháp'],
        [],
        [],
        null,
        'inherited',
        '(1) rà soát quy định;',
        [89, 110],
      ],
      [
        '1.1.(2)',
        'III.(2)',
        [
          'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
          'Giao Bộ Tư pháp: (1) rà soát quy định; (2) Bộ Công an, Bộ Quốc phòng.',
        ],
        'Bộ Công an, Bộ Quốc phòng.',
        ['Bộ Tư pháp'],
        [],
        [],
        null,
        'inherited',
        '(2) Bộ Công an, Bộ Quốc phòng.',
        [111, 141],
      ],
    ]);
  });

  it('a point "Lãnh đạo X" is no leadership heading', () => {
    expect(
      tasks('Giao Bộ Tư pháp: (1) rà soát quy định; (2) Lãnh đạo Bộ Công an, Bộ Quốc phòng.\n'),
    ).toEqual([
      [
        '1.1.(1)',
        'III.(1)',
        [
          'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
          'Giao Bộ Tư pháp: (1) rà soát quy định; (2) Lãnh đạo Bộ Công an, Bộ Quốc phòng.',
        ],
        'rà soát quy định;',
        ['Bộ Tư pháp'],
        [],
        [],
        null,
        'inherited',
        '(1) rà soát quy định;',
        [89, 110],
      ],
      [
        '1.1.(2)',
        'III.(2)',
        [
          'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
          'Giao Bộ Tư pháp: (1) rà soát quy định; (2) Lãnh đạo Bộ Công an, Bộ Quốc phòng.',
        ],
        'Lãnh đạo Bộ Công an, Bộ Quốc phòng.',
        ['Bộ Tư pháp'],
        [],
        [],
        null,
        'inherited',
        '(2) Lãnh đạo Bộ Công an, Bộ Quốc phòng.',
        [111, 150],
      ],
    ]);
  });

  it('a point split by a page break reads as one line', () => {
    expect(
      tasks('8. Giao Bộ Công an: (1) rà soát quy\n\nđịnh về cư trú; (2) hoàn thiện hồ sơ.\n'),
    ).toEqual([
      [
        '1.1.(1)',
        'III.8.(1)',
        [
          'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
          'Giao Bộ Công an: (1) rà soát quy định về cư trú; (2) hoàn thiện hồ sơ.',
        ],
        'rà soát quy định về cư trú;',
        ['Bộ Công an'],
        [],
        [],
        null,
        'inherited',
        '(1) rà soát quy\n\nđịnh về cư trú;',
        [92, 124],
      ],
      [
        '1.1.(2)',
        'III.8.(2)',
        [
          'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
          'Giao Bộ Công an: (1) rà soát quy định về cư trú; (2) hoàn thiện hồ sơ.',
        ],
        'hoàn thiện hồ sơ.',
        ['Bộ Công an'],
        [],
        [],
        null,
        'inherited',
        '(2) hoàn thiện hồ sơ.',
        [125, 146],
      ],
    ]);
  });
  it('a first point whose body asks others keeps the paragraph one task', () => {
    expect(
      tasks(
        'Khẩn trương triển khai: (1) Bộ Công an yêu cầu Công an các tỉnh rà soát quy định; (2) hoàn thiện hồ sơ.\n',
      ),
    ).toEqual([
      [
        '1.1',
        'III',
        ['NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM'],
        'Khẩn trương triển khai: (1) Bộ Công an yêu cầu Công an các tỉnh rà soát quy định; (2) hoàn thiện hồ sơ.',
        [],
        [],
        [],
        null,
        'none',
        'Khẩn trương triển khai: (1) Bộ Công an yêu cầu Công an các tỉnh rà soát quy định; (2) hoàn thiện hồ sơ.',
        [72, 175],
      ],
    ]);
  });

  it('a first point naming a body after other words keeps the paragraph one task', () => {
    expect(
      tasks(
        'Khẩn trương triển khai: (1) Trách nhiệm của Bộ Công an: rà soát quy định; (2) hoàn thiện hồ sơ.\n',
      ),
    ).toEqual([
      [
        '1.1',
        'III',
        ['NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM'],
        'Khẩn trương triển khai: (1) Trách nhiệm của Bộ Công an: rà soát quy định; (2) hoàn thiện hồ sơ.',
        [],
        [],
        [],
        null,
        'none',
        'Khẩn trương triển khai: (1) Trách nhiệm của Bộ Công an: rà soát quy định; (2) hoàn thiện hồ sơ.',
        [72, 167],
      ],
    ]);
  });
});

describe('pointTasks', () => {
  it('skips spaces at the start of the block’s content', () => {
    const text = '2. Giao Bộ Công an: (1) rà soát quy định; (2) hoàn thiện hồ sơ.';
    const src = createSource(text);
    const actors = createActorFactory(src, {}, { documentKey: 'test' }, testRegistry());
    const [b] = buildOutline(src, src.lines);
    if (!b) throw new Error('no block');
    // a content start on the space after the marker, as a chapter's empty title line leaves it
    b.contentStart = 2;
    const none = {
      lead: [],
      coordinators: [],
      reportsTo: [],
      deadline: null,
      leadRule: 'none' as const,
    };
    expect(
      pointTasks(src, b, none, actors)?.map((t) => [
        t.id,
        t.text,
        t.lead.map((a) => a.mention),
        t.leadRule,
      ]),
    ).toEqual([
      ['1.(1)', 'rà soát quy định;', ['Bộ Công an'], 'inherited'],
      ['1.(2)', 'hoàn thiện hồ sơ.', ['Bộ Công an'], 'inherited'],
    ]);
  });
});
