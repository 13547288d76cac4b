/**
 * `npm run -s corpus -- --documents 1000 --out /tmp/corpus [--seed 1] [--force]`: write the
 * synthetic cascade (bench/corpus/generate.ts) as files:
 *   <out>/<file>.txt and <out>/<file>.meta.yaml   one pair per document
 *   <out>/orgs/synthetic.yaml                      the cascade's provinces, districts, communes
 *   <out>/orgs/*.yaml                              a copy of seed/orgs, so that
 *                                                  loadRegistry('<out>/orgs') is the whole registry
 * and print a one-line summary. An existing non-empty <out> is refused unless --force, which
 * removes the corpus files a previous run wrote there (and nothing else) first.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultRegistryDir } from '../../src/orgs/load.ts';
import { MAX_DOCUMENTS, cascadeRegistryYaml, generateCascade, type Level } from './generate.ts';

const USAGE =
  'usage: npm run -s corpus -- --documents <n> --out <dir> [--seed <int>] [--force]\n' +
  `  --documents  number of documents, 1 to ${MAX_DOCUMENTS} (top-down: 2 central, 63 provinces, ~700 districts, then communes)\n` +
  '  --out        output directory (created; refused when not empty, unless --force)\n' +
  '  --seed       PRNG seed (default 1): the same seed gives the same files\n' +
  '  --force      write into a non-empty directory, removing a previous corpus there first\n';

/** Files a previous run wrote: "00042_tinh_….txt" / ".meta.yaml". */
const CORPUS_FILE = /^\d{5,}_[a-z]+_.*\.(?:txt|meta\.yaml)$/;

class UsageError extends Error {}

interface Args {
  documents: number;
  out: string;
  seed: number;
  force: boolean;
}

function integer(name: string, value: string | undefined): number {
  if (value === undefined || !/^-?\d+$/.test(value)) {
    throw new UsageError(
      `${name} needs an integer, got ${value === undefined ? 'nothing' : `"${value}"`}`,
    );
  }
  return Number(value);
}

export function parseArgs(argv: string[]): Args | 'help' {
  const values = new Map<string, string | undefined>();
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--force') {
      force = true;
      continue;
    }
    const m = /^(--(?:documents|out|seed))(?:=(.*))?$/.exec(arg);
    if (!m) throw new UsageError(`unknown argument: ${arg}`);
    const name = m[1] as string;
    if (values.has(name)) throw new UsageError(`${name} given twice`);
    let value = m[2];
    if (value === undefined) {
      value = argv[i + 1];
      if (value !== undefined && value.startsWith('--')) value = undefined;
      else i++;
    }
    values.set(name, value);
  }
  if (!values.has('--documents')) throw new UsageError('--documents is required');
  const documents = integer('--documents', values.get('--documents'));
  if (documents < 1 || documents > MAX_DOCUMENTS) {
    throw new UsageError(`--documents must be from 1 to ${MAX_DOCUMENTS}, got ${documents}`);
  }
  const out = values.get('--out');
  if (!values.has('--out')) throw new UsageError('--out is required');
  if (out === undefined || out === '') throw new UsageError('--out needs a directory');
  const seed = values.has('--seed') ? integer('--seed', values.get('--seed')) : 1;
  return { documents, out: resolve(out), seed, force };
}

function prepare(out: string, force: boolean): void {
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new UsageError(`--out ${out} is not a directory`);
    const entries = readdirSync(out);
    if (entries.length > 0 && !force) {
      throw new UsageError(`--out ${out} is not empty (use --force to replace a corpus there)`);
    }
    for (const name of entries) if (CORPUS_FILE.test(name)) rmSync(join(out, name));
    rmSync(join(out, 'orgs'), { recursive: true, force: true });
  }
  mkdirSync(join(out, 'orgs'), { recursive: true });
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function run(args: Args): string {
  prepare(args.out, args.force);
  const t0 = performance.now();
  const levels: Record<Level, number> = { TW: 0, tinh: 0, huyen: 0, xa: 0 };
  let bytes = 0;
  let tasks = 0;
  for (const doc of generateCascade({ documents: args.documents, seed: args.seed })) {
    writeFileSync(join(args.out, `${doc.file}.txt`), doc.text);
    bytes += Buffer.byteLength(doc.text);
    if (doc.meta !== undefined) writeFileSync(join(args.out, `${doc.file}.meta.yaml`), doc.meta);
    levels[doc.level]++;
    tasks += doc.expected.tasks;
  }
  const registry = cascadeRegistryYaml({ documents: args.documents, seed: args.seed });
  writeFileSync(join(args.out, 'orgs', 'synthetic.yaml'), registry);
  for (const name of readdirSync(defaultRegistryDir)) {
    if (/\.ya?ml$/.test(name))
      copyFileSync(join(defaultRegistryDir, name), join(args.out, 'orgs', name));
  }
  const seconds = (performance.now() - t0) / 1000;
  return (
    `corpus: ${args.documents} documents (TW ${levels.TW}, tỉnh ${levels.tinh}, huyện ${levels.huyen}, xã ${levels.xa}), ` +
    `${tasks} tasks, ${mb(bytes)} of text, seed ${args.seed} → ${args.out} ` +
    `(+ orgs/synthetic.yaml ${mb(Buffer.byteLength(registry))}) in ${seconds.toFixed(1)} s\n`
  );
}

function main(argv: string[]): number {
  try {
    const args = parseArgs(argv);
    if (args === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    process.stdout.write(run(args));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`corpus: ${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
