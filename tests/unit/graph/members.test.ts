/**
 * Which registry bodies a group admits (src/graph/members.ts): commune bodies join a group whose
 * clause names the commune level or a province, never an unscoped central clause
 * (docs/registry.md, "Commune bodies and groups").
 */
import { describe, expect, it } from 'vitest';
import { MemberIndex } from '../../../src/graph/members.ts';
import { memberClauses, memberLink } from '../../../src/graph/vocabulary.ts';
import type { ActorRow } from '../../../src/graph/model.ts';
import type { GroupRule, RegistryOrganization } from '../../../src/orgs/index.ts';

const registry: RegistryOrganization[] = [
  {
    id: 'quang-tri/tinh-uy',
    name: 'Tỉnh ủy Quảng Trị',
    aliases: [],
    orgKind: 'cap-uy',
    level: 'tinh',
    jurisdiction: { province: 'quang-tri' },
  },
  {
    id: 'quang-tri/vinh-linh/huyen-uy',
    name: 'Huyện ủy Vĩnh Linh',
    aliases: [],
    orgKind: 'cap-uy',
    level: 'huyen',
    jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
  },
  {
    id: 'quang-tri/vinh-linh/xa-vinh-thuy/dang-uy',
    name: 'Đảng ủy xã Vĩnh Thủy',
    aliases: [],
    orgKind: 'cap-uy',
    level: 'xa',
    jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
  },
  {
    id: 'lang-son/cao-loc/xa-tan-lien/dang-uy',
    name: 'Đảng ủy xã Tân Liên',
    aliases: [],
    orgKind: 'cap-uy',
    level: 'xa',
    jurisdiction: { province: 'lang-son', district: 'cao-loc' },
  },
];

function group(id: string, rule: GroupRule): ActorRow {
  return {
    id,
    kind: 'group',
    name: rule.description,
    orgKind: null,
    level: null,
    province: null,
    district: null,
    partOf: null,
    scope: 'global',
    membership: JSON.stringify(rule),
    role: null,
    aliases: [],
    scopeDoc: null,
  };
}

const members = (rule: GroupRule): string[] =>
  new MemberIndex(registry)
    .linksFor([group('g', rule)])
    .map((m) => m.orgId)
    .sort();

describe('MemberIndex: commune bodies in groups', () => {
  it('an unscoped clause (a central plan\'s "Các cấp ủy") stops at the districts', () => {
    expect(members({ kinds: ['cap-uy'], description: 'Các cấp ủy' })).toEqual([
      'quang-tri/tinh-uy',
      'quang-tri/vinh-linh/huyen-uy',
    ]);
  });

  it('a clause naming the commune level takes in the communes', () => {
    expect(members({ kinds: ['cap-uy'], level: 'xa', description: 'Đảng ủy các xã' })).toEqual([
      'lang-son/cao-loc/xa-tan-lien/dang-uy',
      'quang-tri/vinh-linh/xa-vinh-thuy/dang-uy',
    ]);
  });

  it("a district's clause takes in its own communes only", () => {
    expect(
      members({
        kinds: ['cap-uy'],
        level: 'xa',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
        description: 'Đảng ủy các xã, thị trấn',
      }),
    ).toEqual(['quang-tri/vinh-linh/xa-vinh-thuy/dang-uy']);
  });
});

describe('MemberIndex: a link stores its clause and kind, the group the sentence', () => {
  // "Các tỉnh uỷ, thành uỷ" as src/orgs resolves it: one clause a collective noun.
  const rule: GroupRule = {
    kinds: ['cap-uy'],
    description: 'tỉnh ủy, (cap-uy, level tinh); thành ủy, (cap-uy, level tinh)',
    clauses: [
      { term: 'tỉnh ủy', kinds: ['cap-uy'], level: 'tinh' },
      { term: 'thành ủy', kinds: ['cap-uy'], level: 'tinh' },
    ],
    level: 'tinh',
  };

  it('gives the clause that admitted the body, its kind and the sentence the group holds', () => {
    expect(new MemberIndex(registry).linksFor([group('g', rule)])).toEqual([
      {
        groupId: 'g',
        orgId: 'quang-tri/tinh-uy',
        clause: 0,
        kind: 'cap-uy',
        template: 'admitted by "tỉnh ủy": kind \u001f, level tinh',
        reason: 'admitted by "tỉnh ủy": kind cap-uy, level tinh',
      },
    ]);
    expect(memberClauses(rule)).toEqual([
      'admitted by "tỉnh ủy": kind \u001f, level tinh',
      'admitted by "thành ủy": kind \u001f, level tinh',
    ]);
  });

  it('keeps the whole reason where a term holds the kind slot', () => {
    const odd: GroupRule = {
      kinds: ['cap-uy'],
      description: 'tỉnh\u001fủy',
      clauses: [{ term: 'tỉnh\u001fủy', kinds: ['cap-uy'], level: 'tinh' }],
    };
    expect(memberClauses(odd)).toBeNull();
    expect(
      memberLink(odd, 0, 'cap-uy', 'admitted by "tỉnh\u001fủy": kind cap-uy, level tinh'),
    ).toEqual({
      clause: null,
      kind: null,
      template: null,
      reason: 'admitted by "tỉnh\u001fủy": kind cap-uy, level tinh',
    });
  });

  it('stores no kind for a family clause: its sentence names none', () => {
    const system: GroupRule = {
      kinds: ['doan-the'],
      description: 'the Liên minh Hợp tác xã system',
      clauses: [
        {
          term: 'Hệ thống Liên minh Hợp tác xã',
          kinds: ['doan-the'],
          family: 'lien-minh-htx',
        },
      ],
    };
    const reason = 'admitted by "Hệ thống Liên minh Hợp tác xã": in the lien-minh-htx family';
    expect(memberLink(system, 0, 'doan-the', reason)).toEqual({
      clause: 0,
      kind: null,
      template: reason,
      reason,
    });
  });
});
