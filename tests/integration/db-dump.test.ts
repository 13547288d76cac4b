/**
 * A full backup of a local Neo4j (issue 15): the seed graph in a throwaway server, the server
 * stopped, `db dump` of its data folder, `db load` into a fresh folder, a server started there:
 * the same nodes, relationships and ids. Through the CLI as a user runs it (`--home`: the data
 * folder of a server that is not the project's own).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startLocalNeo4j, type RunningNeo4j } from '../../src/db/local-neo4j.ts';
import { runCli } from '../support/cli.ts';
import { database } from '../support/neo4j.ts';
import { loadSeedGraph } from '../support/seed-graph.ts';

const dir = mkdtempSync(join(tmpdir(), 'dg-dump-test-'));
const servers: RunningNeo4j[] = [];

afterAll(async () => {
  for (const s of servers) await s.stop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

async function start(home: string): Promise<RunningNeo4j> {
  const server = await startLocalNeo4j({
    home,
    port: await freePort(),
    heapMb: 512,
    pageCacheMb: 32,
    logFile: join(dir, `${home.split('/').pop()}.log`),
    mode: 'child',
  });
  servers.push(server);
  return server;
}

/** What the graph holds: nodes per label, relationships per type, and a digest of every id. */
async function picture(driver: Driver): Promise<Record<string, unknown>> {
  const q = async (cypher: string) =>
    (await driver.executeQuery(cypher, {}, { database })).records.map((r) => r.toObject());
  const labels = await q(
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
  );
  const types = await q('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type');
  const ids = await q('MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id ORDER BY id');
  const digest = createHash('sha256')
    .update(ids.map((r) => r.id as string).join('\n'))
    .digest('hex');
  return { labels, types, ids: ids.length, digest };
}

describe('db dump and db load', () => {
  it('gives back the same graph in a fresh data folder', async () => {
    const first = join(dir, 'first');
    const server = await start(first);
    const driver = neo4j.driver(server.uri, undefined, { disableLosslessIntegers: true });
    await loadSeedGraph(driver);
    const before = await picture(driver);
    await driver.close();
    await server.stop();
    expect((before.labels as unknown[]).length).toBeGreaterThan(5);

    const file = join(dir, 'graph.dump');
    const dumped = await runCli(['db', 'dump', file, '--home', first]);
    expect(dumped.stderr).toBe('');
    expect(dumped.code).toBe(0);
    expect(dumped.stdout).toMatch(/^dumped to .*graph\.dump \(\d+\.\d s\)\n$/);
    expect(statSync(file).size).toBeGreaterThan(10_000);

    const second = join(dir, 'second');
    const loaded = await runCli(['db', 'load', file, '--home', second]);
    expect(loaded.code).toBe(0);
    const again = await start(second);
    const reader = neo4j.driver(again.uri, undefined, { disableLosslessIntegers: true });
    try {
      expect(await picture(reader)).toEqual(before);
    } finally {
      await reader.close();
    }
  }, 300_000);

  it('refuses a database in use, and a missing dump, with one line', async () => {
    const home = join(dir, 'busy');
    const server = await start(home);
    const busy = await runCli(['db', 'dump', join(dir, 'busy.dump'), '--home', home]);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(/^db dump: neo4j-admin database dump failed: .*in use.*\n$/);
    await server.stop();
    const missing = await runCli(['db', 'load', join(dir, 'none.dump'), '--home', home]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`db load: ${join(dir, 'none.dump')}: no such dump\n`);
  }, 300_000);
});
