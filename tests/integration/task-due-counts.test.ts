/**
 * The total of a due window (`tasks(filter: { dueFrom, dueTo })`) summed from the days' counts
 * (TaskDueCount, src/read/page.ts dueWindowTotal) is the exact number each viewer may see: the
 * same as the window counted task by task from its index (the `where` form of the same window,
 * which the counts do not serve), after an ingest, a replaced document and a migration that
 * rebuilds the counts. Fixture: the seed graph plus seed 003 marked TỐI MẬT as 68-KH/HU
 * (tests/support/marked.ts): clearance 0–1 do not see it, a Lạng Sơn key sees 7 documents.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../../src/api/server.ts';
import { migrations, runMigrations } from '../../src/db/migrations.ts';
import { createEnvironment, ingestFiles } from '../../src/graph/ingest.ts';
import { createUser } from '../../src/graph/users.ts';
import { defaultRegistry } from '../../src/orgs/index.ts';
import { postGraphQL } from '../support/api.ts';
import { markedText } from '../support/marked.ts';
import { database, testDriver } from '../support/neo4j.ts';
import { loadSeedGraph, seedDir } from '../support/seed-graph.ts';
import { readerInput } from '../support/users.ts';

const ENV_KEY = 'the-shared-key';
const SEED_003 = join(seedDir, '003_c1ef8345d186a5d7.txt');

let driver: Driver;
let api: RunningApi;
let dir: string;
const keys: Record<string, string> = {};

async function ingestText(name: string, text: string): Promise<void> {
  const file = join(dir, name);
  writeFileSync(file, text);
  const summary = await ingestFiles({ driver, database }, createEnvironment(defaultRegistry()), [
    file,
  ]);
  expect(summary.failed).toBe(0);
}

beforeAll(async () => {
  driver = testDriver();
  await loadSeedGraph(driver);
  dir = mkdtempSync(join(tmpdir(), 'dg-due-counts-'));
  api = await startApi(
    {
      driver,
      database,
      neo4jUri: 'bolt://test',
      apiKey: ENV_KEY,
      nationalRegistry: false,
      // Exactness, not speed: a loaded machine plans the first statements slowly.
      transactionTimeoutMs: 120_000,
    },
    0,
  );
  keys.reader0 = (await createUser(driver, database, readerInput('unmarked only'), 'test')).key;
  keys.reader2 = (
    await createUser(driver, database, readerInput('Tối mật', { clearance: 2 }), 'test')
  ).key;
  keys.langSon = (
    await createUser(
      driver,
      database,
      readerInput('Lạng Sơn', { clearance: 3, jurisdictions: ['lang-son'] }),
      'test',
    )
  ).key;
  await ingestText('marked.txt', markedText());
}, 400_000);

afterAll(async () => {
  await api?.stop();
  await driver?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const VIEWERS: [string, () => string | undefined][] = [
  ['anonymous', () => undefined],
  ['clearance 0', () => keys.reader0],
  ['clearance 2 (Tối mật)', () => keys.reader2],
  ['the shared key', () => ENV_KEY],
  ['a Lạng Sơn key', () => keys.langSon],
];

/** Windows: open at either end, a quarter, and one no task falls in (an empty page: the total
 *  is then asked on its own). */
const WINDOWS: { from?: string; to?: string }[] = [
  { from: '2020-01-01' },
  { to: '2022-12-31' },
  { from: '2023-01-01', to: '2023-03-31' },
  { from: '2023-01-01', to: '2024-12-31' },
  { from: '2031-01-01', to: '2031-12-31' },
];

interface Totals {
  tasks: { totalCount: number; edges: unknown[] };
}

async function total(key: string | undefined, filter: object, field: string): Promise<number> {
  const r = await postGraphQL<Totals>(
    api,
    `query($f: ${field === 'filter' ? 'TaskFilter' : 'TaskWhere'}) {
       tasks(${field}: $f, first: 2) { totalCount edges { node { id } } } }`,
    { f: filter },
    key ? { 'x-api-key': key } : {},
  );
  expect(r.body.errors).toBeUndefined();
  return r.body.data!.tasks.totalCount;
}

