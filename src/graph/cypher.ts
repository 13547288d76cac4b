/**
 * Every Cypher statement the ingest runs, in one place. All are parameterised; none is built from
 * input. Labels and relationship types are fixed strings chosen from a closed list in TypeScript
 * (an actor's label is sent as a value of that list: WRITE_ACTORS).
 *
 * Fact relationships (read from a document's text) carry their evidence: docId, start, end, quote.
 */
import {
  clauseReason,
  DOCUMENT_LINK_FIELDS,
  TASK_ACTOR_TYPES,
  TASK_FIELDS,
  TASK_LINK_FIELDS,
  taskDocId,
  taskSectionTitles,
  taskText,
  type DocumentActorType,
  type TaskActorType,
} from './vocabulary.ts';

/** Relationships that keep an actor alive: without any, a non-registry actor is removed. */
const ACTOR_USES = 'SENT_TO|LED_BY|COORDINATES_WITH|REPORTS_TO|ISSUED_BY|SIGNED_BY|RECEIVED_BY';

/** A cited document's properties a reference fills in: where the document has none, and where
 *  the reference's value is lesser than one that citations gave (a placeholder's, or an ingested
 *  document's that its text lacks: `textLacks`); the `placeholderOnly` ones never on an
 *  ingested document (its text gives them or nothing does). Least, not first: the graph does
 *  not depend on which citing document came first (docs/operations.md, "The graph and the order
 *  of writes"). */
const REFERENCE_FILLS: readonly { key: string; placeholderOnly: boolean }[] = [
  { key: 'title', placeholderOnly: false },
  { key: 'type', placeholderOnly: false },
  { key: 'issuerName', placeholderOnly: false },
  { key: 'issuedDate', placeholderOnly: true },
  { key: 'doubtful', placeholderOnly: true },
];

/** The properties an ingested document's text may lack and its citations then give. */
const CITABLE = REFERENCE_FILLS.filter((f) => !f.placeholderOnly).map((f) => f.key);

/** Whether `t.<key>` holds what citations gave (and a lesser citation may replace it): `t` is a
 *  placeholder, or an ingested document whose text lacks it. */
const citedValue = (t: string, key: string): string =>
  `(${t}.status = 'referenced' OR '${key}' IN coalesce(${t}.textLacks, []))`;

/** Whether citations' value `p.<key>` replaces the document's `t.<key>` (a CITABLE key): where
 *  the document has none, or a lesser one than citations gave. */
const citedReplaces = (t: string, p: string, key: string): string =>
  `((${t}.${key} IS NULL AND ${p}.${key} IS NOT NULL) OR (${citedValue(t, key)} AND ${p}.${key} < ${t}.${key}))`;

/** Whether the reference's value `p.<key>` replaces the document's `t.<key>`, as `new_<key>`. */
function fills({ key, placeholderOnly }: (typeof REFERENCE_FILLS)[number]): string {
  return placeholderOnly
    ? `t.status = 'referenced' AND ((t.${key} IS NULL AND p.${key} IS NOT NULL) OR p.${key} < t.${key}) AS new_${key}`
    : `${citedReplaces('t', 'p', key)} AS new_${key}`;
}

/** Takes each document's write lock first, so two ingests of the same document run one after
 *  the other (the second then sees the first's content hash and changes nothing). */
export const LOCK_DOCUMENTS = `
UNWIND $docs AS doc
MERGE (d:Document {id: doc.id})
ON CREATE SET d.status = 'new'
SET d._lock = true
REMOVE d._lock
WITH d, doc
// Other documents last ingested from the same file (an unnumbered text that changed, or a
// corrected number): their facts are replaced by this version.
OPTIONAL MATCH (p:Document {sourceFile: doc.sourceFile})
  WHERE p.id <> doc.id AND p.status = 'ingested' AND p.copiedIn IS NULL
RETURN doc.id AS id, d.status AS status, d.contentHash AS contentHash, d.registryKey AS registryKey,
       EXISTS { (d)-[:HAS_TEXT]->(:DocumentText) } AS hasText, collect(p.id) AS previous,
       COUNT { (d)-[:HAS_TASK]->(:Task) } AS tasks`;

