/**
 * Backup and restore of what the documents cannot give back (issue 15), through the CLI as a
 * user runs it, on a real Neo4j: users, status updates and the audit trail are made through
 * the API → `backup` → the database wiped → the seed documents ingested again → `restore` → the
 * same answers (keys work again, the same statuses and histories, the same trail); a second
 * restore changes nothing; a damaged file is refused whole, naming its line, with nothing
 * written.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../../src/api/server.ts';
import { createUser, revokeUser } from '../../src/graph/users.ts';
import { readerInput } from '../support/users.ts';
import { postGraphQL } from '../support/api.ts';
import { runCli } from '../support/cli.ts';
import { database, resetDatabase, testDriver } from '../support/neo4j.ts';
import { loadSeedGraph } from '../support/seed-graph.ts';

const ENV_KEY = 'backup-test-shared-key';
const TASKS = [
  'doc:67-KH/HU@quang-tri/vinh-linh:2023#4.1.1',
  'doc:67-KH/HU@quang-tri/vinh-linh:2023#4.1.2',
  'doc:10-KH/TW@tw:2022#2.1',
];

let driver: Driver;
let api: RunningApi;
let dir: string;
const keys: Record<string, string> = {};

const user = readerInput;

beforeAll(async () => {
  driver = testDriver();
  await loadSeedGraph(driver);
  dir = mkdtempSync(join(tmpdir(), 'dg-backup-'));
  api = await startApi(
    { driver, database, neo4jUri: 'bolt://test', apiKey: ENV_KEY, nationalRegistry: false },
    0,
  );
  const made = {
    reader: user('Văn phòng Tỉnh ủy Lạng Sơn', { clearance: 1, jurisdictions: ['lang-son'] }),
    editor: user('Huyện ủy Vĩnh Linh', {
      role: 'editor',
      agencies: ['quang-tri/vinh-linh/ban-thuong-vu-huyen-uy'],
    }),
    admin: user('admin', { role: 'admin', clearance: 3 }),
    revoked: user('gone', {}),
  };
  for (const [name, input] of Object.entries(made)) {
    const created = await createUser(driver, database, input, 'test');
    keys[name] = created.key;
    if (name === 'revoked') await revokeUser(driver, database, created.user.id, 'test');
  }
  for (const [i, task] of TASKS.entries()) {
    await ask(
      `mutation($task: ID!, $status: TaskStatus!, $note: String!) {
        updateTaskStatus(task: $task, status: $status, note: $note, by: "tổ kiểm tra") { id } }`,
      // The third through the shared key: a trail of two writers.
      i === 2 ? ENV_KEY : keys.editor,
      { task, status: i === 2 ? 'DONE_LATE' : 'DONE_ON_TIME', note: `báo cáo ${i + 1}` },
    );
  }
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await driver?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function ask<T = Record<string, unknown>>(
  query: string,
  key: string | undefined,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const r = await postGraphQL<T>(api, query, variables, key ? { 'x-api-key': key } : {});
  expect(r.body.errors).toBeUndefined();
  return r.body.data!;
}

/** Everything a person entered, as the API answers it. */
async function answers(): Promise<unknown> {
  const tasks = await Promise.all(
    TASKS.map((id) =>
      ask(
        `query($id: ID!) { node(id: $id) { ... on Task { id status(asOf: "2024-06-30")
          statusHistory { id status note by keyId at } } } }`,
        ENV_KEY,
        { id },
      ),
    ),
  );
  const admin = await ask(
    `{ users { id name role clearance jurisdictions agencies keyHint createdAt createdBy revokedAt
       revokedBy }
       auditLog(first: 100) { id at userId userName action via targets detail } }`,
    keys.admin,
  );
  const viewers = await Promise.all(
    ['reader', 'editor'].map((k) =>
      ask('{ viewer { id role clearance jurisdictions agencies } }', keys[k]),
    ),
  );
  return { tasks, admin, viewers };
}

