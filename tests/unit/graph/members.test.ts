/**
 * Which registry bodies a group admits (src/graph/members.ts): commune bodies join a group whose
 * clause names the commune level or a province, never an unscoped central clause
 * (docs/registry.md, "Commune bodies and groups").
 */
import { describe, expect, it } from 'vitest';
import { MemberIndex } from '../../../src/graph/members.ts';
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
