/**
 * Recipient coverage (pure, no I/O): was every body given a task in a document also sent the
 * document — listed in its Nơi nhận (recipients), directly or through a group — and which
 * recipients have no task?
 *
 * Glossary: lead = chủ trì (LED_BY), coordinator = phối hợp (COORDINATES_WITH), reported-to =
 * báo cáo (REPORTS_TO); Nơi nhận = the recipient list; Lưu = an archive copy ("Lưu VP");
 * Ban Thường vụ (BTV) / Thường trực = a body's standing committee / permanent members.
 *
 * Every distinct actor with a role in a task gets a status:
 * - NOT_CHECKABLE: a generic phrase ("các cơ quan liên quan"), an unresolved mention or a
 *   publication channel — nobody to check — or a role/person whose body is not in the graph;
 * - COVERED: at least one way below holds; NOT_COVERED: none does.
 * Ways (each with the evidence of the recipient line or issuer it rests on):
 * - DIRECT: the actor itself is a recipient line;
 * - GROUP: an organization is a member of a recipient group — by the MEMBER_OF link the ingest
 *   stored (its reason), or, without a stored link, by the group's stored rule re-applied here
 *   with `groupAdmits` (src/orgs);
 * - GROUP_WITHIN_GROUP: a group whose every rule clause (and kind) lies within a clause of a
 *   recipient group: every body it can name is a body the recipient group names;
 * - STANDING_BODY: a recipient is the body's own Ban Thường vụ / Thường trực (PART_OF it), or the
 *   actor is the standing body of a recipient;
 * - ISSUER: the actor issued or signed the document;
 * - THROUGH_BODY: a role or person (e.g. the bí thư of a committee) whose body is covered.
 * A way through an archive line (purpose "lưu") is flagged `archiveOnly`.
 *
 * Recipients without a task: recipient lines that are neither a task actor nor a recipient some
 * task actor is covered through. Publication lines ("Đăng website") are not recipients here: they
 * are listed apart (`publications`) and counted in no figure but their own.
 */
import {
  groupAdmits,
  type GroupClause,
  type GroupRule,
  type Resolution,
} from '../../orgs/index.ts';
import type { Evidence } from '../../graph/vocabulary.ts';
import { organizationResolution } from '../../graph/members.ts';

export type CoverageEvidence = Evidence;

/** A body as the statement returns it, with what coverage needs around it. */
export interface CoverageActor {
  id: string;
  name: string;
  /** Neo4j labels: `Actor` plus one of Organization, OrgGroup, Person, Role, Generic… */
  labels: string[];
  orgKind?: string | null;
  level?: string | null;
  province?: string | null;
  district?: string | null;
  /** OrgGroup: the membership rule as JSON (src/orgs GroupRule). */
  membership?: string | null;
  /** PART_OF parents. */
  parents: { id: string; name: string; orgKind?: string | null }[];
  /** Bodies PART_OF this one that the document is sent to. */
  recipientChildren: { id: string; name: string; orgKind?: string | null }[];
  /** MEMBER_OF links into groups the document is sent to, with the stored reason. */
  memberOf: { group: string; reason: string | null }[];
}

export interface CoverageDocument {
  id: string;
  number?: string | null;
  type?: string | null;
  title?: string | null;
  issuedDate?: string | null;
  status: string;
  level?: string | null;
  province?: string | null;
  district?: string | null;
  copiedIn?: string | null;
}

/** A recipient line of the Nơi nhận. */
export interface RecipientLine {
  actor: CoverageActor;
  /** As normalised by the parser: `báo cáo`, `lưu`, `đăng tải`…; null for plain action. */
  purpose: string | null;
  ordinal: number;
  evidence: CoverageEvidence;
}

export interface IssuerLine {
  type: 'ISSUED_BY' | 'SIGNED_BY';
  actor: { id: string; name: string; labels: string[] };
  evidence: CoverageEvidence;
}

export type TaskLinkType = 'LED_BY' | 'COORDINATES_WITH' | 'REPORTS_TO';

export interface TaskLink {
  type: TaskLinkType;
  actor: CoverageActor;
  task: { id: string; outlineId: string; section: string; ordinal: number };
  evidence: CoverageEvidence;
}

/** The body a role or person task actor belongs to (null when it is not in the graph). */
export interface BodyOf {
  of: string;
  bodyId: string | null;
  body: CoverageActor | null;
}

/** Everything the statement gathers for one document. */
export interface CoverageInput {
  document: CoverageDocument;
  issuers: IssuerLine[];
  recipients: RecipientLine[];
  links: TaskLink[];
  bodies: BodyOf[];
}

export type CoverageStatus = 'COVERED' | 'NOT_COVERED' | 'NOT_CHECKABLE';
export type CoverageRole = 'LEAD' | 'COORDINATOR' | 'REPORTED_TO';
export type CoverageWayKind =
  'DIRECT' | 'GROUP' | 'GROUP_WITHIN_GROUP' | 'STANDING_BODY' | 'ISSUER' | 'THROUGH_BODY';
export type MembershipSource = 'STORED_LINK' | 'RULE_REAPPLIED';

