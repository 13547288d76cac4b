/**
 * The example operations in operations/ run on the seed graph without errors, and their answers
 * fit the client types codegen generates from them (src/api/generated/operations.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  ActorTasksQuery,
  ReportingLinesQuery,
  SearchOrganizationsQuery,
} from '../../src/api/generated/operations.ts';
import { postGraphQL } from './http.ts';
import { useSeedGraphApi } from './seeds.ts';

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
      'DocumentByNumber',
      'Implementers',
      'OrganizationPartners',
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
});
