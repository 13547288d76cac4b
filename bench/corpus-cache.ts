/**
 * The synthetic cascade on disk, kept between runs: generating and writing 100,000 documents
 * (540 MB) took 395 s on a loaded machine, longer than a step of the scale run. The first N
 * documents of a larger corpus are the N-document corpus, so one folder serves every size up to
 * the largest written; it is keyed by the seed and a digest of the generator's sources, so a
 * changed generator writes a new one. Folder: $BENCH_CORPUS_CACHE, else <tmpdir>/directive-graph-corpus.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCascade } from './corpus/generate.ts';

export interface CachedCorpus {
  files: string[];
  bytes: number;
  /** Seconds spent generating (0 when the folder held the corpus already). */
  generatedIn: number;
  dir: string;
}

interface Manifest {
  documents: number;
  files: string[];
  bytes: number[];
}

/** The generator's sources and what they import from src: a change to any gives a new folder. */
function generatorDigest(): string {
  const corpus = resolve(import.meta.dirname, 'corpus');
  const sources = [
    ...readdirSync(corpus)
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => join(corpus, f)),
    resolve(import.meta.dirname, '../src/orgs/normalize.ts'),
  ];
  const hash = createHash('sha256');
  for (const f of sources) hash.update(readFileSync(f));
  return hash.digest('hex').slice(0, 12);
}

function readManifest(dir: string): Manifest | undefined {
  const file = join(dir, 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : undefined;
}

/**
 * The first `documents` documents of the cascade of `seed`, written once (with progress lines
 * through `log`) and reused by later runs. A run needing more than the folder holds writes the
 * larger corpus beside it and swaps it in; the manifest is written last, so a run stopped half
 * way leaves nothing that looks complete.
 */
export function cachedCorpus(
  documents: number,
  seed: number,
  log: (line: string) => void,
): CachedCorpus {
  const root = process.env.BENCH_CORPUS_CACHE ?? join(tmpdir(), 'directive-graph-corpus');
  const dir = join(root, `seed-${seed}-${generatorDigest()}`);
  const held = readManifest(dir);
  if (held && held.documents >= documents) {
    log(`corpus: ${documents} of the ${held.documents} documents kept in ${dir}`);
    return prefix(dir, held, documents, 0);
  }
  const started = Date.now();
  const building = `${dir}.${process.pid}.tmp`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(join(building, 'documents'), { recursive: true });
  const manifest: Manifest = { documents, files: [], bytes: [] };
  for (const d of generateCascade({ documents, seed })) {
    const name = d.file.endsWith('.txt') ? d.file : `${d.file}.txt`;
    const file = join(building, 'documents', name);
    writeFileSync(file, d.text);
    if (d.meta) writeFileSync(file.replace(/\.txt$/, '.meta.yaml'), d.meta);
    manifest.files.push(name);
    manifest.bytes.push(Buffer.byteLength(d.text));
    const n = manifest.files.length;
    if (n % 5000 === 0 && n < documents) {
      const s = (Date.now() - started) / 1000;
      const eta = ((documents - n) * s) / n;
      log(`corpus: ${n}/${documents} written, ${(n / s).toFixed(0)}/s, ${eta.toFixed(0)} s left`);
    }
  }
  writeFileSync(join(building, 'manifest.json'), JSON.stringify(manifest));
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
  const seconds = (Date.now() - started) / 1000;
  log(`corpus: ${documents} documents written in ${seconds.toFixed(0)} s to ${dir}`);
  return prefix(dir, manifest, documents, seconds);
}

function prefix(dir: string, m: Manifest, documents: number, seconds: number): CachedCorpus {
  return {
    files: m.files.slice(0, documents).map((f) => join(dir, 'documents', f)),
    bytes: m.bytes.slice(0, documents).reduce((a, b) => a + b, 0),
    generatedIn: seconds,
    dir,
  };
}
