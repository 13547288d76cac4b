/**
 * The list statements the API builds are served by an index, checked on the plan Neo4j makes for
 * them (EXPLAIN: planned, not run) on the migrated schema.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { organizationsQuery } from '../../src/api/cypher/actors.ts';
import { documentsQuery } from '../../src/api/cypher/documents.ts';
import { pageStatement, type ListQuery } from '../../src/read/page.ts';
import { database, useTestDriver } from '../support/neo4j.ts';

const db = useTestDriver({ reset: true });

beforeAll(async () => {
  await db.driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
});

interface PlanStep {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanStep[];
}

/** Every operator of the first page's plan, with its details (the index it seeks). */
async function planOf(query: ListQuery): Promise<string[]> {
  const { cypher, params } = pageStatement(query, null, 20);
  const { summary } = await db.driver.executeQuery(`EXPLAIN ${cypher}`, params, { database });
  const steps = (step: PlanStep): string[] => [
    `${step.operatorType} ${String(step.arguments.Details ?? '')}`,
    ...step.children.flatMap(steps),
  ];
  return steps(summary.plan as unknown as PlanStep);
}

describe('indexes of the list filters', () => {
  it('organizations of a kind seek the orgKind index', async () => {
    const plan = (await planOf(organizationsQuery({ kind: 'ban-dang' }))).join('\n');
    expect(plan).toMatch(/NodeIndexSeek.*Organization\(orgKind\)/);
    expect(plan).not.toMatch(/NodeByLabelScan/);
  });

  it('organizations of a kind and a level seek one of the two (the planner picks)', async () => {
    const plan = (await planOf(organizationsQuery({ kind: 'ban-dang', level: 'tinh' }))).join('\n');
    expect(plan).toMatch(/NodeIndexSeek.*Organization\((orgKind|level)\)/);
    expect(plan).not.toMatch(/NodeByLabelScan/);
  });

  it('organizations of a level seek the level index', async () => {
    const plan = await planOf(organizationsQuery({ level: 'huyen' }));
    expect(plan.join('\n')).toMatch(/NodeIndexSeek.*Organization\(level\)/);
  });

  it('documents of a status seek the status index', async () => {
    const plan = await planOf(documentsQuery({ status: 'REFERENCED' }));
    expect(plan.join('\n')).toMatch(/NodeIndexSeek.*Document\(status\)/);
  });
});
