import { describe, expect, it } from 'vitest';
import {
  admittingClause,
  createResolver,
  groupAdmits,
  loadRegistry,
  parseRule,
  registryOrganizations,
  ruleClauses,
  storedRule,
  type GroupRule,
  type ResolveContext,
  type Resolution,
} from '../../../src/orgs/index.ts';

const resolve = createResolver(loadRegistry());
const S000: ResolveContext = {
  documentKey: '000',
  issuer: 'Bộ Chính trị',
  level: 'TW',
  date: '2022-08-23',
};
const COPY: ResolveContext = { documentKey: '000.sy', issuer: 'Tỉnh ủy Lạng Sơn' };
const S002: ResolveContext = { documentKey: '002', issuer: 'Ban Thường vụ Tỉnh ủy' };

function rule(mention: string, ctx: ResolveContext): GroupRule {
  const g = resolve(mention, ctx);
  expect(g.kind).toBe('group');
  if (!g.membership) throw new Error(`no membership rule for ${mention}`);
  return g.membership;
}

describe('"Các ban đảng, ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc Trung ương"', () => {
  const members = rule(
    'Các ban đảng, ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc Trung ương',
    S000,
  );

  it('has one clause per collective noun, all at level TW and under the Central Committee', () => {
    expect(members.kinds).toEqual(['ban-dang', 'ban-can-su-dang', 'dang-doan', 'dang-uy']);
    expect(members.level).toBe('TW');
    expect(members.clauses?.map((c) => [c.term, c.level, c.partOf])).toEqual([
      ['ban đảng', 'TW', 'tw/ban-chap-hanh-trung-uong'],
      ['ban cán sự đảng', 'TW', 'tw/ban-chap-hanh-trung-uong'],
      ['đảng đoàn', 'TW', 'tw/ban-chap-hanh-trung-uong'],
      ['đảng ủy', 'TW', 'tw/ban-chap-hanh-trung-uong'],
    ]);
  });

  it('reaches Ban Kinh tế Trung ương: a ban đảng directly under the Central Committee', () => {
    expect(groupAdmits(members, resolve('Ban Kinh tế Trung ương', S000))).toEqual({
      admitted: true,
      reason: 'admitted by "ban đảng": kind ban-dang, level TW, under tw/ban-chap-hanh-trung-uong',
      clause: 0,
    });
  });

  it('does not reach Hội đồng Lý luận Trung ương: a council of the Politburo, not a ban đảng', () => {
    const verdict = groupAdmits(members, resolve('Hội đồng Lý luận Trung ương', S000));
    expect(verdict.admitted).toBe(false);
    expect(verdict.reason).toBe(
      'no clause admits tw/hoi-dong-ly-luan: ' +
        '"ban đảng": kind hoi-dong is none of ban-dang; ' +
        '"ban cán sự đảng": kind hoi-dong is none of ban-can-su-dang; ' +
        '"đảng đoàn": kind hoi-dong is none of dang-doan; ' +
        '"đảng ủy": kind hoi-dong is none of dang-uy',
    );
  });

  it.each([
    ['Ban Tuyên giáo Trung ương', true],
    ['Ban Nội chính Trung ương', true],
    ['Đảng đoàn Quốc hội', true],
    ['Ban cán sự đảng Chính phủ', true],
    ['Ban cán sự đảng Bộ Tư pháp', true],
    ['Đảng đoàn Mặt trận Tổ quốc Việt Nam', true],
    ['Ủy ban Kiểm tra Trung ương', false],
    ['Liên minh Hợp tác xã Việt Nam', false],
    ['Văn phòng Trung ương Đảng', false],
  ])('%s → %s', (mention, admitted) => {
    expect(groupAdmits(members, resolve(mention, S000)).admitted).toBe(admitted);
  });

  it('does not reach a provincial ban đảng', () => {
    const verdict = groupAdmits(members, resolve('Ban Tuyên giáo Tỉnh ủy Lạng Sơn', S000));
    expect(verdict.admitted).toBe(false);
    expect(verdict.reason).toContain('"ban đảng": level tinh is not TW');
  });
});

