import { describe, expect, it } from 'vitest';
import { actorEnd, createActorFactory, isActorStart } from '../../../src/parse/actors.ts';
import { createSource } from '../../../src/parse/source.ts';
import type { Actor, Resolution } from '../../../src/parse/types.ts';

/** actorEnd over the whole text from `start`, as the list it ends. */
const listAt = (text: string, start: number): [string, boolean] => {
  const src = createSource(text);
  expect(src.clean).toBe(text);
  const { end, byWord } = actorEnd(src, start, text.length);
  return [text.slice(start, end), byWord];
};

describe('isActorStart', () => {
  it.each([
    ['Các BộCó trách nhiệm thực hiện', 0, true],
    ['Giao các BộCó trách nhiệm thực hiện', 5, true],
    ['Các\n\nBộCó trách nhiệm', 0, true],
    ['Toàn xã, Hệ thống chính trị vào cuộc', 0, false],
    ['Hệ thống Liên minh hợp tác xã', 0, true],
    ['COVID-19 diễn biến phức tạp', 0, false],
    ['NN&PTNT phối hợp', 0, true],
    ['VP Tỉnh ủy', 0, true],
    ['TTg chỉ đạo', 0, false],
    ['A và B', 0, false],
    ['Các\n\nsở có trách nhiệm', 0, true],
    ['Tp.HCM tổ chức', 0, false],
    ['1. Sở Y tế', 0, false],
    ['Sở Y tế', 7, false],
    ['BCĐ tỉnh', 0, true],
  ])('%j at %i: %s', (text, at, starts) => {
    expect(isActorStart(createSource(text), at)).toBe(starts);
  });
});

describe('actorEnd', () => {
  it.each([
    ['Sở Tài chính; Sở Y tế', 0, 'Sở Tài chính', false],
    ['Sở Tài chính. Sở Y tế', 0, 'Sở Tài chính', false],
    ['Sở Nội vụ: chủ trì', 0, 'Sở Nội vụ', false],
    ['Sở Y tế (cơ quan thường trực)', 0, 'Sở Y tế ', false],
    ['Ban Chỉ đạo "Ngày vì người nghèo" tỉnh', 0, 'Ban Chỉ đạo ', false],
    ['Ban Chỉ đạo “Ngày vì người nghèo” tỉnh', 0, 'Ban Chỉ đạo ', false],
    ['Cuộc vận động “Toàn dân đoàn kết” do Ban', 15, 'Toàn dân đoàn kết', false],
    ['Toàn thể cán bộ, đảng viên! Hãy', 0, 'Toàn thể cán bộ, đảng viên', false],
    ['Cơ quan nào? Sở Y tế', 0, 'Cơ quan nào', false],
  ])('ends at sentence punctuation and quotes: %j', (text, start, list, byWord) => {
    expect(listAt(text, start)).toEqual([list, byWord]);
  });

  it.each([
    ['Ủy ban nhân dân TP.HCM; Sở Y tế', 0, 'Ủy ban nhân dân TP.HCM', false],
    ['Sở KHĐT;Sở Tài chính', 0, 'Sở KHĐT', false],
    ['Sở Tài chính.Sở Y tế', 0, 'Sở Tài chính', false],
    ['Sở Tài chính và UBND. Trong tháng', 0, 'Sở Tài chính và UBND', false],
    ['Sở Y tế và UBND.', 0, 'Sở Y tế và UBND', false],
  ])(
    'a dot ends the list unless an abbreviation or number goes on after it: %j',
    (text, start, list, byWord) => {
      expect(listAt(text, start)).toEqual([list, byWord]);
    },
  );

  it.each([
    ['lãnh đạo các cơ quan, đơn vị chịu trách nhiệm', 0, 'lãnh đạo các cơ quan, đơn vị ', true],
    ['Các cơ quan, tổ chức có liên quan chủ trì', 0, 'Các cơ quan, tổ chức có liên quan ', true],
    [
      'Người đứng đầu tổ chức đảng, cơ quan, đơn vị chịu trách nhiệm',
      0,
      'Người đứng đầu tổ chức đảng, cơ quan, đơn vị ',
      true,
    ],
    [
      'Người đứng đầu tổ chức chính trị - xã hội chịu trách nhiệm',
      0,
      'Người đứng đầu tổ chức chính trị - xã hội ',
      true,
    ],
    ['Sở Y tế kiểm tra', 0, 'Sở Y tế ', true],
    [
      'Các sở, ngành, lãnh đạo UBND các huyện chủ trì',
      0,
      'Các sở, ngành, lãnh đạo UBND các huyện ',
      true,
    ],
    ['Văn phòng UBND tỉnh, tham mưu UBND tỉnh', 0, 'Văn phòng UBND tỉnh, ', true],
    ['Ban Tổ chức Tỉnh ủy chủ trì', 0, 'Ban Tổ chức Tỉnh ủy ', true],
    ['Các cấp ủy, tổ chức đảng chủ trì', 0, 'Các cấp ủy, tổ chức đảng ', true],
    ['tổ chức Hội nghị', 0, 'tổ chức Hội nghị', false],
    ['Sở Y tế tổ chức Hội nghị', 0, 'Sở Y tế ', true],
  ])(
    'a word that is also a noun ends the list only where it is a verb: %j',
    (text, start, list, byWord) => {
      expect(listAt(text, start)).toEqual([list, byWord]);
    },
  );

  it.each([
    ['Quỹ Hỗ trợ nông dân tỉnh chủ trì', 0, 'Quỹ Hỗ trợ nông dân tỉnh ', true],
    ['Phòng\nTài nguyên và Môi trường chủ trì', 0, 'Phòng\nTài nguyên và Môi trường ', true],
    ['Giao Sở\nXây dựng chủ trì', 5, 'Sở\nXây dựng ', true],
    ['Sở Xây dựng chủ trì', 0, 'Sở Xây dựng ', true],
  ])(
    'a capitalised end word is in the name, unless it opens a line after a full name: %j',
    (text, start, list, byWord) => {
      expect(listAt(text, start)).toEqual([list, byWord]);
    },
  );

  it.each([
    [
      'Các sở, ngành theo chức năng, nhiệm vụ được giao có trách nhiệm triển khai',
      0,
      'Các sở, ngành ',
      true,
    ],
    ['Sở Y tế được giao chủ trì có trách nhiệm', 0, 'Sở Y tế ', true],
    [
      'Các cơ quan được phân công chủ trì có trách nhiệm báo cáo',
      0,
      'Các cơ quan được phân công chủ trì ',
      true,
    ],
    [
      'Các cơ quan, đơn vị được giao chủ trì có trách nhiệm triển khai',
      0,
      'Các cơ quan, đơn vị được giao chủ trì ',
      true,
    ],
    [
      'Những đơn vị được giao nhiệm vụ chịu trách nhiệm',
      0,
      'Những đơn vị được giao nhiệm vụ ',
      true,
    ],
    [
      'Các cơ quan được phâncông chủ trì có trách nhiệm triển khai',
      0,
      'Các cơ quan được phâncông chủ trì ',
      true,
    ],
    [
      'Các cơ quan được giao chủ trì cótrách nhiệm triển khai',
      0,
      'Các cơ quan được giao chủ trì ',
      true,
    ],
    [
      'Các cơ quan được giao chủ trì có tráchnhiệm triển khai',
      0,
      'Các cơ quan được giao chủ trì ',
      true,
    ],
    ['Sở Y tế được giao chủ trì, các đơn vị có trách nhiệm', 0, 'Sở Y tế ', true],
    [
      'Giao các cơ quan được giao chủ trì có trách nhiệm',
      5,
      'các cơ quan được giao chủ trì ',
      true,
    ],
  ])(
    '"được giao / phân công … có trách nhiệm" after a plural is in the name, also glued: %j',
    (text, start, list, byWord) => {
      expect(listAt(text, start)).toEqual([list, byWord]);
    },
  );

  it.each([
    ['Tổ giúp việc chủ trì', 0, 'Tổ giúp việc ', true],
    ['Các cơ quan có liên quan đến dự án phối hợp', 0, 'Các cơ quan có liên quan ', true],
    ['Sở Y tế việc tiêm chủng', 0, 'Sở Y tế ', true],
  ])(
    '"giúp việc" and "có liên quan" stay in the name, "việc" ends it: %j',
    (text, start, list, byWord) => {
      expect(listAt(text, start)).toEqual([list, byWord]);
    },
  );
});

