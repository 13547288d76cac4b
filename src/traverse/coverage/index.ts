/**
 * Recipient coverage as the API and the exports call it: one statement (cypher.ts), its rows
 * read into compute.ts's input, the answer computed there. GraphQL (src/api/resolvers/coverage.ts)
 * and the CSV exports (src/api/exports/coverage.ts) both come through here, so they agree.
 */
import type { GraphReader } from '../../read/reader.ts';
import { badInput, notFound } from '../../read/errors.ts';
import { toEvidence } from '../../graph/vocabulary.ts';
import type { Props } from '../../read/models.ts';
import { isoDate } from '../../read/filters.ts';
import { computeCoverage } from './compute.ts';
import { coverageInputAsOf } from './as-of.ts';
import type {
  BodyOf,
  CoverageActor,
  CoverageDocument,
  CoverageInput,
  DocumentCoverage,
  IssuerLine,
  RecipientLine,
  TaskLink,
} from './model.ts';
import {
  COVERAGE_OF_DOCUMENT,
  MAX_REPORT_DOCUMENTS,
  coverageReportQuery,
  documentParams,
  type CoverageDocumentFilter,
} from './cypher.ts';

export { MAX_REPORT_DOCUMENTS, type CoverageDocumentFilter } from './cypher.ts';

/** The statement's maps carry exactly CoverageActor's fields (cypher.ts actorMap). */
const actor = (value: unknown): CoverageActor => value as CoverageActor;

function inputOf(row: Props): CoverageInput {
  const issuers = (row.issuers as Props[]).map((x): IssuerLine => ({
    type: x.type as IssuerLine['type'],
    actor: x.actor as IssuerLine['actor'],
    evidence: toEvidence(x.rel as Props),
  }));
  const recipients = (row.recipients as Props[]).map((x): RecipientLine => {
    const rel = x.rel as Props;
    return {
      actor: actor(x.actor),
      purpose: (rel.purpose as string | null | undefined) ?? null,
      ordinal: (rel.ordinal as number | null | undefined) ?? 0,
      evidence: toEvidence(rel),
    };
  });
  const links = (row.links as Props[]).map((x): TaskLink => ({
    type: x.type as TaskLink['type'],
    actor: actor(x.actor),
    task: x.task as TaskLink['task'],
    evidence: toEvidence(x.rel as Props),
  }));
  const bodies = (row.bodies as Props[]).map((x): BodyOf => ({
    of: x.of as string,
    bodyId: (x.bodyId as string | null) ?? null,
    body: x.body ? actor(x.body) : null,
  }));
  const enders = (row.enders as CoverageInput['enders']) ?? [];
  return { document: row.document as CoverageDocument, issuers, recipients, links, bodies, enders };
}

/**
 * Coverage of one document. Unknown id: NOT_FOUND (with the id). A placeholder known only from
 * a citation has no text, hence no tasks and no Nơi nhận to audit: BAD_USER_INPUT saying so.
 * With `asOf`, the document as it stood that day (as-of.ts); one issued later, or taking effect
 * later by its own text, is BAD_USER_INPUT.
 */
export async function readDocumentCoverage(
  db: GraphReader,
  id: string,
  asOf?: string | null,
): Promise<DocumentCoverage> {
  const on = asOf == null ? null : isoDate(asOf, 'asOf');
  const rows = await db.read(COVERAGE_OF_DOCUMENT, documentParams(id));
  const row = rows[0];
  const document = row?.document as CoverageDocument | null | undefined;
  if (!row || !document) throw notFound(`no document ${id}`, { id });
  if (document.status !== 'ingested') {
    throw badInput(
      `document ${id} is only referenced by other documents: its text (tasks and Nơi nhận) is not in the graph, so there is nothing to audit`,
      { id, status: document.status },
    );
  }
  if (on === null) return computeCoverage(inputOf(row));
  // Its first day in force: the date of effect its text gives, else its issue date.
  const start = document.effectiveFrom ?? document.issuedDate;
  if (start != null && start > on) {
    const what = start === document.issuedDate ? 'was issued' : 'takes effect';
    throw badInput(`document ${id} ${what} on ${start}, after ${on}`, { id, argument: 'asOf' });
  }
  return computeCoverage(coverageInputAsOf(inputOf(row), on));
}

/**
 * Coverage of every ingested document matching the filter (with `asOf`: those in force by then,
 * each as it stood that day, as readDocumentCoverage): at most `cap` documents
 * (MAX_REPORT_DOCUMENTS; tests lower it), else BAD_USER_INPUT with the number matched.
 */
export async function readCoverageReport(
  db: GraphReader,
  filter: CoverageDocumentFilter | null | undefined,
  cap = MAX_REPORT_DOCUMENTS,
  asOf: string | null = null,
): Promise<DocumentCoverage[]> {
  const on = asOf === null ? null : isoDate(asOf, 'asOf');
  const { cypher, params } = coverageReportQuery(filter, cap, on);
  const rows = await db.read(cypher, params);
  const matched = (rows[0]?.matched as number | undefined) ?? 0;
  if (matched > cap) {
    throw badInput(
      `${matched} documents match; a coverage report spans at most ${cap}: narrow the filter (jurisdiction, level, type, issuer, issuedFrom/issuedTo, implements)`,
      { matched, max: cap },
    );
  }
  return rows
    .filter((row) => row.document)
    .map((row) =>
      computeCoverage(on === null ? inputOf(row) : coverageInputAsOf(inputOf(row), on)),
    );
}
