/**
 * A file's preparation: file → text (read-document) → ParsedDocument (src/parse, with the
 * resolver of src/orgs) → WritePlan (plan.ts). No database: it runs on the main thread or in a
 * worker of prepare-pool.ts alike.
 */
import { FileProblem } from '../errors.ts';
import { createHash } from 'node:crypto';
import { DocumentReadError, readKeptFile } from '../io/read-document.ts';
import {
  createResolver,
  loadDocumentMeta,
  registryOrganizations,
  type DocumentMeta,
  type Registry,
  type RegistryOrganization,
  type Resolver,
} from '../orgs/index.ts';
import { parseDocument, type ParsedDocument, type Warning } from '../parse/index.ts';
import { contentHash, hashKey } from './ids.ts';
import { MemberIndex } from './members.ts';
import type { WritePlan } from './model.ts';
import { planDocument } from './plan.ts';
import { countRelationships } from './rows.ts';
import { textRow, type KeptSource } from './source.ts';
import { storeSource } from '../io/source-store.ts';

/** Everything the pipeline needs that is built once per run. */
export interface IngestEnvironment {
  registry: Registry;
  resolve: Resolver;
  registryIds: ReadonlySet<string>;
  members: MemberIndex;
  /** Which bodies and planner version the plans were made with (registryKey): a document
   *  planned with others is planned again, even when its text is unchanged. */
  registryKey: string;
}

/**
 * Raised when the same text and registry now plan to other facts — a parser or resolver change
 * that moves ids, links or groups — so that every stored document is planned and written again
 * at its next ingest, as after a change of registry (write.ts triage). History: 2, a group under
 * a body below its jurisdiction (a ward's committee) scoped by that body (orgs/group-names.ts).
 */
export const PLANNER_VERSION = 2;

/** A short hash of the planner's version and the bodies a group may admit, and when each existed
 *  (what the plan's MEMBER_OF links and resolutions depend on). */
export function registryKey(
  organizations: readonly RegistryOrganization[],
  version = PLANNER_VERSION,
): string {
  const hash = createHash('sha256');
  hash.update(`planner ${version}\n`);
  for (const o of organizations) hash.update(`${o.id}|${o.validFrom ?? ''}|${o.validTo ?? ''}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** Environments made by createEnvironment, each with how to build now what it leaves for first
 *  use (the resolver; primeEnvironment). A worker rebuilds one exactly from its registry alone;
 *  one assembled otherwise (another resolver) is prepared on the main thread. */
const primers = new WeakMap<IngestEnvironment, () => void>();

export function createEnvironment(registry: Registry): IngestEnvironment {
  const organizations = registryOrganizations(registry);
  // Built on first use: a start whose documents are all unchanged resolves nothing.
  let resolver: Resolver | undefined;
  const env: IngestEnvironment = {
    registry,
    resolve: (mention, ctx) => (resolver ??= createResolver(registry))(mention, ctx),
    registryIds: new Set(organizations.map((o) => o.id)),
    members: new MemberIndex(organizations),
    registryKey: registryKey(organizations),
  };
  primers.set(env, () => {
    resolver ??= createResolver(registry);
  });
  return env;
}

/** Builds now what `env` would build on its first document (a worker, before it says it is
 *  ready: prepare-pool.ts). */
export function primeEnvironment(env: IngestEnvironment): void {
  primers.get(env)?.();
}

/** The registry a worker's createEnvironment rebuilds `env` from (plain data: structured clone
 *  keeps it whole), or undefined when `env` was not made by createEnvironment. */
export function environmentSource(env: IngestEnvironment): Registry | undefined {
  return primers.has(env) ? env.registry : undefined;
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
  const { hash, parsed } = parseText(env, text, meta);
  // What reading the file found (OCR pages of low confidence) counts with the parse's warnings.
  parsed.warnings.push(...readWarnings);
  const plan = planParsed(env, file, { text, hash, parsed, ...(meta ? { meta } : {}) }, source);
  return { file, parsed, plan, ...(source ? { source } : {}) };
}

/** prepareText's first stage: the text's hash, and the text parsed with `env`'s resolver
 *  (exported for bench/ingest-profile.ts, which times the stages one by one). */
export function parseText(
  env: IngestEnvironment,
  text: string,
  meta?: DocumentMeta,
): { hash: string; parsed: ParsedDocument } {
  const hash = contentHash(text);
  const parsed = parseDocument(text, {
    documentKey: hashKey(hash),
    resolve: env.resolve,
    registry: env.registry,
    ...(meta ? { meta } : {}),
  });
  return { hash, parsed };
}

/** prepareText's second stage: a parsed document → its write plan, or an IngestError for what
 *  is plainly not a directive document. */
export function planParsed(
  env: IngestEnvironment,
  file: string,
  read: { text: string; hash: string; parsed: ParsedDocument; meta?: DocumentMeta },
  source?: KeptSource,
): WritePlan {
  const { text, hash, parsed, meta } = read;
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
  return plan;
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

/** What an ingest keeps of a file prepared: the plan to write and its report's fields. Plain
 *  data, so it crosses from a worker by structured clone as it is. */
export interface FilePrepared {
  plan: WritePlan;
  warnings: Warning[];
  relationships: number;
  prepareMs: number;
}

export interface IngestPrepareOptions {
  meta?: DocumentMeta;
  onPage?: (done: number, total: number) => void;
  /** Keep the original in this folder (src/io/source-store) before it is written. */
  keepIn?: string;
}

/** A file prepared for ingestFiles, or why it failed (the report's error): the same on the main
 *  thread and in a worker. */
export async function prepareForIngest(
  env: IngestEnvironment,
  file: string,
  options: IngestPrepareOptions,
): Promise<FilePrepared | { error: string }> {
  const t0 = performance.now();
  try {
    const prepared = await prepareFile(env, file, options.meta, options.onPage);
    // Kept before the write: an original whose write then fails is harmless (named by hash).
    // Named by the hash the text row took of the same bytes (source.ts): not hashed again.
    if (options.keepIn && prepared.source)
      storeSource(options.keepIn, prepared.source.bytes, prepared.plan.text?.sha256);
    // Only the plan and the warnings are kept: the bytes (a scan can be tens of MB) and the
    // parse are not held through the batch's write, nor sent from a worker.
    const { plan, parsed } = prepared;
    return {
      plan,
      warnings: parsed.warnings,
      relationships: countRelationships(plan),
      prepareMs: performance.now() - t0,
    };
  } catch (e) {
    return { error: problemOf(e) };
  }
}

/** The report's line for a file that failed: an IngestError's problem, else the message. */
export function problemOf(e: unknown): string {
  return e instanceof IngestError ? e.problem : e instanceof Error ? e.message : String(e);
}
