/**
 * WritePlan → Neo4j. Each document's facts are written all or nothing: a batch of documents
 * shares one transaction, and when that transaction fails every document of the batch is
 * written again alone, so a bad document leaves nothing behind and the others still land.
 * Re-ingesting the same text changes nothing (content hash); a changed text replaces that
 * document's own facts and nothing else. Rows go in with UNWIND, a statement per kind of fact
 * (~20), pipelined: a batch costs a few network round trips whatever its size.
 */
import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import * as Q from './cypher.ts';
import { ACTOR_LABEL_OF, toEvidence } from './vocabulary.ts';
import type { ActorLink, ActorRow, WritePlan } from './model.ts';

export type WriteOutcome = 'created' | 'updated' | 'unchanged';

export interface WriteResult {
  documentId: string;
  outcome: WriteOutcome;
}

export interface WriteHooks {
  /** Runs inside the transaction before it commits: tests fail a document mid-way with it. */
  beforeCommit?: (plans: readonly WritePlan[]) => void;
}

interface RelRow {
  from: string;
  to: string;
  props: Record<string, unknown>;
}

function linkProps(l: ActorLink): Record<string, unknown> {
  return { ...toEvidence(l), mention: l.mention, rule: l.rule, confidence: l.confidence };
}

/** Relationships a plan writes: what a file's report line counts. */
export function countRelationships(plan: WritePlan): number {
  const rows = rowsOf([plan]);
  return (
    Object.values(rows.documentRels).reduce((n, r) => n + r.length, 0) +
    Object.values(rows.taskRels).reduce((n, r) => n + r.length, 0) +
    rows.tasks.length +
    rows.targets.length +
    rows.references.IMPLEMENTS.length +
    rows.references.CITES.length +
    rows.copies.length +
    rows.memberships.length
  );
}

/**
 * Statements sent without waiting for each answer: the driver pipelines them in order within
 * the transaction, so a document costs a few network round trips, not one per statement.
 */
class Pipeline {
  private pending: Promise<QueryResult>[] = [];
  constructor(private readonly tx: ManagedTransaction) {}

  send(query: string, params: object): void {
    const result = this.tx.run(query, params);
    const promise = new Promise<QueryResult>((resolve, reject) => {
      result.then(resolve, reject);
    });
    promise.catch(() => undefined); // reported by drain()
    this.pending.push(promise);
  }

  async drain(): Promise<void> {
    const settled = await Promise.allSettled(this.pending);
    this.pending = [];
    for (const s of settled) if (s.status === 'rejected') throw s.reason;
  }
}

interface Rows {
  docs: Record<string, unknown>[];
  adopt: { placeholderId: string; id: string }[];
  actors: Map<string, ActorRow[]>;
  children: ActorRow[];
  documentRels: Record<keyof typeof Q.DOCUMENT_TO_ACTOR, RelRow[]>;
  tasks: Record<string, unknown>[];
  taskRels: Record<keyof typeof Q.TASK_TO_ACTOR, RelRow[]>;
  targets: WritePlan['targets'];
  references: Record<'IMPLEMENTS' | 'CITES', Record<string, unknown>[]>;
  copies: Record<string, unknown>[];
  memberships: WritePlan['memberships'];
}

function recipientRel(from: string, r: WritePlan['recipients'][number]): RelRow {
  return {
    from,
    to: r.actorId,
    props: {
      ...linkProps(r),
      purpose: r.purpose,
      purposeText: r.purposeText,
      bracePurpose: r.bracePurpose,
      via: r.via,
      ordinal: r.ordinal,
    },
  };
}

function signatureRel(from: string, s: NonNullable<WritePlan['signedBy']>): RelRow {
  return {
    from,
    to: s.personId,
    props: { ...toEvidence(s), capacity: s.capacity, title: s.title, onBehalfOf: s.onBehalfOf },
  };
}

