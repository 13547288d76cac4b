/** The status rules, in order: manual, closure, report, dates. */
import { describe, expect, it } from 'vitest';
import { deriveStatus, type StatusFacts } from '../../../src/read/status-derive.ts';

const evidence = { docId: 'doc:r', start: 0, end: 1, quote: 'x' };
const facts = (over: Partial<StatusFacts> = {}): StatusFacts => ({
  taskId: 't',
  dueEnd: '2023-12-31',
  deadlineText: 'hoàn thành trong năm 2023',
  reports: [],
  closures: [],
  latestUpdate: null,
  ...over,
});
const report = (outcome: string, completedOn: string | null, reportDate: string) => ({
  report: `doc:${reportDate}`,
  reportNumber: null,
  reportDate,
  answers: null,
  outcome,
  completedOn,
  done: null,
  evidence,
});

describe('deriveStatus', () => {
  it('by dates: overdue, due soon (window inclusive), not due', () => {
    expect(deriveStatus(facts(), '2024-01-01').status).toBe('OVERDUE');
    expect(deriveStatus(facts(), '2023-12-01').status).toBe('DUE_SOON');
    expect(deriveStatus(facts(), '2023-12-01', 10).status).toBe('NOT_DUE');
    expect(deriveStatus(facts({ dueEnd: null }), '2030-01-01').status).toBe('NOT_DUE');
  });

  it('a done report without a date counts from the report date; the earliest completion wins', () => {
    const r = [report('done', null, '2024-02-01'), report('done', '2023-11-30', '2024-03-01')];
    expect(deriveStatus(facts({ reports: [r[0]!] }), '2024-06-01').status).toBe('DONE_LATE');
    const both = deriveStatus(facts({ reports: r }), '2024-06-01');
    expect(both.status).toBe('DONE_ON_TIME');
    expect(both.evidence.map((e) => e.report?.report)).toEqual([
      'doc:2024-03-01',
      'doc:2024-02-01',
    ]);
    // Before the second report was issued, only the first one is known.
    expect(deriveStatus(facts({ reports: r }), '2024-02-15').status).toBe('DONE_LATE');
  });

  it('a closure counts from the day the newer document took effect', () => {
    const closures = [
      { type: 'REPLACES', by: 'doc:b', byNumber: '12-KH/TW', on: '2024-06-05', evidence: null },
    ];
    expect(deriveStatus(facts({ closures }), '2024-06-04').status).toBe('OVERDUE');
    const closed = deriveStatus(facts({ closures }), '2024-06-05');
    expect(closed.status).toBe('CLOSED');
    expect(closed.evidence[0]?.explanation).toBe(
      'its document was replaced by 12-KH/TW from 2024-06-05',
    );
  });

  it('a closure beats a report, a manual update beats both (from its date on)', () => {
    const closures = [
      { type: 'REPEALS', by: 'doc:n', byNumber: '5-QĐ/TW', on: null, evidence: null },
    ];
    const reports = [report('done', '2023-01-01', '2023-02-01')];
    const closed = deriveStatus(facts({ closures, reports }), '2024-01-01');
    expect(closed.status).toBe('CLOSED');
    expect(closed.evidence[0]?.explanation).toBe('its document was repealed by 5-QĐ/TW');
    const latestUpdate = {
      id: 'u',
      taskId: 't',
      status: 'OVERDUE' as const,
      note: 'n',
      evidence: null,
      by: 'A',
      keyId: null,
      at: '2024-05-01T00:00:00Z',
    };
    expect(deriveStatus(facts({ closures, reports, latestUpdate }), '2024-06-01').status).toBe(
      'OVERDUE',
    );
    expect(deriveStatus(facts({ closures, reports, latestUpdate }), '2024-04-01').status).toBe(
      'CLOSED',
    );
  });
});
