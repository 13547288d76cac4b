/**
 * Pending implementations (pure): which bodies a document told to issue their own programme or
 * plan (chương trình, kế hoạch), and whether a document in the graph shows they did.
 *
 * Expected: (a) the leads (chủ trì) of tasks whose text asks for a programme or plan
 * (`asksForPlan`), and (b) the recipients (Nơi nhận) one level below the document's (TW → tỉnh →
 * huyện → xã). Only bodies able to issue count: organizations and groups (OrgGroup), never persons,
 * roles, publications ("Đăng website") or archive lines. A group is listed itself and expanded to
 * its known members (MEMBER_OF).
 *
 * Implemented: a document other than a copy (a sao y is not a plan) that implements this
 * document or what this document implements — directly or through intermediate documents of the
 * cascade (IMPLEMENTS only) — because a Politburo plan asks the provinces to write programmes
 * for the resolution, not for the plan — and that was issued by the body or by a body at its
 * level PART_OF it (Ban Thường vụ Huyện ủy for Huyện ủy). A placeholder without ISSUED_BY counts
 * for the party committee (cấp ủy, orgKind `cap-uy`) of its scope: the number's symbol names the
 * committee (47-CTr/TU of Quảng Trị → Tỉnh ủy Quảng Trị). A group counts as implemented when it
 * has known members and every one of them has.
 *
 * As of a date (default today): each organization comes with the bodies carrying its duties that
 * day (itself while it exists, else its successors through SUCCEEDED_BY, each with the chain); a
 * successor's plan counts for its predecessor, and `owedBy` lists the bodies of that day that
 * still owe one. A body that ended without a known successor stays pending with no body of that
 * day named (who took its duties is not known: no guess).
 */
import {
  toActor,
  toDocument,
  toEvidence,
  toTask,
  type ActorModel,
  type DocumentModel,
  type EvidenceModel,
  type Props,
  type TaskModel,
} from '../../read/models.ts';
import { foldKey } from '../../orgs/normalize.ts';
import { toResponsible, type ResponsibleBodyModel } from '../../read/successions.ts';
import type { Level } from '../../graph/vocabulary.ts';
import type { ClosureFact } from '../../read/status-derive.ts';
import { documentScope, levelBelow } from '../scope.ts';

/** Accent- and tone-insensitive phrases that ask for a programme or plan of one's own. */
const PLAN_REQUESTS: readonly RegExp[] = [
  // "xây dựng chương trình, kế hoạch thực hiện", "xây dựng chương trình hành động"
  /\bxay dung (?:cac )?(?:chuong trinh|ke hoach)\b/u,
  // "ban hành chương trình / kế hoạch"
  /\bban hanh (?:cac )?(?:chuong trinh|ke hoach)\b/u,
  // "cụ thể hoá Nghị quyết 20 bằng các chương trình, kế hoạch"
  /\bcu the hoa\b(?: [^ ]+){0,12}? (?:chuong trinh|ke hoach)\b/u,
];

/** Whether a task's text asks its lead to write a programme or plan. */
export function asksForPlan(text: string): boolean {
  const folded = foldKey(text);
  return PLAN_REQUESTS.some((re) => re.test(folded));
}

export type ExpectationKind = 'TASK' | 'RECIPIENT';

export interface ExpectationModel {
  kind: ExpectationKind;
  /** The task whose text asks for a plan (TASK). */
  task: TaskModel | null;
  /** The lead mention (LED_BY) or the recipient line (SENT_TO). */
  evidence: EvidenceModel;
}

export interface ExpectedBodyModel {
  body: ActorModel;
  /** The groups it was reached through (empty when named itself). */
  viaGroups: ActorModel[];
  reasons: ExpectationModel[];
  implemented: boolean;
  implementedBy: DocumentModel[];
  /** The bodies carrying its duties on the date asked (itself, or its successors). */
  responsibleAsOf: ResponsibleBodyModel[];
}

export interface PendingImplementationsModel {
  document: DocumentModel;
  /** The level of the recipients expected to issue (one below the document's). */
  recipientLevel: Level | null;
  bodies: ExpectedBodyModel[];
  pendingCount: number;
  implementedCount: number;
  /** The date the answer is for. */
  asOf: string;
  /** The bodies of that date that still owe a plan (the pending bodies or their successors);
   *  none once the document was replaced or repealed. */
  owedBy: ActorModel[];
  /** What had replaced or repealed the document by `asOf` (filled by index.ts). */
  closedBy: ClosureFact[];
}

/** A row of cypher.ts PENDING. */
export interface PendingRows {
  document: Props;
  leads: Props[];
  recipients: Props[];
  /** `{from, body, steps}`: the bodies of `asOf` carrying each expected organization's duties. */
  responsible: Props[];
  asOf: string;
  candidates: Props[];
}

interface Candidate {
  document: DocumentModel;
  /** Bodies that issued it, with their same-level ancestors. */
  bodies: string[];
}