async function nodeCounts(): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(
    `CALL { MATCH (n:User) RETURN count(n) AS users }
     CALL { MATCH (n:TaskStatusUpdate) RETURN count(n) AS statusUpdates }
     CALL { MATCH (n:AuditEvent) RETURN count(n) AS auditEvents }
     CALL { MATCH (n:Task) RETURN count(n) AS tasks }
     RETURN users, statusUpdates, auditEvents, tasks`,
    {},
    { database },
  );
  return records[0]!.toObject() as Record<string, number>;
}

const summaryOf = (stdout: string): Record<string, unknown> =>
  JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;

describe('backup and restore', () => {
  let file: string;
  let before: unknown;
  let counts: Record<string, number>;

  it('writes one versioned file with a count per kind', async () => {
    before = await answers();
    counts = await nodeCounts();
    // Four users; three status updates; the trail: each status update (the users were made
    // directly, not through the API).
    expect(counts).toEqual({ users: 4, statusUpdates: 3, auditEvents: 3, tasks: 88 });
    file = join(dir, 'backup.jsonl');
    const run = await runCli(['backup', file, '--json']);
    expect(run.stderr).toContain('read 4 user records');
    expect(run.code).toBe(0);
    expect(summaryOf(run.stdout)).toMatchObject({
      event: 'summary',
      file,
      counts: { user: 4, statusUpdate: 3, auditEvent: 3 },
    });
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(11);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      format: 'directive-graph-backup',
      version: 1,
      counts: { user: 4, statusUpdate: 3, auditEvent: 3 },
    });
    // Only digests of keys: no key is in the file.
    for (const key of Object.values(keys)) expect(readFileSync(file, 'utf8')).not.toContain(key);
  }, 120_000);

  it('restores into a wiped database after the documents are ingested again: same answers', async () => {
    await resetDatabase(driver);
    await loadSeedGraph(driver);
    expect(await nodeCounts()).toEqual({ users: 0, statusUpdates: 0, auditEvents: 0, tasks: 88 });
    const bad = await postGraphQL(api, '{ viewer { id } }', {}, { 'x-api-key': keys.admin! });
    expect(bad.status).toBe(401);
    const run = await runCli(['restore', file]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(
      `restore ${file}: 4 user, 3 statusUpdate, 3 auditEvent records; new: 4 user, 3 statusUpdate, 3 auditEvent`,
    );
    expect(await nodeCounts()).toEqual(counts);
    expect(await answers()).toEqual(before);
  }, 180_000);

  it('changes nothing when restored twice', async () => {
    const run = await runCli(['restore', file, '--json']);
    expect(run.code).toBe(0);
    expect(summaryOf(run.stdout)).toMatchObject({
      counts: {
        user: { records: 4, created: 0 },
        statusUpdate: { records: 3, created: 0 },
        auditEvent: { records: 3, created: 0 },
      },
      statusUpdatesWithoutTask: 0,
    });
    expect(await nodeCounts()).toEqual(counts);
    expect(await answers()).toEqual(before);
  }, 120_000);

  it('refuses a damaged file whole, naming the file, the line and the record', async () => {
    await resetDatabase(driver);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const third = JSON.parse(lines[2]!) as { data: { id: string; clearance: number } };
    third.data.clearance = 7;
    const damaged = join(dir, 'damaged.jsonl');
    writeFileSync(
      damaged,
      [...lines.slice(0, 2), JSON.stringify(third), ...lines.slice(3)].join('\n'),
    );
    const run = await runCli(['restore', damaged]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      `restore: ${damaged}: line 3: user ${third.data.id}: clearance must be an integer 0–3, not 7; nothing written`,
    );
    const truncated = join(dir, 'truncated.jsonl');
    writeFileSync(truncated, lines.slice(0, -1).join('\n'));
    const cut = await runCli(['restore', truncated]);
    expect(cut.code).toBe(1);
    expect(cut.stderr.trim()).toBe(
      `restore: ${truncated}: line 1: the header counts 3 auditEvent records, the file holds 2 (truncated?); nothing written`,
    );
    // The valid users before the damaged line were not written either.
    expect(await nodeCounts()).toEqual({ users: 0, statusUpdates: 0, auditEvents: 0, tasks: 0 });
  }, 120_000);
});
