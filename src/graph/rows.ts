/**
 * WritePlans → the rows of each write statement (pure): plans of one transaction merged
 * statement by statement, so a batch costs one statement per kind of fact whatever its size.
 */
import {
  ACTOR_LABEL_OF,
  memberClauses,
  ruleCode,
  storedTaskText,
  DOCUMENT_LINK_FIELDS,
  TASK_FIELDS,
  TASK_LINK_FIELDS,
  type ActorLabel,
  type DocumentActorType,
  toEvidence,
  sectionOutline,
  withoutOwnDocId,
  withoutTaskQuote,
  type DocumentLifecycleType,
  type Evidence,
} from './vocabulary.ts';
import { storedRule, type GroupRule } from '../orgs/index.ts';
import type { ActorLink, ActorRow, WritePlan } from './model.ts';

export interface RelRow {
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** The mention is stored only where it differs from the quote (null is not stored): the read
 *  layer takes the quote for it otherwise (MENTION_TYPES); the docId only where it is not the
 *  start node's own (`own`: vocabulary.ts withoutOwnDocId); the rule by its code (ruleCode). */
function linkProps(l: ActorLink, own: string): Record<string, unknown> {
  const mention = l.mention === l.quote ? null : l.mention;
  return { ...evidence(l, own), mention, rule: ruleCode(l.rule), confidence: l.confidence };
}

/**
 * The properties of a node or relationship the statement creates, without the null ones: its
 * `SET x = map` stores a null no more than a key left out, and each key sent is a string the
 * driver packs and the server decodes (~120 nulls a document on the cascade; packing is about
 * 1 µs of Node's CPU per value). Not for `SET x += map` on a node that exists (a null there
 * removes what it held).
 */
export function withoutNulls(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in props) {
    const value = props[key];
    if (value !== null && value !== undefined) out[key] = value;
  }
  return out;
}

/** A fact relationship's evidence, its docId left out where the start node `own` gives it. */
function evidence(
  e: Parameters<typeof toEvidence>[0],
  own: string,
): Omit<Evidence, 'docId'> & { docId?: string } {
  return withoutOwnDocId(toEvidence(e), own);
}

/** A task link as sent: its actor's id, then its properties' values in the order of
 *  TASK_LINK_FIELDS (vocabulary.ts), trailing nulls left out. */
export type TaskLinkValues = [to: string, ...values: unknown[]];

/**
 * A task as sent (Q.WRITE_TASKS): its document (matched, not stored: the id's prefix,
 * vocabulary.ts taskDocId), its properties' values in the order of TASK_FIELDS, and its links of
 * each type of TASK_ACTOR_TYPES. Lists, not maps: the property names are the statement's, sent
 * once, not packed with every row (tasks were 800 of a document's 1,400 values and keys).
 */
export type TaskRow = [
  docId: string,
  values: unknown[],
  leads: TaskLinkValues[],
  coordinators: TaskLinkValues[],
  reportsTo: TaskLinkValues[],
];

/** `props`' values in the order of `fields`, trailing nulls left out (a list read past its end
 *  in Cypher gives null, which `SET x = map` stores no more than a key left out). A property
 *  without a field throws: it would not be written. */
export function valuesOf(
  fields: readonly string[],
  props: Readonly<Record<string, unknown>>,
): unknown[] {
  for (const key in props) {
    if (props[key] != null && !fields.includes(key))
      throw new Error(`property ${key} has no field among ${fields.join(', ')}`);
  }
  const out = fields.map((f) => props[f] ?? null);
  let n = out.length;
  while (n > 0 && out[n - 1] === null) n--;
  out.length = n;
  return out;
}