/** Actors a document links to (directly or through its tasks): candidates for clean-up. */
export const LINKED_ACTORS = `
MATCH (d:Document) WHERE d.id IN $ids
CALL {
  WITH d MATCH (d)-->(a:Actor) RETURN a
  UNION
  WITH d MATCH (d)-[:HAS_TASK]->(:Task)-->(a:Actor) RETURN a
  UNION
  WITH d MATCH (c:Document {copiedIn: d.id})-->(a:Actor) RETURN a
}
RETURN collect(DISTINCT a.id) AS actorIds`;

/** What a document's references point to: placeholders that may be left unreferenced. */
export const REFERENCED_DOCUMENTS = `
MATCH (d:Document)-[:IMPLEMENTS|CITES]->(p:Document) WHERE d.id IN $ids
RETURN collect(DISTINCT p.id) AS ids`;

/** Removes a document's facts: tasks, targets, certified copies made in its text, and its own
 *  outgoing relationships. The node itself stays (others may cite it). */
export const CLEAR_FACTS = `
MATCH (d:Document) WHERE d.id IN $ids
CALL { WITH d MATCH (d)-[:HAS_TASK]->(t:Task) DETACH DELETE t }
CALL { WITH d MATCH (d)-[:SETS_TARGET]->(t:Target) DETACH DELETE t }
CALL {
  WITH d MATCH (c:Document {copiedIn: d.id})
  OPTIONAL MATCH (c)-[r]->() WHERE type(r) IN $facts
  DELETE r
}
CALL { WITH d MATCH (d)-[r]->() WHERE type(r) IN $facts DELETE r }
RETURN count(d) AS cleared`;

/** Certified copies written from these documents' texts. */
export const COPIES_OF = `
MATCH (c:Document) WHERE c.copiedIn IN $ids RETURN collect(c.id) AS ids`;

/** A copy or an earlier version no longer backed by text: a placeholder if others cite it,
 *  else gone. */
export const RETIRE_DOCUMENTS = `
MATCH (d:Document) WHERE d.id IN $ids OR d.copiedIn IN $ids
WITH d, EXISTS { (d)<-[:IMPLEMENTS|CITES|COPY_OF]-() } AS cited
CALL { WITH d MATCH (d)-[:HAS_TEXT]->(x:DocumentText) DETACH DELETE x }
CALL {
  WITH d, cited WITH d WHERE cited
  SET d.status = 'referenced'
  REMOVE d.contentHash, d.sourceFile, d.copiedIn, d.ingestedAt, d.textLacks
}
CALL { WITH d, cited WITH d WHERE NOT cited DETACH DELETE d }
RETURN count(*) AS retired`;

/** Which of these ids are placeholders: the adoption below is sent only for them (nearly always
 *  none, and the statement costs as much as a task's whole write even when it finds nothing). */
export const PLACEHOLDERS_AMONG = `
UNWIND $ids AS id
MATCH (p:Document {id: id}) WHERE p.status = 'referenced'
RETURN collect(p.id) AS ids`;

/** Completes a placeholder known by number only: its citations move to the document. */
export const ADOPT_PLACEHOLDERS = `
UNWIND $pairs AS pair
MATCH (p:Document {id: pair.placeholderId, status: 'referenced'})
MATCH (d:Document {id: pair.id})
CALL { WITH p, d MATCH (s)-[r:IMPLEMENTS]->(p) CREATE (s)-[n:IMPLEMENTS]->(d) SET n = properties(r) DELETE r }
CALL { WITH p, d MATCH (s)-[r:CITES]->(p) CREATE (s)-[n:CITES]->(d) SET n = properties(r) DELETE r }
CALL { WITH p, d MATCH (s)-[r:COPY_OF]->(p) CREATE (s)-[n:COPY_OF]->(d) SET n = properties(r) DELETE r }
CALL { WITH p, d MATCH (s)-[r:REPLACES]->(p) CREATE (s)-[n:REPLACES]->(d) SET n = properties(r) DELETE r }
CALL { WITH p, d MATCH (s)-[r:AMENDS]->(p) CREATE (s)-[n:AMENDS]->(d) SET n = properties(r) DELETE r }
CALL { WITH p, d MATCH (s)-[r:REPEALS]->(p) CREATE (s)-[n:REPEALS]->(d) SET n = properties(r) DELETE r }
CALL { WITH p, d MATCH (s)-[r:GUIDES]->(p) CREATE (s)-[n:GUIDES]->(d) SET n = properties(r) DELETE r }
CALL { WITH p, d MATCH (s)-[r:REPORTS_ON]->(p) CREATE (s)-[n:REPORTS_ON]->(d) SET n = properties(r) DELETE r }
// What its citations gave the placeholder, where the document's text lacks it: as REFERENCES
// would have given it, had they named the document.
SET ${CITABLE.map((k) => `d.${k} = CASE WHEN ${citedReplaces('d', 'p', k)} THEN p.${k} ELSE d.${k} END`).join(',\n    ')}
DETACH DELETE p
RETURN count(*) AS adopted`;

