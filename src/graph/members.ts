/**
 * MEMBER_OF (pure): which organizations a group admits, by the group's membership rule
 * (src/orgs groupAdmits), among the registry's organizations and the document's own. Candidates
 * are bucketed by kind, level and province so a rule is tested against its buckets only (a
 * national registry holds tens of thousands of bodies).
 *
 * Organizations that only other documents name (jurisdiction-bound bodies outside the registry)
 * are not linked here; the coverage audit re-applies the stored rule to them.
 */
import {
  admissionReason,
  admittingClause,
  ruleClauses,
  validOn,
  type GroupClause,
  type GroupRule,
  type RegistryOrganization,
  type Resolution,
} from '../orgs/index.ts';
import type { ActorRow, MembershipRow } from './model.ts';
import { memberClauses, memberLink } from './vocabulary.ts';

/** A body read from a document or the graph as the resolver would describe it: what
 *  groupAdmits tests. `rule` says where it was read from. */
export function organizationResolution(
  a: Pick<ActorRow, 'id' | 'name' | 'orgKind' | 'level' | 'province' | 'district' | 'partOf'>,
  rule: string,
): Resolution {
  return {
    kind: 'organization',
    id: a.id,
    name: a.name,
    mention: a.name,
    ...(a.orgKind ? { orgKind: a.orgKind as NonNullable<Resolution['orgKind']> } : {}),
    ...(a.level ? { level: a.level as NonNullable<Resolution['level']> } : {}),
    ...(a.province
      ? { jurisdiction: { province: a.province, ...(a.district ? { district: a.district } : {}) } }
      : {}),
    ...(a.partOf ? { partOf: a.partOf } : {}),
    confidence: 1,
    rule,
  };
}

function fromRegistry(o: RegistryOrganization): Resolution {
  return {
    kind: 'organization',
    id: o.id,
    name: o.name,
    mention: o.name,
    orgKind: o.orgKind,
    level: o.level,
    ...(o.jurisdiction ? { jurisdiction: o.jurisdiction } : {}),
    ...(o.partOf ? { partOf: o.partOf } : {}),
    confidence: 1,
    rule: 'registry',
  };
}

/**
 * Commune bodies join a group only when its clause names the commune level or a province: a
 * district's "Đảng ủy các xã, thị trấn" takes in its communes, while a central plan's unscoped
 * "Các cấp ủy, tổ chức đảng" stops at the districts — with the national registry it would
 * otherwise take in ten thousand Đảng ủy xã, more than the pending check answers in time
 * (docs/registry.md, "Commune bodies and groups").
 */
function admitsCommunes(c: Pick<GroupClause, 'level' | 'jurisdiction'>): boolean {
  return c.level === 'xa' || c.jurisdiction?.province !== undefined;
}

export class MemberIndex {
  private readonly buckets = new Map<string, Resolution[]>();
  /** Dated registry bodies: a group of a 2022 document admits the bodies of 2022 only. */
  private readonly periods = new Map<string, { validFrom?: string; validTo?: string }>();

  private pending: readonly RegistryOrganization[] | undefined;

  /** Indexed on first use: a start whose documents are all unchanged never needs it. */
  constructor(registry: readonly RegistryOrganization[]) {
    this.pending = registry;
  }

  private build(): void {
    if (!this.pending) return;
    for (const o of this.pending) {
      this.add(fromRegistry(o));
      if (o.validFrom || o.validTo) this.periods.set(o.id, o);
    }
    this.pending = undefined;
  }

  private add(r: Resolution): void {
    // Each organization sits in eight buckets: its kind, level and province, each or "any".
    for (const kind of [r.orgKind ?? '?', '*'])
      for (const level of [r.level ?? '?', '*'])
        for (const province of [r.jurisdiction?.province ?? '?', '*']) {
          const key = `${kind}|${level}|${province}`;
          const list = this.buckets.get(key);
          if (list) list.push(r);
          else this.buckets.set(key, [r]);
        }
  }

  private candidates(rule: GroupRule): Resolution[] {
    const clauses = rule.clauses ?? [rule];
    const seen = new Map<string, Resolution>();
    for (const c of clauses) {
      // A family clause ("Hệ thống Liên minh Hợp tác xã") is not bounded by kind.
      const kinds: string[] = 'family' in c && c.family ? ['*'] : c.kinds;
      const communes = admitsCommunes(c);
      for (const kind of kinds) {
        const key = `${kind}|${c.level ?? '*'}|${c.jurisdiction?.province ?? '*'}`;
        for (const r of this.buckets.get(key) ?? [])
          if (r.id && (communes || r.level !== 'xa')) seen.set(r.id, r);
      }
    }
    return [...seen.values()];
  }

  /**
   * MEMBER_OF rows for the groups among `actors`, over the registry bodies in force on `date`
   * (all when the document is undated) and the document's own bodies.
   */
  linksFor(actors: readonly ActorRow[], date?: string): MembershipRow[] {
    this.build();
    const own = actors
      .filter((a) => a.kind === 'organization')
      .map((a) => organizationResolution(a, 'document'));
    const ownIds = new Set(own.map((o) => o.id));
    const out: MembershipRow[] = [];
    for (const group of actors) {
      if (group.kind !== 'group' || group.membership === null) continue;
      const rule = JSON.parse(group.membership) as GroupRule;
      const clauses = ruleClauses(rule);
      const templates = memberClauses(rule);
      const seen = new Set<string>();
      for (const org of [...own, ...this.candidates(rule)]) {
        if (!org.id || seen.has(org.id)) continue;
        const period = ownIds.has(org.id) ? undefined : this.periods.get(org.id);
        if (period && !validOn(period, date)) continue;
        seen.add(org.id);
        // groupAdmits's decision and reason, without its refusal sentences for the bodies it
        // turns down (most candidates).
        const clause = admittingClause(clauses, org);
        if (clause !== undefined)
          out.push({
            groupId: group.id,
            orgId: org.id,
            ...memberLink(
              rule,
              clause,
              org.orgKind,
              admissionReason(clauses[clause] as GroupClause, org.orgKind),
              templates,
            ),
          });
      }
    }
    return out;
  }
}