export interface Rows {
  docs: Record<string, unknown>[];
  adopt: { placeholderId: string; id: string }[];
  /** Each actor with its label: one statement writes them all (Q.WRITE_ACTORS). */
  actors: [label: ActorLabel, actor: StoredActor][];
  children: ActorRow[];
  documentRels: Record<DocumentActorType, DocumentLinkValues[]>;
  /** Each task with its links: one statement writes both (the task is found once, not again
   *  per link). */
  tasks: TaskRow[];
  targets: WritePlan['targets'];
  references: Record<'IMPLEMENTS' | 'CITES', Record<string, unknown>[]>;
  effects: Record<DocumentLifecycleType, Record<string, unknown>[]>;
  copies: Record<string, unknown>[];
  memberships: MembershipGroupRow[];
  reports: (RelRow & { numberKey: string | null })[];
  texts: { id: string; text: NonNullable<WritePlan['text']> }[];
}

/** A group's MEMBER_OF links as sent (Q.WRITE_MEMBERSHIPS): the group found once, not per
 *  member, and each clause's sentence sent once (`templates`, by clause index), not per member
 *  with its reason as well (they were a quarter of a batch's bytes). A member's reason is sent
 *  only where no clause gives it; elsewhere it is its clause's sentence with its kind
 *  (vocabulary.ts memberLink). */
export interface MembershipGroupRow {
  groupId: string;
  templates: (string | null)[];
  members: [orgId: string, clause: number | null, kind: string | null, reason: string | null][];
}

/** MEMBER_OF rows as sent, one a group (pure). */
export function membershipGroups(memberships: WritePlan['memberships']): MembershipGroupRow[] {
  const groups = new Map<string, MembershipGroupRow>();
  for (const m of memberships) {
    let group = groups.get(m.groupId);
    if (!group) {
      group = { groupId: m.groupId, templates: [], members: [] };
      groups.set(m.groupId, group);
    }
    if (m.clause !== null && m.template !== null) {
      while (group.templates.length <= m.clause) group.templates.push(null);
      group.templates[m.clause] = m.template;
      group.members.push([m.orgId, m.clause, m.kind, null]);
    } else group.members.push([m.orgId, null, null, m.reason]);
  }
  return [...groups.values()];
}

/** A document's link to an actor as sent (Q.DOCUMENT_TO_ACTOR): the document's id, the actor's,
 *  then the link's properties' values in the order of its type's DOCUMENT_LINK_FIELDS. */
export type DocumentLinkValues = [from: string, to: string, ...values: unknown[]];

function documentLink(
  type: DocumentActorType,
  from: string,
  to: string,
  props: Readonly<Record<string, unknown>>,
): DocumentLinkValues {
  return [from, to, ...valuesOf(DOCUMENT_LINK_FIELDS[type], props)];
}

function recipientRel(from: string, r: WritePlan['recipients'][number]): DocumentLinkValues {
  return documentLink('SENT_TO', from, r.actorId, {
    ...linkProps(r, from),
    purpose: r.purpose,
    purposeText: r.purposeText,
    bracePurpose: r.bracePurpose,
    via: r.via,
    ordinal: r.ordinal,
  });
}

function signatureRel(from: string, s: NonNullable<WritePlan['signedBy']>): DocumentLinkValues {
  return documentLink('SIGNED_BY', from, s.personId, {
    ...evidence(s, from),
    capacity: s.capacity,
    title: s.title,
    onBehalfOf: s.onBehalfOf,
  });
}

function emptyRows(): Rows {
  return {
    docs: [],
    adopt: [],
    actors: [],
    children: [],
    documentRels: { ISSUED_BY: [], SIGNED_BY: [], SENT_TO: [], RECEIVED_BY: [] },
    tasks: [],
    targets: [],
    references: { IMPLEMENTS: [], CITES: [] },
    effects: { REPLACES: [], AMENDS: [], REPEALS: [], GUIDES: [] },
    copies: [],
    memberships: [],
    reports: [],
    texts: [],
  };
}

/** An actor as written: a group with its clauses' MEMBER_OF sentences (vocabulary.ts
 *  memberClauses), which its links' reasons are read from. */
export type StoredActor = ActorRow & { memberClauses?: string[] };

