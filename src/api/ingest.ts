/**
 * The ingestDocument mutation: the API key check, then the CLI's pipeline on one text
 * (registry sync, parse, plan, one write transaction).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { MutationIngestDocumentArgs } from './generated/graphql.ts';
import type { WriteAccess } from './context.ts';
import type { IngestResultModel } from './models.ts';
import { apiError, badInput, fromDatabaseError } from './errors.ts';
import {
  createEnvironment,
  IngestError,
  prepareText,
  type IngestEnvironment,
} from '../graph/ingest.ts';
import { syncRegistry } from '../graph/registry-sync.ts';
import { writeDocument } from '../graph/write.ts';
import { loadRegistry, registryOrganizations } from '../orgs/index.ts';
import type { DocumentMeta } from '../orgs/types.ts';
import { isLevel } from '../graph/vocabulary.ts';
import { storeSource } from '../io/source-store.ts';
import { ingestInput } from './ingest-file.ts';

function sameKey(a: string, b: string): boolean {
  // Compare digests: equal lengths, and no timing signal about the key.
  const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

export function requireKey({ apiKey, requestKey }: WriteAccess): void {
  if (apiKey === undefined) {
    throw apiError('FORBIDDEN', 'mutations are off: the server has no API_KEY');
  }
  if (requestKey === undefined || !sameKey(apiKey, requestKey)) {
    throw apiError('UNAUTHENTICATED', 'a valid x-api-key header is required');
  }
}

type IngestArgs = Partial<MutationIngestDocumentArgs>;

function toMeta(input: IngestArgs['metadata']): DocumentMeta | undefined {
  if (!input) return undefined;
  if (input.level != null && !isLevel(input.level)) {
    throw badInput('level must be TW, tinh, huyen or xa', { argument: 'metadata.level' });
  }
  if (input.issuedDate != null && !/^\d{4}-\d{2}-\d{2}$/.test(input.issuedDate)) {
    throw badInput('issuedDate must be a date as YYYY-MM-DD', { argument: 'metadata.issuedDate' });
  }
  const meta: DocumentMeta = {};
  if (input.province != null || input.district != null) {
    meta.jurisdiction = {
      ...(input.province != null ? { province: input.province } : {}),
      ...(input.district != null ? { district: input.district } : {}),
    };
  }
  if (input.number != null) meta.number = input.number;
  if (input.issuedDate != null) meta.issuedDate = input.issuedDate;
  if (input.issuer != null) meta.issuer = input.issuer;
  if (isLevel(input.level)) meta.level = input.level;
  return meta;
}

let environment: IngestEnvironment | undefined;
/** The registry is read once, on the first ingest (read queries never need it). */
function ingestEnvironment(): IngestEnvironment {
  environment ??= createEnvironment(loadRegistry());
  return environment;
}

export async function ingestText(
  driver: Driver,
  database: string,
  args: IngestArgs,
  sourceDir?: string,
): Promise<IngestResultModel> {
  const env = ingestEnvironment();
  const input = await ingestInput(args);
  const name =
    input.name ?? `api:${createHash('sha256').update(input.text).digest('hex').slice(0, 16)}`;
  const warnings = (input.source?.kept.warnings ?? []).map((message) => ({
    code: 'low-ocr-confidence',
    message,
  }));
  let prepared;
  try {
    prepared = prepareText(env, name, input.text, toMeta(args.metadata), warnings, input.source);
  } catch (error) {
    if (error instanceof IngestError) {
      throw badInput(error.problem, { argument: input.source ? 'file' : 'text' });
    }
    throw error;
  }
  try {
    if (sourceDir && input.source) storeSource(sourceDir, input.source.bytes);
    await syncRegistry(driver, database, registryOrganizations(env.registry));
    const result = await writeDocument(driver, database, prepared.plan);
    return {
      documentId: result.documentId,
      outcome:
        result.outcome === 'created'
          ? 'CREATED'
          : result.outcome === 'updated'
            ? 'UPDATED'
            : 'UNCHANGED',
      warnings: prepared.parsed.warnings.map((w) => ({ code: w.code, message: w.message })),
    };
  } catch (error) {
    throw fromDatabaseError(error);
  }
}
