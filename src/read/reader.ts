/**
 * The only way reads reach Neo4j: read transactions with a per-request timeout, driver failures
 * mapped to read errors (errors.ts), and a count of the statements each request runs (tests
 * bound it).
 */
import { routing, type Driver } from 'neo4j-driver';
import { fromDatabaseError } from './errors.ts';
import type { Props } from './models.ts';

export class GraphReader {
  /** Statements run so far by this request. */
  queries = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs: number,
  ) {}

  async read(cypher: string, params: Record<string, unknown> = {}): Promise<Props[]> {
    this.queries += 1;
    try {
      const { records } = await this.driver.executeQuery(cypher, params, {
        database: this.database,
        routing: routing.READ,
        transactionConfig: { timeout: this.timeoutMs },
      });
      return records.map((record) => record.toObject() as Props);
    } catch (error) {
      throw fromDatabaseError(error);
    }
  }
}