/** After LOCK_DOCUMENTS in the same transaction: every node exists, so it is found, not merged. */
export const WRITE_DOCUMENTS = `
UNWIND $docs AS row
MATCH (d:Document {id: row.doc.id})
// What the text lacks of CITABLE keeps what citations gave it (a placeholder's values, or an
// earlier version's that its text lacked too); REFERENCES keeps the least of them from now on.
WITH d, row, {${CITABLE.map((k) => `${k}: coalesce(row.doc.${k}, CASE WHEN ${citedValue('d', k)} THEN d.${k} END)`).join(', ')}} AS cited,
  [k IN [${CITABLE.map((k) => `'${k}'`).join(', ')}] WHERE row.doc[k] IS NULL] AS lacks
SET d += row.doc, d += cited, d.textLacks = CASE WHEN size(lacks) = 0 THEN null ELSE lacks END,
    d.status = 'ingested', d.contentHash = row.contentHash,
    d.secrecy = coalesce(row.doc.secrecy, 0),
    d.sourceFile = row.sourceFile, d.warnings = row.warnings, d.ingestedAt = datetime(),
    // The date of effect and its words (null, hence removed, when the text gives none).
    d.effectiveFrom = row.inForce.from, d.effectiveOnSigning = row.inForce.onSigning,
    d.effectiveQuote = row.inForce.quote, d.effectiveStart = row.inForce.start,
    d.effectiveEnd = row.inForce.end, d.registryKey = row.registryKey,
    d.sectionOutline = row.sectionOutline
REMOVE d.copiedIn`;

/** Each document's text and original (model.ts TextRow), replacing the one it had. */
export const WRITE_TEXTS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
MERGE (d)-[:HAS_TEXT]->(x:DocumentText)
SET x = row.text`;

/** Actors (rows.ts Rows.actors: label, then properties), each given its label on creation.
 *  The label is a dynamic one (Neo4j 5.26), from rows.ts's closed list (vocabulary.ts
 *  ACTOR_LABEL_OF), never from input: one statement for every label, not one a label (each
 *  statement is planned and compiled cold on a fresh server; docs/operations.md, "Ingest rate").
 *  Two documents may write one shared actor in two wordings ("các cơ quan ngang Bộ" and "…
 *  ngang bộ": one id, one rule): the least by name, then rule, is kept, whichever came first,
 *  so the graph does not depend on the order of writes (docs/operations.md, "The graph and the
 *  order of writes"). A registry body is the registry's. */
export const WRITE_ACTORS = `
UNWIND $rows AS a
MERGE (n:Actor {id: a[1].id})
ON CREATE SET n:$(a[0]), n += a[1]
WITH n, a
WHERE coalesce(n.scope, '') <> 'registry'
  AND (a[1].name < n.name OR (a[1].name = n.name AND a[1].membership < n.membership))
SET n += a[1], n.memberClauses = a[1].memberClauses`;

/** After all actors exist, so a parent listed after its child is found. */
export const ACTOR_PART_OF = `
UNWIND $rows AS a
MATCH (n:Actor {id: a.id})
MATCH (p:Actor {id: a.partOf})
MERGE (n)-[:PART_OF]->(p)`;

/** A document's links to an actor of one type (rows.ts DocumentLinkValues), one row each with
 *  its evidence. */
function toActor(type: DocumentActorType): string {
  return `