describe('provincial committees', () => {
  it('"Các tỉnh uỷ, thành uỷ" reaches a Tỉnh ủy but not its boards', () => {
    const members = rule('Các tỉnh uỷ, thành uỷ', S000);
    expect(members.level).toBe('tinh');
    expect(groupAdmits(members, resolve('Tỉnh ủy Lạng Sơn', S000))).toEqual({
      admitted: true,
      reason: 'admitted by "tỉnh ủy": kind cap-uy, level tinh',
      clause: 0,
    });
    expect(groupAdmits(members, resolve('Ban Tuyên giáo Tỉnh ủy Lạng Sơn', S000)).admitted).toBe(
      false,
    );
  });

  it('"Các huyện uỷ, thành uỷ, đảng uỷ trực thuộc" in the Lạng Sơn copy reaches its Đảng ủy Khối only', () => {
    const members = rule('Các huyện uỷ, thành uỷ, đảng uỷ trực thuộc', COPY);
    expect(members.jurisdiction).toEqual({ province: 'lang-son' });
    const khoi = resolve('Đảng ủy Khối', COPY);
    expect(khoi.id).toBe('lang-son/dang-uy-khoi');
    expect(groupAdmits(members, khoi)).toEqual({
      admitted: true,
      reason: 'admitted by "đảng ủy": kind dang-uy, level tinh, under lang-son/tinh-uy',
      clause: 2,
    });
    const other = resolve('Đảng ủy Khối', { ...COPY, issuer: 'Tỉnh ủy Quảng Trị' });
    expect(groupAdmits(members, other).admitted).toBe(false);
    expect(groupAdmits(members, resolve('Huyện ủy Vĩnh Linh', COPY)).reason).toContain(
      'province quang-tri is not lang-son',
    );
  });

  it('a document-scoped group admits only bodies of the same document', () => {
    const members = rule('Các sở, ban, ngành, Mặt trận, tổ chức chính trị - xã hội cấp tỉnh', S002);
    expect(members.level).toBe('tinh');
    expect(groupAdmits(members, resolve('Mặt trận', S002))).toEqual({
      admitted: true,
      reason: 'admitted by "Mặt trận": kind mat-tran, level tinh',
      clause: 3,
    });
    const elsewhere = resolve('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', {
      ...S002,
      documentKey: '001',
    });
    expect(groupAdmits(members, elsewhere).reason).toContain('not a body of document 002');
    // Liên minh Hợp tác xã is an economic organisation, not a tổ chức chính trị - xã hội.
    expect(groupAdmits(members, resolve('Liên minh Hợp tác xã tỉnh', S002)).admitted).toBe(false);
  });

  it('"Các ban Tỉnh ủy" reaches the boards of that Tỉnh ủy', () => {
    const members = rule('Các ban Tỉnh ủy', S002);
    expect(groupAdmits(members, resolve('Ban Dân vận Tỉnh ủy', S002)).admitted).toBe(true);
    expect(groupAdmits(members, resolve('Ủy ban nhân dân tỉnh', S002)).admitted).toBe(false);
  });
});

describe('other collectives', () => {
  it('"Hệ thống Liên minh Hợp tác xã" reaches the alliance at every level', () => {
    const members = rule('Hệ thống Liên minh Hợp tác xã', S000);
    const ctx003: ResolveContext = {
      documentKey: '003',
      issuer: 'Ban Thường vụ Huyện ủy Vĩnh Linh',
    };
    expect(groupAdmits(members, resolve('Liên minh Hợp tác xã Việt Nam', S000)).admitted).toBe(
      true,
    );
    expect(groupAdmits(members, resolve('Liên minh Hợp tác xã tỉnh', ctx003)).admitted).toBe(true);
    expect(groupAdmits(members, resolve('Chi nhánh Liên minh hợp tác xã huyện', ctx003))).toEqual({
      admitted: true,
      reason: 'admitted by "Hệ thống Liên minh Hợp tác xã": in the lien-minh-htx family',
      clause: 0,
    });
    expect(groupAdmits(members, resolve('Ban Kinh tế Trung ương', S000)).admitted).toBe(false);
  });

  it('only organizations are members', () => {
    const members = rule('Các tỉnh uỷ, thành uỷ', S000);
    expect(groupAdmits(members, resolve('các cơ quan liên quan', S000))).toEqual({
      admitted: false,
      reason: 'only organizations are members, got a generic',
    });
  });

  it('a plain rule without clauses is tested as one clause', () => {
    const plain: GroupRule = {
      kinds: ['ban-dang'],
      level: 'TW',
      description: 'ban đảng Trung ương',
    };
    expect(groupAdmits(plain, resolve('Ban Kinh tế Trung ương', S000))).toEqual({
      admitted: true,
      reason: 'admitted by "ban đảng Trung ương": kind ban-dang, level TW',
      clause: 0,
    });
  });
});

