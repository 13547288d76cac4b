/**
 * The `ingest` command as a user runs it: a real process, the real Neo4j (NEO4J_URI from
 * `npm test`). Bad files are reported by name with their problem; the good ones still land.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { database, useTestDriver } from '../support/neo4j.ts';

const root = resolve(import.meta.dirname, '../..');
const cli = runCli;

const db = useTestDriver({ reset: true });
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dg-cli-'));
  copyFileSync(join(root, 'seed/documents/003_c1ef8345d186a5d7.txt'), join(dir, 'a-vinh-linh.txt'));
  writeFileSync(join(dir, 'b-empty.txt'), '');
  writeFileSync(join(dir, 'c-latin1.txt'), Buffer.from([0x48, 0x75, 0x79, 0xea, 0x6e, 0x0a]));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('cli: ingest', () => {
  it('a dry run reads and plans but writes nothing', async () => {
    const r = await cli(['ingest', join(dir, 'a-vinh-linh.txt'), '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `planned   ${join(dir, 'a-vinh-linh.txt')}: doc:67-KH/HU@quang-tri/vinh-linh:2023, 20 tasks`,
    );
    const { records } = await db.driver.executeQuery(
      'MATCH (d:Document) RETURN count(d) AS n',
      {},
      { database },
    );
    expect(records[0]?.get('n')).toBe(0);
  });

  it('lands the good files, names each bad one with its problem, and exits 1', async () => {
    const r = await cli(['ingest', dir]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^created {3}.*a-vinh-linh\.txt: doc:67-KH\/HU@quang-tri\/vinh-linh:2023, 20 tasks, \d+ relationships, 2 warnings/,
    );
    expect(lines[1]).toBe(`FAIL ${join(dir, 'b-empty.txt')}: the file is empty`);
    expect(lines[2]).toMatch(
      new RegExp(
        `^FAIL ${join(dir, 'c-latin1.txt')}: not valid UTF-8 \\(first bad byte at offset 3\\)`,
      ),
    );
    expect(lines.at(-1)).toMatch(
      /^3 files: 1 created, 0 updated, 0 unchanged, 2 failed; 20 tasks, \d+ relationships written/,
    );
    const { records } = await db.driver.executeQuery(
      "MATCH (d:Document {status: 'ingested'}) RETURN collect(d.id) AS ids",
      {},
      { database },
    );
    expect(records[0]?.get('ids')).toEqual(['doc:67-KH/HU@quang-tri/vinh-linh:2023']);
  });

  it('rejects bad arguments with the usage', async () => {
    const r = await cli(['ingest', '--concurrency', '0', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--concurrency must be 1…16, got 0');
    expect(r.stderr).toContain('usage: npm run -s cli -- ingest');
    const workers = await cli(['ingest', '--workers', '17', dir]);
    expect(workers.code).toBe(2);
    expect(workers.stderr).toBe(
      'ingest: --workers must be 0…16, got 17\nusage: npm run -s cli -- ingest <files or folders> [--dry-run] [--meta <file>] [--batch <n>] [--concurrency <n>] [--workers <n>] [--national] [--replace] [--json]\n',
    );
  });

  it('prints the same lines whether a worker or the main thread reads the files', async () => {
    const inline = await cli(['ingest', dir, '--dry-run', '--workers', '0']);
    const pooled = await cli(['ingest', dir, '--dry-run', '--workers', '2']);
    // The summary's last words are the time taken.
    const untimed = (out: string): string => out.replace(/ in \d+\.\d s/, ' in … s');
    expect(inline.code).toBe(1);
    expect(pooled.code).toBe(1);
    expect(untimed(pooled.stdout)).toBe(untimed(inline.stdout));
    expect(pooled.stderr).toBe(inline.stderr);
    expect(pooled.stdout.split('\n').slice(0, 3)).toEqual([
      expect.stringMatching(
        /^planned {3}.*a-vinh-linh\.txt: doc:67-KH\/HU@quang-tri\/vinh-linh:2023, 20 tasks, \d+ relationships, 2 warnings/,
      ),
      `FAIL ${join(dir, 'b-empty.txt')}: the file is empty`,
      expect.stringMatching(
        new RegExp(
          `^FAIL ${join(dir, 'c-latin1.txt')}: not valid UTF-8 \\(first bad byte at offset 3\\)`,
        ),
      ),
    ]);
  });
});
