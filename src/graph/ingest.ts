/**
 * The ingest pipeline, top to bottom: file → text (read-document) → ParsedDocument (src/parse,
 * with the resolver of src/orgs) → WritePlan (plan.ts) → one write transaction (write.ts).
 * A file that fails is reported and skipped; the others still land.
 */
import { FileProblem } from '../errors.ts';
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { setImmediate } from 'node:timers/promises';
import { DocumentReadError, readKeptFile } from '../io/read-document.ts';
import { storeSource } from '../io/source-store.ts';
import {
  createResolver,
  loadDocumentMeta,
  registryOrganizations,
  registrySuccessions,
  type DocumentMeta,
  type Registry,
  type RegistryOrganization,
  type Resolver,
} from '../orgs/index.ts';
import { parseDocument, type ParsedDocument, type Warning } from '../parse/index.ts';
import { DatabaseLostError, isDatabaseLost } from './database-lost.ts';
import { contentHash, hashKey } from './ids.ts';
import { MemberIndex } from './members.ts';
import type { WritePlan } from './model.ts';
import { planDocument } from './plan.ts';
import { textRow, type KeptSource } from './source.ts';
import { syncRegistry, type RegistrySyncResult } from './registry-sync.ts';
import { countRelationships } from './rows.ts';
import { writeDocuments, type WriteOutcome, type WriteResult } from './write.ts';

/** Everything the pipeline needs that is built once per run. */
export interface IngestEnvironment {
  registry: Registry;
  resolve: Resolver;
  registryIds: ReadonlySet<string>;
  members: MemberIndex;
  /** Which bodies the plans were made with (registryKey): a document planned with other bodies
   *  is planned again, even when its text is unchanged. */
  registryKey: string;
}

/** A short hash of the bodies a group may admit, and when each existed (what the plan's MEMBER_OF
 *  links and resolutions depend on). */
function registryKey(organizations: readonly RegistryOrganization[]): string {
  const hash = createHash('sha256');
  for (const o of organizations) hash.update(`${o.id}|${o.validFrom ?? ''}|${o.validTo ?? ''}\n`);
  return hash.digest('hex').slice(0, 16);
}

export function createEnvironment(registry: Registry): IngestEnvironment {
  const organizations = registryOrganizations(registry);
  // Built on first use: a start whose documents are all unchanged resolves nothing.
  let resolver: Resolver | undefined;
  return {
    registry,
    resolve: (mention, ctx) => (resolver ??= createResolver(registry))(mention, ctx),
    registryIds: new Set(organizations.map((o) => o.id)),
    members: new MemberIndex(organizations),
    registryKey: registryKey(organizations),
  };
}

/** A document that cannot be ingested (no number, a refused copy, …). */
export class IngestError extends FileProblem {
  override readonly name = 'IngestError';
}

export interface PreparedDocument {
  file: string;
  parsed: ParsedDocument;
  plan: WritePlan;
  /** The original as read (absent for a text given without a file). */
  source?: KeptSource;
}

/** Pure part of the pipeline: text → parsed document → write plan. */
export function prepareText(
  env: IngestEnvironment,
  file: string,
  text: string,
  meta?: DocumentMeta,
  readWarnings: readonly Warning[] = [],
  source?: KeptSource,
): PreparedDocument {
  const hash = contentHash(text);
  const parsed = parseDocument(text, {
    documentKey: hashKey(hash),
    resolve: env.resolve,
    registry: env.registry,
    ...(meta ? { meta } : {}),
  });
  // What reading the file found (OCR pages of low confidence) counts with the parse's warnings.
  parsed.warnings.push(...readWarnings);
  const d = parsed.document;
  // Refuse what is plainly not a directive document rather than write an empty shell.
  if (
    !d.number &&
    !d.title &&
    !d.type &&
    parsed.tasks.length === 0 &&
    parsed.recipients.length === 0
  ) {
    throw new IngestError(
      file,
      'not a directive document: no number, type, title, task or recipient could be read',
    );
  }
  const plan = planDocument({
    parsed,
    contentHash: hash,
    sourceFile: file,
    ...(meta ? { meta } : {}),
    registryIds: env.registryIds,
    members: env.members,
  });
  plan.text = textRow(file, text, source);
  plan.registryKey = env.registryKey;
  return { file, parsed, plan, ...(source ? { source } : {}) };
}

