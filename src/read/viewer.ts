/**
 * Who reads, and what of the graph they may see (issue 15). A viewer has a clearance (the highest
 * secrecy mark it may read: 0 unmarked only … 3 Tuyệt mật) and optional scopes (provinces,
 * agencies). The documents it may not see are found once per request (HIDDEN_DOCUMENTS) and the
 * reader (reader.ts) keeps them out of every answer: list statements exclude them in Cypher
 * (page.ts, so counts and pages are exact) and every row of every statement is scrubbed of them
 * (scrub below), so no resolver, traversal or export can show one by forgetting a filter.
 *
 * Everything a document says carries its id: tasks are `<docId>#…`, targets and document-scoped
 * bodies `<docId>/…`, evidence `docId`. A value naming a hidden document is hidden.
 */
import type { Props } from './models.ts';
import { allOf } from './params.ts';

export type Role = 'reader' | 'editor' | 'admin';
export const ROLES: readonly Role[] = ['reader', 'editor', 'admin'];

/** The highest clearance: every mark up to Tuyệt mật. */
export const MAX_CLEARANCE = 3;

export interface Viewer {
  /** The user's id; `env` for the shared key of the environment; null when anonymous. */
  userId: string | null;
  name: string;
  /** Null when anonymous (reads only, as far as the server lets anonymous readers read). */
  role: Role | null;
  /** 0 (unmarked documents only) to 3 (Tuyệt mật). */
  clearance: number;
  /** Province ids; null = every province. */
  jurisdictions: readonly string[] | null;
  /** Organization ids; null = every agency. */
  agencies: readonly string[] | null;
}

export const ANONYMOUS: Viewer = {
  userId: null,
  name: 'anonymous',
  role: null,
  clearance: 0,
  jurisdictions: null,
  agencies: null,
};

/** What the API used to be and the CLI still is: sees everything (the shared API_KEY). */
export const UNRESTRICTED: Viewer = {
  userId: 'env',
  name: 'API_KEY',
  role: 'admin',
  clearance: MAX_CLEARANCE,
  jurisdictions: null,
  agencies: null,
};

export function seesEverything(viewer: Viewer): boolean {
  return (
    viewer.clearance >= MAX_CLEARANCE && viewer.jurisdictions === null && viewer.agencies === null
  );
}

/** The parameter every statement may use to leave hidden documents out (reader.ts fills it). */
export const HIDDEN_PARAM = 'hiddenDocuments';

/** `v` (a variable chosen in code) is visible: not a hidden document nor anything of one. */
export function visibleCondition(v: string): string {
  return `NOT (${v}.id IN $${HIDDEN_PARAM} OR any(h IN $${HIDDEN_PARAM} WHERE ${v}.id STARTS WITH h + '#' OR ${v}.id STARTS WITH h + '/'))`;
}

/**
 * The WHERE text for `v` matching `conditions` and visible to the viewer: how every statement
 * that lists or counts (lists, aggregates, task statistics, coverage reports, search, exports)
 * leaves hidden documents out, so its numbers are the ones the viewer may see. Give its params
 * through `withHidden` (empty outside a reader: nothing hidden).
 */
export function visibleWhere(conditions: readonly string[], v = 'n'): string {
  return allOf([...conditions, visibleCondition(v)]);
}

/** A statement's parameters with the hidden documents' placeholder (the reader fills it). */
export function withHidden(params: Record<string, unknown>): Record<string, unknown> {
  return { [HIDDEN_PARAM]: [], ...params };
}

/** `v` is in the province scope: issued in one of the provinces, or issued by, sent to or
 *  received by a body of one (directly, or through a recipient group the body is a member of). */
const inProvinces = (v: string): string => `(coalesce(${v}.province, "") IN $provinces
  OR EXISTS { (${v})-[:ISSUED_BY|SENT_TO|RECEIVED_BY]->(a:Actor) WHERE a.province IN $provinces }
  OR EXISTS { (${v})-[:SENT_TO]->(:OrgGroup)<-[:MEMBER_OF]-(m:Actor) WHERE m.province IN $provinces })`;
/** …in the agency scope: issued by, sent to or received by one of the agencies (or a group of it). */
const ofAgencies = (
  v: string,
): string => `(EXISTS { (${v})-[:ISSUED_BY|SENT_TO|RECEIVED_BY]->(a:Actor) WHERE a.id IN $agencies }
  OR EXISTS { (${v})-[:SENT_TO]->(:OrgGroup)<-[:MEMBER_OF]-(m:Actor) WHERE m.id IN $agencies })`;

/** An ingested document `v` the viewer may not see: marked above its clearance, or out of a scope. */
function hiddenOwn(viewer: Viewer, v: string): string {
  const clauses = [`coalesce(${v}.secrecy, 0) > $clearance`];
  if (viewer.jurisdictions !== null) clauses.push(`NOT ${inProvinces(v)}`);
  if (viewer.agencies !== null) clauses.push(`NOT ${ofAgencies(v)}`);
  return `(${clauses.join(' OR ')})`;
}

/**
 * The ids of the documents the viewer may not see. An ingested document: hiddenOwn. A referenced
 * one (a placeholder: a number and what citing texts say of it) is seen through the documents
 * citing it, so it is hidden when no document the viewer sees cites it. Without scopes only the
 * marked documents and what they cite are looked at (the secrecy index first, behind a WITH: the
 * planner would otherwise start from every placeholder and its citers), so an anonymous request pays a seek,
 * not a scan.
 */
