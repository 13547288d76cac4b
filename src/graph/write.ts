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

async function single<T>(
  tx: ManagedTransaction,
  counter: Counter,
  query: string,
  params: object,
  key: string,
): Promise<T> {
  const result = counter.add(await tx.run(query, params));
  return result.records[0]?.get(key) as T;
}

async function run(
  tx: ManagedTransaction,
  counter: Counter,
  query: string,
  params: object,
): Promise<void> {
  counter.add(await tx.run(query, params));
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
      const id = plan.document.id;
      const lock = counter.add(await tx.run(Q.LOCK_DOCUMENT, { id })).records[0];
      const status = lock?.get('status') as string;
      if (status === 'ingested' && lock?.get('contentHash') === plan.contentHash) {
        return { documentId: id, outcome: 'unchanged', ...zero() };
      }
      const outcome: WriteOutcome = status === 'ingested' ? 'updated' : 'created';

      // What this document (and earlier versions of its file) wrote before.
      const previous = await single<string[]>(
        tx,
        counter,
        Q.PREVIOUS_VERSIONS,
        { id, sourceFile: plan.sourceFile },
        'ids',
      );
      const owned = [id, ...previous];
      const oldActors = await single<string[]>(
        tx,
        counter,
        Q.LINKED_ACTORS,
        { ids: owned },
        'actorIds',
      );
      const oldTargets = await single<string[]>(
        tx,
        counter,
        Q.REFERENCED_DOCUMENTS,
        { ids: owned },
        'ids',
      );
      await run(tx, counter, Q.CLEAR_FACTS, { ids: owned, facts: Q.DOCUMENT_FACTS });
      if (previous.length > 0) await run(tx, counter, Q.RETIRE_DOCUMENTS, { ids: previous });
      // Copies made in this text are rewritten below; ones it no longer holds are retired.
      await retireCopies(tx, counter, id, plan);

      await run(tx, counter, Q.WRITE_DOCUMENT, {
        doc: plan.document,
        contentHash: plan.contentHash,
        sourceFile: plan.sourceFile,
        warnings: plan.warnings,
      });
      if (plan.placeholderId) {
        await run(tx, counter, Q.ADOPT_PLACEHOLDER, { placeholderId: plan.placeholderId, id });
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
        if (query) await run(tx, counter, query, { rows });
      }
      const children = plan.actors.filter((a) => a.partOf !== null);
      if (children.length > 0) await run(tx, counter, Q.ACTOR_PART_OF, { rows: children });

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
        await run(tx, counter, Q.WRITE_COPY, {
          doc: c.document,
          originalId: id,
          contentHash: plan.contentHash,
          sourceFile: plan.sourceFile,
          copyType: c.copyType,
          evidence: evidence(c.evidence),
        });
        if (c.placeholderId)
          await run(tx, counter, Q.ADOPT_PLACEHOLDER, {
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
          await run(tx, counter, Q.DOCUMENT_TO_ACTOR[type as keyof typeof Q.DOCUMENT_TO_ACTOR], {
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
        await run(tx, counter, Q.WRITE_TASKS, { docId: id, rows });
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
            await run(tx, counter, Q.TASK_TO_ACTOR[type as keyof typeof Q.TASK_TO_ACTOR], {
              rows: dedupe(rels),
            });
        }
      }

      if (plan.targets.length > 0) {
        await run(tx, counter, Q.WRITE_TARGETS, { docId: id, rows: plan.targets });
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
        if (rows.length > 0) await run(tx, counter, Q.REFERENCES[relation], { docId: id, rows });
      }

      if (plan.memberships.length > 0)
        await run(tx, counter, Q.WRITE_MEMBERSHIPS, { rows: plan.memberships });

      // Clean-up: bodies and placeholders the earlier version alone used. Parents go after their
      // children, hence a few rounds.
      for (let round = 0; round < 3; round++) {
        const removed = await single<number>(
          tx,
          counter,
          Q.REMOVE_ORPHAN_ACTORS,
          { docIds: owned, candidates: oldActors },
          'removed',
        );
        if (removed === 0) break;
      }
      await run(tx, counter, Q.REMOVE_ORPHAN_PLACEHOLDERS, { ids: oldTargets });

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

/** Copies an earlier version of this text held but this one does not: retired. */
async function retireCopies(
  tx: ManagedTransaction,
  counter: Counter,
  id: string,
  plan: WritePlan,
): Promise<void> {
  const keep = new Set(plan.copies.map((c) => c.document.id));
  const ids = (await single<string[] | undefined>(tx, counter, Q.COPIES_OF, { id }, 'ids')) ?? [];
  const gone = ids.filter((c) => !keep.has(c));
  if (gone.length > 0) counter.add(await tx.run(Q.RETIRE_DOCUMENTS, { ids: gone }));
}
