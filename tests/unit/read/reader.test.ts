/** The reader's statements as the driver sees them: one auto-commit read per statement, in a
 *  READ session with the request's time left, retried only on a retriable failure. */
import { describe, expect, it } from 'vitest';
import { Neo4jError, type Driver } from 'neo4j-driver';
import { GraphReader } from '../../../src/read/reader.ts';

interface Call {
  session: unknown;
  cypher: string;
  params: unknown;
  timeout: number | undefined;
  /** Frames a stack captured while the driver creates its result would hold. */
  stackLimit: number;
}

/** A driver whose sessions answer `run` with the scripted outcomes, in turn. */
function scripted(outcomes: (Error | Record<string, unknown>[])[]): {
  driver: Driver;
  calls: Call[];
} {
  const calls: Call[] = [];
  const driver = {
    session: (config: unknown) => ({
      run: (cypher: string, params: unknown, tx?: { timeout?: number }) => {
        calls.push({
          session: config,
          cypher,
          params,
          timeout: tx?.timeout,
          stackLimit: Error.stackTraceLimit,
        });
        const next = outcomes.shift();
        if (next === undefined || next instanceof Error) return Promise.reject(next);
        return Promise.resolve({ records: next.map((row) => ({ toObject: () => row })) });
      },
      executeRead: () => Promise.reject(new Error('reads run in auto-commit transactions')),
      close: () => Promise.resolve(),
    }),
  } as unknown as Driver;
  return { driver, calls };
}

const STATEMENT = 'MATCH (d:Document {id: $id}) RETURN d.number AS number';
const ID = { id: 'doc:110-CTr/TU@thuy-cam:2022' };

describe('GraphReader', () => {
  it('runs a statement as one auto-commit read with the time left of the request', async () => {
    const limit = Error.stackTraceLimit;
    const { driver, calls } = scripted([[{ number: '110-CTr/TU' }]]);
    const rows = await new GraphReader(driver, 'neo4j', 5_000).read(STATEMENT, ID);
    expect(rows).toEqual([{ number: '110-CTr/TU' }]);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      session: { database: 'neo4j', defaultAccessMode: 'READ' },
      cypher: STATEMENT,
      params: ID,
      stackLimit: 0,
    });
    // The driver's result captures no stack (source-mapped, it cost the API 4 % of its CPU);
    // every other error keeps its frames.
    expect(Error.stackTraceLimit).toBe(limit);
    expect(calls[0]?.timeout).toBeGreaterThan(4_000);
    expect(calls[0]?.timeout).toBeLessThanOrEqual(5_000);
  });

  it('tries a read again after a retriable failure (a lost connection)', async () => {
    const gone = new Neo4jError(
      'connection lost',
      'ServiceUnavailable',
      '08000',
      'connection exception',
    );
    const { driver, calls } = scripted([gone, [{ number: '110-CTr/TU' }]]);
    const rows = await new GraphReader(driver, 'neo4j', 5_000).read(STATEMENT, ID);
    expect(rows).toEqual([{ number: '110-CTr/TU' }]);
    expect(calls.map((c) => c.cypher)).toEqual([STATEMENT, STATEMENT]);
  });

  it('does not try again a statement the database refused', async () => {
    const refused = new Neo4jError(
      'Invalid input',
      'Neo.ClientError.Statement.SyntaxError',
      '42001',
      'syntax error',
    );
    const { driver, calls } = scripted([refused, [{ number: '110-CTr/TU' }]]);
    await expect(new GraphReader(driver, 'neo4j', 5_000).read(STATEMENT, ID)).rejects.toThrow(
      'internal server error',
    );
    expect(calls).toHaveLength(1);
  });
});
