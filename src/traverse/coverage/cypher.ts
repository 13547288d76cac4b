/**
 * Recipient coverage (Nơi nhận = the recipients of a document): the one Cypher statement that
 * gathers, per ingested document, everything compute.ts needs — the issuer and signer, the
 * recipient lines (SENT_TO), every task-actor link (LED_BY = chủ trì, COORDINATES_WITH = phối hợp,
 * REPORTS_TO = báo cáo) with its evidence, and for every actor involved the facts a way of being
 * covered rests on: PART_OF parents, PART_OF children that are recipients of the same document,
 * MEMBER_OF links into the document's recipient groups (with the stored reason), kind, level,
 * jurisdiction and, for groups, the stored `membership` rule (JSON).
 *
 * The same statement serves one document (`recipientCoverage`, the `ids` condition) and a report
 * over many (`coverageReport`, the filter conditions): one statement per call, always. All input
 * is passed as parameters; the conditions are fixed strings chosen in code.
 */
import { factProperties, memberReason } from '../../graph/vocabulary.ts';
import { effectDate } from '../../read/lifecycle.ts';
import neo4j from 'neo4j-driver';
import { documentConditions, type DocumentConditions } from '../../read/filters.ts';
import { Params } from '../../read/params.ts';
import { visibleWhere, withHidden } from '../../read/viewer.ts';

/** How many documents one coverage report may span (it computes coverage for each in TS). */
export const MAX_REPORT_DOCUMENTS = 2000;

/** What the report's documents must match (all given conditions apply). */
export type CoverageDocumentFilter = DocumentConditions;

/**
 * An actor as coverage needs it. `parents`: its PART_OF parents (any); `recipientChildren`: bodies
 * PART_OF it that the document is sent to; `memberOf`: MEMBER_OF links into groups the document is
 * sent to. Both start from the document's recipient lines, so a registry body with thousands of
 * units or memberships costs no more than the recipient list. Fixed text, not input: `v` is a
 * variable name chosen in this file.
 */
function actorMap(v: string): string {
  return `${v} {
    .id, .name, .orgKind, .level, .province, .district, .membership, .validFrom, .validTo,
    labels: labels(${v}),
    parents: [(${v})-[:PART_OF]->(p:Actor) | p {.id, .name, .orgKind}],
    recipientChildren: COLLECT {
      MATCH (d)-[:SENT_TO]->(c:Actor)-[:PART_OF]->(${v})
      RETURN DISTINCT c {.id, .name, .orgKind, .validFrom, .validTo} AS c ORDER BY c.id
    },
    memberOf: COLLECT {
      MATCH (d)-[:SENT_TO]->(g:OrgGroup)<-[m:MEMBER_OF]-(${v})
      RETURN DISTINCT {group: g.id, reason: ${memberReason('m', 'g')}} AS m ORDER BY m.group
    }
  }`;
}

const GATHER = `
WITH docs, size(docs) AS matched
// Past the cap nothing is gathered: the caller reports how many matched.
UNWIND CASE WHEN matched > $cap OR matched = 0 THEN [null] ELSE docs END AS d
RETURN matched,
  d {.id, .number, .type, .title, .issuedDate, .effectiveFrom, .status, .level, .province, .district, .copiedIn} AS document,
  COLLECT {
    MATCH (d)-[r:ISSUED_BY|SIGNED_BY]->(a:Actor)
    RETURN {type: type(r), actor: a {.id, .name, labels: labels(a)}, rel: ${factProperties('r')}} AS x
    ORDER BY r.start, a.id
  } AS issuers,
  COLLECT {
    MATCH (d)-[r:SENT_TO]->(a:Actor)
    RETURN {actor: ${actorMap('a')}, rel: ${factProperties('r')}} AS x
    ORDER BY coalesce(r.ordinal, 0), r.start, a.id
  } AS recipients,
  COLLECT {
    MATCH (d)-[h:HAS_TASK]->(t:Task)-[r:LED_BY|COORDINATES_WITH|REPORTS_TO]->(a:Actor)
    RETURN {
      type: type(r), rel: ${factProperties('r')}, actor: ${actorMap('a')},
      task: t {.id, .outlineId, .section, ordinal: h.ordinal}
    } AS x
    ORDER BY h.ordinal, type(r), r.start, a.id
  } AS links,
  // The body a role or a person belongs to ("bí thư" of a committee): its PART_OF parent, else
  // the body its id names after '@' (role:bi-thu@<body id>), when that body is in the graph.
  COLLECT {
    MATCH (d)-[:HAS_TASK]->(:Task)-[:LED_BY|COORDINATES_WITH|REPORTS_TO]->(a:Actor)
    WHERE a:Role OR a:Person
    WITH DISTINCT a, substring(a.id, size(split(a.id, '@')[0]) + 1) AS bodyId
    OPTIONAL MATCH (a)-[:PART_OF]->(p:Actor)
    OPTIONAL MATCH (n:Actor {id: bodyId})
    WITH a, bodyId, coalesce(p, n) AS b
    RETURN {of: a.id, bodyId: CASE WHEN a.id CONTAINS '@' THEN bodyId ELSE null END,
            body: CASE WHEN b IS NULL THEN null ELSE ${actorMap('b')} END} AS x
    ORDER BY a.id
  } AS bodies,
  // The newer documents that replace or repeal it (as of a date its tasks close on theirs).
  COLLECT {
    MATCH (n:Document)-[:REPLACES|REPEALS]->(d)
    RETURN {id: n.id, issuedDate: n.issuedDate, on: ${effectDate('n')}} AS x
    ORDER BY ${effectDate('n')}, n.id
  } AS enders
ORDER BY d.id`;

/** One document by id (ingested or not: the caller tells a placeholder apart). */
export const COVERAGE_OF_DOCUMENT = `
OPTIONAL MATCH (n:Document {id: $id})
WITH [x IN collect(n) WHERE x IS NOT NULL] AS docs
${GATHER}`;

/** The statement and parameters of a report over the ingested documents matching `filter`. */
export function coverageReportQuery(
  filter: CoverageDocumentFilter | null | undefined,
  cap = MAX_REPORT_DOCUMENTS,
  asOf: string | null = null,
): {
  cypher: string;
  params: Record<string, unknown>;
} {
  // GATHER names $cap: fixed, so no filter parameter can take its name.
  const params = new Params({ cap: neo4j.int(cap) });
  const conditions = ["n.status = 'ingested'", ...documentConditions(filter, params)];
  // As of a date: the documents in force by then (date of effect, else issue date).
  if (asOf !== null) conditions.push(`${effectDate('n')} <= ${params.add('asOf', asOf)}`);
  return {
    cypher: `
MATCH (n:Document)
WHERE ${visibleWhere(conditions)}
WITH n ORDER BY n.id
WITH collect(n) AS docs
${GATHER}`,
    params: withHidden(params.toRecord()),
  };
}

/** Parameters of COVERAGE_OF_DOCUMENT. */
export function documentParams(id: string): Record<string, unknown> {
  return { id, cap: neo4j.int(1) };
}