/** Reads a file and its `<file>.meta.yaml` (or the given metadata), then prepares it. */
export async function prepareFile(
  env: IngestEnvironment,
  file: string,
  meta?: DocumentMeta,
  onPage?: (done: number, total: number) => void,
): Promise<PreparedDocument> {
  let source: KeptSource;
  try {
    source = await readKeptFile(file, onPage ? { onPage } : {});
  } catch (e) {
    if (e instanceof DocumentReadError) throw new IngestError(file, e.problem);
    throw e;
  }
  let m = meta;
  if (!m) {
    try {
      m = loadDocumentMeta(file);
    } catch (e) {
      throw new IngestError(file, `metadata: ${(e as Error).message}`);
    }
  }
  const warnings = source.kept.warnings.map((message) => ({
    code: 'low-ocr-confidence',
    message,
  }));
  return prepareText(env, file, source.kept.text, m, warnings, source);
}

export interface FileReport {
  file: string;
  outcome: WriteOutcome | 'planned' | 'failed';
  documentId?: string;
  number?: string | null;
  tasks: number;
  relationships: number;
  warnings: Warning[];
  error?: string;
  /** Milliseconds spent reading, parsing and planning, and writing. */
  prepareMs?: number;
  writeMs?: number;
}

export interface IngestOptions {
  dryRun?: boolean;
  /** Metadata for every file (the CLI's --meta, for a single file). */
  meta?: DocumentMeta;
  /** Batches written at once. */
  concurrency?: number;
  /** Documents per write transaction (a failed batch is retried document by document, so
   *  each document stays all or nothing). Default 1. */
  batchSize?: number;
  onReport?: (report: FileReport) => void;
  /** Pages read of a long file (PDF, scan), as they are read. */
  onPage?: (file: string, done: number, total: number) => void;
  /** The content-addressed folder originals are kept in (src/io/source-store); unset: not kept. */
  sourceDir?: string;
  /** Write copies the guards would refuse as truncated (write-guards.ts). */
  replace?: boolean;
}

export interface IngestSummary {
  registry: RegistrySyncResult | null;
  reports: FileReport[];
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  tasks: number;
  relationships: number;
  /** Set when the database was lost mid-run: the run stopped, these files were not written. */
  stopped?: { reason: string; left: string[] };
}

export async function ingestFiles(
  target: { driver: Driver; database: string } | null,
  env: IngestEnvironment,
  files: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = {
    registry: null,
    reports: [],
    created: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    tasks: 0,
    relationships: 0,
  };
  let lost: string | undefined;
  if (target && !options.dryRun) {
    try {
      summary.registry = await syncRegistry(
        target.driver,
        target.database,
        registryOrganizations(env.registry),
        registrySuccessions(env.registry).all,
      );
    } catch (e) {
      if (!isDatabaseLost(e)) throw e;
      lost = new DatabaseLostError(e as Error).message;
    }
  }
  const reports: (FileReport | undefined)[] = new Array<FileReport | undefined>(files.length);
  const record = (index: number, report: FileReport): void => {
    reports[index] = report;
    if (report.outcome === 'failed') summary.failed++;
    else if (report.outcome === 'created') summary.created++;
    else if (report.outcome === 'updated') summary.updated++;
    else if (report.outcome === 'unchanged') summary.unchanged++;
    summary.tasks += report.tasks;
    summary.relationships += report.relationships;
    options.onReport?.(report);
  };
  const batchSize = Math.max(1, options.batchSize ?? 1);
  // Reading and parsing (Node's core) overlap the writes (Neo4j's): the next batch is prepared
  // while up to `concurrency` batches are written, one prepared batch waiting at most.
  const limit = Math.max(1, options.concurrency ?? 1);
  const writing = new Set<Promise<void>>();
  for (let start = 0; start < files.length && lost === undefined; start += batchSize) {
    const end = Math.min(files.length, start + batchSize);
    const batch = await prepareBatch(target, env, files, start, end, options);
    while (writing.size >= limit && lost === undefined) await Promise.race(writing);
    // Once the database is lost no new batch is written; batches under way finish or are lost too.
    if (lost !== undefined) break;
    const write = writeBatchOf(target, batch, options).then((stop) => {
      for (const [i, report] of [...batch.out].sort((a, b) => a[0] - b[0])) record(i, report);
      lost ??= stop;
      writing.delete(write);
    });
    // Handled by the race or the final wait; marked now so a failure during a parse is no
    // unhandled rejection.
    write.catch(() => undefined);
    writing.add(write);
  }
  await Promise.all(writing);
  summary.reports = reports.filter((r): r is FileReport => r !== undefined);
  if (lost !== undefined)
    summary.stopped = { reason: lost, left: files.filter((_, i) => reports[i] === undefined) };
  return summary;
}

