/**
 * `npx tsx bench/store-profile.ts <work folder of bench:scale --keep> [--documents N]`: what takes
 * the bytes of a stopped store — each file of the database folder (node, relationship, property,
 * string and array stores, id files, counts, schema indexes, tx logs) — and then, on the server
 * started again on that folder, the property and string store bytes attributed to labels or
 * relationship types and property keys, from the record format's rules (below). Prints markdown.
 *
 * The record format (Neo4j 5 "aligned", Community): a property record is 41 bytes holding four
 * 8-byte blocks; a property takes one block for its key and type plus its inlined value; a string
 * too long to be inlined (about 27 bytes in UTF-8, a little more in the short encodings) takes a
 * chain of 128-byte string store records (120 bytes of payload each) and one block; arrays alike
 * in the array store. Removing a property does not shrink a store's files (ids are reused), so
 * the attribution is computed, and checked against the files' sizes.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { createDriver } from '../src/db/driver.ts';
import { freePort, startLocalNeo4j } from '../src/db/local-neo4j.ts';
import { option } from './setup.ts';

const work = process.argv[2];
if (!work || work.startsWith('--')) {
  console.error('usage: bench/store-profile.ts <work folder> [--documents N]');
  process.exit(2);
}
const home = join(work, 'neo4j');

function files(dir: string, prefix = ''): { name: string; bytes: number }[] {
  const out: { name: string; bytes: number }[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p, `${prefix}${e.name}/`));
    else out.push({ name: `${prefix}${e.name}`, bytes: statSync(p).size });
  }
  return out;
}

/** A store file's group: its store (id files beside it counted apart). */
function group(name: string): string {
  if (name.startsWith('schema/index/')) {
    const kind = name.split('/')[2] ?? '?';
    return `indexes: ${kind}`;
  }
  if (name.startsWith('tx:')) return 'tx logs';
  const base = name.replace(/^neostore\.?/, '') || 'neostore';
  if (base.endsWith('.id')) return 'id files';
  if (
    base.includes('labeltokenstore') ||
    base.includes('propertystore.db.index') ||
    base.includes('relationshiptypestore')
  )
    return 'token stores';
  return base;
}

const KB = (bytes: number, docs: number): string => (bytes / docs / 1000).toFixed(2);

/** Bytes a value takes beyond its record (string/array store) and the 8-byte blocks it takes. */
function cost(value: unknown): { blocks: number; dynamic: number } {
  if (value === null || value === undefined) return { blocks: 0, dynamic: 0 };
  if (typeof value === 'boolean') return { blocks: 1, dynamic: 0 };
  if (neo4j.isInt(value) || typeof value === 'bigint') {
    const n = Number(value);
    return { blocks: Math.abs(n) < 2 ** 34 ? 1 : 2, dynamic: 0 };
  }
  if (typeof value === 'number')
    return { blocks: Number.isInteger(value) && Math.abs(value) < 2 ** 31 ? 1 : 2, dynamic: 0 };
  if (typeof value === 'string') {
    const bytes = Buffer.byteLength(value);
    // Short strings inline: up to ~27 bytes in UTF-8/Latin-1 (more in 6- and 7-bit encodings).
    const ascii = /^[\x20-\x7e]*$/.test(value);
    const inline = ascii ? (value.length * 7 + 36) / 64 : (bytes * 8 + 36) / 64;
    if (inline <= 4) return { blocks: Math.max(1, Math.ceil(inline)), dynamic: 0 };
    return { blocks: 1, dynamic: Math.ceil(bytes / 120) * 128 };
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return { blocks: 2, dynamic: 0 };
    const bytes =
      typeof value[0] === 'string'
        ? value.reduce<number>((n, s) => n + 4 + Buffer.byteLength(String(s)), 0)
        : value.length * 8;
    if (bytes <= 20) return { blocks: 2 + Math.ceil(bytes / 8), dynamic: 0 };
    return { blocks: 1, dynamic: Math.ceil((bytes + 4) / 120) * 128 };
  }
  // Temporal and spatial values: two blocks.
  return { blocks: 2, dynamic: 0 };
}

interface Tally {
  count: number;
  records: number;
  blocks: number;
  dynamic: number;
  keys: Map<string, { count: number; blocks: number; dynamic: number; chars: number }>;
}

function tally(into: Map<string, Tally>, owner: string, props: Record<string, unknown>): void {
  const t = into.get(owner) ?? { count: 0, records: 0, blocks: 0, dynamic: 0, keys: new Map() };
  into.set(owner, t);
  t.count++;
  let blocks = 0;
  for (const [key, value] of Object.entries(props)) {
    const c = cost(value);
    blocks += c.blocks;
    t.dynamic += c.dynamic;
    const k = t.keys.get(key) ?? { count: 0, blocks: 0, dynamic: 0, chars: 0 };
    k.count++;
    k.blocks += c.blocks;
    k.dynamic += c.dynamic;
    k.chars += typeof value === 'string' ? value.length : 0;
    t.keys.set(key, k);
  }
  t.blocks += blocks;
  t.records += Math.ceil(blocks / 4);
}