describe('a rule as the graph stores it', () => {
  it('keeps the clauses and the qualifier, and reads back the rule the resolver made', () => {
    const members = rule(
      'Các ban đảng, ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc Trung ương',
      S000,
    );
    const stored = storedRule(members);
    expect(JSON.parse(stored)).toEqual({
      clauses: members.clauses,
      tail: ' — trực thuộc Trung ương',
    });
    expect(parseRule(stored)).toEqual(members);
    expect(stored.length).toBeLessThan(JSON.stringify(members).length * 0.6);
  });

  it('keeps a rule whose description its clauses do not give whole', () => {
    const members = rule('Hệ thống Liên minh Hợp tác xã', S000);
    expect(storedRule(members)).toBe(JSON.stringify(members));
    expect(parseRule(storedRule(members))).toEqual(members);
  });

  it('reads a rule stored whole before, and nothing from text that is not a rule', () => {
    const members = rule('Các tỉnh uỷ, thành uỷ', S000);
    expect(parseRule(JSON.stringify(members))).toEqual(members);
    expect(parseRule('not json')).toBeNull();
    expect(parseRule('{"tail":" — x"}')).toBeNull();
  });
});

describe('admittingClause: groupAdmits decision without its sentences', () => {
  it('names the clause groupAdmits admits by, and nothing where it refuses, over the whole registry for each group', () => {
    const orgs = registryOrganizations(loadRegistry()).map((o): Resolution => ({
      kind: 'organization',
      id: o.id,
      name: o.name,
      mention: o.name,
      ...(o.orgKind ? { orgKind: o.orgKind } : {}),
      ...(o.level ? { level: o.level } : {}),
      ...(o.jurisdiction ? { jurisdiction: o.jurisdiction } : {}),
      ...(o.partOf ? { partOf: o.partOf } : {}),
      confidence: 1,
      rule: 'registry',
    }));
    const groups = [
      rule('Các ban đảng, ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc Trung ương', S000),
      rule('Các tỉnh uỷ, thành uỷ', S000),
      rule('Các huyện uỷ, thành uỷ, đảng uỷ trực thuộc', COPY),
      rule('Các ban Tỉnh ủy', S002),
      rule('Hệ thống Liên minh Hợp tác xã', S000),
    ];
    const admitted: number[] = [];
    for (const g of groups) {
      const clauses = ruleClauses(g);
      let n = 0;
      for (const o of [...orgs, resolve('Ban Chỉ đạo', S000)]) {
        const verdict = groupAdmits(g, o);
        expect(admittingClause(clauses, o)).toBe(verdict.admitted ? verdict.clause : undefined);
        if (verdict.admitted) n++;
      }
      admitted.push(n);
    }
    // How many bodies of the registry each admits (a group without a province admits none).
    expect(admitted).toEqual([16, 2, 1, 0, 4]);
  });
});

describe('a group under a body below its jurisdiction is scoped by that body', () => {
  const national = createResolver(loadRegistry(undefined, { national: true }));
  const group = (mention: string, issuer: string): [string | null, string] => {
    const g = national(mention, { documentKey: `k-${issuer}`, issuer, date: '2020-01-01' });
    expect(g.kind).toBe('group');
    return [g.id, g.name];
  };

  it('"Các chi bộ trực thuộc" of two wards and of their district are three groups', () => {
    expect(group('Các chi bộ trực thuộc', 'Đảng ủy phường Phúc Xá')).toEqual([
      'group:ha-noi/ba-dinh/phuong-phuc-xa/dang-uy-xa/chi-bo-truc-thuoc',
      'Các chi bộ trực thuộc (Đảng ủy phường Phúc Xá)',
    ]);
    expect(group('Các chi bộ trực thuộc', 'Đảng ủy phường Trúc Bạch')).toEqual([
      'group:ha-noi/ba-dinh/phuong-truc-bach/dang-uy-xa/chi-bo-truc-thuoc',
      'Các chi bộ trực thuộc (Đảng ủy phường Trúc Bạch)',
    ]);
    // The district's committee is the one its scope names: the id is as before.
    expect(group('Các chi bộ trực thuộc', 'Quận ủy Ba Đình')).toEqual([
      'group:ha-noi/ba-dinh/chi-bo-truc-thuoc',
      'Các chi bộ trực thuộc (Ba Đình)',
    ]);
  });

  it('a ward named in the words gives one group whoever writes it, its name not repeated', () => {
    const named = 'Các chi bộ trực thuộc Đảng ủy phường Phúc Xá';
    const expected = [
      'group:ha-noi/ba-dinh/phuong-phuc-xa/dang-uy-xa/chi-bo-truc-thuoc-dang-uy-phuong-phuc-xa',
      'Các chi bộ trực thuộc Đảng ủy phường Phúc Xá',
    ];
    expect(group(named, 'Đảng ủy phường Trúc Bạch')).toEqual(expected);
    expect(group(named, 'Quận ủy Ba Đình')).toEqual(expected);
    expect(group(named, 'Thành ủy Hà Nội')).toEqual(expected);
  });
});
