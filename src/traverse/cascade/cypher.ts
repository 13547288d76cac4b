/**
 * The implementation cascade in Cypher: one statement per call, returning the documents around a
 * root and the IMPLEMENTS / COPY_OF links between them; tree.ts shapes them into levels.
 *
 * Variable-length bounds cannot be parameters, so there is one fixed statement per depth
 * (1..MAX_CASCADE_DEPTH), chosen by the validated depth — never text built from input.
 */
import { evidenceProjection, factProperties, nodeProjection } from '../../graph/vocabulary.ts';
import { responsibleCall } from '../../read/successions.ts';

/** How many IMPLEMENTS / COPY_OF links a cascade (and a timeline with its cascade) follows. */
export const MAX_CASCADE_DEPTH = 10;

/** Each document as the tree needs it; `open`: a placeholder whose own references are unknown. */
// The Document fields the API serves, not `.*`: ingest bookkeeping (content hash, source file,
// ingest time) would only weigh on a cascade of thousands of documents.
// `open` looks for a placeholder's references only: as an AND, the EXISTS was run for every
// document of the cascade (a scan of its relationships: a fifth of the tree's reads).
const NODE = `c {.id, .number, .type, .title, .issuedDate, .place, .status, .level, .province,
  .district, labels: labels(c),
  open: CASE WHEN c.status = 'referenced' THEN NOT EXISTS { (c)-[:IMPLEMENTS]->(:Document) }
    ELSE false END}`;

/**
 * Every outgoing IMPLEMENTS / COPY_OF link of the documents gathered in `docs`, with the citing
 * text's evidence, one list per document; index.ts keeps those whose parent was gathered.
 * (Testing `p IN docs` here, or concatenating the lists in Cypher, is quadratic in the number of
 * documents: 2.4 s for a 10,000-document cascade.)
 */
const LINKS = `
UNWIND docs AS c
OPTIONAL MATCH (c)-[r:IMPLEMENTS|COPY_OF]->(p:Document)
WITH root, c, collect(CASE WHEN r IS NULL THEN NULL ELSE
  {child: c.id, parent: p.id, relation: type(r), evidence: ${evidenceProjection('r')}} END) AS out
RETURN root.id AS root, collect(${NODE}) AS nodes, collect(out) AS links`;

function down(depth: number): string {
  return `
MATCH (root:Document {id: $id})
OPTIONAL MATCH (root)<-[:IMPLEMENTS|COPY_OF*1..${depth}]-(d:Document)
WITH root, collect(DISTINCT d) AS below
// Placeholders the documents below also implement, and what implements them: the intermediate
// programmes a lower document names beside the root (tree.ts places them).
CALL {
  WITH root, below
  UNWIND below AS x
  MATCH (x)-[:IMPLEMENTS]->(p:Document {status: 'referenced'})
  // The placeholders gathered first, then tested: the planner ran the list test (linear in the
  // tree) before the status test, on every link of every document below — quadratic in the
  // tree's size — and the EXISTS (a scan of a document's relationships) on every link too.
  WITH root, below, collect(DISTINCT p) AS referenced
  UNWIND referenced AS p
  WITH root, below, p
  WHERE p <> root AND NOT p IN below AND NOT EXISTS { (p)-[:IMPLEMENTS]->(:Document) }
  OPTIONAL MATCH (p)<-[:IMPLEMENTS|COPY_OF*1..${depth}]-(m:Document)
  RETURN collect(DISTINCT p) + collect(DISTINCT m) AS extra
}
WITH root, [root] + below + [e IN extra WHERE NOT e IN below AND e <> root] AS gathered
UNWIND gathered AS g
WITH root, collect(DISTINCT g) AS docs${LINKS}`;
}

function up(depth: number): string {
  return `
MATCH (root:Document {id: $id})
OPTIONAL MATCH (root)-[:IMPLEMENTS|COPY_OF*1..${depth}]->(d:Document)
WITH root, [root] + collect(DISTINCT d) AS docs${LINKS}`;
}

function statements(build: (depth: number) => string): readonly string[] {
  return Array.from({ length: MAX_CASCADE_DEPTH }, (_, i) => build(i + 1));
}

const DOWN = statements(down);
const UP = statements(up);

/** The statement for a validated depth (1..MAX_CASCADE_DEPTH). */
export function cascadeStatement(direction: 'DOWN' | 'UP', depth: number): string {
  const statement = (direction === 'DOWN' ? DOWN : UP)[depth - 1];
  if (statement === undefined)
    throw new RangeError(`depth ${depth} outside 1..${MAX_CASCADE_DEPTH}`);
  return statement;
}

/**
 * Members and bodies of the date by id, each once: a group of every province's bodies is named
 * by many tasks, and its members' nodes once per task made the row megabytes long.
 */
const NODES_BY_ID = `CALL {
  WITH leads, recipients, responsible
  UNWIND reduce(ids = [], x IN leads + recipients | ids + x.members)
    + [r IN responsible | r.body] AS nodeId
  WITH DISTINCT nodeId
  MATCH (n:Actor {id: nodeId})
  RETURN collect(${nodeProjection('n')}) AS nodes
}`;

/**
 * What pending.ts needs for one document: the leads of its tasks and its recipients that are
 * organizations or groups (groups with their known members), and the documents that may
 * implement it — documents issued by those bodies (or their units at the same level) that
 * implement it or what it implements, through IMPLEMENTS only (a copy is not a plan), the open
 * placeholders documents of the cascade name beside it, and the document itself — each with its
 * issuers and their same-level ancestors (PART_OF).
 */
