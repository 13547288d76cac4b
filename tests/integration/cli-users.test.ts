/**
 * The `users` command as an operator runs it (a real process, the real Neo4j): create shows the
 * key once and stores only its digest; list; revoke; audit shows who did it.
 */
import { userInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { keyDigest, userByKey } from '../../src/graph/users.ts';
import { runCli } from '../support/cli.ts';
import { database, useTestDriver } from '../support/neo4j.ts';

const cli = (args: string[]) => runCli(['users', ...args]);

const db = useTestDriver({ reset: true });

describe('cli: users', () => {
  it('creates, lists and revokes a user, keeping only the digest of its key', async () => {
    const made = await cli([
      'create',
      'Văn phòng Tỉnh ủy',
      '--role',
      'editor',
      '--clearance',
      '1',
      '--jurisdiction',
      'quang-tri',
    ]);
    expect(made.code).toBe(0);
    const key = /^key: (dgk_[\w-]{43})$/m.exec(made.stdout)?.[1];
    const id = /^(user:[0-9a-f]{12}) /m.exec(made.stdout)?.[1];
    expect(key).toBeDefined();
    expect(id).toBeDefined();
    const { records } = await db.driver.executeQuery(
      'MATCH (u:User {id: $id}) RETURN properties(u) AS u',
      { id },
      { database },
    );
    const stored = records[0]?.get('u') as Record<string, unknown>;
    expect(stored.keyHash).toBe(keyDigest(key!));
    expect(Object.values(stored)).not.toContain(key);
    expect(await userByKey(db.driver, database, key!)).toMatchObject({
      id,
      role: 'editor',
      clearance: 1,
      jurisdictions: ['quang-tri'],
      agencies: null,
    });

    const listed = await cli(['list']);
    expect(listed.stdout).toContain(`${id}  Văn phòng Tỉnh ủy  editor  clearance 1`);
    expect(listed.stdout).not.toContain(key!);

    expect((await cli(['revoke', id!])).code).toBe(0);
    expect(await userByKey(db.driver, database, key!)).toBeNull();
    expect((await cli(['revoke', 'user:nobody'])).code).toBe(1);

    const audit = await cli(['audit', '--user', `cli:${userInfo().username}`]);
    const actions = audit.stdout
      .trim()
      .split('\n')
      .map((l) => / (user-\w+) via cli {2}(\S+)/.exec(l)?.slice(1));
    expect(actions).toEqual([
      ['user-revoke', id],
      ['user-create', id],
    ]);
  });

  it('refuses a bad role or clearance with the usage', async () => {
    const bad = await cli(['create', 'x', '--role', 'owner']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--role must be reader, editor or admin');
    expect((await cli(['create', 'x', '--role', 'reader', '--clearance', '4'])).code).toBe(2);
  });
});
