/** What every resolver receives: the graph reader for this request. */
import type { Driver } from 'neo4j-driver';

export interface ApiContext {
  driver: Driver;
  database: string;
}