/** A resolver that knows one body and leaves every other name unresolved. */
const resolve = (mention: string): Resolution =>
  mention === 'Sở Y tế'
    ? {
        kind: 'organization',
        id: 'org:syt',
        name: 'Sở Y tế tỉnh Hà Nam',
        mention,
        rule: 'exact',
        confidence: 1,
      }
    : { kind: 'unresolved', id: null, name: 'Chưa rõ', mention, rule: 'none', confidence: 0 };

const factory = (text: string, withResolver = false) => {
  const src = createSource(text);
  expect(src.clean).toBe(text);
  return createActorFactory(
    src,
    withResolver ? { resolve } : {},
    { documentKey: 'k' },
    { abbreviations: [] },
  );
};

/** The actor of text[start, start + quote.length) as read without a resolver. */
const plain = (quote: string, start: number): Actor => ({
  name: quote,
  mention: quote,
  expanded: quote,
  kind: 'organization',
  span: { start, end: start + quote.length },
  quote,
});

describe('createActorFactory', () => {
  it('make trims a bullet dash and punctuation around the list', () => {
    expect(factory('- Sở Y tế; Sở Tài chính.').make(0, 24)).toEqual([
      plain('Sở Y tế', 2),
      plain('Sở Tài chính', 11),
    ]);
    expect(factory('-Sở Y tế').make(0, 8)).toEqual([plain('Sở Y tế', 1)]);
    expect(factory('Sở Y tế, -').make(0, 10)).toEqual([plain('Sở Y tế', 0)]);
  });

  it('make and one read nothing from an empty range or one of punctuation only', () => {
    for (const [text, s, e] of [
      ['; .', 0, 3],
      ['', 0, 0],
      ['Sở Y tế, Sở Tài chính', 9, 9],
    ] as const) {
      const f = factory(text);
      expect(f.make(s, e)).toEqual([]);
      expect(f.one(s, e)).toBeNull();
    }
  });

  it('one reads the whole range as one actor, trimmed', () => {
    expect(factory('Sở Y tế -').one(0, 9)).toEqual(plain('Sở Y tế', 0));
    expect(factory('- Sở Y tế; Sở Tài chính.').one(0, 24)).toEqual(
      plain('Sở Y tế; Sở Tài chính', 2),
    );
  });

  it('a resolved name takes the kind and name of the resolution; an unresolved one keeps its own', () => {
    const [health, finance] = factory('Sở Y tế; Sở Tài chính', true).make(0, 21);
    const resolution = resolve('Sở Y tế');
    expect(health).toEqual({
      ...plain('Sở Y tế', 0),
      name: 'Sở Y tế tỉnh Hà Nam',
      resolution,
      id: 'org:syt',
      rule: 'exact',
      confidence: 1,
    });
    expect(finance).toEqual({
      ...plain('Sở Tài chính', 9),
      resolution: resolve('Sở Tài chính'),
      id: null,
      rule: 'none',
      confidence: 0,
    });
  });
});
