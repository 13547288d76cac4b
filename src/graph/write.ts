/**
 * WritePlan → Neo4j: one document = one write transaction, all or nothing. Re-ingesting the same
 * text changes nothing (content hash); a changed text replaces that document's own facts and
 * nothing else. Statements are batched with UNWIND: a document costs ~20 round trips whatever
 * its size.
 */
import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import * as Q from './cypher.ts';
import { ACTOR_LABELS, type ActorLink, type Evidence, type WritePlan } from './model.ts';

export type WriteOutcome = 'created' | 'updated' | 'unchanged';

export interface WriteResult {
  documentId: string;
  outcome: WriteOutcome;
  nodesCreated: number;
  relationshipsCreated: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
}

interface RelRow {
  from: string;
  to: string;
  props: Record<string, unknown>;
}

function evidence(e: Evidence): Evidence {
  return { docId: e.docId, start: e.start, end: e.end, quote: e.quote };
}

function linkProps(l: ActorLink): Record<string, unknown> {
  return { ...evidence(l), mention: l.mention, rule: l.rule, confidence: l.confidence };
}

class Counter {
  nodesCreated = 0;
  relationshipsCreated = 0;
  nodesDeleted = 0;
  relationshipsDeleted = 0;
  add(result: QueryResult): QueryResult {
    const u = result.summary.counters.updates();
    this.nodesCreated += u.nodesCreated;
    this.relationshipsCreated += u.relationshipsCreated;
    this.nodesDeleted += u.nodesDeleted;
    this.relationshipsDeleted += u.relationshipsDeleted;
    return result;
  }
}

/**
 * Statements sent without waiting for each answer: the driver pipelines them in order within
 * the transaction, so a document costs a few network round trips, not one per statement.
 */
class Pipeline {
  private pending: Promise<QueryResult>[] = [];
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly counter: Counter,
  ) {}

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
    for (const s of settled) {
      if (s.status === 'rejected') throw s.reason;
      this.counter.add(s.value);
    }
  }
}

/** Writes `plan` in its own transaction. `hooks.beforeCommit` lets tests fail a document
 *  mid-way and see that nothing is left. */