/** The rows of several plans, merged statement by statement (pure). */
function rowsOf(plans: readonly WritePlan[]): Rows {
  const rows: Rows = {
    docs: [],
    adopt: [],
    actors: new Map(),
    children: [],
    documentRels: { ISSUED_BY: [], SIGNED_BY: [], SENT_TO: [], RECEIVED_BY: [] },
    tasks: [],
    taskRels: { LED_BY: [], COORDINATES_WITH: [], REPORTS_TO: [] },
    targets: [],
    references: { IMPLEMENTS: [], CITES: [] },
    copies: [],
    memberships: [],
  };
  const seenActors = new Set<string>();
  for (const plan of plans) {
    const id = plan.document.id;
    rows.docs.push({
      doc: plan.document,
      contentHash: plan.contentHash,
      sourceFile: plan.sourceFile,
      warnings: plan.warnings,
    });
    if (plan.placeholderId) rows.adopt.push({ placeholderId: plan.placeholderId, id });
    for (const a of plan.actors) {
      if (seenActors.has(a.id)) continue;
      seenActors.add(a.id);
      const label = ACTOR_LABEL_OF[a.kind];
      const list = rows.actors.get(label) ?? [];
      list.push(a);
      rows.actors.set(label, list);
      if (a.partOf !== null) rows.children.push(a);
    }
    const d = rows.documentRels;
    if (plan.issuedBy)
      d.ISSUED_BY.push({ from: id, to: plan.issuedBy.actorId, props: linkProps(plan.issuedBy) });
    if (plan.signedBy) d.SIGNED_BY.push(signatureRel(id, plan.signedBy));
    for (const r of plan.recipients) d.SENT_TO.push(recipientRel(id, r));
    for (const r of plan.receipts) {
      d.RECEIVED_BY.push({
        from: id,
        to: r.actorId,
        props: { ...linkProps(r), number: r.number, date: r.date, channel: r.channel },
      });
    }
    for (const c of plan.copies) {
      const cid = c.document.id;
      rows.copies.push({
        doc: c.document,
        originalId: id,
        contentHash: plan.contentHash,
        sourceFile: plan.sourceFile,
        copyType: c.copyType,
        evidence: toEvidence(c.evidence),
      });
      if (c.placeholderId) rows.adopt.push({ placeholderId: c.placeholderId, id: cid });
      if (c.issuedBy)
        d.ISSUED_BY.push({ from: cid, to: c.issuedBy.actorId, props: linkProps(c.issuedBy) });
      if (c.signedBy) d.SIGNED_BY.push(signatureRel(cid, c.signedBy));
      for (const r of c.recipients) d.SENT_TO.push(recipientRel(cid, r));
    }
    for (const t of plan.tasks) {
      rows.tasks.push({
        id: t.id,
        ordinal: t.ordinal,
        outlineId: t.outlineId,
        section: t.section,
        sectionTitles: t.sectionTitles,
        text: t.text,
        leadRule: t.leadRule,
        deadlineText: t.deadlineText,
        deadlineKind: t.deadlineKind,
        dueStart: t.dueStart,
        dueEnd: t.dueEnd,
        recurrence: t.recurrence,
        deadlineInherited: t.deadlineInherited,
        ...toEvidence(t),
      });
      // A body named twice in one task ("chủ trì … phối hợp với X … X") is one relationship.
      const add = (list: RelRow[], links: ActorLink[]): void => {
        const seen = new Set<string>();
        for (const l of links) {
          if (seen.has(l.actorId)) continue;
          seen.add(l.actorId);
          list.push({ from: t.id, to: l.actorId, props: linkProps(l) });
        }
      };
      add(rows.taskRels.LED_BY, t.leads);
      add(rows.taskRels.COORDINATES_WITH, t.coordinators);
      add(rows.taskRels.REPORTS_TO, t.reportsTo);
    }
    rows.targets.push(...plan.targets);
    const placeholders = new Map(plan.referenced.map((p) => [p.id, p]));
    for (const r of plan.references) {
      const placeholder = placeholders.get(r.targetId);
      rows.references[r.relation].push({
        from: id,
        to: r.targetId,
        numberKey: placeholder?.numberKey ?? null,
        dated: r.date !== null,
        placeholder: { ...placeholder },
        props: {
          ...toEvidence(r),
          number: r.number,
          type: r.type,
          date: r.date,
          issuerName: r.issuerName,
          description: r.description,
          doubtful: r.doubtful,
          probably: r.probably,
          mentions: r.mentions,
        },
      });
    }
    rows.memberships.push(...plan.memberships);
  }
  return rows;
}

/** Writes one document in its own transaction. */
export async function writeDocument(
  driver: Driver,
  database: string,
  plan: WritePlan,
  hooks: WriteHooks = {},
): Promise<WriteResult> {
  const [result] = await writeBatch(driver, database, [plan], hooks);
  if (!result) throw new Error(`no write result for ${plan.document.id}`);
  return result;
}

/**
 * Writes several documents in one transaction, or — when it fails — each alone, reporting each
 * document's result or error. Plans with the same id go in separate transactions.
 */
