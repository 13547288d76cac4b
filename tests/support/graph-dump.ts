/**
 * The whole graph as sorted lines, to compare two ways of writing the same documents
 * (ingest-rate.test.ts, ingest-workers.test.ts, bench/write-cpu.ts: no test runner needed).
 */
import type { Driver } from 'neo4j-driver';

/** A value as a line: maps with sorted keys, driver values (integers, dates) as their text. */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    if (value.constructor !== Object) return String(value);
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${k}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Every node and relationship with its properties, but the write time, as sorted lines. */
export async function dumpGraph(driver: Driver, database: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (n) WHERE NOT n:Migration AND NOT n:RegistryVersion
     OPTIONAL MATCH (n)-[r]->(m)
     RETURN labels(n) AS labels, properties(n) AS props, type(r) AS type,
       properties(r) AS rprops, coalesce(m.id, labels(m)[0]) AS to`,
    {},
    { database },
  );
  return records
    .map((r) => {
      const props = { ...(r.get('props') as Record<string, unknown>) };
      delete props.ingestedAt;
      delete props.syncedAt;
      const node = `${canonical([...(r.get('labels') as string[])].sort())} ${canonical(props)}`;
      const type = r.get('type') as string | null;
      return type === null
        ? node
        : `${node} -${type} ${canonical(r.get('rprops'))}-> ${r.get('to') as string}`;
    })
    .sort();
}