export interface CoverageWay {
  kind: CoverageWayKind;
  /** The recipient line the way goes through; null for ISSUER. */
  recipient: RecipientLine | null;
  /** The recipient line is only an archive copy (purpose `lưu`). */
  archiveOnly: boolean;
  /** ISSUER: the ISSUED_BY / SIGNED_BY fact. */
  issuer: IssuerLine | null;
  /** GROUP / GROUP_WITHIN_GROUP: the recipient group's rule in words. */
  groupRule: string | null;
  /** Why the way holds (the MEMBER_OF reason, the clauses that lie within, the PART_OF link…). */
  reason: string | null;
  /** GROUP: a link stored by the ingest, or the rule re-applied here. */
  membershipSource: MembershipSource | null;
  /** STANDING_BODY: the standing body or the body it stands for; THROUGH_BODY: the body. */
  body: { id: string; name: string; labels: string[] } | null;
  /** THROUGH_BODY: how the body is covered. */
  bodyWay: CoverageWayKind | null;
}

export interface CoverageTaskRole {
  taskId: string;
  outlineId: string;
  section: string;
  role: CoverageRole;
  /** The quote naming the actor in that role. */
  evidence: CoverageEvidence;
}

export interface BodyCoverage {
  actor: CoverageActor;
  status: CoverageStatus;
  roles: CoverageRole[];
  tasks: CoverageTaskRole[];
  ways: CoverageWay[];
  /** Covered, but every way goes through an archive line. */
  onlyThroughArchive: boolean;
  /** Why a role or person could not be checked. */
  note: string | null;
}

export interface CoverageSummary {
  /** Distinct actors with a role in a task. */
  bodies: number;
  covered: number;
  notCovered: number;
  notCheckable: number;
  coveredOnlyThroughArchive: number;
  /** Recipient lines, publication lines excluded. */
  recipients: number;
  recipientsWithoutTask: number;
  publications: number;
  /** covered / (covered + notCovered); null when no body can be checked. */
  ratio: number | null;
}

export interface DocumentCoverage {
  document: CoverageDocument;
  /** Why there is nothing (or little) to check: a certified copy, a document without tasks. */
  note: string | null;
  bodies: BodyCoverage[];
  /** Recipient lines, publication lines excluded, in the document's order. */
  recipients: RecipientLine[];
  recipientsWithoutTask: RecipientLine[];
  publications: RecipientLine[];
  summary: CoverageSummary;
}

const ROLE_OF: Record<TaskLinkType, CoverageRole> = {
  LED_BY: 'LEAD',
  COORDINATES_WITH: 'COORDINATOR',
  REPORTS_TO: 'REPORTED_TO',
};
const ROLE_ORDER: CoverageRole[] = ['LEAD', 'COORDINATOR', 'REPORTED_TO'];
/** Actors that name no body, as an auditor reads them. */
const NOT_CHECKABLE: Record<string, string> = {
  Generic: 'a generic phrase',
  Unresolved: 'an unresolved mention',
  Publication: 'a publication channel',
};
const STANDING_KINDS = new Set(['ban-thuong-vu', 'thuong-truc']);
/** The parser's purpose for "Lưu VP…" lines. */
export const ARCHIVE_PURPOSE = 'lưu';

const has = (actor: { labels: string[] }, label: string): boolean => actor.labels.includes(label);
const isPublication = (line: RecipientLine): boolean => has(line.actor, 'Publication');
const isArchive = (line: RecipientLine): boolean => line.purpose === ARCHIVE_PURPOSE;

/** The stored rule, or null when the group has none (or it is not JSON). */
export function parseRule(membership: string | null | undefined): GroupRule | null {
  if (!membership) return null;
  try {
    const rule = JSON.parse(membership) as GroupRule;
    return typeof rule === 'object' && rule !== null && Array.isArray(rule.kinds) ? rule : null;
  } catch {
    return null;
  }
}

/** A rule's clauses; a rule without clauses is one clause (as groupAdmits reads it). */
function clausesOf(rule: GroupRule): GroupClause[] {
  return (
    rule.clauses ?? [
      {
        term: rule.description,
        kinds: rule.kinds,
        ...(rule.level ? { level: rule.level } : {}),
        ...(rule.jurisdiction ? { jurisdiction: rule.jurisdiction } : {}),
      },
    ]
  );
}

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

