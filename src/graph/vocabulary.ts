/**
 * The graph's vocabulary, written once: node labels, relationship types, levels, the evidence
 * every fact read from text carries, and how a node is projected when it is read. The writes
 * (src/graph), the migrations (src/db), the read layer, the traversals and the API all name
 * things from here; tests/unit/graph/vocabulary.test.ts checks that every label and
 * relationship type written in a Cypher statement under src/ is one of these.
 *
 * Cypher templates keep the words themselves (`-[:LED_BY]->` reads better than an interpolated
 * constant); what is enumerated in code (the actor labels, the task-actor relationships) comes
 * from the lists below.
 */
import { admissionReason, ruleClauses } from '../orgs/groups.ts';
import type { GroupRule, ResolutionKind } from '../orgs/types.ts';

import { LEVELS, type Level } from '../orgs/types.ts';

export { LEVELS, type Level };

/** TW, tinh, huyen or xa: a level as the graph stores it. */
export function isLevel(value: string | null | undefined): value is Level {
  return LEVELS.some((level) => level === value);
}

/** Every actor has the label `Actor` and exactly one of these. */
export const ACTOR_LABELS = [
  'Organization',
  'OrgGroup',
  'Person',
  'Role',
  'Generic',
  'Publication',
  'Unresolved',
] as const;
export type ActorLabel = (typeof ACTOR_LABELS)[number];

/** The actor label of each kind the resolver answers with. */
export const ACTOR_LABEL_OF: Readonly<Record<ResolutionKind, ActorLabel>> = {
  organization: 'Organization',
  group: 'OrgGroup',
  person: 'Person',
  role: 'Role',
  generic: 'Generic',
  publication: 'Publication',
  unresolved: 'Unresolved',
};

