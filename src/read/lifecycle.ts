/**
 * Documents over time: what a newer document does to an older one it names (REPLACES, AMENDS,
 * REPEALS, read from its text with evidence), and an older document's validity on a date. A
 * document replaced or repealed by one issued on or before the date is no longer in force; its
 * tasks are no longer open.
 */
import { DOCUMENT_LIFECYCLE_TYPES, factProperties, nodeProjection } from '../graph/vocabulary.ts';
import type { DocumentLifecycleType } from '../graph/vocabulary.ts';
import {
  toDocument,
  toEvidence,
  type DocumentModel,
  type EvidenceModel,
  type Props,
} from './models.ts';

const TYPES = DOCUMENT_LIFECYCLE_TYPES.join('|');

/** Rows `key, node, rel, effect`: the document at the other end, per key. */
const across = (pattern: string): string => `
UNWIND $keys AS key
MATCH ${pattern}
RETURN key, ${nodeProjection('o')} AS node, ${factProperties('r')} AS rel, type(r) AS effect
ORDER BY key, o.id, r.start`;

/** What the key document does to older ones. */
export const DOCUMENT_EFFECTS = across(`(:Document {id: key})-[r:${TYPES}]->(o:Document)`);
/** What newer documents do to the key document. */
export const DOCUMENT_AFFECTED_BY = across(`(o:Document)-[r:${TYPES}]->(:Document {id: key})`);

/**
 * The day a document takes effect, as a Cypher expression on the node `v`: the date of effect its
 * text gives, else its issue date. A replacement or repeal counts from the newer document's.
 */
export const effectDate = (v: string): string => `coalesce(${v}.effectiveFrom, ${v}.issuedDate)`;

/**
 * A Cypher condition: the document with id `docId` (an expression) is no longer in force on the
 * date at `placeholder` — a document replaced or repealed it by then (an undated one counts).
 */
export function endedDocument(docId: string, placeholder: string): string {
  // `ender`, not `n`: callers match their own `n` (a list query's node) outside.
  return `EXISTS { (ender:Document)-[:REPLACES|REPEALS]->(:Document {id: ${docId}})
    WHERE ${effectDate('ender')} IS NULL OR ${effectDate('ender')} <= ${placeholder} }`;
}

export interface DocumentEffectModel {
  effect: DocumentLifecycleType;
  /** The other document: the older one under `effects`, the newer one under `affectedBy`. */
  document: DocumentModel;
  /** The words that say so, in the newer document. */
  evidence: EvidenceModel;
}

export function toDocumentEffect(row: Props): DocumentEffectModel {
  return {
    effect: row.effect as DocumentLifecycleType,
    document: toDocument(row.node as Props),
    evidence: toEvidence(row.rel as Props),
  };
}

export type ValidityStatus = 'NOT_YET_IN_FORCE' | 'IN_FORCE' | 'REPLACED' | 'REPEALED';

export interface DocumentValidityModel {
  status: ValidityStatus;
  /** Its first day in force: the date of effect its text gives, else the day it was issued. */
  from: string | null;
  /** The words giving the date of effect ("… có hiệu lực từ ngày ký"); null: none read. */
  fromEvidence: EvidenceModel | null;
  /** The last day in force: the day before the first replacing or repealing document. */
  to: string | null;
  replacedBy: DocumentModel[];
  repealedBy: DocumentModel[];
  amendedBy: DocumentModel[];
}

/** The day a document takes effect: the date of effect its text gives, else its issue date. */
export const effectiveOn = (d: DocumentModel): string | null =>
  d.effectiveFrom ?? d.issuedDate ?? null;

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** A document's validity on `asOf`, from what newer documents do to it (pure). */
export function validityOn(
  document: DocumentModel,
  affectedBy: readonly DocumentEffectModel[],
  asOf: string,
): DocumentValidityModel {
  const by = (effect: DocumentLifecycleType): DocumentModel[] =>
    affectedBy
      .filter((e) => e.effect === effect && (effectiveOn(e.document) ?? asOf) <= asOf)
      .map((e) => e.document);
  const replacedBy = by('REPLACES');
  const repealedBy = by('REPEALS');
  const ends = [...replacedBy, ...repealedBy]
    .map(effectiveOn)
    .filter((d): d is string => typeof d === 'string')
    .sort();
  const from = effectiveOn(document);
  const status: ValidityStatus =
    replacedBy.length > 0
      ? 'REPLACED'
      : repealedBy.length > 0
        ? 'REPEALED'
        : from !== null && asOf < from
          ? 'NOT_YET_IN_FORCE'
          : 'IN_FORCE';
  const said = document.effectiveQuote;
  return {
    status,
    from,
    fromEvidence:
      typeof said === 'string'
        ? {
            docId: document.id,
            quote: said,
            start: document.effectiveStart ?? 0,
            end: document.effectiveEnd ?? 0,
          }
        : null,
    to: ends[0] !== undefined ? dayBefore(ends[0]) : null,
    replacedBy,
    repealedBy,
    amendedBy: by('AMENDS'),
  };
}