export async function writeDocument(
  driver: Driver,
  database: string,
  plan: WritePlan,
  hooks: { beforeCommit?: () => void } = {},
): Promise<WriteResult> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const counter = new Counter();
      const pipe = new Pipeline(tx, counter);
      const id = plan.document.id;
      const lock = counter.add(await tx.run(Q.LOCK_DOCUMENT, { id, sourceFile: plan.sourceFile }))
        .records[0];
      const status = lock?.get('status') as string;
      if (status === 'ingested' && lock?.get('contentHash') === plan.contentHash) {
        return { documentId: id, outcome: 'unchanged', ...zero() };
      }
      const outcome: WriteOutcome = status === 'ingested' ? 'updated' : 'created';
      const previous = (lock?.get('previous') as string[] | undefined) ?? [];
      const owned = [id, ...previous];
      // A document seen for the first time has nothing of its own to clear: no reads needed.
      const fresh = status === 'new' && previous.length === 0;
      let oldActors: string[] = [];
      let oldTargets: string[] = [];
      if (!fresh) {
        // What this document (and earlier versions of its file) wrote before, read in one go.
        const reads = [
          tx.run(Q.LINKED_ACTORS, { ids: owned }),
          tx.run(Q.REFERENCED_DOCUMENTS, { ids: owned }),
          tx.run(Q.COPIES_OF, { id }),
        ];
        const [actorsRead, targetsRead, copiesRead] = await Promise.all(reads);
        oldActors = (actorsRead?.records[0]?.get('actorIds') as string[] | undefined) ?? [];
        oldTargets = (targetsRead?.records[0]?.get('ids') as string[] | undefined) ?? [];
        const copies = (copiesRead?.records[0]?.get('ids') as string[] | undefined) ?? [];
        pipe.send(Q.CLEAR_FACTS, { ids: owned, facts: Q.DOCUMENT_FACTS });
        if (previous.length > 0) pipe.send(Q.RETIRE_DOCUMENTS, { ids: previous });
        // Copies made in this text are rewritten below; ones it no longer holds are retired.
        const keep = new Set(plan.copies.map((c) => c.document.id));
        const gone = copies.filter((c) => !keep.has(c));
        if (gone.length > 0) pipe.send(Q.RETIRE_DOCUMENTS, { ids: gone });
      }

      pipe.send(Q.WRITE_DOCUMENT, {
        doc: plan.document,
        contentHash: plan.contentHash,
        sourceFile: plan.sourceFile,
        warnings: plan.warnings,
      });
      if (plan.placeholderId) {
        pipe.send(Q.ADOPT_PLACEHOLDER, { placeholderId: plan.placeholderId, id });
      }

      const byLabel = new Map<string, unknown[]>();
      for (const a of plan.actors) {
        const label = ACTOR_LABELS[a.kind];
        const rows = byLabel.get(label) ?? [];
        rows.push(a);
        byLabel.set(label, rows);
      }
      for (const [label, rows] of byLabel) {
        const query = Q.WRITE_ACTORS[label];
        if (query) pipe.send(query, { rows });
      }
      const children = plan.actors.filter((a) => a.partOf !== null);
      if (children.length > 0) pipe.send(Q.ACTOR_PART_OF, { rows: children });

      const docRels: Record<keyof typeof Q.DOCUMENT_TO_ACTOR, RelRow[]> = {
        ISSUED_BY: [],
        SIGNED_BY: [],
        SENT_TO: [],
        RECEIVED_BY: [],
      };
      if (plan.issuedBy)
        docRels.ISSUED_BY.push({
          from: id,
          to: plan.issuedBy.actorId,
          props: linkProps(plan.issuedBy),
        });
      if (plan.signedBy) {
        const s = plan.signedBy;
        docRels.SIGNED_BY.push({
          from: id,
          to: s.personId,
          props: { ...evidence(s), capacity: s.capacity, title: s.title, onBehalfOf: s.onBehalfOf },
        });
      }
      for (const r of plan.recipients) {
        docRels.SENT_TO.push({
          from: id,
          to: r.actorId,
          props: {
            ...linkProps(r),
            purpose: r.purpose,
            purposeText: r.purposeText,
            bracePurpose: r.bracePurpose,
            via: r.via,
            ordinal: r.ordinal,
          },
        });
      }
      for (const r of plan.receipts) {
        docRels.RECEIVED_BY.push({
          from: id,
          to: r.actorId,
          props: { ...linkProps(r), number: r.number, date: r.date, channel: r.channel },
        });
      }

      for (const c of plan.copies) {
        pipe.send(Q.WRITE_COPY, {
          doc: c.document,
          originalId: id,
          contentHash: plan.contentHash,
          sourceFile: plan.sourceFile,
          copyType: c.copyType,
          evidence: evidence(c.evidence),
        });
        if (c.placeholderId)
          pipe.send(Q.ADOPT_PLACEHOLDER, {
            placeholderId: c.placeholderId,
            id: c.document.id,
          });
        const cid = c.document.id;
        if (c.issuedBy)
          docRels.ISSUED_BY.push({
            from: cid,
            to: c.issuedBy.actorId,
            props: linkProps(c.issuedBy),
          });
        if (c.signedBy) {
          const s = c.signedBy;
          docRels.SIGNED_BY.push({
            from: cid,
            to: s.personId,
            props: {
              ...evidence(s),
              capacity: s.capacity,
              title: s.title,
              onBehalfOf: s.onBehalfOf,
            },
          });
        }
        for (const r of c.recipients) {
          docRels.SENT_TO.push({
            from: cid,
            to: r.actorId,
            props: {
              ...linkProps(r),
              purpose: r.purpose,
              purposeText: r.purposeText,
              bracePurpose: r.bracePurpose,
              via: r.via,
              ordinal: r.ordinal,
            },
          });
        }
      }
      for (const [type, rows] of Object.entries(docRels)) {
        if (rows.length > 0)
          pipe.send(Q.DOCUMENT_TO_ACTOR[type as keyof typeof Q.DOCUMENT_TO_ACTOR], {
            rows,
          });
      }

      if (plan.tasks.length > 0) {
        const rows = plan.tasks.map((t) => ({
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
          ...evidence(t),
        }));
        pipe.send(Q.WRITE_TASKS, { docId: id, rows });
        const taskRels: Record<keyof typeof Q.TASK_TO_ACTOR, RelRow[]> = {
          LED_BY: [],
          COORDINATES_WITH: [],
          REPORTS_TO: [],
        };
        for (const t of plan.tasks) {
          for (const l of t.leads)
            taskRels.LED_BY.push({ from: t.id, to: l.actorId, props: linkProps(l) });
          for (const l of t.coordinators)
            taskRels.COORDINATES_WITH.push({ from: t.id, to: l.actorId, props: linkProps(l) });
          for (const l of t.reportsTo)
            taskRels.REPORTS_TO.push({ from: t.id, to: l.actorId, props: linkProps(l) });
        }
        for (const [type, rels] of Object.entries(taskRels)) {
          if (rels.length > 0)
            pipe.send(Q.TASK_TO_ACTOR[type as keyof typeof Q.TASK_TO_ACTOR], {
              rows: dedupe(rels),
            });
        }
      }

      if (plan.targets.length > 0) {
        pipe.send(Q.WRITE_TARGETS, { docId: id, rows: plan.targets });
      }

      for (const relation of ['IMPLEMENTS', 'CITES'] as const) {
        const rows = plan.references
          .filter((r) => r.relation === relation)
          .map((r) => ({
            to: r.targetId,
            numberKey: plan.referenced.find((d) => d.id === r.targetId)?.numberKey ?? null,
            dated: r.date !== null,
            placeholder: { ...plan.referenced.find((d) => d.id === r.targetId) },
            props: {
              ...evidence(r),
              number: r.number,
              type: r.type,
              date: r.date,
              issuerName: r.issuerName,
              description: r.description,
              doubtful: r.doubtful,
              probably: r.probably,
              mentions: r.mentions,
            },
          }));
        if (rows.length > 0) pipe.send(Q.REFERENCES[relation], { docId: id, rows });
      }

      if (plan.memberships.length > 0) pipe.send(Q.WRITE_MEMBERSHIPS, { rows: plan.memberships });

      if (!fresh) {
        // Clean-up: bodies and placeholders the earlier version alone used. Parents go after
        // their children, hence three rounds.
        for (let round = 0; round < 3; round++) {
          pipe.send(Q.REMOVE_ORPHAN_ACTORS, { docIds: owned, candidates: oldActors });
        }
        pipe.send(Q.REMOVE_ORPHAN_PLACEHOLDERS, { ids: oldTargets });
      }
      await pipe.drain();

      hooks.beforeCommit?.();
      return {
        documentId: id,
        outcome,
        nodesCreated: counter.nodesCreated,
        relationshipsCreated: counter.relationshipsCreated,
        nodesDeleted: counter.nodesDeleted,
        relationshipsDeleted: counter.relationshipsDeleted,
      };
    });
  } finally {
    await session.close();
  }
}

function zero(): Omit<WriteResult, 'documentId' | 'outcome'> {
  return { nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 };
}

/** A body named twice in one task ("chủ trì … phối hợp với X … X") is one relationship. */
function dedupe(rows: RelRow[]): RelRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.from}\u0000${r.to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