function storedActor(a: ActorRow): StoredActor {
  if (a.membership === null) return a;
  const rule = JSON.parse(a.membership) as GroupRule;
  const clauses = memberClauses(rule);
  const membership = storedRule(rule);
  return clauses ? { ...a, membership, memberClauses: clauses } : { ...a, membership };
}

/** Each actor once, with its label; children for PART_OF. The
 *  registry's bodies not at all when the registry was synced: the sync wrote them and their
 *  PART_OF, and their MERGE would only take a lock on each (~10 a document, shared by the
 *  batches in flight). */
function addActors(rows: Rows, plan: WritePlan, seenActors: Set<string>, synced: boolean): void {
  for (const a of plan.actors) {
    if (seenActors.has(a.id)) continue;
    seenActors.add(a.id);
    if (synced && a.scope === 'registry') continue;
    rows.actors.push([ACTOR_LABEL_OF[a.kind], storedActor(a)]);
    if (a.partOf !== null) rows.children.push(a);
  }
}

/** The document's issuer, signer, recipients and incoming stamps, and its sao y copies. */
function addDocumentRels(rows: Rows, plan: WritePlan): void {
  const id = plan.document.id;
  const d = rows.documentRels;
  if (plan.issuedBy)
    d.ISSUED_BY.push(
      documentLink('ISSUED_BY', id, plan.issuedBy.actorId, linkProps(plan.issuedBy, id)),
    );
  if (plan.signedBy) d.SIGNED_BY.push(signatureRel(id, plan.signedBy));
  for (const r of plan.recipients) d.SENT_TO.push(recipientRel(id, r));
  for (const r of plan.receipts) {
    d.RECEIVED_BY.push(
      documentLink('RECEIVED_BY', id, r.actorId, {
        ...linkProps(r, id),
        number: r.number,
        date: r.date,
        channel: r.channel,
      }),
    );
  }
  for (const c of plan.copies) {
    const cid = c.document.id;
    rows.copies.push({
      doc: c.document,
      originalId: id,
      contentHash: plan.contentHash,
      sourceFile: plan.sourceFile,
      copyType: c.copyType,
      evidence: evidence(c.evidence, cid),
    });
    if (c.placeholderId) rows.adopt.push({ placeholderId: c.placeholderId, id: cid });
    if (c.issuedBy)
      d.ISSUED_BY.push(
        documentLink('ISSUED_BY', cid, c.issuedBy.actorId, linkProps(c.issuedBy, cid)),
      );
    if (c.signedBy) d.SIGNED_BY.push(signatureRel(cid, c.signedBy));
    for (const r of c.recipients) d.SENT_TO.push(recipientRel(cid, r));
  }
}

function addTasks(rows: Rows, plan: WritePlan, own: readonly (readonly string[] | null)[]): void {
  for (const [i, t] of plan.tasks.entries()) {
    const titles = own[i] ?? null;
    const values = valuesOf(TASK_FIELDS, {
      id: t.id,
      ordinal: t.ordinal,
      outlineId: t.outlineId,
      section: t.section,
      // Only where its section's entry on the document does not give them (sectionOutline).
      sectionTitles: titles,
      ...storedTaskText(t.text, t.quote),
      leadRule: t.leadRule,
      deadlineText: t.deadlineText,
      deadlineKind: t.deadlineKind,
      dueStart: t.dueStart,
      dueEnd: t.dueEnd,
      recurrence: t.recurrence,
      deadlineInherited: t.deadlineInherited,
      // Its docId is its id's prefix (vocabulary.ts taskDocId): not stored.
      start: t.start,
      end: t.end,
      quote: t.quote,
    });
    // A body named twice in one task ("chủ trì … phối hợp với X … X") is one relationship; its
    // quote is left to the task's where it is a span of it (vocabulary.ts withoutTaskQuote).
    const links = (list: ActorLink[]): TaskLinkValues[] => {
      const seen = new Set<string>();
      const out: TaskLinkValues[] = [];
      for (const l of list) {
        if (seen.has(l.actorId)) continue;
        seen.add(l.actorId);
        const props = withoutTaskQuote(linkProps(l, t.docId), t);
        out.push([l.actorId, ...valuesOf(TASK_LINK_FIELDS, props)]);
      }
      return out;
    };
    rows.tasks.push([t.docId, values, links(t.leads), links(t.coordinators), links(t.reportsTo)]);
  }
}