/** Files [start, end) read and planned: the failed and dry-run reports in `out`, the rest
 *  `ready` to write. */
interface PreparedBatch {
  out: Map<number, FileReport>;
  ready: { index: number; prepared: PreparedDocument; base: FileReport }[];
}

async function prepareBatch(
  target: { driver: Driver; database: string } | null,
  env: IngestEnvironment,
  files: readonly string[],
  start: number,
  end: number,
  options: IngestOptions,
): Promise<PreparedBatch> {
  const batch: PreparedBatch = { out: new Map(), ready: [] };
  for (let index = start; index < end; index++) {
    // Reading and parsing are synchronous: without a turn of the event loop between files, the
    // answers of the batches being written waited until the whole batch was prepared (a write
    // transaction's BEGIN took 200-450 ms instead of 10-30; docs/operations.md "Ingest rate").
    if (index > start) await setImmediate();
    const file = files[index] as string;
    const t0 = performance.now();
    let prepared: PreparedDocument;
    try {
      prepared = await prepareFile(
        env,
        file,
        options.meta,
        options.onPage ? (done, total) => options.onPage?.(file, done, total) : undefined,
      );
      // Kept before the write: an original whose write then fails is harmless (named by hash).
      if (options.sourceDir && !options.dryRun && target && prepared.source)
        storeSource(options.sourceDir, prepared.source.bytes);
      // The bytes are not held through the batch's write: a scan can be tens of MB.
      delete prepared.source;
    } catch (e) {
      batch.out.set(index, failed(file, e));
      continue;
    }
    const { plan, parsed } = prepared;
    const base: FileReport = {
      file,
      outcome: 'planned',
      documentId: plan.document.id,
      number: plan.document.number,
      tasks: plan.tasks.length,
      relationships: countRelationships(plan),
      warnings: parsed.warnings,
      prepareMs: performance.now() - t0,
    };
    if (options.dryRun || !target) batch.out.set(index, base);
    else batch.ready.push({ index, prepared, base });
  }
  return batch;
}

/** Writes a prepared batch and adds its reports to `out`. Answers why the
 *  database was lost when it was (those files' writes are then not reported: they are left). */
async function writeBatchOf(
  target: { driver: Driver; database: string } | null,
  batch: PreparedBatch,
  options: IngestOptions,
): Promise<string | undefined> {
  const { out, ready } = batch;
  if (ready.length === 0 || !target) return undefined;
  const t1 = performance.now();
  const results = await writeDocuments(
    target.driver,
    target.database,
    ready.map((r) => r.prepared.plan),
    // ingestFiles synced the registry before any batch (a lost database stops the run there).
    { replace: options.replace === true, registrySynced: true },
  );
  const writeMs = (performance.now() - t1) / ready.length;
  let lost: string | undefined;
  ready.forEach((r, k) => {
    const result = results[k];
    if (result instanceof DatabaseLostError) {
      lost = result.message;
      return;
    }
    out.set(r.index, written(r.base, result, writeMs));
  });
  return lost;
}

/** A planned file's report once its write answered. */
function written(
  base: FileReport,
  result: WriteResult | Error | undefined,
  writeMs: number,
): FileReport {
  if (!result || result instanceof Error)
    return failed(base.file, result ?? new Error('no write result'));
  const unchanged = result.outcome === 'unchanged';
  return {
    ...base,
    outcome: result.outcome,
    tasks: unchanged ? 0 : base.tasks,
    relationships: unchanged ? 0 : base.relationships,
    writeMs,
  };
}

function failed(file: string, e: unknown): FileReport {
  const message = e instanceof IngestError ? e.problem : e instanceof Error ? e.message : String(e);
  return { file, outcome: 'failed', tasks: 0, relationships: 0, warnings: [], error: message };
}