async function main(): Promise<void> {
  const database = 'neo4j';
  const dbFiles = files(join(home, 'data', 'databases', database));
  const txFiles = files(join(home, 'data', 'transactions', database)).map((f) => ({
    name: `tx:${f.name}`,
    bytes: f.bytes,
  }));
  // Started without the migrations: the store is read as it was written.
  const server = await startLocalNeo4j({
    home,
    port: await freePort(),
    heapMb: option('heap-mb', 768),
    pageCacheMb: option('page-cache-mb', 512),
    logFile: join(work as string, 'profile-neo4j.log'),
    mode: 'child',
    readyTimeoutMs: 600_000,
  });
  const db = {
    driver: createDriver({ uri: server.uri, user: 'neo4j', password: '' }),
    close: async (): Promise<void> => {
      await db.driver.close();
      await server.stop();
    },
  };
  try {
    const count = await db.driver.executeQuery(
      "MATCH (d:Document) WHERE d.status = 'ingested' RETURN count(d) AS n",
      {},
      { database },
    );
    const docs = option('documents', Number(count.records[0]?.get('n')));
    const groups = new Map<string, number>();
    for (const f of [...dbFiles, ...txFiles])
      groups.set(group(f.name), (groups.get(group(f.name)) ?? 0) + f.bytes);
    const total = [...groups.values()].reduce((a, b) => a + b, 0);
    console.log(`\n${docs} documents; all files ${KB(total, docs)} KB/doc\n`);
    console.log('| File (group) | MiB | KB/doc |\n| --- | ---: | ---: |');
    for (const [name, bytes] of [...groups].sort((a, b) => b[1] - a[1]))
      console.log(`| ${name} | ${(bytes / 2 ** 20).toFixed(1)} | ${KB(bytes, docs)} |`);

    // Each schema index by name (its folder is its id).
    const shown = await db.driver.executeQuery(
      'SHOW INDEXES YIELD id, name, labelsOrTypes, properties',
      {},
      { database },
    );
    const names = new Map(
      shown.records.map((r) => [
        String(r.get('id')),
        `${String(r.get('name'))} (${String(r.get('labelsOrTypes'))}: ${String(r.get('properties'))})`,
      ]),
    );
    const perIndex = new Map<string, number>();
    for (const f of dbFiles) {
      const m = /^schema\/index\/[^/]+\/(\d+)\//.exec(f.name);
      if (m?.[1]) perIndex.set(m[1], (perIndex.get(m[1]) ?? 0) + f.bytes);
    }
    console.log('\n| Index | KB/doc |\n| --- | ---: |');
    for (const [id, bytes] of [...perIndex].sort((a, b) => b[1] - a[1]).slice(0, 10))
      console.log(`| ${names.get(id) ?? id} | ${KB(bytes, docs)} |`);

    const owners = new Map<string, Tally>();
    const session = db.driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const nodes = session.run(
        'MATCH (n) RETURN [l IN labels(n) WHERE l <> "Actor"][0] AS owner, properties(n) AS p',
      );
      for await (const r of nodes) tally(owners, `(:${String(r.get('owner'))})`, r.get('p'));
      const rels = session.run('MATCH ()-[r]->() RETURN type(r) AS owner, properties(r) AS p');
      for await (const r of rels) tally(owners, `[:${String(r.get('owner'))}]`, r.get('p'));
    } finally {
      await session.close();
    }
    const rows = [...owners].map(([owner, t]) => ({ owner, t, bytes: t.records * 41 + t.dynamic }));
    rows.sort((a, b) => b.bytes - a.bytes);
    const sum = rows.reduce((n, r) => n + r.bytes, 0);
    console.log(
      `\nProperty + string + array store bytes computed: ${KB(sum, docs)} KB/doc (files: property ${KB(groups.get('propertystore.db') ?? 0, docs)}, strings ${KB(groups.get('propertystore.db.strings') ?? 0, docs)}, arrays ${KB(groups.get('propertystore.db.arrays') ?? 0, docs)})\n`,
    );
    console.log('| Owner | per doc | KB/doc | largest keys (KB/doc: dynamic store + blocks) |');
    console.log('| --- | ---: | ---: | --- |');
    for (const { owner, t, bytes } of rows) {
      if (bytes / docs < 20) continue;
      const keys = [...t.keys]
        .map(([k, v]) => ({ k, bytes: v.dynamic + v.blocks * 10.25 }))
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 6)
        .map((k) => `${k.k} ${KB(k.bytes, docs)}`)
        .join(', ');
      console.log(`| ${owner} | ${(t.count / docs).toFixed(1)} | ${KB(bytes, docs)} | ${keys} |`);
    }
  } finally {
    await db.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