export async function writeDocuments(
  driver: Driver,
  database: string,
  plans: readonly WritePlan[],
  hooks: WriteHooks = {},
): Promise<(WriteResult | Error)[]> {
  if (plans.length === 0) return [];
  const seen = new Set<string>();
  const first: number[] = [];
  const later: number[] = [];
  plans.forEach((p, i) => {
    if (seen.has(p.document.id)) later.push(i);
    else {
      seen.add(p.document.id);
      first.push(i);
    }
  });
  const out: (WriteResult | Error)[] = new Array<WriteResult | Error>(plans.length);
  const batch = first.map((i) => plans[i] as WritePlan);
  try {
    const results = await writeBatch(driver, database, batch, hooks);
    first.forEach((i, k) => (out[i] = results[k] as WriteResult));
  } catch (e) {
    if (batch.length === 1) out[first[0] as number] = asError(e);
    else
      for (const i of first) {
        try {
          out[i] = await writeDocument(driver, database, plans[i] as WritePlan, hooks);
        } catch (inner) {
          out[i] = asError(inner);
        }
      }
  }
  if (later.length > 0) {
    const rest = await writeDocuments(
      driver,
      database,
      later.map((i) => plans[i] as WritePlan),
      hooks,
    );
    later.forEach((i, k) => (out[i] = rest[k] as WriteResult | Error));
  }
  return out;
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

async function writeBatch(
  driver: Driver,
  database: string,
  plans: readonly WritePlan[],
  hooks: WriteHooks,
): Promise<WriteResult[]> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const locked = await tx.run(Q.LOCK_DOCUMENTS, {
        docs: plans.map((p) => ({ id: p.document.id, sourceFile: p.sourceFile })),
      });
      const state = new Map(
        locked.records.map((r) => [
          r.get('id') as string,
          {
            status: r.get('status') as string,
            contentHash: r.get('contentHash') as string | null,
            previous: r.get('previous') as string[],
          },
        ]),
      );
      const results: WriteResult[] = [];
      const todo: WritePlan[] = [];
      const owned: string[] = [];
      for (const plan of plans) {
        const id = plan.document.id;
        const st = state.get(id);
        if (st?.status === 'ingested' && st.contentHash === plan.contentHash) {
          results.push({ documentId: id, outcome: 'unchanged' });
          continue;
        }
        results.push({
          documentId: id,
          outcome: st?.status === 'ingested' ? 'updated' : 'created',
        });
        todo.push(plan);
        // A document seen for the first time has nothing of its own to clear.
        if (st && (st.status !== 'new' || st.previous.length > 0)) owned.push(id, ...st.previous);
      }
      if (todo.length === 0) return results;
      const previous = todo.flatMap((p) => state.get(p.document.id)?.previous ?? []);

      const pipe = new Pipeline(tx);
      let oldActors: string[] = [];
      let oldTargets: string[] = [];
      if (owned.length > 0) {
        // What these documents (and earlier versions of their files) wrote before.
        const [actorsRead, targetsRead, copiesRead] = await Promise.all([
          tx.run(Q.LINKED_ACTORS, { ids: owned }),
          tx.run(Q.REFERENCED_DOCUMENTS, { ids: owned }),
          tx.run(Q.COPIES_OF, { ids: owned }),
        ]);
        oldActors = (actorsRead.records[0]?.get('actorIds') as string[] | undefined) ?? [];
        oldTargets = (targetsRead.records[0]?.get('ids') as string[] | undefined) ?? [];
        const copies = (copiesRead.records[0]?.get('ids') as string[] | undefined) ?? [];
        pipe.send(Q.CLEAR_FACTS, { ids: owned, facts: Q.DOCUMENT_FACTS });
        if (previous.length > 0) pipe.send(Q.RETIRE_DOCUMENTS, { ids: previous });
        // Copies made in these texts are rewritten below; ones they no longer hold are retired.
        const keep = new Set(todo.flatMap((p) => p.copies.map((c) => c.document.id)));
        const gone = copies.filter((c) => !keep.has(c));
        if (gone.length > 0) pipe.send(Q.RETIRE_DOCUMENTS, { ids: gone });
      }

      const rows = rowsOf(todo);
      pipe.send(Q.WRITE_DOCUMENTS, { docs: rows.docs });
      for (const [label, list] of rows.actors) {
        const query = Q.WRITE_ACTORS[label];
        if (query) pipe.send(query, { rows: list });
      }
      if (rows.children.length > 0) pipe.send(Q.ACTOR_PART_OF, { rows: rows.children });
      if (rows.copies.length > 0) pipe.send(Q.WRITE_COPIES, { rows: rows.copies });
      if (rows.adopt.length > 0) pipe.send(Q.ADOPT_PLACEHOLDERS, { pairs: rows.adopt });
      for (const [type, list] of Object.entries(rows.documentRels)) {
        const query = Q.DOCUMENT_TO_ACTOR[type as keyof typeof Q.DOCUMENT_TO_ACTOR];
        if (list.length > 0) pipe.send(query, { rows: list });
      }
      if (rows.tasks.length > 0) pipe.send(Q.WRITE_TASKS, { rows: rows.tasks });
      for (const [type, list] of Object.entries(rows.taskRels)) {
        const query = Q.TASK_TO_ACTOR[type as keyof typeof Q.TASK_TO_ACTOR];
        if (list.length > 0) pipe.send(query, { rows: list });
      }
      if (rows.targets.length > 0) pipe.send(Q.WRITE_TARGETS, { rows: rows.targets });
      for (const relation of ['IMPLEMENTS', 'CITES'] as const) {
        const list = rows.references[relation];
        if (list.length > 0) pipe.send(Q.REFERENCES[relation], { rows: list });
      }
      if (rows.memberships.length > 0) pipe.send(Q.WRITE_MEMBERSHIPS, { rows: rows.memberships });
      if (owned.length > 0) {
        // Clean-up: bodies and placeholders the earlier versions alone used. Parents go after
        // their children, hence three rounds.
        for (let round = 0; round < 3; round++) {
          pipe.send(Q.REMOVE_ORPHAN_ACTORS, { docIds: owned, candidates: oldActors });
        }
        pipe.send(Q.REMOVE_ORPHAN_PLACEHOLDERS, { ids: oldTargets });
      }
      await pipe.drain();
      hooks.beforeCommit?.(todo);
      return results;
    });
  } finally {
    await session.close();
  }
}