function pendingStatement(documents: string): string {
  return `
${documents}
CALL {
  WITH doc
  MATCH (doc)-[:HAS_TASK]->(t:Task)-[l:LED_BY]->(a:Actor)
  WHERE a:Organization OR a:OrgGroup
  OPTIONAL MATCH (m:Organization)-[:MEMBER_OF]->(a)
  WITH t, l, a, collect(m.id) AS members
  ORDER BY t.id, l.start
  RETURN collect({task: ${nodeProjection('t')}, evidence: ${factProperties('l')},
    actor: ${nodeProjection('a')}, members: members}) AS leads
}
CALL {
  WITH doc
  MATCH (doc)-[s:SENT_TO]->(a:Actor)
  WHERE a:Organization OR a:OrgGroup
  OPTIONAL MATCH (m:Organization)-[:MEMBER_OF]->(a)
  WITH s, a, collect(m.id) AS members
  ORDER BY s.ordinal
  RETURN collect({evidence: ${factProperties('s')}, actor: ${nodeProjection('a')}, members: members})
    AS recipients
}
// The bodies of $asOf carrying each expected organization's duties (itself while it exists).
CALL {
  WITH leads, recipients
  UNWIND reduce(ids = [], x IN leads + recipients | ids + [x.actor.id] + x.members) AS bodyId
  WITH DISTINCT bodyId
  MATCH (a:Organization {id: bodyId})
  ${responsibleCall('a', '$asOf')}
  WITH a, body, steps ORDER BY a.id, body.id
  RETURN collect({from: a.id, body: body.id, steps: steps}) AS responsible
}
${NODES_BY_ID}
CALL {
  WITH doc, leads, recipients, responsible
  OPTIONAL MATCH (doc)-[:IMPLEMENTS]->(subject:Document)
  WITH doc, leads, recipients, responsible, [doc] + collect(subject) AS subjects
  // Only a document issued by an expected body (a lead or a recipient, a group's members
  // included, or its successor) or by a unit at its level can show the body implemented, so the
  // search starts from those bodies — not from the thousands of documents a cascade may hold.
  WITH doc, subjects, reduce(ids = [], x IN leads + recipients |
    ids + [x.actor.id] + x.members) + [r IN responsible | r.body] AS expected
  CALL {
    WITH subjects, expected
    UNWIND expected AS bodyId
    // A body is listed once per group and per task that names it: search from each once.
    WITH DISTINCT subjects, bodyId
    MATCH (b:Actor {id: bodyId})<-[:PART_OF*0..3]-(i:Actor)<-[:ISSUED_BY]-(e:Document)
    WHERE i.level = b.level AND EXISTS { (e)-[:IMPLEMENTS*1..${MAX_CASCADE_DEPTH}]->(s) WHERE s IN subjects }
    RETURN collect(DISTINCT e) AS found
  }
  // Open placeholders (no issuer, no references of their own) that a document of the cascade
  // names beside a subject: the intermediate programmes tree.ts infers (47-CTr/TU, named by
  // 67-KH/HU beside 20-NQ/TW); they count for the party committee of their scope.
  CALL {
    WITH subjects
    MATCH (p:Document {status: 'referenced'})<-[:IMPLEMENTS]-(x:Document)
    WHERE NOT p IN subjects AND NOT EXISTS { (p)-[:IMPLEMENTS]->(:Document) }
      AND EXISTS { (x)-[:IMPLEMENTS*1..${MAX_CASCADE_DEPTH}]->(s) WHERE s IN subjects }
    RETURN collect(DISTINCT p) AS intermediates
  }
  UNWIND [doc] + [e IN found + intermediates WHERE e <> doc] AS e
  OPTIONAL MATCH (e)-[:ISSUED_BY]->(i:Actor)
  OPTIONAL MATCH (i)-[:PART_OF*1..3]->(up:Actor) WHERE up.level = i.level
  WITH e, i, collect(DISTINCT up.id) AS ups
  WITH e, collect(CASE WHEN i IS NULL THEN NULL ELSE [i.id] + ups END) AS issuers
  RETURN collect({document: e {.id, .number, .type, .title, .issuedDate, .place, .status, .level,
    .province, .district, labels: labels(e)},
    bodies: reduce(acc = [], ids IN issuers | acc + ids)}) AS candidates
}
RETURN ${nodeProjection('doc')} AS document, leads, recipients, responsible, nodes, candidates`;
}

export const PENDING = pendingStatement('MATCH (doc:Document {id: $id})');

/** The documents PENDING_OWED checks at most (the first by id). */
export const MAX_OWED_DOCUMENTS = 200;

/**
 * PENDING for every ingested document that may expect a plan of the body $body: it leads one of
 * its tasks or is among its recipients, itself or through a group it is a member of (at most
 * MAX_OWED_DOCUMENTS, by id). One statement for the organization page's "plans owed".
 */
export const PENDING_OWED = pendingStatement(`
MATCH (o:Actor {id: $body})
MATCH (doc:Document {status: 'ingested'})
WHERE EXISTS { (doc)-[:SENT_TO]->(o) } OR EXISTS { (doc)-[:HAS_TASK]->(:Task)-[:LED_BY]->(o) }
   OR EXISTS { (doc)-[:SENT_TO]->(:OrgGroup)<-[:MEMBER_OF]-(o) }
   OR EXISTS { (doc)-[:HAS_TASK]->(:Task)-[:LED_BY]->(:OrgGroup)<-[:MEMBER_OF]-(o) }
WITH DISTINCT doc ORDER BY doc.id LIMIT ${MAX_OWED_DOCUMENTS}`);
