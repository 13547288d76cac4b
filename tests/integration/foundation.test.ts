import { describe, expect, it } from 'vitest';
import { migrations, runMigrations } from '../../src/db/migrations.ts';
import { database, useTestDriver } from '../support/neo4j.ts';

const db = useTestDriver({ reset: true });

async function schema(): Promise<string[]> {
  const names: string[] = [];
  for (const query of [
    'SHOW CONSTRAINTS YIELD name RETURN name',
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
  ]) {
    const { records } = await db.driver.executeQuery(query, {}, { database });
    names.push(...records.map((r) => r.get('name') as string));
  }
  return names.sort();
}

describe('the real Neo4j over Bolt', () => {
  it('writes and reads back a node with Vietnamese text', async () => {
    await db.driver.executeQuery(
      'CREATE (:Probe {id: $id, name: $name})',
      { id: 'probe-1', name: 'Ban Tuyên giáo Trung ương' },
      { database },
    );
    const { records } = await db.driver.executeQuery(
      'MATCH (p:Probe {id: $id}) RETURN p.name AS name',
      { id: 'probe-1' },
      { database },
    );
    expect(records.map((r) => r.get('name'))).toEqual(['Ban Tuyên giáo Trung ương']);
    await db.driver.executeQuery('MATCH (p:Probe) DELETE p', {}, { database });
  });

  it('is a Neo4j 5 server', async () => {
    const { records } = await db.driver.executeQuery(
      'CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version',
      {},
      { database },
    );
    expect(records[0]?.get('name')).toBe('Neo4j Kernel');
    expect(records[0]?.get('version')).toMatch(/^5\./);
  });
});

describe('schema migrations', () => {
  it('are recorded once each and leave the same schema when applied again', async () => {
    const before = await schema();
    const again = await runMigrations(db.driver, database);
    expect(again.applied).toEqual([]);
    expect(again.skipped).toEqual(migrations.map((m) => m.id));
    expect(await schema()).toEqual(before);
    const { records } = await db.driver.executeQuery(
      'MATCH (m:Migration) RETURN m.id AS id ORDER BY id',
      {},
      { database },
    );
    expect(records.map((r) => r.get('id'))).toEqual(migrations.map((m) => m.id));
  });

  it('create the uniqueness constraints the ids rely on', async () => {
    expect(await schema()).toEqual(
      expect.arrayContaining(['document_id', 'organization_id', 'task_id', 'migration_id']),
    );
    await db.driver.executeQuery('CREATE (:Document {id: $id})', { id: 'dup' }, { database });
    await expect(
      db.driver.executeQuery('CREATE (:Document {id: $id})', { id: 'dup' }, { database }),
    ).rejects.toThrow(/already exists/);
    await db.driver.executeQuery(
      'MATCH (d:Document {id: $id}) DELETE d',
      { id: 'dup' },
      { database },
    );
  });
});
