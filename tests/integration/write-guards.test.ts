/**
 * Guards against silent loss. A header-only copy with a stored document's number silently wiped
 * its tasks, and a reused mutation `name` retired an earlier, different document without a word.
 * Now both are refused with what is at stake, unless `--replace` / `replace: true`.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../../src/api/server.ts';
import { createEnvironment, ingestFiles } from '../../src/graph/ingest.ts';
import { loadRegistry } from '../../src/orgs/index.ts';
import { postGraphQL } from '../support/api.ts';
import { database, useTestDriver } from '../support/neo4j.ts';

const root = resolve(import.meta.dirname, '../..');
const seed = (n: string): string => join(root, 'seed/documents', n);
const full003 = readFileSync(seed('003_c1ef8345d186a5d7.txt'), 'utf8');
const full002 = readFileSync(seed('002_af1c1f30eff17f08.txt'), 'utf8');
// The header and preamble alone: the number, no task.
const header003 = full003.split('\n').slice(0, 12).join('\n');
const DOC = 'doc:67-KH/HU@quang-tri/vinh-linh:2023';

const db = useTestDriver({ reset: true });
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dg-guards-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function storedTasks(id: string): Promise<number> {
  const { records } = await db.driver.executeQuery(
    'MATCH (d:Document {id: $id}) RETURN COUNT { (d)-[:HAS_TASK]->() } AS n, d.status AS status',
    { id },
    { database },
  );
  return records[0]?.get('n') as number;
}

async function cli(args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args],
      { cwd: root, env: process.env },
    );
    return { code: 0, stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, stdout: err.stdout };
  }
}

describe('ingest: a truncated copy', { timeout: 120_000 }, () => {
  it('is refused with both counts, the stored tasks kept; --replace writes it', async () => {
    const env = createEnvironment(loadRegistry());
    const first = await ingestFiles({ driver: db.driver, database }, env, [
      seed('003_c1ef8345d186a5d7.txt'),
    ]);
    expect(first.created).toBe(1);
    expect(await storedTasks(DOC)).toBe(20);

    // An edited full copy is an ordinary update.
    const edited = join(dir, 'edited.txt');
    writeFileSync(edited, `${full003}\nNơi nhận: lưu.\n`);
    const update = await ingestFiles({ driver: db.driver, database }, env, [edited]);
    expect(update.reports.map((r) => r.outcome)).toEqual(['updated']);

    const truncated = join(dir, 'truncated.txt');
    writeFileSync(truncated, header003);
    const refused = await cli(['ingest', truncated]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(
      `FAIL ${truncated}: refused: ${DOC} has 20 tasks stored and this copy 0 (fewer than half: a truncated copy?); --replace writes it anyway`,
    );
    expect(await storedTasks(DOC)).toBe(20);

    const replaced = await cli(['ingest', truncated, '--replace']);
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toMatch(new RegExp(`^updated\\s+${truncated}: ${DOC}, 0 tasks`, 'm'));
    expect(await storedTasks(DOC)).toBe(0);
  });
});

describe('ingestDocument: guards', { timeout: 120_000 }, () => {
  const KEY = 'test-key-not-a-secret';
  let api: RunningApi;
  // On the graph the CLI's tests left (DOC stored with no task): its registry is synced already.
  beforeAll(async () => {
    api = await startApi({ driver: db.driver, database, neo4jUri: '', apiKey: KEY }, 0);
  });
  afterAll(async () => {
    await api.stop();
  });
  const INGEST = `mutation ($text: String!, $replace: Boolean) {
    ingestDocument(text: $text, name: "plan.txt", replace: $replace) { outcome document { id } }
  }`;
  interface Answer {
    data?: { ingestDocument: { outcome: string; document: { id: string } } } | null;
  }
  const ingest = (text: string, replace?: boolean) =>
    postGraphQL<Answer['data']>(api, INGEST, { text, replace }, { 'x-api-key': KEY });

  it('a truncated copy: CONFLICT with both counts; replace: true writes it', async () => {
    const whole = await ingest(full003);
    expect(whole.body.errors).toBeUndefined();
    expect(whole.body.data?.ingestDocument.outcome).toBe('UPDATED');
    const refused = await ingest(header003);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      documentId: DOC,
      storedTasks: 20,
      newTasks: 0,
    });
    expect(await storedTasks(DOC)).toBe(20);
    expect((await ingest(header003, true)).body.data?.ingestDocument.outcome).toBe('UPDATED');
    expect(await storedTasks(DOC)).toBe(0);
  });

  it('a name reused for a different document: CONFLICT; replace: true retires the earlier', async () => {
    expect((await ingest(full003, true)).body.data?.ingestDocument.outcome).toBe('UPDATED');
    const refused = await ingest(full002);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      previous: [DOC],
    });
    expect(refused.body.errors?.[0]?.message).toContain(
      `the name plan.txt was last used for ${DOC}`,
    );
    const status = async (): Promise<string> => {
      const { records } = await db.driver.executeQuery(
        'MATCH (d:Document {id: $id}) RETURN d.status AS s',
        { id: DOC },
        { database },
      );
      return records[0]?.get('s') as string;
    };
    expect(await status()).toBe('ingested');
    const replaced = await ingest(full002, true);
    expect(replaced.body.data?.ingestDocument.outcome).toBe('CREATED');
    expect(await status()).not.toBe('ingested');
  });
});