function implementingDocuments(
  body: ActorModel,
  candidates: readonly Candidate[],
): DocumentModel[] {
  return candidates
    .filter((c) => {
      if (c.bodies.length > 0) return c.bodies.includes(body.id);
      if (c.document.status !== 'referenced' || body.orgKind !== 'cap-uy') return false;
      const scope = documentScope(c.document);
      return (
        scope.level !== null &&
        scope.level === body.level &&
        (scope.level === 'TW' ||
          (scope.province === (body.province ?? null) &&
            scope.district === (body.district ?? null)))
      );
    })
    .map((c) => c.document)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

interface Entry {
  body: ActorModel;
  via: Map<string, ActorModel>;
  reasons: ExpectationModel[];
}

/** The bodies expected to implement: leads of tasks asking for a plan, and recipients one level
 *  down (a group's members at that level, through it), each with its reasons. */
function expectedBodies(rows: PendingRows, recipientLevel: Level | null): Map<string, Entry> {
  const bodies = new Map<string, Entry>();
  const add = (actor: ActorModel, reason: ExpectationModel, via: ActorModel | null): void => {
    const entry: Entry = bodies.get(actor.id) ?? { body: actor, via: new Map(), reasons: [] };
    if (via) entry.via.set(via.id, via);
    if (
      !entry.reasons.some(
        (r) => r.kind === reason.kind && r.evidence.start === reason.evidence.start,
      )
    ) {
      entry.reasons.push(reason);
    }
    bodies.set(actor.id, entry);
  };

  for (const row of rows.leads) {
    const task = toTask(row.task as Props);
    if (!asksForPlan(task.text)) continue;
    const actor = toActor(row.actor as Props);
    const reason: ExpectationModel = {
      kind: 'TASK',
      task,
      evidence: toEvidence(row.evidence as Props),
    };
    add(actor, reason, null);
    for (const member of row.members as Props[]) add(toActor(member), reason, actor);
  }
  for (const row of rows.recipients) {
    if (recipientLevel === null) break;
    const actor = toActor(row.actor as Props);
    const reason: ExpectationModel = {
      kind: 'RECIPIENT',
      task: null,
      evidence: toEvidence(row.evidence as Props),
    };
    if (actor.level === recipientLevel) add(actor, reason, null);
    for (const props of row.members as Props[]) {
      const member = toActor(props);
      if (member.level === recipientLevel)
        add(member, reason, actor.__type === 'OrgGroup' ? actor : null);
    }
  }
  return bodies;
}

/** The documents implementing a body; a group is implemented when every known member is
 *  (membership from the rows that named it). */
function implementers(rows: PendingRows): (body: ActorModel) => DocumentModel[] {
  const candidates: Candidate[] = rows.candidates.map((c) => ({
    document: toDocument(c.document as Props),
    bodies: c.bodies as string[],
  }));
  const members = new Map<string, Map<string, ActorModel>>();
  for (const row of [...rows.leads, ...rows.recipients]) {
    const group = toActor(row.actor as Props);
    if (group.__type !== 'OrgGroup') continue;
    const known = members.get(group.id) ?? new Map<string, ActorModel>();
    for (const m of row.members as Props[]) known.set(m.id as string, toActor(m));
    members.set(group.id, known);
  }
  return (body) => {
    if (body.__type !== 'OrgGroup') return implementingDocuments(body, candidates);
    const perMember = [...(members.get(body.id)?.values() ?? [])].map((m) =>
      implementingDocuments(m, candidates),
    );
    const all = perMember.length > 0 && perMember.every((docs) => docs.length > 0);
    return all ? uniqueDocs(perMember.flat()) : [];
  };
}

/** The bodies of the date for each organization id; a group is its own (it has no dates). */
function responsibleFor(rows: PendingRows): (body: ActorModel) => ResponsibleBodyModel[] {
  const byFrom = new Map<string, ResponsibleBodyModel[]>();
  for (const row of rows.responsible) {
    const from = row.from as string;
    const list = byFrom.get(from) ?? [];
    list.push(toResponsible({ node: row.body, steps: row.steps }));
    byFrom.set(from, list);
  }
  return (body) => byFrom.get(body.id) ?? (body.__type === 'OrgGroup' ? [self(body)] : []);
}

const self = (body: ActorModel): ResponsibleBodyModel => ({ organization: body, chain: [] });

export function pendingImplementations(rows: PendingRows): PendingImplementationsModel {
  const document = toDocument(rows.document);
  const recipientLevel = levelBelow(documentScope(document).level);
  const implementedBy = implementers(rows);
  const responsible = responsibleFor(rows);
  const result: ExpectedBodyModel[] = [...expectedBodies(rows, recipientLevel).values()]
    .map(({ body, via, reasons }) => {
      const responsibleAsOf = responsible(body);
      // A successor's plan counts for the body it took over from.
      const successors = responsibleAsOf.filter((r) => r.chain.length > 0);
      const docs = uniqueDocs(
        [body, ...successors.map((r) => r.organization)].flatMap(implementedBy),
      );
      return {
        body,
        viaGroups: [...via.values()].sort(byId),
        reasons: reasons.sort((a, b) => a.evidence.start - b.evidence.start),
        implemented: docs.length > 0,
        implementedBy: docs,
        responsibleAsOf,
      };
    })
    .sort((a, b) => byId(a.body, b.body));
  const implementedCount = result.filter((b) => b.implemented).length;
  const pending = result.filter((b) => !b.implemented);
  const owedBy = new Map(
    pending.flatMap((b) => b.responsibleAsOf.map((r) => [r.organization.id, r.organization])),
  );
  return {
    document,
    recipientLevel,
    bodies: result,
    pendingCount: pending.length,
    implementedCount,
    asOf: rows.asOf,
    owedBy: [...owedBy.values()].sort(byId),
    closedBy: [],
  };
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function uniqueDocs(docs: DocumentModel[]): DocumentModel[] {
  return [...new Map(docs.map((d) => [d.id, d])).values()].sort(byId);
}
