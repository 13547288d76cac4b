/**
 * WritePlan → Neo4j. Each document's facts are written all or nothing: a batch of documents
 * shares one transaction, and when that transaction fails every document of the batch is
 * written again alone, so a bad document leaves nothing behind and the others still land.
 * Re-ingesting the same text changes nothing (content hash); a changed text replaces that
 * document's own facts and nothing else. Rows go in with UNWIND, a statement per kind of fact
 * (~20), pipelined: a batch costs a few network round trips whatever its size.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { setImmediate } from 'node:timers/promises';
import * as Q from './cypher.ts';
import { DatabaseLostError, isDatabaseLost } from './database-lost.ts';
import { checkGuards, type LockedState } from './write-guards.ts';
import type { WritePlan } from './model.ts';
import { linkReports } from './report-links.ts';
import { rowsOf, type Rows, type TaskRow } from './rows.ts';
import { DOCUMENT_FACT_TYPES, DOCUMENT_LIFECYCLE_TYPES, TASK_FIELDS } from './vocabulary.ts';

export type WriteOutcome = 'created' | 'updated' | 'unchanged';

export interface WriteResult {
  documentId: string;
  outcome: WriteOutcome;
}

export interface WriteHooks {
  /** Runs inside the transaction before it commits: tests fail a document mid-way with it. */
  beforeCommit?: (plans: readonly WritePlan[]) => void;
  /** Lifts the guards against silent loss (write-guards.ts): the copy replaces what is stored. */
  replace?: boolean;
  /** Refuse to retire other documents last ingested under the same source name (the API's
   *  names are chosen by clients; the CLI's are files, whose corrected numbers retire the old). */
  keepOthers?: boolean;
  /** The registry was synced before this write (registry-sync.ts): its bodies' PART_OF are not
   *  written again. */
  registrySynced?: boolean;
}

/**
 * Statements sent without waiting for each answer: the driver pipelines them in order within
 * the transaction, so a document costs a few network round trips, not one per statement.
 */
class Pipeline {
  private pending: Promise<QueryResult>[] = [];
  constructor(private readonly tx: ManagedTransaction) {}

  /** The statements sent so far: each is sent a turn of the event loop after the one before. */
  private sent: Promise<void> = Promise.resolve();

  send(query: string, params: object): void {
    const next = this.sent.then(() => this.run(query, params));
    next.catch(() => undefined); // reported by drain()
    this.sent = next;
  }

  private run(query: string, params: object): Promise<void> {
    const result = this.tx.run(query, params);
    const promise = new Promise<QueryResult>((resolve, reject) => {
      result.then(resolve, reject);
    });
    promise.catch(() => undefined); // reported by drain()
    this.pending.push(promise);
    return setImmediate();
  }