UNWIND $rows AS row
MATCH (s:Document {id: row[0]})
MATCH (a:Actor {id: row[1]})
CREATE (s)-[r:${type}]->(a)
SET r = ${mapOf(DOCUMENT_LINK_FIELDS[type], 'row', 2)}`;
}

export const DOCUMENT_TO_ACTOR = {
  ISSUED_BY: toActor('ISSUED_BY'),
  SIGNED_BY: toActor('SIGNED_BY'),
  SENT_TO: toActor('SENT_TO'),
  RECEIVED_BY: toActor('RECEIVED_BY'),
} as const;

/** The map of `fields` whose values are the list `v` in that order (rows.ts valuesOf): a null
 *  or a value past the list's end is stored no more than a key left out. `offset`: where the
 *  values start. */
function mapOf(fields: readonly string[], v: string, offset = 0): string {
  return `{${fields.map((f, i) => `${f}: ${v}[${i + offset}]`).join(', ')}}`;
}

/** A task and its links in one statement (rows.ts TaskRow): the task is at hand for its links,
 *  not found again by id per link (those lookups were ~40 % of the tasks' statement time). */
function taskLinks(type: TaskActorType, at: number): string {
  return `CALL {
  WITH n, t UNWIND t[${at}] AS l
  // Without the hint the planner scans every actor per link (the map SETs defeat its estimate).
  MATCH (a:Actor {id: l[0]}) USING INDEX a:Actor(id)
  CREATE (n)-[r:${type}]->(a)
  SET r = ${mapOf(TASK_LINK_FIELDS, 'l', 1)}
}`;
}

export const WRITE_TASKS = `
UNWIND $rows AS t
MATCH (d:Document {id: t[0]})
CREATE (d)-[:HAS_TASK {ordinal: t[1][${TASK_FIELDS.indexOf('ordinal')}]}]->(n:Task)
SET n = ${mapOf(TASK_FIELDS, 't[1]')}
WITH n, t
${TASK_ACTOR_TYPES.map((type, i) => taskLinks(type, i + 2)).join('\n')}`;

/**
 * How many tasks fall due on each day (one (:TaskDueCount {end, tasks}) per distinct dueEnd):
 * a window's total is the sum of its days' counts (src/read/due-counts.ts), not one index entry
 * per task. The old tasks of the documents written again, per end, read before they are cleared.
 */
export const TASK_DUE_ENDS = `
MATCH (d:Document) WHERE d.id IN $ids
MATCH (d)-[:HAS_TASK]->(t:Task) WHERE t.dueEnd IS NOT NULL
RETURN t.dueEnd AS end, count(t) AS tasks`;

/** Adds each end's change (new tasks less old ones) to its count, in the batch's last statement
 *  so the counts' locks are held only until the commit, and in order of end so two batches take
 *  them in the same order. `c.tasks + x.tasks` locks the node before reading it (no lost update). */
export const COUNT_TASK_DUES = `
UNWIND $deltas AS x
MERGE (c:TaskDueCount {end: x.end})
ON CREATE SET c.tasks = x.tasks
ON MATCH SET c.tasks = c.tasks + x.tasks`;

export const WRITE_TARGETS = `
UNWIND $rows AS t
MATCH (d:Document {id: t.docId})
CREATE (d)-[:SETS_TARGET]->(n:Target)
SET n = t`;

/**
 * References. A placeholder is created for a document not (yet) in the graph. A reference
 * without a date names no year; it goes to the one document with that number in that scope when
 * there is exactly one, else to the yearless placeholder.
 */
function reference(type: string): string {
  return `
UNWIND $rows AS row
MATCH (d:Document {id: row.from})
OPTIONAL MATCH (x:Document {numberKey: row.numberKey})
  WHERE row.dated = false AND x.id <> row.to
