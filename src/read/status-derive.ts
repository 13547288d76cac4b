/**
 * A task's status, derived (pure) from what the graph holds about it, and explained:
 *
 * 1. a manual update (updateTaskStatus), the latest one, says it — an auditor's word wins;
 * 2. CLOSED when its document was replaced or repealed (REPLACES / REPEALS) by another in effect
 *    by the date asked (from its date of effect, else its issue date; an undated one counts);
 * 3. DONE_ON_TIME / DONE_LATE when a report issued by the date asked says it was done: its
 *    completion date (else the report's date) against the task's due date;
 * 4. else by dates: OVERDUE after the due date, DUE_SOON within `dueSoonDays` of it, NOT_DUE
 *    before that or when the task has no end date (recurring, ongoing, "from 2023").
 *
 * Everything considered is in the evidence, the deciding item first.
 */
import type { Evidence } from '../graph/vocabulary.ts';

export const TASK_STATUSES = [
  'NOT_DUE',
  'DUE_SOON',
  'OVERDUE',
  'DONE_ON_TIME',
  'DONE_LATE',
  'CLOSED',
] as const;
export type TaskStatusValue = (typeof TASK_STATUSES)[number];

export function isTaskStatus(value: string): value is TaskStatusValue {
  return (TASK_STATUSES as readonly string[]).includes(value);
}

/** A report's link to the task (REPORTS_ON), with the report's number and date. */
export interface ReportFact {
  report: string;
  reportNumber: string | null;
  reportDate: string | null;
  answers: string | null;
  outcome: string | null;
  completedOn: string | null;
  done: string | null;
  evidence: Evidence;
}

/** A REPLACES or REPEALS from a newer document to the task's. */
export interface ClosureFact {
  type: string;
  by: string;
  byNumber: string | null;
  /** The day the newer document took effect (its date of effect, else its issue date). */
  on: string | null;
  evidence: Evidence | null;
}

/** The closures in effect on `asOf`, earliest first. */
export function closuresOn(closures: readonly ClosureFact[], asOf: string): ClosureFact[] {
  return closures
    .filter((c) => c.on === null || c.on <= asOf)
    .sort((a, b) => (a.on ?? '').localeCompare(b.on ?? '') || a.by.localeCompare(b.by));
}

/** A manual update (a TaskStatusUpdate node). */
export interface StatusUpdateModel {
  id: string;
  taskId: string;
  status: TaskStatusValue;
  note: string;
  evidence: string | null;
  by: string | null;
  keyId: string | null;
  at: string;
}

export interface StatusFacts {
  taskId: string;
  dueEnd: string | null;
  deadlineText: string | null;
  reports: ReportFact[];
  closures: ClosureFact[];
  latestUpdate: StatusUpdateModel | null;
}

export type StatusSource = 'MANUAL' | 'CLOSURE' | 'REPORT' | 'DEADLINE';

export interface StatusEvidenceModel {
  source: StatusSource;
  explanation: string;
  evidence: Evidence | null;
  report: ReportFact | null;
  closure: ClosureFact | null;
  update: StatusUpdateModel | null;
}

export interface DerivedStatus {
  taskId: string;
  status: TaskStatusValue;
  asOf: string;
  evidence: StatusEvidenceModel[];
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function fromReport(r: ReportFact, explanation: string): StatusEvidenceModel {
  return {
    source: 'REPORT',
    explanation,
    evidence: r.evidence,
    report: r,
    closure: null,
    update: null,
  };
}

function byDates(
  facts: StatusFacts,
  asOf: string,
  dueSoonDays: number,
): StatusEvidenceModel & {
  status: TaskStatusValue;
} {
  const base = {
    source: 'DEADLINE' as const,
    evidence: null,
    report: null,
    closure: null,
    update: null,
  };
  const due = facts.dueEnd;
  if (due === null) {
    const what = facts.deadlineText ? `“${facts.deadlineText}”` : 'no deadline';
    return { ...base, status: 'NOT_DUE', explanation: `no end date (${what})` };
  }
  if (due < asOf) {
    return {
      ...base,
      status: 'OVERDUE',
      explanation: `due ${due}, before ${asOf}, and no report says it was done`,
    };
  }
  if (due <= addDays(asOf, dueSoonDays)) {
    return {
      ...base,
      status: 'DUE_SOON',
      explanation: `due ${due}, within ${dueSoonDays} days of ${asOf}`,
    };
  }
  return { ...base, status: 'NOT_DUE', explanation: `due ${due}, after ${asOf}` };
}

/** The earliest completion among the reports (issued by `asOf`) that say the task was done. */
function completion(facts: StatusFacts, asOf: string): { report: ReportFact; on: string } | null {
  let best: { report: ReportFact; on: string } | null = null;
  for (const r of facts.reports) {
    if (r.outcome !== 'done') continue;
    const on = r.completedOn ?? r.reportDate;
    if (on === null || on > asOf || (r.reportDate !== null && r.reportDate > asOf)) continue;
    if (!best || on < best.on) best = { report: r, on };
  }
  return best;
}

export function deriveStatus(facts: StatusFacts, asOf: string, dueSoonDays = 30): DerivedStatus {
  const known = facts.reports
    .filter((r) => r.reportDate === null || r.reportDate <= asOf)
    .map((r) => fromReport(r, `report ${r.reportNumber ?? r.report}: ${r.outcome ?? 'unknown'}`));
  const closures = closuresOn(facts.closures, asOf).map((c): StatusEvidenceModel => ({
    source: 'CLOSURE',
    explanation: `its document was ${c.type === 'REPEALS' ? 'repealed' : 'replaced'} by ${c.byNumber ?? c.by}${c.on ? ` from ${c.on}` : ''}`,
    evidence: c.evidence,
    report: null,
    closure: c,
    update: null,
  }));
  const result = (status: TaskStatusValue, evidence: StatusEvidenceModel[]): DerivedStatus => ({
    taskId: facts.taskId,
    status,
    asOf,
    evidence,
  });
  const u = facts.latestUpdate;
  if (u && u.at.slice(0, 10) <= asOf) {
    const manual: StatusEvidenceModel = {
      source: 'MANUAL',
      explanation: `set by ${u.by ?? u.keyId ?? 'unknown'} on ${u.at}: ${u.note}`,
      evidence: null,
      report: null,
      closure: null,
      update: u,
    };
    return result(u.status, [manual, ...closures, ...known]);
  }
  if (closures.length > 0) return result('CLOSED', [...closures, ...known]);
  const done = completion(facts, asOf);
  if (done) {
    const late = facts.dueEnd !== null && done.on > facts.dueEnd;
    const due = facts.dueEnd ?? 'no end date';
    const main = fromReport(
      done.report,
      `report ${done.report.reportNumber ?? done.report.report} says it was done on ${done.on} (due ${due})`,
    );
    const rest = known.filter((e) => e.report !== done.report);
    return result(late ? 'DONE_LATE' : 'DONE_ON_TIME', [main, ...rest]);
  }
  const { status, ...dates } = byDates(facts, asOf, dueSoonDays);
  return result(status, [dates, ...known]);
}
