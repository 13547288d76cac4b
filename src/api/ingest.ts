/**
 * The ingestDocument mutation: the API key check, then the CLI's pipeline on one text
 * (registry sync, parse, plan, one write transaction).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { DocumentMetadata } from './generated/graphql.ts';
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
import { linkLineage } from '../graph/lineage.ts';
import { jurisdictionOf } from '../read/models.ts';
import { changeFeed } from './events.ts';

const OUTCOMES = { created: 'CREATED', updated: 'UPDATED', unchanged: 'UNCHANGED' } as const;
import { loadRegistry, registryOrganizations } from '../orgs/index.ts';
import type { DocumentMeta } from '../orgs/types.ts';
import { isLevel } from '../graph/vocabulary.ts';

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

function toMeta(input: DocumentMetadata | null | undefined): DocumentMeta | undefined {
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
  args: { text: string; metadata?: DocumentMetadata | null; name?: string | null },
): Promise<IngestResultModel> {
  const env = ingestEnvironment();
  const name =
    args.name ?? `api:${createHash('sha256').update(args.text).digest('hex').slice(0, 16)}`;
  let prepared;
  try {
    prepared = prepareText(env, name, args.text, toMeta(args.metadata));
  } catch (error) {
    if (error instanceof IngestError) throw badInput(error.problem, { argument: 'text' });
    throw error;
  }
  try {
    await syncRegistry(driver, database, registryOrganizations(env.registry));
    const result = await writeDocument(driver, database, prepared.plan);
    if (result.outcome !== 'unchanged') await linkLineage(driver, database, [result.documentId]);
    const outcome = OUTCOMES[result.outcome];
    const doc = prepared.plan.document;
    changeFeed.publish('documentIngested', {
      documentId: result.documentId,
      outcome,
      type: doc.type,
      level: doc.level,
      jurisdiction: jurisdictionOf(doc),
      at: new Date().toISOString(),
    });
    return {
      documentId: result.documentId,
      outcome,
      warnings: prepared.parsed.warnings.map((w) => ({ code: w.code, message: w.message })),
    };
  } catch (error) {
    throw fromDatabaseError(error);
  }
}
