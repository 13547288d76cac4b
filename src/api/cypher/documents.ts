/** Documents: the list query and what hangs off a document, batched by document id ($keys). */
import { factProperties, nodeProjection } from '../../graph/vocabulary.ts';
import type { ListQuery } from '../../read/page.ts';
import { documentConditions, type DocumentConditions } from '../../read/filters.ts';
import { Params } from '../../read/params.ts';

/** The list order: by id, or by issue date ('' for none, so it sorts first ascending). */
/** The documents list's filter (the schema's DocumentFilter). */
export interface DocumentFilter extends DocumentConditions {
  status?: 'INGESTED' | 'REFERENCED' | null;
}

/** The documents list's orders (the schema's DocumentOrder). */
export type DocumentOrder = 'ID' | 'ISSUED_DATE' | 'ISSUED_DATE_DESC';

function orderOf(orderBy: DocumentOrder | null | undefined): Pick<ListQuery, 'order'> {
  if (orderBy === 'ISSUED_DATE' || orderBy === 'ISSUED_DATE_DESC') {
    return {
      order: { key: "coalesce(n.issuedDate, '')", descending: orderBy === 'ISSUED_DATE_DESC' },
    };
  }
  return {};
}

export function documentsQuery(
  filter: DocumentFilter | null | undefined,
  orderBy?: DocumentOrder | null,
): ListQuery {
  const params = new Params();
  // Implementers start from the implemented document and follow its incoming IMPLEMENTS (an
  // index seek and a few hops) instead of testing every document for the relationship.
  const implemented = filter?.implements ?? null;
  const conditions = documentConditions({ ...filter, implements: null }, params);
  const source =
    implemented === null
      ? 'MATCH (n:Document)'
      : `MATCH (:Document {id: ${params.add('implements', implemented)}})<-[:IMPLEMENTS]-(n:Document)`;
  if (filter?.status != null) {
    const status = filter.status === 'INGESTED' ? 'ingested' : 'referenced';
    conditions.push(`n.status = ${params.add('status', status)}`);
  }
  return { source, distinct: implemented !== null, conditions, params, ...orderOf(orderBy) };
}

export const DOCUMENT_ISSUERS = `
UNWIND $keys AS key
MATCH (:Document {id: key})-[r:ISSUED_BY]->(a:Actor)
RETURN key, ${nodeProjection('a')} AS node, ${factProperties('r')} AS rel
ORDER BY key, r.start, a.id`;

export const DOCUMENT_RECIPIENTS = `
UNWIND $keys AS key
MATCH (:Document {id: key})-[r:SENT_TO]->(a:Actor)
RETURN key, ${nodeProjection('a')} AS node, ${factProperties('r')} AS rel
ORDER BY key, coalesce(r.ordinal, 0), r.start, a.id`;

export const DOCUMENT_IMPLEMENTS = `
UNWIND $keys AS key
MATCH (:Document {id: key})-[r:IMPLEMENTS]->(o:Document)
RETURN key, ${nodeProjection('o')} AS node, ${factProperties('r')} AS rel
ORDER BY key, o.id, r.start`;

export const DOCUMENT_IMPLEMENTED_BY = `
UNWIND $keys AS key
MATCH (o:Document)-[r:IMPLEMENTS]->(:Document {id: key})
RETURN key, ${nodeProjection('o')} AS node, ${factProperties('r')} AS rel
ORDER BY key, o.id, r.start`;

export const DOCUMENT_TASKS = `
UNWIND $keys AS key
MATCH (:Document {id: key})-[h:HAS_TASK]->(t:Task)
RETURN key, ${nodeProjection('t')} AS node
ORDER BY key, h.ordinal`;

export const DOCUMENT_TARGETS = `
UNWIND $keys AS key
MATCH (:Document {id: key})-[:SETS_TARGET]->(t:Target)
RETURN key, ${nodeProjection('t')} AS node
ORDER BY key, t.start, t.id`;
