/**
 * `npx tsx bench/pack-cpu.ts [-- --documents 1000 --rounds 10 --batch 50 --base <module>]`:
 * Node's CPU per document to build a batch's rows (rows.ts rowsOf) and pack them as the driver
 * packs a statement's parameters (its Bolt 5 packer and type checks, into a chunker whose
 * socket discards the bytes): the write path's own share, without a server. With `--base`, a
 * second rowsOf (a module exporting it, e.g. an older rows.ts copied with its src/ beside this
 * one) is measured in alternate rounds, so the machine's load falls on both alike. Prints the
 * bytes and the values and keys packed per document. Writes nothing.
 */
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import { createEnvironment, prepareFile } from '../src/graph/ingest.ts';
import type { WritePlan } from '../src/graph/model.ts';
import { rowsOf } from '../src/graph/rows.ts';
import { loadRegistry } from '../src/orgs/index.ts';
import { cachedCorpus } from './corpus-cache.ts';
import { cascadeRegistries } from './scale-db.ts';
import { option } from './setup.ts';
import { ownCpu } from './proc-cpu.ts';

type RowsOf = (plans: readonly WritePlan[], registrySynced?: boolean) => object;

interface Packable {
  packable: (x: unknown) => () => void;
}

const documents = option('documents', 1000);
const rounds = option('rounds', 10);
const batchSize = option('batch', 50);
const seed = option('seed', 1);
const baseAt = process.argv.indexOf('--base');
const basePath = baseAt > 0 ? process.argv[baseAt + 1] : undefined;
const log = (line: string): void => console.log(line);

/** The driver's Bolt 5.8 protocol over a chunker that counts the bytes it would send. */
function driverPacker(): { protocol: Packable; bytes: () => number } {
  const require = createRequire(import.meta.url);
  const { Chunker } = require('neo4j-driver-bolt-connection/lib/channel/chunking.js') as {
    Chunker: new (channel: { write: (b: { length: number }) => void }) => {
      messageBoundary: () => void;
      flush: () => void;
    };
  };
  const { default: Protocol } =
    require('neo4j-driver-bolt-connection/lib/bolt/bolt-protocol-v5x8.js') as {
      default: new (server: object, chunker: object, config: object) => Packable;
    };
  let sent = 0;
  const chunker = new Chunker({ write: (b) => void (sent += b.length) });
  const protocol = new Protocol({}, chunker, {});
  return {
    protocol: {
      packable: (x) => () => {
        protocol.packable(x)();
        chunker.messageBoundary();
        chunker.flush();
      },
    },
    bytes: () => sent,
  };
}

/** Values (leaves) and map keys a statement's parameters hold. */
function count(x: unknown): [values: number, keys: number] {
  if (x === null || typeof x !== 'object') return [1, 0];
  if (x instanceof Map) return count([...x.values()]);
  const parts = Array.isArray(x) ? x.map(count) : [];
  let keys = 0;
  if (!Array.isArray(x)) {
    for (const v of Object.values(x)) {
      if (v === undefined) continue;
      keys++;
      parts.push(count(v));
    }
  }
  return parts.reduce<[number, number]>((a, [v, k]) => [a[0] + v, a[1] + k], [0, keys]);
}

/** A batch's rows, each statement's list as write.ts sends it (the actors by label). */
function parameters(rows: object): unknown[] {
  return Object.values(rows).flatMap((v: unknown) =>
    v instanceof Map
      ? [...v.values()]
      : typeof v === 'object' && v !== null && !Array.isArray(v)
        ? Object.values(v)
        : [v],
  );
}

async function main(): Promise<void> {
  const corpus = cachedCorpus(documents, seed, log);
  const env = createEnvironment(cascadeRegistries(loadRegistry(), documents, seed)(documents));
  const plans: WritePlan[] = [];
  for (const file of corpus.files.slice(0, documents))
    plans.push((await prepareFile(env, file)).plan);
  const variants: [string, RowsOf][] = [['current', rowsOf]];
  if (basePath) {
    const mod = (await import(resolve(basePath))) as { rowsOf: RowsOf };
    variants.unshift(['base', mod.rowsOf]);
  }
  const spent = new Map<string, { rows: number[]; pack: number[] }>(
    variants.map(([name]) => [name, { rows: [], pack: [] }]),
  );
  for (const [name, build] of variants) {
    const { protocol, bytes } = driverPacker();
    let values = 0;
    let keys = 0;
    for (let at = 0; at < plans.length; at += batchSize) {
      for (const p of parameters(build(plans.slice(at, at + batchSize), true))) {
        const [v, k] = count(p);
        values += v;
        keys += k;
        protocol.packable({ rows: p })();
      }
    }
    const per = (n: number): string => (n / plans.length).toFixed(0);
    log(`${name}: ${per(bytes())} bytes, ${per(values)} values and ${per(keys)} keys a document`);
  }
  for (let round = 0; round < rounds; round++) {
    const [name, build] = variants[round % variants.length] as [string, RowsOf];
    const { protocol } = driverPacker();
    let rowsMs = 0;
    let packMs = 0;
    for (let at = 0; at < plans.length; at += batchSize) {
      const a = ownCpu() * 1e3;
      const rows = build(plans.slice(at, at + batchSize), true);
      const b = ownCpu() * 1e3;
      for (const p of parameters(rows)) protocol.packable({ rows: p })();
      rowsMs += b - a;
      packMs += ownCpu() * 1e3 - b;
    }
    const s = spent.get(name);
    s?.rows.push(rowsMs / plans.length);
    s?.pack.push(packMs / plans.length);
    log(
      `round ${round + 1} ${name}: rows ${(rowsMs / plans.length).toFixed(3)}, packing ${(packMs / plans.length).toFixed(3)} ms/doc`,
    );
  }
  for (const [name, s] of spent) {
    const least = (l: number[]): string => Math.min(...l.slice(1)).toFixed(3);
    log(
      `${name}: least after its first round: rows ${least(s.rows)}, packing ${least(s.pack)} ms/doc`,
    );
  }
}

await main();