  async drain(): Promise<void> {
    await this.sent;
    const settled = await Promise.allSettled(this.pending);
    this.pending = [];
    for (const s of settled) if (s.status === 'rejected') throw s.reason;
  }
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
    // No server: writing each document alone would only wait out the retries again, per document.
    if (isDatabaseLost(e)) return plans.map(() => new DatabaseLostError(asError(e)));
    if (batch.length === 1) out[first[0] as number] = asError(e);
    else
      for (const i of first) {
        try {
          out[i] = await writeDocument(driver, database, plans[i] as WritePlan, hooks);
        } catch (inner) {
          if (isDatabaseLost(inner)) {
            const lost = new DatabaseLostError(asError(inner));
            return plans.map((_, k) => out[k] ?? lost);
          }
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

/** The placeholders these plans would adopt that exist (sent with the lock: one round trip). */
async function placeholdersAmong(
  tx: ManagedTransaction,
  plans: readonly WritePlan[],
): Promise<Set<string>> {
  const ids = plans.flatMap((p) =>
    [p.placeholderId, ...p.copies.map((c) => c.placeholderId)].filter(
      (id): id is string => typeof id === 'string',
    ),
  );
  if (ids.length === 0) return new Set();
  const found = await tx.run(Q.PLACEHOLDERS_AMONG, { ids });
  return new Set((found.records[0]?.get('ids') as string[] | undefined) ?? []);
}

async function lockDocuments(
  tx: ManagedTransaction,
  plans: readonly WritePlan[],
): Promise<LockedState> {
  const locked = await tx.run(Q.LOCK_DOCUMENTS, {
    docs: plans.map((p) => ({ id: p.document.id, sourceFile: p.sourceFile })),
  });
  return new Map(
    locked.records.map((r) => [
      r.get('id') as string,
      {
        status: r.get('status') as string,
        contentHash: r.get('contentHash') as string | null,
        registryKey: r.get('registryKey') as string | null,
        hasText: r.get('hasText') as boolean,
        previous: r.get('previous') as string[],
        tasks: r.get('tasks') as number,
      },
    ]),
  );
}

/** Which plans to write (an unchanged text is not) and which documents' old facts to clear. */
function triage(
  plans: readonly WritePlan[],
  state: LockedState,
): { results: WriteResult[]; todo: WritePlan[]; owned: string[] } {
  const results: WriteResult[] = [];
  const todo: WritePlan[] = [];
  const owned: string[] = [];
  for (const plan of plans) {
    const id = plan.document.id;
    const st = state.get(id);
    // A document ingested before texts were kept is written again to gain its text.
    const textKept = st?.hasText === true || plan.text === undefined;
    // Planned with other bodies (the national registry turned on): its groups are planned again.
    const sameRegistry = plan.registryKey === undefined || st?.registryKey === plan.registryKey;
    if (
      st?.status === 'ingested' &&
      st.contentHash === plan.contentHash &&
      textKept &&
      sameRegistry
    ) {
      results.push({ documentId: id, outcome: 'unchanged' });
      continue;
    }
    results.push({ documentId: id, outcome: st?.status === 'ingested' ? 'updated' : 'created' });
    todo.push(plan);
    // A document seen for the first time has nothing of its own to clear.
    if (st && (st.status !== 'new' || st.previous.length > 0)) owned.push(id, ...st.previous);
  }
  return { results, todo, owned };
}

/**
 * Clears what these documents (and earlier versions of their files) wrote before; answers the
 * actors and placeholders they used, for the clean-up once the new facts are written.
 */
async function clearOwned(
  tx: ManagedTransaction,
  pipe: Pipeline,
  owned: string[],
  todo: readonly WritePlan[],
  state: LockedState,
): Promise<OldFacts> {
  const [actorsRead, targetsRead, copiesRead, duesRead] = await Promise.all([
    tx.run(Q.LINKED_ACTORS, { ids: owned }),
    tx.run(Q.REFERENCED_DOCUMENTS, { ids: owned }),
    tx.run(Q.COPIES_OF, { ids: owned }),
    tx.run(Q.TASK_DUE_ENDS, { ids: owned }),
  ]);
  const copies = (copiesRead.records[0]?.get('ids') as string[] | undefined) ?? [];
  pipe.send(Q.CLEAR_FACTS, { ids: owned, facts: DOCUMENT_FACT_TYPES });
  const previous = todo.flatMap((p) => state.get(p.document.id)?.previous ?? []);
  if (previous.length > 0) pipe.send(Q.RETIRE_DOCUMENTS, { ids: previous });
  // Copies made in these texts are rewritten afterwards; ones they no longer hold are retired.
  const keep = new Set(todo.flatMap((p) => p.copies.map((c) => c.document.id)));
  const gone = copies.filter((c) => !keep.has(c));
  if (gone.length > 0) pipe.send(Q.RETIRE_DOCUMENTS, { ids: gone });
  return {
    oldActors: (actorsRead.records[0]?.get('actorIds') as string[] | undefined) ?? [],
    oldTargets: (targetsRead.records[0]?.get('ids') as string[] | undefined) ?? [],
    retired: [...previous, ...gone],
    dueEnds: duesRead.records.map((r) => ({
      end: r.get('end') as string,
      tasks: r.get('tasks') as number,
    })),
  };
}

interface OldFacts {
  oldActors: string[];
  oldTargets: string[];
  retired: string[];
  /** The cleared tasks' ends, counted per end (Q.TASK_DUE_ENDS). */
  dueEnds: { end: string; tasks: number }[];
}

const DUE_END = TASK_FIELDS.indexOf('dueEnd');

/** What the batch changes in each day's count of tasks due (Q.COUNT_TASK_DUES): its new tasks
 *  less the cleared ones, ends unchanged left out, in order of end (the order the locks are
 *  taken in). Integers: a JavaScript number would be stored as a float. */
export function dueDeltas(
  tasks: readonly TaskRow[],
  cleared: readonly { end: string; tasks: number }[],
): { end: string; tasks: ReturnType<typeof neo4j.int> }[] {
  const delta = new Map<string, number>();
  for (const [, values] of tasks) {
    const end = values[DUE_END];
    if (typeof end === 'string') delta.set(end, (delta.get(end) ?? 0) + 1);
  }
  for (const c of cleared) delta.set(c.end, (delta.get(c.end) ?? 0) - c.tasks);
  return [...delta]
    .filter(([, n]) => n !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([end, n]) => ({ end, tasks: neo4j.int(n) }));
}

/** Every statement of the new facts, in dependency order (actors before their links). */
function sendRows(pipe: Pipeline, rows: Rows, placeholders: ReadonlySet<string>): void {
  pipe.send(Q.WRITE_DOCUMENTS, { docs: rows.docs });
  if (rows.actors.length > 0) pipe.send(Q.WRITE_ACTORS, { rows: rows.actors });
  if (rows.children.length > 0) pipe.send(Q.ACTOR_PART_OF, { rows: rows.children });
  if (rows.copies.length > 0) pipe.send(Q.WRITE_COPIES, { rows: rows.copies });
  const adopt = rows.adopt.filter((a) => placeholders.has(a.placeholderId));
  if (adopt.length > 0) pipe.send(Q.ADOPT_PLACEHOLDERS, { pairs: adopt });
  for (const [type, list] of Object.entries(rows.documentRels)) {
    const query = Q.DOCUMENT_TO_ACTOR[type as keyof typeof Q.DOCUMENT_TO_ACTOR];
    if (list.length > 0) pipe.send(query, { rows: list });
  }
  if (rows.tasks.length > 0) pipe.send(Q.WRITE_TASKS, { rows: rows.tasks });
  if (rows.targets.length > 0) pipe.send(Q.WRITE_TARGETS, { rows: rows.targets });
  for (const relation of ['IMPLEMENTS', 'CITES'] as const) {
    const list = rows.references[relation];
    if (list.length > 0) pipe.send(Q.REFERENCES[relation], { rows: list });
  }
  // After the references: an effect is written beside the reference it acts on.
  for (const type of DOCUMENT_LIFECYCLE_TYPES) {
    const list = rows.effects[type];
    if (list.length > 0) pipe.send(Q.EFFECTS[type], { rows: list });
  }
  if (rows.memberships.length > 0) pipe.send(Q.WRITE_MEMBERSHIPS, { rows: rows.memberships });
  if (rows.reports.length > 0) pipe.send(Q.WRITE_REPORTS_ON, { rows: rows.reports });
  if (rows.texts.length > 0) pipe.send(Q.WRITE_TEXTS, { rows: rows.texts });
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
      const [state, placeholders] = await Promise.all([
        lockDocuments(tx, plans),
        placeholdersAmong(tx, plans),
      ]);
      const { results, todo, owned } = triage(plans, state);
      // Before anything is written: the batch is then written document by document, and only
      // the refused one fails.
      checkGuards(todo, state, hooks);
      if (todo.length === 0) return results;
      const pipe = new Pipeline(tx);
      const old: OldFacts =
        owned.length > 0
          ? await clearOwned(tx, pipe, owned, todo, state)
          : { oldActors: [], oldTargets: [], retired: [], dueEnds: [] };
      // A cited earlier version retired just now is a placeholder too (adopted by its successor).
      for (const id of old.retired) placeholders.add(id);
      const rows = rowsOf(todo, hooks.registrySynced === true);
      sendRows(pipe, rows, placeholders);
      if (owned.length > 0) {
        // Clean-up: bodies and placeholders the earlier versions alone used. Parents go after
        // their children, hence three rounds.
        for (let round = 0; round < 3; round++) {
          pipe.send(Q.REMOVE_ORPHAN_ACTORS, { docIds: owned, candidates: old.oldActors });
        }
        pipe.send(Q.REMOVE_ORPHAN_PLACEHOLDERS, { ids: old.oldTargets });
      }
      const deltas = dueDeltas(rows.tasks, old.dueEnds);
      if (deltas.length > 0) pipe.send(Q.COUNT_TASK_DUES, { deltas });
      await pipe.drain();
      await linkReports(
        tx,
        todo.map((p) => p.document.id),
      );
      hooks.beforeCommit?.(todo);
      return results;
    });
  } finally {
    await session.close();
  }
}
