/**
 * `tsx bench/profile-log.ts <log> [question substring] [ours|peer]`: PROFILE the statements a
 * `BENCH_PEER_CYPHER` log holds (NEO4J_URI) and print each plan operator by operator with its
 * rows and dbHits, to compare our statements with the peer's.
 */
import { readFileSync } from 'node:fs';
import { createDriver } from '../src/db/driver.ts';
import { revive, type Plan } from './peer/record.ts';

function print(p: Plan, depth: number): number {
  const details = String(p.arguments.Details ?? '').slice(0, 160);
  console.log(
    `${'  '.repeat(depth)}${p.operatorType} rows=${p.rows ?? 0} hits=${p.dbHits ?? 0}  ${details}`,
  );
  return (p.dbHits ?? 0) + p.children.reduce((s, c) => s + print(c, depth + 1), 0);
}

async function main(): Promise<void> {
  const [file, filter = '', side = ''] = process.argv.slice(2);
  const text = readFileSync(file as string, 'utf8');
  const blocks = text.split(/^\/\/ (?=.*: (?:ours|peer)$)/m).filter((b) => b.trim());
  const driver = createDriver({
    uri: process.env.NEO4J_URI as string,
    user: 'neo4j',
    password: '',
  });
  try {
    for (const block of blocks) {
      const [head = '', ...rest] = block.split('\n');
      if (!head.includes(filter) || !head.endsWith(side)) continue;
      const body = rest.join('\n');
      const at = body.lastIndexOf('// params: ');
      const cypher = body.slice(0, at).trim();
      if (cypher.includes('dbms.components')) continue;
      const params = revive(JSON.parse(body.slice(at + 11).split('\n')[0] as string)) as Record<
        string,
        unknown
      >;
      const profiled = /^CYPHER\b/.test(cypher)
        ? cypher.replace(/^(CYPHER[^\n]*)\n/, '$1\nPROFILE ')
        : `PROFILE ${cypher}`;
      const { summary } = await driver.executeQuery(profiled, params, { database: 'neo4j' });
      console.log(`==== ${head}`);
      const total = print(summary.profile as unknown as Plan, 0);
      console.log(`total dbHits ${total}\n`);
    }
  } finally {
    await driver.close();
  }
}
void main();
