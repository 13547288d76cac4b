/**
 * What a task's status is derived from (status-derive.ts), read for many tasks in one
 * statement: its due date, the reports on it, REPLACES / REPEALS of its document, and its latest
 * manual update. Manual updates are TaskStatusUpdate nodes found by the task's id, so they
 * outlive a re-ingest of the task's document (its Task nodes are rewritten).
 */
import { factProperties, taskDocId } from '../graph/vocabulary.ts';
import { toEvidence, type Props } from './models.ts';
import type { GraphReader } from './reader.ts';
import { badInput } from './errors.ts';
import { effectDate } from './lifecycle.ts';
import {
  closuresOn,
  type ClosureFact,
  type ReportFact,
  type StatusFacts,
  type StatusUpdateModel,
  type TaskStatusValue,
} from './status-derive.ts';

/** A REPLACES / REPEALS `c` from the newer document `n`, as toClosure reads it. */
const CLOSURE = `{type: type(c), by: n.id, byNumber: n.number, on: ${effectDate('n')},
  rel: ${factProperties('c')}}`;

/** Per document id, the REPLACES / REPEALS from newer documents (any date). */
const CLOSURES = `
UNWIND $ids AS id
MATCH (n:Document)-[c:REPLACES|REPEALS]->(:Document {id: id})
RETURN id, ${CLOSURE} AS closure`;

/**
 * The CALL clauses that gather a task's status facts, for a statement that binds `t` (a Task)
 * and `d` (its Document): `closures`, `reports`, `latest`.
 */
export const STATUS_FACT_CLAUSES = `
CALL {
  WITH d
  OPTIONAL MATCH (n:Document)-[c:REPLACES|REPEALS]->(d)
  WITH n, c WHERE c IS NOT NULL
  RETURN collect(${CLOSURE}) AS closures
}
CALL {
  WITH t
  OPTIONAL MATCH (r:Document)-[l:REPORTS_ON]->(t)
  WITH r, l WHERE l IS NOT NULL
  RETURN collect({report: r.id, reportNumber: r.number, reportDate: r.issuedDate,
                  rel: ${factProperties('l')}}) AS reports
}
CALL {
  WITH t
  OPTIONAL MATCH (u:TaskStatusUpdate {taskId: t.id})
  WITH u ORDER BY u.at DESC, u.id DESC LIMIT 1
  RETURN u {.*} AS latest
}`;

export const STATUS_FACTS = `
UNWIND $ids AS id
MATCH (t:Task {id: id})
OPTIONAL MATCH (d:Document {id: ${taskDocId('t')}})
${STATUS_FACT_CLAUSES}
RETURN id, t.dueEnd AS dueEnd, t.deadlineText AS deadlineText, closures, reports, latest`;

export const STATUS_HISTORY = `
UNWIND $keys AS key
MATCH (u:TaskStatusUpdate {taskId: key})
RETURN key, u {.*} AS update
ORDER BY u.at, u.id`;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function toStatusUpdate(p: Props): StatusUpdateModel {
  return {
    id: p.id as string,
    taskId: p.taskId as string,
    status: p.status as TaskStatusValue,
    note: p.note as string,
    evidence: str(p.evidence),
    by: str(p.by),
    keyId: str(p.keyId),
    at: p.at as string,
  };
}

function toReport(row: Props): ReportFact {
  const rel = row.rel as Props;
  return {
    report: row.report as string,
    reportNumber: str(row.reportNumber),
    reportDate: str(row.reportDate),
    answers: str(rel.answers),
    outcome: str(rel.outcome),
    completedOn: str(rel.completedOn),
    done: str(rel.done),
    evidence: toEvidence(rel),
  };
}

function toClosure(row: Props): ClosureFact {
  const rel = row.rel as Props;
  return {
    type: row.type as string,
    by: row.by as string,
    byNumber: str(row.byNumber),
    on: str(row.on),
    evidence: typeof rel.quote === 'string' ? toEvidence(rel) : null,
  };
}

export function toStatusFacts(row: Props): StatusFacts {
  return {
    taskId: row.id as string,
    dueEnd: str(row.dueEnd),
    deadlineText: str(row.deadlineText),
    reports: (row.reports as Props[])
      .map(toReport)
      .sort((a, b) => a.report.localeCompare(b.report)),
    closures: (row.closures as Props[]).map(toClosure),
    latestUpdate: row.latest ? toStatusUpdate(row.latest as Props) : null,
  };
}

/** The facts of each task (absent ids are left out). */
export async function readStatusFacts(
  db: GraphReader,
  ids: readonly string[],
): Promise<Map<string, StatusFacts>> {
  const rows = await db.read(STATUS_FACTS, { ids });
  return new Map(rows.map((r) => [r.id as string, toStatusFacts(r)]));
}

/** What closed each document by `asOf` (closuresOn): absent ids had nothing close them. */
export async function readClosures(
  db: GraphReader,
  ids: readonly string[],
  asOf: string,
): Promise<Map<string, ClosureFact[]>> {
  const rows = await db.read(CLOSURES, { ids });
  const all = new Map<string, ClosureFact[]>();
  for (const row of rows) {
    const list = all.get(row.id as string) ?? [];
    list.push(toClosure(row.closure as Props));
    all.set(row.id as string, list);
  }
  const closed = new Map<string, ClosureFact[]>();
  for (const [id, list] of all) {
    const on = closuresOn(list, asOf);
    if (on.length > 0) closed.set(id, on);
  }
  return closed;
}

/** The date a status is asked at: the given ISO date, else today (UTC). */
export function statusDate(asOf: string | null | undefined, now = new Date()): string {
  if (asOf == null) return now.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) {
    throw badInput('asOf must be a date as YYYY-MM-DD', { argument: 'asOf' });
  }
  return asOf;
}
