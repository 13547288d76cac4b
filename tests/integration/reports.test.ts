/**
 * Reports as documents: a báo cáo is ingested like any document and linked REPORTS_ON to the
 * document it reports on and to the tasks it answers, each link with its evidence.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEnvironment, ingestFiles } from '../../src/graph/ingest.ts';
import { defaultRegistry } from '../../src/orgs/index.ts';
import { database } from '../support/neo4j.ts';
import { loadReports, reportDir } from '../support/reports.ts';
import { seedDir, useSeedGraphApi } from '../support/seed-graph.ts';

const graph = useSeedGraphApi();

const PLAN_10 = 'doc:10-KH/TW@tw:2022';
const PLAN_67 = 'doc:67-KH/HU@quang-tri/vinh-linh:2023';

interface Link {
  report: string;
  target: string;
  answers: string | null;
  outcome: string | null;
  completedOn: string | null;
  quote: string;
}

async function links(): Promise<Link[]> {
  const { records } = await graph.driver.executeQuery(
    `MATCH (r:Document)-[l:REPORTS_ON]->(x)
     RETURN r.number AS report, x.id AS target, l.answers AS answers, l.outcome AS outcome,
            l.completedOn AS completedOn, l.quote AS quote, l.docId AS docId, l.start AS start,
            l.end AS end
     ORDER BY report, target`,
    {},
    { database },
  );
  return records.map((r) => {
    const text = readFileSync(
      join(reportDir, r.get('report') === '85-BC/BTGTW' ? '85-BC-BTGTW.txt' : '112-BC-HU.txt'),
      'utf8',
    );
    // The evidence is the report's own text.
    expect(text.slice(r.get('start') as number, r.get('end') as number)).toBe(r.get('quote'));
    return {
      report: r.get('report') as string,
      target: r.get('target') as string,
      answers: r.get('answers') as string | null,
      outcome: r.get('outcome') as string | null,
      completedOn: r.get('completedOn') as string | null,
      quote: r.get('quote') as string,
    };
  });
}

describe('reports on 10-KH/TW and 67-KH/HU', () => {
  beforeAll(async () => {
    await loadReports(graph.driver);
  });

  it('link each report to its document and to the tasks it answers', async () => {
    const found = await links();
    expect(found.map((l) => [l.report, l.target, l.outcome, l.completedOn])).toEqual([
      ['112-BC/HU', PLAN_67, null, null],
      ['112-BC/HU', `${PLAN_67}#4.1.2`, 'done', '2023-06-15'],
      ['112-BC/HU', `${PLAN_67}#4.3.1`, 'done', '2024-11-30'],
      ['112-BC/HU', `${PLAN_67}#4.3.2`, 'done', '2024-11-30'],
      ['85-BC/BTGTW', PLAN_10, null, null],
      ['85-BC/BTGTW', `${PLAN_10}#3.2`, 'done', '2022-08-25'],
      ['85-BC/BTGTW', `${PLAN_10}#5.3.2`, 'done', '2024-02-20'],
      ['85-BC/BTGTW', `${PLAN_10}#5.3.4`, 'ongoing', null],
    ]);
    expect(found[0]?.quote).toBe('Kế hoạch số 67-KH/HU');
    expect(found[5]?.answers).toBe(
      'mục II.2: “hướng dẫn các cấp uỷ tổ chức nghiên cứu, học tập, quán triệt Nghị quyết 20”',
    );
    expect(found[1]?.answers).toBe(
      '“Xây dựng nội dung và phương pháp tuyên truyền phù hợp với từng đối tượng”',
    );
  });

  it('keeps the links when the reported document is ingested again (its tasks are rewritten)', async () => {
    const seed67 = join(seedDir, '003_c1ef8345d186a5d7.txt');
    const text = readFileSync(seed67, 'utf8');
    const copy = join(mkdtempSync(join(tmpdir(), 'reports-')), '67.txt');
    // The same plan with one more line: a changed text, so its tasks are written again.
    writeFileSync(copy, `${text}\n`);
    const env = createEnvironment(defaultRegistry());
    const before = await links();
    const summary = await ingestFiles({ driver: graph.driver, database }, env, [copy]);
    expect(summary.reports[0]?.outcome).toBe('updated');
    expect(await links()).toEqual(before);
    // Back to the seed's own text for the tests that follow.
    await ingestFiles({ driver: graph.driver, database }, env, [seed67]);
  });
});