WITH d, row, collect(x.id) AS known
WITH d, row, CASE WHEN size(known) = 1 THEN known[0] ELSE row.to END AS to
MERGE (t:Document {id: to})
ON CREATE SET t += row.placeholder, t.status = 'referenced'
WITH d, row, t
// Title, type and issuer filled in only where the reference knows what the document lacks, or
// has a lesser value than one citations gave (REFERENCE_FILLS: citations word it differently,
// "Bộ Chính trị", "BỘ CHÍNH TRỊ"); a placeholder's date and doubt too. Written only then: any
// other write would lock the document until the commit, and every batch cites the same few
// (docs/operations.md, "Ingest rate"): the other batch in flight waited.
CALL {
  WITH row, t
  WITH t, row.placeholder AS p
  WITH t, p,
    ${REFERENCE_FILLS.map(fills).join(',\n    ')}
  WHERE ${REFERENCE_FILLS.map((f) => `new_${f.key}`).join(' OR ')}
  SET ${REFERENCE_FILLS.map((f) => `t.${f.key} = CASE WHEN new_${f.key} THEN p.${f.key} ELSE t.${f.key} END`).join(',\n      ')}
}
CREATE (d)-[r:${type}]->(t)
SET r = row.props`;
}

export const REFERENCES = {
  IMPLEMENTS: reference('IMPLEMENTS'),
  CITES: reference('CITES'),
} as const;

/** What a document does to one it names, beside the reference it acts on (found by the
 *  reference's evidence, wherever the reference writer sent it). */
function effect(type: string): string {
  return `
UNWIND $rows AS row
MATCH (d:Document {id: row.from})-[ref:IMPLEMENTS|CITES]->(t:Document)
WHERE ref.start = row.refStart
CREATE (d)-[r:${type}]->(t)
SET r = row.props`;
}

export const EFFECTS = {
  REPLACES: effect('REPLACES'),
  AMENDS: effect('AMENDS'),
  REPEALS: effect('REPEALS'),
  GUIDES: effect('GUIDES'),
} as const;

export const WRITE_COPIES = `
UNWIND $rows AS row
MERGE (c:Document {id: row.doc.id})
SET c += row.doc, c.status = 'ingested', c.copiedIn = row.originalId,
    c.secrecy = coalesce(row.doc.secrecy, 0),
    c.contentHash = row.contentHash, c.sourceFile = row.sourceFile, c.copyType = row.copyType,
    c.ingestedAt = datetime()
WITH c, row
MATCH (o:Document {id: row.originalId})
CREATE (c)-[r:COPY_OF]->(o)
SET r = row.evidence`;

/** A report's REPORTS_ON its document: the one its own reference reached (a placeholder or the
 *  ingested document). */
export const WRITE_REPORTS_ON = `
UNWIND $rows AS row
MATCH (r:Document {id: row.from})-[:IMPLEMENTS|CITES]->(t:Document)
  WHERE t.id = row.to OR (row.numberKey IS NOT NULL AND t.numberKey = row.numberKey)