/** IMPLEMENTS and CITES, each with the placeholder to create when the target is unknown. */
function addReferences(rows: Rows, plan: WritePlan): void {
  const placeholders = new Map(plan.referenced.map((p) => [p.id, p]));
  for (const r of plan.references) {
    const placeholder = placeholders.get(r.targetId);
    rows.references[r.relation].push({
      from: plan.document.id,
      to: r.targetId,
      numberKey: placeholder?.numberKey ?? null,
      dated: r.date !== null,
      placeholder: { ...placeholder },
      props: withoutNulls({
        ...evidence(r, plan.document.id),
        number: r.number,
        type: r.type,
        date: r.date,
        issuerName: r.issuerName,
        description: r.description,
        doubtful: r.doubtful,
        probably: r.probably,
        mentions: r.mentions,
      }),
    });
  }
  for (const e of plan.effects) {
    const { type, refStart, ...props } = e;
    rows.effects[type].push({
      from: plan.document.id,
      refStart,
      props: withoutNulls(withoutOwnDocId(props, plan.document.id)),
    });
  }
}

/** The rows of several plans, merged statement by statement (pure). `registrySynced`: the
 *  registry's bodies and their PART_OF are in the graph already (registry-sync.ts). */
export function rowsOf(plans: readonly WritePlan[], registrySynced = false): Rows {
  const rows = emptyRows();
  const seenActors = new Set<string>();
  for (const plan of plans) {
    const outline = sectionOutline(plan.tasks);
    rows.docs.push({
      doc: plan.document,
      sectionOutline: outline.outline,
      contentHash: plan.contentHash,
      sourceFile: plan.sourceFile,
      warnings: plan.warnings,
      inForce: plan.entryIntoForce ?? null,
      registryKey: plan.registryKey ?? null,
    });
    if (plan.placeholderId) {
      rows.adopt.push({ placeholderId: plan.placeholderId, id: plan.document.id });
    }
    addActors(rows, plan, seenActors, registrySynced);
    addDocumentRels(rows, plan);
    addTasks(rows, plan, outline.own);
    rows.targets.push(...plan.targets);
    addReferences(rows, plan);
    rows.memberships.push(...membershipGroups(plan.memberships));
    if (plan.report) {
      const { targetId, numberKey, items, ...own } = plan.report;
      const props = { ...withoutOwnDocId(own, plan.document.id), items };
      rows.reports.push({ from: plan.document.id, to: targetId, numberKey, props });
    }
    if (plan.text) rows.texts.push({ id: plan.document.id, text: plan.text });
  }
  return rows;
}

/** Distinct bodies of a task's links of one type (as addTasks writes them). */
function distinctActors(list: readonly ActorLink[]): number {
  return new Set(list.map((l) => l.actorId)).size;
}

/** Relationships a plan writes: what a file's report line counts. Counted from the plan, not
 *  from its rows (building them again per document cost 0.15 ms of Node's CPU). */
export function countRelationships(plan: WritePlan): number {
  const copyRels = plan.copies.reduce(
    (n, c) => n + (c.issuedBy ? 1 : 0) + (c.signedBy ? 1 : 0) + c.recipients.length,
    0,
  );
  return (
    (plan.issuedBy ? 1 : 0) +
    (plan.signedBy ? 1 : 0) +
    plan.recipients.length +
    plan.receipts.length +
    copyRels +
    plan.tasks.reduce(
      (n, t) =>
        n + distinctActors(t.leads) + distinctActors(t.coordinators) + distinctActors(t.reportsTo),
      0,
    ) +
    plan.tasks.length +
    plan.targets.length +
    plan.references.length +
    plan.effects.length +
    plan.copies.length +
    plan.memberships.length +
    (plan.report ? 1 : 0)
  );
}
