/**
 * Migrations under concurrent start: two ingests on a fresh database once raced on creating the
 * search index, and one died in 2 runs of 4. Four processes' worth of drivers migrate at once.
 */
import { describe, expect, it } from 'vitest';
import { migrations, runMigrations, SEARCH_INDEX } from '../../src/db/migrations.ts';
import { database, resetDatabase, testDriver, useTestDriver } from '../support/neo4j.ts';

const db = useTestDriver();

describe('runMigrations', () => {
  it('is safe when several processes start on a fresh database at once', async () => {
    for (let round = 0; round < 3; round += 1) {
      await resetDatabase(db.driver, false);
      const drivers = [1, 2, 3, 4].map(() => testDriver());
      try {
        const results = await Promise.all(drivers.map((d) => runMigrations(d, database)));
        // Every migration applied by somebody, none twice in the ledger.
        const applied = new Set(results.flatMap((r) => r.applied));
        expect(applied).toEqual(new Set(migrations.map((m) => m.id)));
        const { records } = await db.driver.executeQuery(
          'MATCH (m:Migration) RETURN m.id AS id ORDER BY id',
          {},
          { database },
        );
        expect(records.map((r) => r.get('id') as string)).toEqual(migrations.map((m) => m.id));
        await db.driver.executeQuery(
          'CALL db.awaitIndex($name, 60)',
          { name: SEARCH_INDEX },
          { database },
        );
        const index = await db.driver.executeQuery(
          'SHOW INDEXES YIELD name, state WHERE name = $name RETURN state',
          { name: SEARCH_INDEX },
          { database },
        );
        expect(index.records.map((r) => r.get('state') as string)).toEqual(['ONLINE']);
      } finally {
        await Promise.all(drivers.map((d) => d.close()));
      }
    }
  });
});
