/**
 * The ingest pipeline, top to bottom: file → text (read-document) → ParsedDocument (src/parse,
 * with the resolver of src/orgs) → WritePlan (plan.ts) → one write transaction (write.ts).
 * A file that fails is reported and skipped; the others still land.
 */
import type { Driver } from 'neo4j-driver';
import { DocumentReadError, readDocument } from '../cli/read-document.ts';
import {
  createResolver,
  loadDocumentMeta,
  registryOrganizations,
  type DocumentMeta,
  type Registry,
  type Resolver,
} from '../orgs/index.ts';
import { parseDocument, type ParsedDocument, type Warning } from '../parse/index.ts';
import { contentHash, hashKey } from './ids.ts';
import { MemberIndex } from './members.ts';
import type { WritePlan } from './model.ts';
import { planDocument } from './plan.ts';
import { syncRegistry, type RegistrySyncResult } from './registry-sync.ts';
import { writeDocument, type WriteOutcome } from './write.ts';

/** Everything the pipeline needs that is built once per run. */
export interface IngestEnvironment {
  registry: Registry;
  resolve: Resolver;
  registryIds: ReadonlySet<string>;
  members: MemberIndex;
}

export function createEnvironment(registry: Registry): IngestEnvironment {
  const organizations = registryOrganizations(registry);
  return {
    registry,
    resolve: createResolver(registry),
    registryIds: new Set(organizations.map((o) => o.id)),
    members: new MemberIndex(organizations),
  };
}

export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'IngestError';
  }
}

export interface PreparedDocument {
  file: string;
  parsed: ParsedDocument;
  plan: WritePlan;
}

/** Pure part of the pipeline: text → parsed document → write plan. */
export function prepareText(
  env: IngestEnvironment,
  file: string,
  text: string,
  meta?: DocumentMeta,
): PreparedDocument {
  const hash = contentHash(text);
  const parsed = parseDocument(text, {
    documentKey: hashKey(hash),
    resolve: env.resolve,
    registry: env.registry,
    ...(meta ? { meta } : {}),
  });
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
    meta,
    registryIds: env.registryIds,
    members: env.members,
  });
  return { file, parsed, plan };
}

/** Reads a file and its `<file>.meta.yaml` (or the given metadata), then prepares it. */
export function prepareFile(
  env: IngestEnvironment,
  file: string,
  meta?: DocumentMeta,
): PreparedDocument {
  let text: string;
  try {
    text = readDocument(file);
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
  return prepareText(env, file, text, m);
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
}

export interface IngestOptions {
  dryRun?: boolean;
  /** Metadata for every file (the CLI's --meta, for a single file). */
  meta?: DocumentMeta;
  /** Documents written at once (each in its own transaction). */
  concurrency?: number;
  onReport?: (report: FileReport) => void;
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
}

/** Counts relationships a plan writes (for the dry run's report). */
function plannedRelationships(plan: WritePlan): number {
  const t = plan.tasks.reduce(
    (n, task) => n + 1 + task.leads.length + task.coordinators.length + task.reportsTo.length,
    0,
  );
  const c = plan.copies.reduce(
    (n, copy) => n + 1 + copy.recipients.length + (copy.issuedBy ? 1 : 0) + (copy.signedBy ? 1 : 0),
    0,
  );
  return (
    t +
    c +
    plan.targets.length +
    plan.references.length +
    plan.recipients.length +
    plan.receipts.length +
    plan.memberships.length +
    (plan.issuedBy ? 1 : 0) +
    (plan.signedBy ? 1 : 0)
  );
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
  if (target && !options.dryRun) {
    summary.registry = await syncRegistry(
      target.driver,
      target.database,
      registryOrganizations(env.registry),
    );
  }
  const reports: (FileReport | undefined)[] = new Array<FileReport | undefined>(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      const file = files[index] as string;
      const report = await ingestOne(target, env, file, options);
      reports[index] = report;
      if (report.outcome === 'failed') summary.failed++;
      else if (report.outcome === 'created') summary.created++;
      else if (report.outcome === 'updated') summary.updated++;
      else if (report.outcome === 'unchanged') summary.unchanged++;
      summary.tasks += report.tasks;
      summary.relationships += report.relationships;
      options.onReport?.(report);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 1, files.length));
  await Promise.all(Array.from({ length: workers }, worker));
  summary.reports = reports.filter((r): r is FileReport => r !== undefined);
  return summary;
}

async function ingestOne(
  target: { driver: Driver; database: string } | null,
  env: IngestEnvironment,
  file: string,
  options: IngestOptions,
): Promise<FileReport> {
  let prepared: PreparedDocument;
  try {
    prepared = prepareFile(env, file, options.meta);
  } catch (e) {
    return failed(file, e);
  }
  const { plan, parsed } = prepared;
  const base = {
    file,
    documentId: plan.document.id,
    number: plan.document.number,
    tasks: plan.tasks.length,
    warnings: parsed.warnings,
  };
  if (options.dryRun || !target) {
    return { ...base, outcome: 'planned', relationships: plannedRelationships(plan) };
  }
  try {
    const result = await writeDocument(target.driver, target.database, plan);
    return {
      ...base,
      outcome: result.outcome,
      tasks: result.outcome === 'unchanged' ? 0 : plan.tasks.length,
      relationships: result.relationshipsCreated,
    };
  } catch (e) {
    return failed(file, e);
  }
}

function failed(file: string, e: unknown): FileReport {
  const message = e instanceof IngestError ? e.problem : e instanceof Error ? e.message : String(e);
  return { file, outcome: 'failed', tasks: 0, relationships: 0, warnings: [], error: message };
}