export const NODE_LABELS = [
  'Document',
  'Actor',
  ...ACTOR_LABELS,
  'Task',
  'Target',
  // A document's text and original (src/graph/source.ts): kept apart from the Document node so
  // reading a document's properties does not carry its whole text.
  'DocumentText',
  // Bookkeeping, not domain facts: applied migrations and the registry version loaded.
  'Migration',
  'RegistryVersion',
  // How many tasks fall due on a day (a window's total without reading each task: cypher.ts).
  'TaskDueCount',
  // A manual status update of a task (an audit record, found by the task's id).
  'TaskStatusUpdate',
  // Users of the API (their key's digest, role, clearance, scopes) and who wrote what (users.ts,
  // audit.ts).
  'User',
  'AuditEvent',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/**
 * What a newer document does to an older one (thay thế / sửa đổi, bổ sung / bãi bỏ): from the
 * newer to the older, with the evidence of the sentence that says so.
 */
export const DOCUMENT_LIFECYCLE_TYPES = ['REPLACES', 'AMENDS', 'REPEALS', 'GUIDES'] as const;
export type DocumentLifecycleType = (typeof DOCUMENT_LIFECYCLE_TYPES)[number];

/** Relationships a document's own text creates, removed when the document is re-ingested. */
export const DOCUMENT_FACT_TYPES = [
  'ISSUED_BY',
  'SIGNED_BY',
  'SENT_TO',
  'RECEIVED_BY',
  'IMPLEMENTS',
  'CITES',
  'COPY_OF',
  ...DOCUMENT_LIFECYCLE_TYPES,
  // A report (báo cáo) on a document and on the tasks it answers (to a Task too).
  'REPORTS_ON',
] as const;

/** How a task names its actors: leads (chủ trì), coordinators (phối hợp), report recipients. */
export const TASK_ACTOR_TYPES = ['LED_BY', 'COORDINATES_WITH', 'REPORTS_TO'] as const;
export type TaskActorType = (typeof TASK_ACTOR_TYPES)[number];

/**
 * A task's properties in the order a task row lists their values (rows.ts TaskRow), read back
 * into a map by the statement (cypher.ts WRITE_TASKS): the names are spelled once in the
 * statement, not packed with every row (a task's were ~12 keys, its links' 6 each: 450 strings
 * a document on the cascade). Those most often present first: a row's trailing nulls are left
 * out, and a list read past its end gives null.
 */
export const TASK_FIELDS = [
  'id',
  'ordinal',
  'outlineId',
  'section',
  'leadRule',
  'deadlineInherited',
  'start',
  'end',
  'quote',
  'deadlineText',
  'deadlineKind',
  'dueEnd',
  'recurrence',
  'text',
  'dueStart',
  'sectionTitles',
] as const;
export type TaskField = (typeof TASK_FIELDS)[number];

/** A task link's properties after its actor's id, in the order of its row (as TASK_FIELDS). */
export const TASK_LINK_FIELDS = [
  'start',
  'end',
  'rule',
  'confidence',
  'quote',
  'mention',
  'docId',
] as const;
export type TaskLinkField = (typeof TASK_LINK_FIELDS)[number];

/** A document's links to actors, each type's properties after the two ends' ids in the order
 *  of its row (as TASK_FIELDS; rows.ts DocumentLinkValues). SENT_TO: ~10 a document. */
export const DOCUMENT_LINK_FIELDS = {
  ISSUED_BY: ['start', 'end', 'quote', 'rule', 'confidence', 'mention', 'docId'],
  SIGNED_BY: ['start', 'end', 'quote', 'capacity', 'title', 'onBehalfOf', 'docId'],
  SENT_TO: [
    'start',
    'end',
    'quote',
    'rule',
    'confidence',
    'ordinal',
    'purpose',
    'purposeText',
    'bracePurpose',
    'via',
    'mention',
    'docId',
  ],
  RECEIVED_BY: [
    'start',
    'end',
    'quote',
    'rule',
    'confidence',
    'number',
    'date',
    'channel',
    'mention',
    'docId',
  ],
} as const satisfies Record<string, readonly string[]>;
export type DocumentActorType = keyof typeof DOCUMENT_LINK_FIELDS;

export const RELATIONSHIP_TYPES = [
  ...DOCUMENT_FACT_TYPES,
  'HAS_TASK',
  ...TASK_ACTOR_TYPES,
  'SETS_TARGET',
  'PART_OF',
  'MEMBER_OF',
  // A body's duties passing to another (the registry's successions, with date and basis).
  'SUCCEEDED_BY',
  // A lower document's task restating an upper one's (lineage.ts).
  'DERIVED_FROM',
  'HAS_TEXT',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Where a fact was read: the document whose text holds the quote, and the span into it. */
export interface Evidence {
  docId: string;
  start: number;
  end: number;
  quote: string;
}

/** Relationships whose `mention` is stored only where it differs from their quote (the quote is
 *  the mention otherwise: src/graph/rows.ts). */
export const MENTION_TYPES: ReadonlySet<string> = new Set([
  'ISSUED_BY',
  'SENT_TO',
  'RECEIVED_BY',
  'LED_BY',
  'COORDINATES_WITH',
  'REPORTS_TO',
]);

/** Just the evidence of a row, a node's or a relationship's properties (nothing else). */
export function toEvidence(props: Readonly<Partial<Record<keyof Evidence, unknown>>>): Evidence {
  return {
    docId: props.docId as string,
    start: props.start as number,
    end: props.end as number,
    quote: props.quote as string,
  };
}

/**
 * A node as every read returns it: its properties and its labels (src/read/models.ts `toNode`
 * tells the kind from the labels). `v` is a variable name chosen in code, never input.
 */
export function nodeProjection(v: string): string {
  return `${v} {.*, labels: labels(${v})}`;
}

/**
 * A task's document: the prefix of its id (`<docId>#<outline path>`, src/graph/ids.ts taskId; a
 * document id holds no '#'), not stored: the same ~40-character id took a 128-byte string record
 * on every task. Cypher; `v` is an expression chosen in code, never input. A match by document
 * goes (:Document)-[:HAS_TASK]->(t) instead, not a scan of tasks.
 */
export function taskDocId(v: string): string {
  return `split(${v}.id, '#')[0]`;
}

/** `taskDocId` for rows read back (a task's id). */
export function taskDocIdOf(taskId: string): string {
  const hash = taskId.indexOf('#');
  return hash < 0 ? taskId : taskId.slice(0, hash);
}

/**
 * The document a fact starting at this node is read from, unless the fact says otherwise: facts
 * start at documents and tasks only, so the prefix of the node's id before '#' (a document's own
 * id, a task's document: `taskDocId`). One property read: a `coalesce` with a `docId` read
 * first cost a read more per fact once tasks had none. Cypher; `node` is an expression chosen in
 * code, never input.
 */
export function ownDocId(node: string): string {
  return taskDocId(node);
}

/**
 * A fact relationship stores its evidence's `docId` only where it differs from its start node's
 * own document (`ownDocId`: a sao y copy's links are read from the original's text): the id of
 * ~40 characters took a 128-byte string record on each of ~70 relationships a document.
 */
export function withoutOwnDocId<T extends { docId?: unknown }>(
  props: T,
  own: string,
): Omit<T, 'docId'> & Partial<Pick<T, 'docId'>> {
  if (props.docId !== own) return props;
  const rest: Omit<T, 'docId'> & Partial<Pick<T, 'docId'>> = { ...props };
  delete rest.docId;
  return rest;
}

/**
 * The resolver's rule names (src/orgs) as a link stores them in `rule`: a code of capitals per
 * name, joined by `+` as the names are (`level-of-document+relative-to-jurisdiction`, 42 bytes,
 * took a 128-byte string record; `LD+RJ` is inlined in the property record). Append-only: a code
 * once given keeps its name (stored links and migration 0014 read it). A name without a code is
 * stored as it is: names are lower-case, so never read as a code.
 */
export const RULE_CODES: Readonly<Record<string, string>> = {
  'registry-name': 'RN',
  'registry-alias': 'RA',
  'registry-jurisdiction': 'RJ',
  'registry-commune': 'RC',
  'relative-to-jurisdiction': 'TJ',
  'relative-to-issuer': 'TI',
  'document-scoped': 'DS',
  'issuer-committee': 'IC',
  'level-of-document': 'LD',
  'accent-insensitive': 'AI',
  'person-title': 'PT',
  'person-document-scoped': 'PD',
  'role-title': 'RT',
  'group-pattern': 'GP',
  'group-system': 'GS',
  'generic-phrase': 'GE',
  'publication-phrase': 'PP',
  unresolved: 'UN',
};

/** A rule name as a link stores it: each `+`-joined name by its code (RULE_CODES). */
export function ruleCode(rule: string | null): string | null {
  if (rule === null) return null;
  return rule
    .split('+')
    .map((name) => RULE_CODES[name] ?? name)
    .join('+');
}

/** The Cypher map code → name of RULE_CODES (a literal: names and codes are chosen in code). */
function ruleNamesMap(): string {
  const entries = Object.entries(RULE_CODES).map(([name, code]) => `${code}: '${name}'`);
  return `{${entries.join(', ')}}`;
}

/** The Cypher map name → code of RULE_CODES, for migration 0014 (src/db/migrations.ts). */
export function ruleCodesMap(): string {
  const entries = Object.entries(RULE_CODES).map(([name, code]) => `\`${name}\`: '${code}'`);
  return `{${entries.join(', ')}}`;
}

/** A stored `rule` (an expression of codes) as the resolver named it, in Cypher: each
 *  `+`-joined part by its name, a part without a code as it is. */
export function ruleName(rule: string): string {
  return `reduce(s = null, p IN split(${rule}, '+') | coalesce(s + '+', '') + coalesce(${ruleNamesMap()}[p], p))`;
}

/**
 * A task's link (LED_BY, COORDINATES_WITH, REPORTS_TO) stores its quote only where it is not the
 * span of its task's own quote (the body named in the task's sentence: most links; a lead named
 * in the section's heading keeps its quote). `task` is the task's evidence.
 */
export function withoutTaskQuote<T extends { quote?: unknown; start?: unknown; end?: unknown }>(
  props: T,
  task: { start: number; quote: string },
): Omit<T, 'quote'> & Partial<Pick<T, 'quote'>> {
  const { start, end } = props;
  if (typeof start !== 'number' || typeof end !== 'number') return props;
  const within = start >= task.start && end <= task.start + task.quote.length;
  // Cypher's substring (factQuote) and JS slice agree on text without surrogate pairs.
  if (!within || /[\uD800-\uDFFF]/.test(task.quote)) return props;
  if (task.quote.slice(start - task.start, end - task.start) !== props.quote) return props;
  const rest: Omit<T, 'quote'> & Partial<Pick<T, 'quote'>> = { ...props };
  delete rest.quote;
  return rest;
}

/** A task link's type among TASK_ACTOR_TYPES, in Cypher. */
function isTaskLink(v: string): string {
  return `type(${v}) IN [${TASK_ACTOR_TYPES.map((t) => `'${t}'`).join(', ')}]`;
}

/** A fact relationship's quote in Cypher: stored, or the span of its start task's quote
 *  (`withoutTaskQuote`); null for a relationship without either. */
export function factQuote(v: string): string {
  const task = `startNode(${v})`;
  return (
    `coalesce(${v}.quote, CASE WHEN ${isTaskLink(v)} AND ${v}.start >= ${task}.start` +
    ` THEN substring(${task}.quote, ${v}.start - ${task}.start, ${v}.end - ${v}.start) END)`
  );
}

/** A relationship that is a fact read from text: a quote, or a task's link whose quote is its
 *  task's (`withoutTaskQuote`). Cypher. */
function isFact(v: string): string {
  return `(${v}.quote IS NOT NULL OR ${v}.start IS NOT NULL AND ${isTaskLink(v)})`;
}

/** A relationship's properties as every read returns them: a fact's `docId` filled in from its
 *  start node where it is not stored (`withoutOwnDocId`), its quote from its task's
 *  (`withoutTaskQuote`), a link's `rule` by its name (`ruleCode`); another relationship as it
 *  is. */
export function factProperties(v: string): string {
  const filled = `.*, docId: ${factDocId(v)}, quote: ${factQuote(v)}`;
  return (
    `CASE WHEN type(${v}) = 'MEMBER_OF' THEN {reason: ${memberReason(v, `endNode(${v})`)}}` +
    ` WHEN NOT ${isFact(v)} THEN properties(${v})` +
    ` WHEN ${v}.rule IS NOT NULL THEN ${v} {${filled}, rule: ${ruleName(`${v}.rule`)}}` +
    ` ELSE ${v} {${filled}} END`
  );
}

/** A fact relationship's evidence docId: stored, or its start node's own (`withoutOwnDocId`). */
export function factDocId(v: string): string {
  return `coalesce(${v}.docId, ${ownDocId(`startNode(${v})`)})`;
}

/** A fact's evidence as a Cypher map, for statements that return only that. */
export function evidenceProjection(v: string): string {
  return `${v} {docId: ${factDocId(v)}, .start, .end, quote: ${factQuote(v)}}`;
}

/**
 * A task's section titles (its outline's headings above it) are stored once a section, on its
 * document (`sectionOutline`: one entry a section, its path and titles joined by SECTION_SEP,
 * from the section's first task), and on a task only where they differ from that entry: the
 * same array on every task of a section took 2.0 KB a document of the array store.
 */
export const SECTION_SEP = '\u001f';
/** SECTION_SEP as a Cypher string literal. */
const SEP = `'\\u001f'`;

/** Can the entry carry these titles (the separator splits them back, an empty title would not)? */
function encodable(section: string, titles: readonly string[]): boolean {
  return (
    !section.includes(SECTION_SEP) && titles.every((t) => t !== '' && !t.includes(SECTION_SEP))
  );
}

/** The document's outline entries and, per task in order, the titles it must store itself
 *  (null: its section's entry gives them). Pure; tasks in ordinal order. */
export function sectionOutline(
  tasks: readonly { section: string; sectionTitles: readonly string[] }[],
): { outline: string[] | null; own: (readonly string[] | null)[] } {
  const entries = new Map<string, readonly string[]>();
  const own = tasks.map((t) => {
    const entry = entries.get(t.section);
    if (entry === undefined && encodable(t.section, t.sectionTitles)) {
      entries.set(t.section, t.sectionTitles);
      return null;
    }
    const same =
      entry !== undefined &&
      entry.length === t.sectionTitles.length &&
      entry.every((x, i) => x === t.sectionTitles[i]);
    return same ? null : t.sectionTitles;
  });
  const outline = [...entries].map(([section, titles]) => [section, ...titles].join(SECTION_SEP));
  return { outline: outline.length > 0 ? outline : null, own };
}

/** A task's section titles as every read returns them: its own, else its section's entry on
 *  its document (`sectionOutline`), else none. Cypher; `t` and `d` are chosen in code. */
export function taskSectionTitles(t: string, d: string): string {
  return `coalesce(${t}.sectionTitles, ${outlineTitles(t, d)}, [])`;
}

/** The titles the entry of the task's section on its document gives (null: no entry). */
export function outlineTitles(t: string, d: string): string {
  return `head([e IN coalesce(${d}.sectionOutline, []) WHERE e = ${t}.section OR e STARTS WITH ${t}.section + ${SEP} | CASE WHEN e = ${t}.section THEN [] ELSE split(substring(e, size(${t}.section) + 1), ${SEP}) END])`;
}

/**
 * A task's text is, for most tasks, its quote with the item marker ("a)", "1.", "2.1", "-",
 * "II.") dropped and every run of spaces, tabs and line breaks made one space. The write side
 * stores `text` only where the parser's text differs (tone placement, field lines: rows.ts);
 * every read goes through `taskText`. The marker is tested on the first word in both languages
 * (JavaScript and Java regular expressions read this pattern alike; Cypher's `=~` matches the
 * whole word, hence the anchors here).
 */
const TASK_MARKER = String.raw`[-–—•+*]|[a-zđ]\)|\d+(\.\d+)*[.)]?|[IVXLC]+\.`;
const TASK_MARKER_RE = new RegExp(`^(?:${TASK_MARKER})$`);

/** The text a task's quote gives (see TASK_MARKER). */
export function derivedTaskText(quote: string): string {
  const words = quote.split(/[ \n\t\r]+/).filter((w) => w !== '');
  const first = words[0];
  return (
    words.length > 1 && first !== undefined && TASK_MARKER_RE.test(first) ? words.slice(1) : words
  ).join(' ');
}

/** The text a task's quote gives, in Cypher, as `derivedTaskText` computes it. `v` is a variable
 *  name chosen in code, never input. */
export function derivedTaskTextCypher(v: string): string {
  // Names unlikely in the statements around (a comprehension's variable may not shadow one).
  const spaced = `replace(replace(replace(${v}.quote, '\\n', ' '), '\\t', ' '), '\\r', ' ')`;
  const marker = `'^(?:${TASK_MARKER.replace(/\\/g, '\\\\')})$'`;
  const words = `[tw_ IN split(${spaced}, ' ') WHERE tw_ <> '']`;
  const kept = `CASE WHEN size(tws_) > 1 AND tws_[0] =~ ${marker} THEN tws_[1..] ELSE tws_ END`;
  const joined = `reduce(ts_ = '', tw_ IN ${kept} | ts_ + CASE ts_ WHEN '' THEN '' ELSE ' ' END + tw_)`;
  return `[tws_ IN [${words}] | ${joined}][0]`;
}

/** A task's text in Cypher: stored, or derived from its quote. */
export function taskText(v: string): string {
  return `coalesce(${v}.text, ${derivedTaskTextCypher(v)})`;
}

/** A task row's `text` as stored: only where its quote does not give it. */
export function storedTaskText(text: string, quote: string): { text?: string } {
  return text === derivedTaskText(quote) ? {} : { text };
}

/**
 * MEMBER_OF's reason restates the clause of the group's rule that admitted the body and the
 * body's kind (orgs `admissionReason`), the same sentence for every body of that kind: ~145
 * bytes a link in a string record. The group stores each clause's sentence once
 * (`memberClauses`, KIND_SLOT where the kind goes) and a link its clause's index (`clause`) and
 * the kind (`kind`, inlined); the full `reason` only where the group's sentence does not give it
 * (a term holding KIND_SLOT, a group stored with another rule, a link written before).
 */
export const KIND_SLOT = SECTION_SEP;

/** The group's sentences, one a clause (null: a term holds KIND_SLOT, links keep a reason). */
export function memberClauses(rule: GroupRule): string[] | null {
  const clauses = ruleClauses(rule);
  if (clauses.some((c) => c.term.includes(KIND_SLOT))) return null;
  return clauses.map((c) => admissionReason(c, c.family ? undefined : KIND_SLOT));
}

/** What a MEMBER_OF link stores for a body of `kind` admitted by clause `clause` of `rule` with
 *  `reason`: its clause and kind where the group's sentence `template` gives the reason (the
 *  write checks that the stored group holds that sentence), else the reason itself. */
export function memberLink(
  rule: GroupRule,
  clause: number,
  kind: string | undefined,
  reason: string,
  // The rule's sentences when the caller has them (planning: once a group, not once a member).
  templates: string[] | null = memberClauses(rule),
): { clause: number | null; kind: string | null; template: string | null; reason: string } {
  const template = templates?.[clause];
  if (template === undefined || template.replaceAll(KIND_SLOT, kind ?? '') !== reason)
    return { clause: null, kind: null, template: null, reason };
  return { clause, kind: template.includes(KIND_SLOT) ? (kind ?? null) : null, template, reason };
}

/** A MEMBER_OF link's reason as every read returns it: stored, or its group's sentence of its
 *  clause with its kind. Cypher; `r` and `g` (the group) are chosen in code. */
export function memberReason(r: string, g: string): string {
  return `coalesce(${r}.reason, ${clauseReason(`${g}.memberClauses[${r}.clause]`, `${r}.kind`)})`;
}

/** A clause's sentence with a body's kind in its slot: the reason it gives (Cypher; both
 *  expressions chosen in code). */
export function clauseReason(sentence: string, kind: string): string {
  return `replace(${sentence}, ${SEP}, coalesce(${kind}, ''))`;
}
