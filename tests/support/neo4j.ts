/**
 * Integration tests talk to the real Neo4j that `npm test` starts (or NEO4J_URI). Running them
 * without one is an error, never a silent skip.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { createDriver } from '../../src/db/driver.ts';
import { runMigrations } from '../../src/db/migrations.ts';

export const database = process.env.NEO4J_DATABASE ?? 'neo4j';

export function testDriver(): Driver {
  const uri = process.env.NEO4J_URI;
  if (!uri) {
    throw new Error(
      'integration tests need a Neo4j: run them through `npm test`, or set NEO4J_URI',
    );
  }
  return createDriver({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
  });
}

/** Empties the database (data and schema), then applies the migrations. */
export async function resetDatabase(driver: Driver): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  for (const kind of ['CONSTRAINTS', 'INDEXES'] as const) {
    const { records } = await driver.executeQuery(
      `SHOW ${kind} YIELD name, type WHERE type <> 'LOOKUP' RETURN name`,
      {},
      { database },
    );
    for (const record of records) {
      const name = record.get('name') as string;
      // Schema names cannot be parameters; these come from the server, not from input.
      await driver.executeQuery(
        `DROP ${kind === 'CONSTRAINTS' ? 'CONSTRAINT' : 'INDEX'} \`${name}\` IF EXISTS`,
        {},
        { database },
      );
    }
  }
  await runMigrations(driver, database);
}

/**
 * For a test file (or a describe block): a driver to the test database, opened before its tests
 * (the database emptied first with `reset`) and closed after them.
 */
export function useTestDriver(options: { reset?: boolean } = {}): { readonly driver: Driver } {
  let driver: Driver | undefined;
  beforeAll(async () => {
    driver = testDriver();
    if (options.reset) await resetDatabase(driver);
  });
  afterAll(async () => {
    await driver?.close();
  });
  return {
    get driver(): Driver {
      if (!driver) throw new Error('the driver opens in beforeAll: use it inside a test');
      return driver;
    },
  };
}
