/**
 * The ways a body is covered by a document's recipients and issuers (pure): DIRECT, GROUP (a
 * stored MEMBER_OF link or the group's rule re-applied), GROUP_WITHIN_GROUP, STANDING_BODY,
 * ISSUER; compute.ts adds THROUGH_BODY for roles and persons. See compute.ts for the audit.
 */
import {
  groupAdmits,
  parseRule,
  ruleClauses,
  type GroupClause,
  type GroupRule,
  type Resolution,
} from '../../orgs/index.ts';
import { organizationResolution } from '../../graph/members.ts';
import type {
  CoverageActor,
  CoverageInput,
  CoverageRole,
  CoverageWay,
  CoverageWayKind,
  RecipientLine,
  TaskLinkType,
} from './model.ts';

export const ROLE_OF: Record<TaskLinkType, CoverageRole> = {
  LED_BY: 'LEAD',
  COORDINATES_WITH: 'COORDINATOR',
  REPORTS_TO: 'REPORTED_TO',
};
const ROLE_ORDER: CoverageRole[] = ['LEAD', 'COORDINATOR', 'REPORTED_TO'];
/** Actors that name no body, as an auditor reads them. */
export const NOT_CHECKABLE: Record<string, string> = {
  Generic: 'a generic phrase',
  Unresolved: 'an unresolved mention',
  Publication: 'a publication channel',
};
const STANDING_KINDS = new Set(['ban-thuong-vu', 'thuong-truc']);
/** The parser's purpose for "Lưu VP…" lines. */
export const ARCHIVE_PURPOSE = 'lưu';

export const has = (actor: { labels: string[] }, label: string): boolean =>
  actor.labels.includes(label);
export const isPublication = (line: RecipientLine): boolean => has(line.actor, 'Publication');
const isArchive = (line: RecipientLine): boolean => line.purpose === ARCHIVE_PURPOSE;

/** An organization of the graph as the resolver would describe it: what groupAdmits tests. */
function asResolution(actor: CoverageActor): Resolution {
  return organizationResolution(
    {
      id: actor.id,
      name: actor.name,
      orgKind: actor.orgKind ?? null,
      level: actor.level ?? null,
      province: actor.province ?? null,
      district: actor.district ?? null,
      partOf: actor.parents[0]?.id ?? null,
    },
    'graph',
  );
}

/**
 * Does clause `c` (for kind `kind`) lie within recipient clause `r`: every body `c` admits with
 * that kind, `r` admits too? `r` may only be looser: no constraint of `r` that `c` lacks.
 */
export function clauseWithin(c: GroupClause, kind: string | null, r: GroupClause): boolean {
  if (c.family || r.family) return c.family !== undefined && c.family === r.family;
  if (kind === null || !(r.kinds as string[]).includes(kind)) return false;
  if (r.level !== undefined && r.level !== c.level) return false;
  if (r.jurisdiction?.province && r.jurisdiction.province !== c.jurisdiction?.province)
    return false;
  if (r.jurisdiction?.district && r.jurisdiction.district !== c.jurisdiction?.district)
    return false;
  if (r.partOf !== undefined && r.partOf !== c.partOf) return false;
  if (r.documentScope !== undefined && r.documentScope !== c.documentScope) return false;
  return true;
}

export const ref = (a: { id: string; name: string; labels: string[] }) => ({
  id: a.id,
  name: a.name,
  labels: a.labels,
});

function way(kind: CoverageWayKind, fields: Partial<CoverageWay>): CoverageWay {
  const recipient = fields.recipient ?? null;
  return {
    kind,
    recipient,
    archiveOnly: recipient !== null && isArchive(recipient),
    issuer: null,
    groupRule: null,
    reason: null,
    membershipSource: null,
    body: null,
    bodyWay: null,
    ...fields,
  };
}

/** The ways `actor` is covered by the document's recipients and issuers (none: not covered). */
export function waysFor(
  actor: CoverageActor,
  input: CoverageInput,
  lines: RecipientLine[],
  groups: { line: RecipientLine; rule: GroupRule }[],
): CoverageWay[] {
  const ways: CoverageWay[] = [];
  for (const line of lines) {
    if (line.actor.id === actor.id) ways.push(way('DIRECT', { recipient: line }));
  }
  for (const issuer of input.issuers) {
    if (issuer.actor.id === actor.id) ways.push(way('ISSUER', { issuer }));
  }
  if (has(actor, 'Organization')) {
    for (const { line, rule } of groups) {
      const stored = actor.memberOf.find((m) => m.group === line.actor.id);
      if (stored) {
        ways.push(
          way('GROUP', {
            recipient: line,
            groupRule: rule.description,
            reason: stored.reason,
            membershipSource: 'STORED_LINK',
          }),
        );
        continue;
      }
      // Bodies only other documents name have no stored link: the rule decides here.
      const verdict = groupAdmits(rule, asResolution(actor));
      if (verdict.admitted) {
        ways.push(
          way('GROUP', {
            recipient: line,
            groupRule: rule.description,
            reason: verdict.reason,
            membershipSource: 'RULE_REAPPLIED',
          }),
        );
      }
    }
    for (const child of actor.recipientChildren) {
      if (!STANDING_KINDS.has(child.orgKind ?? '')) continue;
      for (const line of lines) {
        if (line.actor.id !== child.id) continue;
        ways.push(
          way('STANDING_BODY', {
            recipient: line,
            body: ref(line.actor),
            reason: `${child.name} (${child.orgKind}) is part of ${actor.name}: its standing body`,
          }),
        );
      }
    }
    if (STANDING_KINDS.has(actor.orgKind ?? '')) {
      for (const parent of actor.parents) {
        for (const line of lines) {
          if (line.actor.id !== parent.id) continue;
          ways.push(
            way('STANDING_BODY', {
              recipient: line,
              body: ref(line.actor),
              reason: `${actor.name} (${actor.orgKind}) is the standing body of ${parent.name}`,
            }),
          );
        }
      }
    }
  }
  if (has(actor, 'OrgGroup')) ways.push(...groupWithinGroups(actor, groups));
  return ways;
}

/** GROUP_WITHIN_GROUP: every clause and kind of the actor's rule within some recipient group. */
function groupWithinGroups(
  actor: CoverageActor,
  groups: { line: RecipientLine; rule: GroupRule }[],
): CoverageWay[] {
  const rule = parseRule(actor.membership);
  if (!rule || groups.length === 0) return [];
  const used = new Map<RecipientLine, string[]>();
  for (const c of ruleClauses(rule)) {
    for (const kind of c.family ? [null] : c.kinds) {
      let found = false;
      for (const { line, rule: recipientRule } of groups) {
        if (line.actor.id === actor.id) continue;
        const r = ruleClauses(recipientRule).find((rc) => clauseWithin(c, kind, rc));
        if (!r) continue;
        const list = used.get(line) ?? [];
        list.push(`"${c.term}"${kind ? ` (${kind})` : ''} within "${r.term}"`);
        used.set(line, list);
        found = true;
        break;
      }
      if (!found) return [];
    }
  }
  return [...used].map(([line, reasons]) =>
    way('GROUP_WITHIN_GROUP', {
      recipient: line,
      groupRule: parseRule(line.actor.membership)?.description ?? null,
      reason: reasons.join('; '),
    }),
  );
}

export function sortRoles(roles: Iterable<CoverageRole>): CoverageRole[] {
  return [...new Set(roles)].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
}
