/**
 * `asOf` on coordinationPath, coverageReport and overdue, on the seed graph (issue 13), as the
 * other as-of reads (as-of.test.ts): bodies that existed that day (Vĩnh Linh's district bodies end
 * on 2025-06-30, Ban Tuyên giáo Trung ương on 2025-02-28), documents in force by then (undated
 * ones drop out), tasks of documents not yet replaced or repealed.
 */
import { describe, expect, it } from 'vitest';
import { useSeedGraphApi } from '../support/seed-graph.ts';

const { query } = useSeedGraphApi();

const PLAN_10 = 'doc:10-KH/TW@tw:2022';
const PLAN_67 = 'doc:67-KH/HU@quang-tri/vinh-linh:2023';
const COPY_156 = 'doc:156-SY/TU@lang-son:2022';

interface Path {
  coordinationPath: {
    found: boolean;
    length: number | null;
    hops: { from: { id: string }; to: { id: string }; tasks: { task: { id: string } }[] }[] | null;
  };
}
const PATH = `query ($from: ID!, $to: ID!, $asOf: String) {
  coordinationPath(from: $from, to: $to, maxHops: 4, asOf: $asOf) {
    found length hops { from { id } to { id } tasks { task { id } } }
  }
}`;
const path = async (from: string, to: string, asOf: string | null) =>
  (await query<Path>(PATH, { from, to, asOf })).coordinationPath;
const notFound = { found: false, length: null, hops: null };

describe('coordinationPath(asOf)', () => {
  it('Ban Tuyên giáo and Ban Kinh tế Trung ương: joined by 10-KH/TW while both existed', async () => {
    const joined = {
      found: true,
      length: 1,
      hops: [
        {
          from: { id: 'tw/ban-tuyen-giao' },
          to: { id: 'tw/ban-kinh-te' },
          tasks: [{ task: { id: `${PLAN_10}#5.3.2` } }],
        },
      ],
    };
    expect(await path('tw/ban-tuyen-giao', 'tw/ban-kinh-te', null)).toEqual(joined);
    expect(await path('tw/ban-tuyen-giao', 'tw/ban-kinh-te', '2022-12-31')).toEqual(joined);
    // Ban Tuyên giáo Trung ương ended on 2025-02-28.
    expect(await path('tw/ban-tuyen-giao', 'tw/ban-kinh-te', '2026-01-01')).toEqual(notFound);
  });

  it('UBND huyện Vĩnh Linh: joined by 67-KH/HU from its date until the district level ended', async () => {
    const from = 'quang-tri/vinh-linh/ubnd-huyen';
    const to = 'group:quang-tri/vinh-linh/co-quan-chuyen-trach-tham-muu-giup-viec-huyen-uy';
    const joined = {
      found: true,
      length: 1,
      hops: [{ from: { id: from }, to: { id: to }, tasks: [{ task: { id: `${PLAN_67}#5.4` } }] }],
    };
    expect(await path(from, to, null)).toEqual(joined);
    expect(await path(from, to, '2023-01-31')).toEqual(joined);
    expect(await path(from, to, '2022-12-31')).toEqual(notFound);
    expect(await path(from, to, '2026-01-01')).toEqual(notFound);
  });
});

type Summary = { bodies: number; covered: number; notCovered: number; notCheckable: number };
interface Report {
  coverageReport: {
    totalCount: number;
    edges: { node: { document: { id: string }; summary: Summary } }[];
  };
}
const REPORT = `query ($asOf: String) {
  coverageReport(first: 100, asOf: $asOf) {
    totalCount edges { node { document { id } summary { bodies covered notCovered notCheckable } } }
  }
}`;
const report = async (asOf: string | null): Promise<[string, Summary][]> => {
  const data = await query<Report>(REPORT, { asOf });
  expect(data.coverageReport.totalCount).toBe(data.coverageReport.edges.length);
  return data.coverageReport.edges.map((e) => [e.node.document.id, e.node.summary]);
};
const summary = (bodies: number, covered: number, notCovered: number, notCheckable: number) => ({
  bodies,
  covered,
  notCovered,
  notCheckable,
});

describe('coverageReport(asOf)', () => {
  it('only the documents in force that day, each with the bodies of that day', async () => {
    const all = await report(null);
    expect(all.map(([id]) => id)).toEqual([
      PLAN_10,
      PLAN_67,
      'doc:h:c17ea55ac633508e',
      'doc:h:e2ccd97eeb0684c6',
      COPY_156,
    ]);
    const none = summary(0, 0, 0, 0);
    // The two undated programmes drop out; 67-KH/HU came on 2023-01-31.
    expect(await report('2022-12-31')).toEqual([
      [PLAN_10, summary(28, 14, 9, 5)],
      [COPY_156, none],
    ]);
    expect(await report('2023-01-31')).toEqual([
      [PLAN_10, summary(28, 14, 9, 5)],
      [PLAN_67, summary(18, 10, 4, 4)],
      [COPY_156, none],
    ]);
    // The central bodies merged in 2025 and the Vĩnh Linh district bodies can no longer be checked.
    const later = await report('2026-01-01');
    expect(later).toEqual([
      [PLAN_10, summary(28, 6, 9, 13)],
      [PLAN_67, summary(18, 6, 4, 8)],
      [COPY_156, none],
    ]);
    // A report row is the document's own coverage as of that day.
    const one = await query<{ recipientCoverage: { summary: Summary } }>(
      `query { recipientCoverage(document: "${PLAN_10}", asOf: "2026-01-01") {
        summary { bodies covered notCovered notCheckable } } }`,
    );
    expect(one.recipientCoverage.summary).toEqual(later[0]?.[1]);
  });
});

interface Overdue {
  overdue: { totalCount: number; edges: { node: { id: string } }[] };
}
const OVERDUE = `query ($asOf: String) {
  overdue(at: "2026-01-01", first: 100, asOf: $asOf) { totalCount edges { node { id } } }
}`;
const overdue = async (asOf: string | null): Promise<string[]> =>
  (await query<Overdue>(OVERDUE, { asOf })).overdue.edges.map((e) => e.node.id);

describe('overdue(asOf)', () => {
  it('overdue at 2026-01-01 among the tasks of the graph as of 2022-12-31: 10-KH/TW’s only', async () => {
    const all = await overdue(null);
    expect(all).toHaveLength(13);
    expect(all.filter((id) => id.startsWith(PLAN_67))).toEqual([
      `${PLAN_67}#4.1.1`,
      `${PLAN_67}#4.1.2`,
      `${PLAN_67}#5.1`,
      `${PLAN_67}#4.3.1`,
      `${PLAN_67}#4.3.2`,
    ]);
    expect(await overdue('2022-12-31')).toEqual(all.filter((id) => id.startsWith(PLAN_10)));
    expect(await overdue('2023-01-31')).toEqual(all);
  });
});
