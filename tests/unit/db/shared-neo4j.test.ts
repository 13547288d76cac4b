/** The shared server's record and start lock (no server: the integration test starts one). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  readServerRecord,
  withStartLock,
  writeServerRecord,
} from '../../../src/db/shared-neo4j.ts';

const dir = mkdtempSync(join(tmpdir(), 'dg-shared-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the server record', () => {
  it('names a live process with its port; a dead pid or garbage is no server', () => {
    const file = join(dir, 'neo4j.pid');
    expect(readServerRecord(file, 7687)).toBeUndefined();
    writeServerRecord(file, { pid: process.pid, port: 7700, startedBy: 'cli' });
    expect(readServerRecord(file, 7687)).toEqual({
      pid: process.pid,
      port: 7700,
      startedBy: 'cli',
    });
    // The older format, a bare pid: the default port.
    writeFileSync(file, `${process.pid}\n`);
    expect(readServerRecord(file, 7687)).toEqual({
      pid: process.pid,
      port: 7687,
      startedBy: 'unknown',
    });
    writeServerRecord(file, { pid: 2 ** 22 + 7, port: 7700, startedBy: 'cli' });
    expect(readServerRecord(file, 7687)).toBeUndefined();
    writeFileSync(file, '{ not json');
    expect(readServerRecord(file, 7687)).toBeUndefined();
  });
});

describe('withStartLock', () => {
  it('lets one starter in at a time: the second sees what the first did', async () => {
    const lock = join(dir, 'start.lock');
    const events: string[] = [];
    const starter = (name: string) =>
      withStartLock(lock, async () => {
        events.push(`${name} in`);
        await new Promise((r) => setTimeout(r, 300));
        events.push(`${name} out`);
      });
    await Promise.all([starter('a'), starter('b')]);
    expect(events).toHaveLength(4);
    expect(events[1]).toBe(`${events[0]!.split(' ')[0]} out`);
  });
});