WITH r, row, head(collect(t)) AS t
CREATE (r)-[rel:REPORTS_ON]->(t)
SET rel = row.props`;

/** Reports on these documents, or by them: their items and the reported document's tasks.
 *  Each side found by its id (an OR of both scanned every REPORTS_ON of the graph per batch). */
export const REPORTS_TO_LINK = `
UNWIND $ids AS id
CALL {
  WITH id MATCH (r:Document {id: id})-[rel:REPORTS_ON]->(d:Document) RETURN r, rel, d
  UNION
  WITH id MATCH (r:Document)-[rel:REPORTS_ON]->(d:Document {id: id}) RETURN r, rel, d
}
WITH DISTINCT r, rel, d
OPTIONAL MATCH (d)-[:HAS_TASK]->(t:Task)
WITH r, rel, d, t ORDER BY t.ordinal
RETURN r.id AS report, d.id AS target, rel.items AS items,
       collect(t {.id, .section, text: ${taskText('t')}, sectionTitles: ${taskSectionTitles('t', 'd')}}) AS tasks`;

/** A report's links to a document's tasks, replaced by the given ones. */
export const RELINK_REPORT_TASKS = `
UNWIND $pairs AS pair
MATCH (r:Document {id: pair.report})
CALL {
  WITH r, pair
  MATCH (r)-[x:REPORTS_ON]->(t:Task) WHERE ${taskDocId('t')} = pair.target DELETE x
}
WITH r, pair
UNWIND pair.links AS link
MATCH (t:Task {id: link.to})
CREATE (r)-[rel:REPORTS_ON]->(t)
SET rel = link.props`;

/** MEMBER_OF links (rows.ts MembershipGroupRow), ON CREATE: clause and kind where the stored
 *  group holds the clause's sentence (vocabulary.ts memberLink), else the reason, sent or made
 *  from that sentence and the kind as memberReason reads it. toInteger: a JS number arrives as
 *  a float. */
export const WRITE_MEMBERSHIPS = `
UNWIND $rows AS grp
MATCH (g:OrgGroup {id: grp.groupId})
WITH g, grp, [i IN range(0, size(grp.templates) - 1) | g.memberClauses[i] = grp.templates[i]] AS held
UNWIND grp.members AS m
MATCH (o:Organization {id: m[0]})
MERGE (o)-[r:MEMBER_OF]->(g)
ON CREATE SET r += CASE WHEN m[1] IS NOT NULL AND held[toInteger(m[1])]
  THEN {clause: toInteger(m[1]), kind: m[2]}
  ELSE {reason: coalesce(m[3], ${clauseReason('grp.templates[toInteger(m[1])]', 'm[2]')})} END`;

/** Actors no text uses any more: document-scoped ones of these documents, and the given
 *  candidates, unless the registry knows them. */
export const REMOVE_ORPHAN_ACTORS = `
MATCH (a:Actor)
WHERE (a.scopeDoc IN $docIds OR a.id IN $candidates) AND coalesce(a.scope, '') <> 'registry'
  AND NOT EXISTS { (a)<-[:${ACTOR_USES}]-() }
  AND NOT EXISTS { (a)<-[:PART_OF]-() }
DETACH DELETE a
RETURN count(*) AS removed`;

/** Placeholders nothing cites any more. */
export const REMOVE_ORPHAN_PLACEHOLDERS = `
MATCH (p:Document {status: 'referenced'})
WHERE p.id IN $ids AND NOT EXISTS { (p)<--() }
DETACH DELETE p
RETURN count(*) AS removed`;

/** The registry (seed/orgs): organizations with absolute identity, and their PART_OF links. */
export const REGISTRY_VERSION = `
OPTIONAL MATCH (v:RegistryVersion {id: 'orgs'}) RETURN v.hash AS hash`;

export const SYNC_REGISTRY = `
UNWIND $rows AS o
MERGE (n:Actor {id: o.id})
SET n:Organization, n += o, n.scope = 'registry'`;

export const SYNC_REGISTRY_PART_OF = `
UNWIND $rows AS o
MATCH (n:Actor {id: o.id})
MATCH (p:Actor {id: o.partOf})
MERGE (n)-[:PART_OF]->(p)`;

/** What the graph holds of the registry, to write only what changed (registry-sync.ts). */
export const STORED_REGISTRY = `
MATCH (n:Organization) WHERE n.scope = 'registry'
RETURN n.id AS id, {kind: n.kind, name: n.name, aliases: n.aliases, orgKind: n.orgKind,
  level: n.level, province: n.province, district: n.district, partOf: n.partOf,
  validFrom: n.validFrom, validTo: n.validTo} AS row`;

/** Successions are the registry's alone. */
export const STORED_SUCCESSIONS = `
MATCH (a:Actor)-[r:SUCCEEDED_BY]->(b:Actor)
RETURN a.id AS from, b.id AS to,
  {date: r.date, basis: r.basis, share: r.share, source: r.source} AS link`;

export const REMOVE_SUCCESSIONS = `
UNWIND $rows AS s
MATCH (:Actor {id: s.from})-[r:SUCCEEDED_BY]->(:Actor {id: s.to})
DELETE r`;

export const SYNC_SUCCESSIONS = `
UNWIND $rows AS s
MATCH (a:Actor {id: s.from})
MATCH (b:Actor {id: s.to})
MERGE (a)-[r:SUCCEEDED_BY]->(b)
SET r.date = s.date, r.basis = s.basis, r.share = s.share, r.source = s.source`;

export const SET_REGISTRY_VERSION = `
MERGE (v:RegistryVersion {id: 'orgs'}) SET v.hash = $hash, v.organizations = $count, v.syncedAt = datetime()`;
