/**
 * The example operations in operations/ run on the seed graph without errors, and their answers
 * fit the client types codegen generates from them (src/api/generated/operations.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  ActorTasksQuery,
  CoordinationPathQuery,
  ImplementationCascadeQuery,
  RecipientCoverageQuery,
  ReportingLinesQuery,
  SearchOrganizationsQuery,
} from '../../src/api/generated/operations.ts';
import { postGraphQL } from '../support/api.ts';
import { useSeedGraphApi } from '../support/seed-graph.ts';

const dir = resolve(import.meta.dirname, '../../operations');
const operations = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => [f.replace(/\.graphql$/, ''), readFileSync(join(dir, f), 'utf8')]),
);

const seeded = useSeedGraphApi();

async function run<T>(name: string, variables: Record<string, unknown> = {}): Promise<T> {
  const text = operations[name];
  if (!text) throw new Error(`no operation ${name}`);
  const response = await postGraphQL<T>(seeded.api, text, variables);
  expect(response.body.errors).toBeUndefined();
  return response.body.data as T;
}

describe('example operations', () => {
  it('are all here', () => {
    expect(Object.keys(operations)).toEqual([
      'ActorTasks',
      'CoordinationPath',
      'DocumentByNumber',
      'ImplementationCascade',
      'Implementers',
      'OrganizationPartners',
      'RecipientCoverage',
      'ReportingLines',
      'Search',
      'SearchOrganizations',
      'TasksDue',
    ]);
  });

  for (const name of Object.keys(operations)) {
    it(`${name} runs with its default variables`, async () => {
      const data = await run<Record<string, unknown>>(name);
      expect(Object.values(data).every((value) => value !== null)).toBe(true);
    });
  }

  it('typed answers: roles, reporting lines, search pages', async () => {
    const roles = await run<ActorTasksQuery>('ActorTasks');
    expect(roles.tasks.edges.map((e) => e.node.rolesOf)).toEqual([
      ['COORDINATOR'],
      ['LEAD'],
      ['LEAD'],
    ]);
    const lines = await run<ReportingLinesQuery>('ReportingLines');
    expect(lines.organization?.reportedToBy.map((a) => a.kind)).toEqual(['GROUP', 'ORGANIZATION']);
    const first = await run<SearchOrganizationsQuery>('SearchOrganizations', { level: 'TW' });
    expect(first.organizations.edges.map((e) => e.node.id)).toEqual([
      'tw/ban-tuyen-giao',
      'tw/ban-tuyen-giao-va-dan-van',
    ]);
    expect(first.organizations.pageInfo.hasNextPage).toBe(false);
  });

  it('typed answers of the traversals: coverage, cascade, coordination path', async () => {
    const coverage = await run<RecipientCoverageQuery>('RecipientCoverage');
    const lienMinh = coverage.recipientCoverage?.bodies.find(
      (b) => b.actor.id === 'doc:h:c17ea55ac633508e/lien-minh-htx',
    );
    expect(lienMinh?.status).toBe('NOT_COVERED');
    expect(lienMinh?.tasks.map((t) => t.evidence.quote)).toEqual(['Liên minh Hợp tác xã tinh']);
    const cascade = await run<ImplementationCascadeQuery>('ImplementationCascade');
    expect(
      cascade.implementationTree?.nodes.map((n) => [n.depth, n.document.number, n.relation]),
    ).toEqual([
      [0, '20-NQ/TW', null],
      [1, '10-KH/TW', 'IMPLEMENTS'],
      [1, '47-CTr/TU', 'IMPLEMENTS'],
      [1, null, 'IMPLEMENTS'],
      [2, '156-SY/TU', 'COPY_OF'],
      [2, '67-KH/HU', 'IMPLEMENTS'],
    ]);
    const path = await run<CoordinationPathQuery>('CoordinationPath');
    expect(path.coordinationPath?.hops?.map((h) => [h.from.id, h.to.id])).toEqual([
      ['tw/ban-tuyen-giao', 'tw/lien-minh-htx'],
      ['tw/lien-minh-htx', 'tw/dang-doan-mat-tran-to-quoc'],
    ]);
  });
});
