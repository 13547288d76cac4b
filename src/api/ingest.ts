/**
 * The ingestDocument mutation: the API key check, then the CLI's pipeline on one text
 * (registry sync, parse, plan, one write transaction).
 */
import { createHash } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { MutationIngestDocumentArgs } from './generated/graphql.ts';
import { decodeDocument, DocumentReadError } from '../io/read-document.ts';
import { isCalendarDate } from '../read/filters.ts';
import type { IngestResultModel } from './models.ts';
import { apiError, badInput, fromDatabaseError } from './errors.ts';
import { auditActor } from './auth.ts';
import { recordAudit } from '../graph/audit.ts';
import { secrecyRank, type SecrecyMark } from '../parse/index.ts';
import type { Viewer } from '../read/viewer.ts';
import {
  createEnvironment,
  IngestError,
  prepareText,
  type IngestEnvironment,
} from '../graph/ingest.ts';
import { syncWholeRegistry } from '../graph/registry-sync.ts';
import { writeDocument } from '../graph/write.ts';
import { WriteRefusedError } from '../graph/write-guards.ts';
import { linkLineage } from '../graph/lineage.ts';
import { jurisdictionOf } from '../read/models.ts';
import { changeFeed } from './events.ts';
import { loadRegistry } from '../orgs/index.ts';
import type { DocumentMeta } from '../orgs/types.ts';
import { isLevel } from '../graph/vocabulary.ts';
import { storeSource } from '../io/source-store.ts';
import { ingestInput } from './ingest-file.ts';

const OUTCOMES = { created: 'CREATED', updated: 'UPDATED', unchanged: 'UNCHANGED' } as const;

type IngestArgs = Partial<MutationIngestDocumentArgs>;

/** A key may not write a document it could not read back: refused before anything is written. */
function checkClearance(viewer: Viewer, mark: SecrecyMark | undefined): void {
  const rank = secrecyRank(mark?.level);
  if (rank > viewer.clearance) {
    throw apiError(
      'FORBIDDEN',
      `the text is marked "${mark?.quote ?? ''}" (level ${rank}); this key is cleared to level ${viewer.clearance}`,
      { secrecy: rank, clearance: viewer.clearance },
    );
  }
}

function toMeta(input: IngestArgs['metadata']): DocumentMeta | undefined {
  if (!input) return undefined;
  if (input.level != null && !isLevel(input.level)) {
    throw badInput('level must be TW, tinh, huyen or xa', { argument: 'metadata.level' });
  }
  if (input.issuedDate != null && !isCalendarDate(input.issuedDate)) {
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

/** The text as the CLI would accept its file (io/read-document.ts): not empty, at most 10 MB,
 *  no NUL byte, valid UTF-8 (a lone surrogate is what invalid bytes become in a JSON string). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function checkText(text: string): void {
  if (LONE_SURROGATE.test(text)) {
    throw badInput('text is not valid UTF-8 (it holds a lone surrogate)', { argument: 'text' });
  }
  try {
    decodeDocument('text', Buffer.from(text, 'utf8'));
  } catch (error) {
    if (error instanceof DocumentReadError)
      throw badInput(`text: ${error.problem}`, { argument: 'text' });
    throw error;
  }
}

const environments = new Map<boolean, IngestEnvironment>();
/** The registry is read once, on the first ingest (read queries never need it). */
function ingestEnvironment(national: boolean): IngestEnvironment {
  let environment = environments.get(national);
  if (!environment) {
    environment = createEnvironment(loadRegistry(undefined, { national }));
    environments.set(national, environment);
  }
  return environment;
}

export async function ingestText(
  driver: Driver,
  database: string,
  args: IngestArgs,
  options: { viewer: Viewer; national?: boolean; sourceDir?: string },
): Promise<IngestResultModel> {
  const env = ingestEnvironment(options.national ?? false);
  const input = await ingestInput(args);
  // A text argument is held to what the CLI accepts of a file; a file went through its reader.
  if (!input.source) checkText(input.text);
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
  checkClearance(options.viewer, prepared.parsed.secrecy);
  try {
    // Named by the hash the plan's text row took of the same bytes, as the CLI's (prepare.ts).
    if (options.sourceDir && input.source)
      storeSource(options.sourceDir, input.source.bytes, prepared.plan.text?.sha256);
    await syncWholeRegistry(driver, database, env.registry);
    // Names are the client's: one reused for another document retires it only when asked.
    const result = await writeDocument(driver, database, prepared.plan, {
      replace: args.replace === true,
      keepOthers: true,
    });
    if (result.outcome !== 'unchanged') await linkLineage(driver, database, [result.documentId]);
    const outcome = OUTCOMES[result.outcome];
    await recordAudit(driver, database, {
      ...auditActor(options.viewer),
      action: 'ingest',
      via: 'api',
      targets: [result.documentId],
      detail: outcome,
    });
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
    if (error instanceof WriteRefusedError) throw refused(error);
    throw fromDatabaseError(error);
  }
}

function refused(error: WriteRefusedError): GraphQLError {
  const { documentId, reason } = error;
  return reason.kind === 'shrink'
    ? apiError(
        'CONFLICT',
        `${documentId} has ${reason.storedTasks} tasks stored and this copy ${reason.newTasks} (fewer than half: a truncated copy?); replace: true writes it anyway`,
        { documentId, storedTasks: reason.storedTasks, newTasks: reason.newTasks },
      )
    : apiError(
        'CONFLICT',
        `the name ${reason.name} was last used for ${reason.others.join(', ')}, a different document; replace: true retires it`,
        { documentId, previous: reason.others },
      );
}