/** Per viewer, per window: [from the counts, from the index]. */
async function totals(): Promise<Record<string, [number, number][]>> {
  const out: Record<string, [number, number][]> = {};
  for (const [name, key] of VIEWERS) {
    const row: [number, number][] = [];
    for (const w of WINDOWS) {
      const counted = await total(key(), { dueFrom: w.from, dueTo: w.to }, 'filter');
      const indexed = await total(key(), { dueEnd: { gte: w.from, lte: w.to } }, 'where');
      row.push([counted, indexed]);
    }
    out[name] = row;
  }
  return out;
}

/** Each day's count beside its tasks counted one by one: the days where they differ. */
async function countsOff(): Promise<unknown[]> {
  const { records } = await driver.executeQuery(
    `CALL { MATCH (t:Task) WHERE t.dueEnd IS NOT NULL RETURN t.dueEnd AS end, count(t) AS n
            UNION ALL MATCH (c:TaskDueCount) RETURN c.end AS end, -c.tasks AS n }
     WITH end, sum(n) AS off WHERE off <> 0 RETURN end, off ORDER BY end`,
    {},
    { database },
  );
  return records.map((r) => [r.get('end'), r.get('off')]);
}

const same = (n: number): [number, number] => [n, n];

// The marked copy of seed 003 (68-KH/HU) is due when 67-KH/HU is: clearance 2 and up count its
// tasks twice in each window where 67-KH/HU has some. Lạng Sơn's documents alone for its key.
const SEEN_BY_ALL = {
  unmarked: [same(14), same(7), same(3), same(7), same(0)],
  cleared: [same(19), same(7), same(6), same(12), same(0)],
  langSon: [same(9), same(7), same(0), same(2), same(0)],
};

describe('the total of a due window from the days counts', () => {
  it('counts for every viewer what the index counts, after an ingest', async () => {
    expect(await countsOff()).toEqual([]);
    expect(await totals()).toEqual({
      anonymous: SEEN_BY_ALL.unmarked,
      'clearance 0': SEEN_BY_ALL.unmarked,
      'clearance 2 (Tối mật)': SEEN_BY_ALL.cleared,
      'the shared key': SEEN_BY_ALL.cleared,
      'a Lạng Sơn key': SEEN_BY_ALL.langSon,
    });
  });

  it('moves a task between days when a replaced document changes its deadline', async () => {
    // Seed 003 again with its first task due a quarter later: out of the first quarter of 2023.
    const original = readFileSync(SEED_003, 'utf8');
    const edited = original.replace(
      '(hoàn thành trong quý I/2023)',
      '(hoàn thành trong quý II/2023)',
    );
    expect(edited).not.toBe(original);
    await ingestText('vinh-linh.txt', edited);
    expect(await countsOff()).toEqual([]);
    const after = await totals();
    // Its first task and the one under it that inherits the deadline: 2 tasks out of the quarter.
    expect(after.anonymous).toEqual([same(14), same(7), same(1), same(7), same(0)]);
    expect(after['the shared key']).toEqual([same(19), same(7), same(4), same(12), same(0)]);
    // Back to the seed text: the counts are as they were.
    await ingestText('vinh-linh.txt', original);
    expect(await countsOff()).toEqual([]);
    expect((await totals()).anonymous).toEqual(SEEN_BY_ALL.unmarked);
  });

  it('rebuilds the counts of a store written before them (migration 0016), idempotently', async () => {
    const migration = migrations.filter((m) => m.id === '0016-task-due-counts');
    await driver.executeQuery(
      'MATCH (c:TaskDueCount) WITH c LIMIT 3 SET c.tasks = c.tasks + 5 WITH 1 AS x MATCH (c:TaskDueCount) WITH c SKIP 3 LIMIT 2 DELETE c',
      {},
      { database },
    );
    expect((await countsOff()).length).toBe(5);
    await driver.executeQuery(
      "MATCH (m:Migration {id: '0016-task-due-counts'}) DELETE m",
      {},
      {
        database,
      },
    );
    expect(await runMigrations(driver, database, migration)).toEqual({
      applied: ['0016-task-due-counts'],
      skipped: [],
    });
    expect(await countsOff()).toEqual([]);
    expect((await totals())['clearance 2 (Tối mật)']).toEqual(SEEN_BY_ALL.cleared);
  });
});