export function hiddenDocumentsStatement(viewer: Viewer): {
  cypher: string;
  params: Record<string, unknown>;
} {
  const citedOnlyByHidden = (p: string): string =>
    `NOT EXISTS { MATCH (c:Document)-->(${p}) WHERE c.status <> 'referenced' AND NOT ${hiddenOwn(viewer, 'c')} }`;
  const scoped = viewer.jurisdictions !== null || viewer.agencies !== null;
  const cypher = scoped
    ? `MATCH (d:Document) WHERE d.status <> 'referenced' AND ${hiddenOwn(viewer, 'd')} RETURN d.id AS id
UNION
MATCH (p:Document {status: 'referenced'}) WHERE ${citedOnlyByHidden('p')} RETURN p.id AS id`
    : // One seek of the index for both: the marked documents and what they alone cite.
      `MATCH (m:Document) WHERE m.secrecy > $clearance
CALL {
WITH m RETURN m.id AS id
UNION
WITH m MATCH (m)-->(p:Document {status: 'referenced'}) WHERE ${citedOnlyByHidden('p')} RETURN p.id AS id
}
RETURN DISTINCT id`;
  return {
    cypher,
    params: {
      clearance: viewer.clearance,
      provinces: viewer.jurisdictions ?? [],
      agencies: viewer.agencies ?? [],
    },
  };
}

/** The column a folded statement (foldHiddenLookup) adds to its rows: the hidden documents' ids. */
export const HIDDEN_COLUMN = '__hiddenDocuments';

/**
 * For a viewer without scopes, `cypher` run with the viewer's hidden documents read in the same
 * statement (one transaction, one round trip, where the lookup beside it was a second one): the
 * lookup first (the secrecy index: a seek, no scan), then the statement unchanged as a subquery,
 * each row carrying the ids (HIDDEN_COLUMN). The statement sees none hidden; the reader uses its
 * rows when the ids are none, and runs it again with them otherwise. Null for a scoped viewer:
 * its hidden documents are most of the corpus, too many to repeat on every row.
 */
export function foldHiddenLookup(
  viewer: Viewer,
  cypher: string,
  params: Record<string, unknown>,
): { cypher: string; params: Record<string, unknown> } | null {
  if (viewer.jurisdictions !== null || viewer.agencies !== null) return null;
  const lookup = hiddenDocumentsStatement(viewer);
  // The lookup's parameters renamed, so none can meet one of the statement's.
  const own = (name: string): string => `viewerHidden_${name}`;
  const renamed = lookup.cypher.replace(
    /\$(clearance|provinces|agencies)\b/g,
    (_m, name: string) => `$${own(name)}`,
  );
  return {
    cypher: `CALL {\n${renamed}\n}\nWITH collect(id) AS ${HIDDEN_COLUMN}\nCALL {\n${cypher}\n}\nRETURN *`,
    params: {
      ...params,
      ...Object.fromEntries(Object.entries(lookup.params).map(([k, v]) => [own(k), v])),
    },
  };
}

/** Ids of hidden documents, and the test of any value against them. */
export class Hidden {
  private readonly ids: ReadonlySet<string>;
  constructor(ids: Iterable<string>) {
    this.ids = new Set(ids);
  }

  get size(): number {
    return this.ids.size;
  }

  list(): string[] {
    return [...this.ids];
  }

  /** A document id, or the id of a task, target or body of a hidden document. */
  names(value: string): boolean {
    if (!value.startsWith('doc:') || this.ids.size === 0) return false;
    if (this.ids.has(value)) return true;
    for (const cut of ['#', '/']) {
      for (let at = value.indexOf(cut); at > 0; at = value.indexOf(cut, at + 1)) {
        if (this.ids.has(value.slice(0, at))) return true;
      }
    }
    return false;
  }
}

const isPlain = (value: unknown): value is Props =>
  typeof value === 'object' &&
  value !== null &&
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

/** A node or relationship returned whole (neo4j-driver's Node, Relationship): its properties. */
const isGraphEntity = (value: unknown): value is { properties: Props } =>
  typeof value === 'object' &&
  value !== null &&
  'elementId' in value &&
  isPlain((value as { properties?: unknown }).properties);

const GONE = Symbol('hidden');

/** A value with everything of a hidden document taken out, or GONE when the value itself is of
 *  one: a string naming one; a map one of whose own strings names one (a task, its evidence).
 *  Lists lose such elements; a map's field holding such a map becomes null. */
function clean(value: unknown, hidden: Hidden): unknown {
  if (typeof value === 'string') return hidden.names(value) ? GONE : value;
  if (Array.isArray(value)) {
    const kept: unknown[] = [];
    for (const item of value) {
      const c = clean(item, hidden);
      if (c !== GONE) kept.push(c);
    }
    return kept;
  }
  if (isGraphEntity(value)) return clean(value.properties, hidden) === GONE ? GONE : value;
  if (!isPlain(value)) return value;
  for (const field of Object.values(value)) {
    if (typeof field === 'string' && hidden.names(field)) return GONE;
  }
  const out: Props = {};
  for (const [key, field] of Object.entries(value)) {
    const c = clean(field, hidden);
    out[key] = c === GONE ? null : c;
  }
  return out;
}

/** The rows a viewer may see: a row naming a hidden document in a column is dropped; inside the
 *  others, what names one is removed (clean). */
export function scrub(rows: Props[], hidden: Hidden): Props[] {
  if (hidden.size === 0) return rows;
  const kept: Props[] = [];
  for (const row of rows) {
    const out: Props = {};
    let gone = false;
    for (const [key, value] of Object.entries(row)) {
      const c = clean(value, hidden);
      if (c === GONE) gone = true;
      out[key] = c;
    }
    if (!gone) kept.push(out);
  }
  return kept;
}