const ref = (a: { id: string; name: string; labels: string[] }) => ({
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
function waysFor(
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
  for (const c of clausesOf(rule)) {
    for (const kind of c.family ? [null] : c.kinds) {
      let found = false;
      for (const { line, rule: recipientRule } of groups) {
        if (line.actor.id === actor.id) continue;
        const r = clausesOf(recipientRule).find((rc) => clauseWithin(c, kind, rc));
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

function sortRoles(roles: Iterable<CoverageRole>): CoverageRole[] {
  return [...new Set(roles)].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
}

export function computeCoverage(input: CoverageInput): DocumentCoverage {
  const publications = input.recipients.filter(isPublication);
  const lines = input.recipients.filter((l) => !isPublication(l));
  const groups = lines.flatMap((line) => {
    const rule = has(line.actor, 'OrgGroup') ? parseRule(line.actor.membership) : null;
    return rule ? [{ line, rule }] : [];
  });
  const bodyOf = new Map(input.bodies.map((b) => [b.of, b]));

  // Distinct task actors in the order they first appear (task order, then role).
  const subjects = new Map<string, { actor: CoverageActor; tasks: CoverageTaskRole[] }>();
  for (const link of input.links) {
    const entry = subjects.get(link.actor.id) ?? { actor: link.actor, tasks: [] };
    entry.tasks.push({
      taskId: link.task.id,
      outlineId: link.task.outlineId,
      section: link.task.section,
      role: ROLE_OF[link.type],
      evidence: link.evidence,
    });
    subjects.set(link.actor.id, entry);
  }

  const bodies: BodyCoverage[] = [];
  for (const { actor, tasks } of subjects.values()) {
    const roles = sortRoles(tasks.map((t) => t.role));
    let note: string | null = null;
    let status: CoverageStatus;
    let ways: CoverageWay[] = [];
    const unchecked = actor.labels.find((label) => label in NOT_CHECKABLE);
    if (unchecked) {
      status = 'NOT_CHECKABLE';
      note = `${NOT_CHECKABLE[unchecked]} names no body to check`;
    } else {
      ways = waysFor(actor, input, lines, groups);
      if (has(actor, 'Role') || has(actor, 'Person')) {
        const of = bodyOf.get(actor.id);
        if (of?.body) {
          for (const inner of waysFor(of.body, input, lines, groups)) {
            ways.push({ ...inner, kind: 'THROUGH_BODY', body: ref(of.body), bodyWay: inner.kind });
          }
        } else if (ways.length === 0) {
          note = of?.bodyId
            ? `its body ${of.bodyId} is not in the graph`
            : 'no body it belongs to is known';
        }
      }
      status = ways.length > 0 ? 'COVERED' : note ? 'NOT_CHECKABLE' : 'NOT_COVERED';
    }
    bodies.push({
      actor,
      status,
      roles,
      tasks,
      ways,
      onlyThroughArchive: ways.length > 0 && ways.every((w) => w.archiveOnly),
      note,
    });
  }

  const involved = new Set<string>(subjects.keys());
  for (const b of bodies)
    for (const w of b.ways) if (w.recipient) involved.add(w.recipient.actor.id);
  const recipientsWithoutTask = lines.filter((l) => !involved.has(l.actor.id));

  const count = (status: CoverageStatus): number =>
    bodies.filter((b) => b.status === status).length;
  const covered = count('COVERED');
  const notCovered = count('NOT_COVERED');
  // A sao y copy carries the original's text but its tasks stay with the original.
  const note = input.document.copiedIn
    ? `a certified copy of ${input.document.copiedIn}: the tasks are the original's, audit that one; the copy's own recipients are listed without a task`
    : bodies.length === 0
      ? 'the document names no actor of a task'
      : null;
  return {
    document: input.document,
    note,
    bodies,
    recipients: lines,
    recipientsWithoutTask,
    publications,
    summary: {
      bodies: bodies.length,
      covered,
      notCovered,
      notCheckable: count('NOT_CHECKABLE'),
      coveredOnlyThroughArchive: bodies.filter((b) => b.onlyThroughArchive).length,
      recipients: lines.length,
      recipientsWithoutTask: recipientsWithoutTask.length,
      publications: publications.length,
      ratio: covered + notCovered > 0 ? covered / (covered + notCovered) : null,
    },
  };
}

/** Report order: worst coverage first (ratio ascending, none last), most uncovered, then id. */
export interface ReportKey {
  ratio: number | null;
  notCovered: number;
  id: string;
}

export function compareReportKeys(a: ReportKey, b: ReportKey): number {
  if (a.ratio !== b.ratio) {
    if (a.ratio === null) return 1;
    if (b.ratio === null) return -1;
    return a.ratio - b.ratio;
  }
  if (a.notCovered !== b.notCovered) return b.notCovered - a.notCovered;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function reportKeyOf(c: DocumentCoverage): ReportKey {
  return { ratio: c.summary.ratio, notCovered: c.summary.notCovered, id: c.document.id };
}

/** Rows after `after` (exclusive) in report order, at most `size`, and whether more follow. */
export function reportPage(
  coverages: DocumentCoverage[],
  after: ReportKey | null,
  size: number,
): CoverageReportPage {
  const sorted = reportOrder(coverages);
  const rest = after ? sorted.filter((c) => compareReportKeys(reportKeyOf(c), after) > 0) : sorted;
  return { rows: rest.slice(0, size), hasNextPage: rest.length > size, totalCount: sorted.length };
}

/** All rows in report order. */
export function reportOrder(coverages: DocumentCoverage[]): DocumentCoverage[] {
  return [...coverages].sort((a, b) => compareReportKeys(reportKeyOf(a), reportKeyOf(b)));
}

/** A page of a coverage report, and the number of documents the report spans. */
export interface CoverageReportPage {
  rows: DocumentCoverage[];
  hasNextPage: boolean;
  totalCount: number;
}
