/**
 * Schema migrations: an ordered, append-only list of constraint and index statements. Each is
 * idempotent (IF NOT EXISTS) and recorded as a (:Migration {id}) node, so running the list at
 * every start costs one read when nothing is new. Never edit an applied entry: append a new one.
 * Safe when several processes start at once (runTolerant).
 */
import type { Driver } from 'neo4j-driver';
import {
  derivedTaskTextCypher,
  KIND_SLOT,
  memberClauses,
  outlineTitles,
  ruleCodesMap,
} from '../graph/vocabulary.ts';
import { parseRule, ruleClauses, storedRule } from '../orgs/index.ts';

/** The outline entries' separator (graph/vocabulary.ts SECTION_SEP) as a Cypher literal. */
const SEP = `'\\u001f'`;

export interface Migration {
  id: string;
  description: string;
  statements: string[];
  /** Rewrites of stored data, after the statements: each idempotent and batched (CALL … IN
   *  TRANSACTIONS), so it runs in an implicit transaction of its own. */
  data?: string[];
  /** A rewrite that needs code (TS) beside Cypher, after `data`: idempotent and batched too. */
  rewrite?: (run: RunData) => Promise<void>;
}

/** Runs one data statement with parameters (migrations' `rewrite`), retried as runData. */
export type RunData = (
  statement: string,
  params?: Record<string, unknown>,
) => Promise<Record<string, unknown>[]>;

export const migrations: Migration[] = [
  {
    id: '0001-migration-ledger',
    description: 'Unique id of each applied migration',
    statements: [
      'CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE',
    ],
  },
  {
    id: '0002-entity-ids',
    description: 'Stable ids of documents, organizations, groups, persons, tasks and targets',
    statements: [
      'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT org_group_id IF NOT EXISTS FOR (n:OrgGroup) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT target_id IF NOT EXISTS FOR (n:Target) REQUIRE n.id IS UNIQUE',
    ],
  },
  {
    id: '0003-lookup-indexes',
    description: 'Lookups by document number, issue date and organization kind/level',
    statements: [
      'CREATE INDEX document_number IF NOT EXISTS FOR (n:Document) ON (n.number)',
      'CREATE INDEX document_issued IF NOT EXISTS FOR (n:Document) ON (n.issuedDate)',
      'CREATE INDEX organization_kind_level IF NOT EXISTS FOR (n:Organization) ON (n.kind, n.level)',
    ],
  },
  {
    id: '0004-graph-ingest',
    description:
      'Actor ids, ingest lookups (source file, number key, scoped actors, copies) and the accent-insensitive full-text index',
    statements: [
      'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX document_source_file IF NOT EXISTS FOR (n:Document) ON (n.sourceFile)',
      'CREATE INDEX document_number_key IF NOT EXISTS FOR (n:Document) ON (n.numberKey)',
      'CREATE INDEX document_copied_in IF NOT EXISTS FOR (n:Document) ON (n.copiedIn)',
      'CREATE INDEX document_status IF NOT EXISTS FOR (n:Document) ON (n.status)',
      'CREATE INDEX actor_scope_doc IF NOT EXISTS FOR (n:Actor) ON (n.scopeDoc)',
      'CREATE INDEX task_due_end IF NOT EXISTS FOR (n:Task) ON (n.dueEnd)',
      // standard-folding = standard tokenizer + ASCII folding: "ban tuyen giao" matches
      // "Ban Tuyên giáo", "dang uy" matches "Đảng ủy".
      "CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Actor|Document|Task|Target) ON EACH [n.name, n.title, n.text, n.metric] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
    ],
  },
  {
    id: '0005-search-off-the-commit-path',
    description:
      'The full-text index is updated in the background (eventually consistent): it cost a third of each document write',
    statements: [
      'DROP INDEX search_text IF EXISTS',
      "CREATE FULLTEXT INDEX search_text_v2 IF NOT EXISTS FOR (n:Actor|Document|Task|Target) ON EACH [n.name, n.title, n.text, n.metric] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: true}}",
    ],
  },
  {
    id: '0006-organization-kind-and-level',
    description:
      'Indexes the organizations filter uses (orgKind, level); the (kind, level) index of 0003 indexed the resolution kind, the same on every organization',
    statements: [
      'DROP INDEX organization_kind_level IF EXISTS',
      'CREATE INDEX organization_org_kind IF NOT EXISTS FOR (n:Organization) ON (n.orgKind)',
      'CREATE INDEX organization_level IF NOT EXISTS FOR (n:Organization) ON (n.level)',
    ],
  },
  {
    id: '0007-task-status-updates',
    description: 'Manual task status updates, found by task id, and their unique ids',
    statements: [
      'CREATE CONSTRAINT task_status_update_id IF NOT EXISTS FOR (n:TaskStatusUpdate) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX task_status_update_task IF NOT EXISTS FOR (n:TaskStatusUpdate) ON (n.taskId)',
    ],
  },
  {
    id: '0008-users-audit-secrecy',
    description:
      'Users found by the digest of their key, audit events by time and user, documents by secrecy mark',
    statements: [
      'CREATE CONSTRAINT user_id IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT user_key_hash IF NOT EXISTS FOR (n:User) REQUIRE n.keyHash IS UNIQUE',
      'CREATE INDEX audit_event_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at)',
      'CREATE INDEX audit_event_user IF NOT EXISTS FOR (n:AuditEvent) ON (n.userId)',
      'CREATE INDEX document_secrecy IF NOT EXISTS FOR (n:Document) ON (n.secrecy)',
    ],
  },
  {
    id: '0009-audit-event-id',
    description:
      'Audit events found by id: a restore merges each by it (without the index, a scan per event)',
    statements: [
      'CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.id IS UNIQUE',
    ],
  },
  {
    id: '0010-mention-stored-once',
    description:
      "A link's mention equal to its quote is not stored twice (the read layer takes the quote for it)",
    statements: [],
    data: [
      `MATCH ()-[r:ISSUED_BY|SENT_TO|RECEIVED_BY|LED_BY|COORDINATES_WITH|REPORTS_TO]->()
       WHERE r.mention = r.quote
       CALL { WITH r REMOVE r.mention } IN TRANSACTIONS OF 10000 ROWS`,
    ],
  },
  {
    id: '0011-fact-doc-id-derived',
    description:
      "A fact's docId equal to its start node's own document is not stored (the read layer derives it)",
    statements: [],
    // coalesce(s.docId, s.id): the start node's own document, as src/graph/vocabulary.ts ownDocId.
    data: [
      `MATCH (s)-[r]->()
       WHERE r.docId IS NOT NULL AND r.quote IS NOT NULL AND r.docId = coalesce(s.docId, s.id)
       CALL { WITH r REMOVE r.docId } IN TRANSACTIONS OF 10000 ROWS`,
    ],
  },
  {
    id: '0012-section-titles-once',
    description:
      "A task's section titles stored once a section on its document (src/graph/vocabulary.ts sectionOutline)",
    statements: [],
    // First each document written before gets its outline: a section's entry from its first task
    // (by ordinal) whose titles the separator can carry; then a task drops titles its entry gives.
    // Both steps are idempotent: a document with an outline is skipped, a task without titles too.
    data: [
      `MATCH (d:Document)
       WHERE d.sectionOutline IS NULL AND EXISTS { (d)-[:HAS_TASK]->(x:Task) WHERE x.sectionTitles IS NOT NULL }
       CALL {
         WITH d
         MATCH (d)-[:HAS_TASK]->(t:Task)
         WHERE t.sectionTitles IS NOT NULL AND NOT t.section CONTAINS ${SEP}
           AND none(x IN t.sectionTitles WHERE x = '' OR x CONTAINS ${SEP})
         WITH d, t ORDER BY t.ordinal
         WITH d, t.section AS section, head(collect(t.sectionTitles)) AS titles
         WITH d, collect(reduce(e = section, x IN titles | e + ${SEP} + x)) AS outline
         SET d.sectionOutline = CASE WHEN size(outline) > 0 THEN outline END
       } IN TRANSACTIONS OF 1000 ROWS`,
      `MATCH (d:Document)-[:HAS_TASK]->(t:Task)
       WHERE t.sectionTitles IS NOT NULL AND d.sectionOutline IS NOT NULL
         AND t.sectionTitles = ${outlineTitles('t', 'd')}
       CALL { WITH t REMOVE t.sectionTitles } IN TRANSACTIONS OF 10000 ROWS`,
    ],
  },
  {
    id: '0014-link-rule-codes',
    description:
      "A link's resolver rule is stored by its code (the read layer names it): a long name took a 128-byte string record",
    statements: [],
    // Each `+`-joined name by its code, as src/graph/vocabulary.ts ruleCode; a code or a name
    // without one is left as it is, so a second run changes nothing.
    data: [
      `MATCH ()-[r]->()
       WHERE r.rule IS NOT NULL AND r.quote IS NOT NULL
       WITH r, reduce(s = null, p IN split(r.rule, '+') | coalesce(s + '+', '') + coalesce(${ruleCodesMap()}[p], p)) AS code
       WHERE code <> r.rule
       CALL { WITH r, code SET r.rule = code } IN TRANSACTIONS OF 10000 ROWS`,
    ],
  },
  {
    id: '0015-task-link-quote-derived',
    description:
      "A task link's quote that is a span of its task's quote is not stored (the read layer takes the span)",
    statements: [],
    // The span as src/graph/vocabulary.ts factQuote reads it; removed only where it is the same.
    data: [
      `MATCH (t:Task)-[r:LED_BY|COORDINATES_WITH|REPORTS_TO]->()
       WHERE r.quote IS NOT NULL AND t.quote IS NOT NULL AND r.start >= t.start
         AND r.end <= t.start + size(t.quote)
         AND substring(t.quote, r.start - t.start, r.end - r.start) = r.quote
       CALL { WITH r REMOVE r.quote } IN TRANSACTIONS OF 10000 ROWS`,
    ],
  },
  {
    id: '0016-task-due-counts',
    description:
      "How many tasks fall due on each day (TaskDueCount): a due window's total without reading each task",
    statements: [
      'CREATE CONSTRAINT task_due_count_end IF NOT EXISTS FOR (n:TaskDueCount) REQUIRE n.end IS UNIQUE',
    ],
    // Each day's count set from its tasks (idempotent), its node locked first (SET 0): an ingest
    // adding to that day meanwhile either committed before (its tasks are counted here) or waits
    // and adds after. Days of the task_due_end index, a day per row (its tasks from that index).
    data: [
      `MATCH (t:Task) WHERE t.dueEnd IS NOT NULL
       WITH DISTINCT t.dueEnd AS end
       CALL {
         WITH end
         MERGE (c:TaskDueCount {end: end})
         SET c.tasks = 0
         WITH c, end
         SET c.tasks = COUNT { MATCH (t:Task) WHERE t.dueEnd = end }
       } IN TRANSACTIONS OF 100 ROWS`,
    ],
  },
  {
    id: '0017-task-text-derived',
    description:
      "A task's text that its quote gives (marker dropped, spaces collapsed) is not stored; the full-text index reads the quote",
    // The new index first (searches name it from this release on), then the old one dropped. A
    // task's words are indexed from its quote only, stored text or not, so every task scores on
    // one field as before (standard-folding makes "uỷ" and "ủy" one term).
    statements: [
      "CREATE FULLTEXT INDEX search_text_v3 IF NOT EXISTS FOR (n:Actor|Document|Task|Target) ON EACH [n.name, n.title, n.metric, n.quote] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: true}}",
      'DROP INDEX search_text_v2 IF EXISTS',
    ],
    // Removed only where it is the derivation (src/graph/vocabulary.ts taskText reads it back).
    data: [
      `MATCH (t:Task)
       WHERE t.text IS NOT NULL AND t.quote IS NOT NULL AND t.text = ${derivedTaskTextCypher('t')}
       CALL { WITH t REMOVE t.text } IN TRANSACTIONS OF 10000 ROWS`,
    ],
  },
  {
    id: '0018-task-doc-id-derived',
    description:
      "A task's docId is not stored: it is its id's prefix (src/graph/vocabulary.ts taskDocId)",
    statements: [],
    // Every task's id is `<docId>#<outline path>` (src/graph/ids.ts taskId, written from that
    // document), so the property says nothing the id does not. A removed one is not matched
    // again: a second run, or a concurrent one after the first's batch, changes nothing.
    data: [
      `MATCH (t:Task) WHERE t.docId IS NOT NULL
       CALL { WITH t REMOVE t.docId } IN TRANSACTIONS OF 10000 ROWS`,
    ],
  },
  {
    id: '0019-member-reason-by-clause',
    description:
      "A MEMBER_OF link's reason stored as its clause and kind: its group holds each clause's sentence once",
    statements: [],
    rewrite: memberReasonsByClause,
  },
];

/** Groups a batch of 0019 reads: each with its sentences and the links below. */
const GROUP_BATCH = 500;

/**
 * 0019: each group written before gets its clauses' sentences (graph/vocabulary.ts
 * memberClauses) and its rule stored without the description its clauses give (orgs
 * storedRule), then each of its links whose reason is one of the finite set of sentences the
 * clauses make (a clause's sentence with each kind it admits, computed here: Cypher cannot read
 * the JSON rule) stores that clause and kind instead. A reason no sentence gives stays. Groups by
 * id in pages; setting the same sentences again and skipping links without a reason make a second
 * run (or a concurrent start's) change nothing.
 */
async function memberReasonsByClause(run: RunData): Promise<void> {
  for (let after = ''; ;) {
    const rows = await run(
      `MATCH (g:OrgGroup) WHERE g.id > $after AND g.membership IS NOT NULL
       RETURN g.id AS id, g.membership AS membership ORDER BY g.id LIMIT ${GROUP_BATCH}`,
      { after },
    );
    const groups = rows.flatMap((row) => {
      const sentences = groupSentences(row.membership as string);
      return sentences ? [{ id: row.id as string, ...sentences }] : [];
    });
    if (groups.length > 0) {
      await run(
        `UNWIND $groups AS x
         MATCH (g:OrgGroup {id: x.id})
         SET g.memberClauses = x.clauses, g.membership = x.membership`,
        { groups: groups.map(({ id, clauses, membership }) => ({ id, clauses, membership })) },
      );
      await run(
        `UNWIND $groups AS x
         MATCH ()-[r:MEMBER_OF]->(:OrgGroup {id: x.id})
         WHERE r.reason IS NOT NULL
         WITH r, [s IN x.sentences WHERE s.s = r.reason][0] AS hit
         WHERE hit IS NOT NULL
         CALL { WITH r, hit SET r.clause = toInteger(hit.c), r.kind = hit.k REMOVE r.reason } IN TRANSACTIONS OF 10000 ROWS`,
        { groups },
      );
    }
    const last = rows.at(-1);
    if (rows.length < GROUP_BATCH || !last) return;
    after = last.id as string;
  }
}

/** A stored rule's sentences (`clauses`) and every reason they give: a clause's sentence with
 *  each kind it admits (`s`, clause `c`, kind `k`), and the rule as stored now (orgs
 *  storedRule). Null: not a rule, or one whose links keep their reason (memberClauses). */
export function groupSentences(membership: string): {
  clauses: string[];
  sentences: { s: string; c: number; k: string | null }[];
  membership: string;
} | null {
  const rule = parseRule(membership);
  const clauses = rule && memberClauses(rule);
  if (!clauses) return null;
  const sentences = ruleClauses(rule).flatMap(
    (c, i): { s: string; c: number; k: string | null }[] => {
      const template = clauses[i] ?? '';
      return template.includes(KIND_SLOT)
        ? c.kinds.map((k) => ({ s: template.replaceAll(KIND_SLOT, k), c: i, k }))
        : [{ s: template, c: i, k: null }];
    },
  );
  return { clauses, sentences, membership: storedRule(rule) };
}

/** The full-text index that search queries use (see migration 0017). */
export const SEARCH_INDEX = 'search_text_v3';

/** Labels whose `id` has a unique constraint, read from the statements above so the list is
 *  spelled once: the read layer pages them in id order from that constraint's index
 *  (src/read/page.ts). No migration drops one. */
export const UNIQUE_ID_LABELS: ReadonlySet<string> = new Set(
  migrations.flatMap((m) =>
    m.statements.flatMap((s) => {
      const label =
        /^CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \((\w+):(\w+)\) REQUIRE \1\.id IS UNIQUE$/.exec(
          s,
        )?.[2];
      return label === undefined ? [] : [label];
    }),
  ),
);

/** What a schema statement answers when another process created the same rule a moment
 *  before: IF NOT EXISTS is not atomic across concurrent transactions. */
const ALREADY_THERE = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  // Two processes recording the same migration: the ledger's constraint refuses the second.
  'Neo.ClientError.Schema.ConstraintValidationFailed',
]);

/** Runs a statement; a rule (or ledger entry) another process just made counts as done. Each
 *  process still runs every pending statement in order, so the last one leaves the schema the
 *  list describes (a DROP after a concurrent re-CREATE included). */
async function runTolerant(
  driver: Driver,
  database: string,
  statement: string,
  params: Record<string, unknown> = {},
): Promise<void> {
  try {
    await driver.executeQuery(statement, params, { database });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !ALREADY_THERE.has(code)) throw error;
  }
}

/** A data rewrite in an implicit transaction (the only kind CALL … IN TRANSACTIONS runs in). Two
 *  processes starting at once may deadlock on the same rows: the rewrite is idempotent, so the
 *  loser runs it again. */
async function runData(
  driver: Driver,
  database: string,
  statement: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  for (let attempt = 1; ; attempt++) {
    const session = driver.session({ database });
    try {
      const { records } = await session.run(statement, params);
      return records.map((r) => r.toObject());
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const transient = typeof code === 'string' && code.startsWith('Neo.TransientError.');
      if (!transient || attempt >= 5) throw error;
    } finally {
      await session.close();
    }
  }
}

export interface MigrationResult {
  applied: string[];
  skipped: string[];
}

export async function runMigrations(
  driver: Driver,
  database: string,
  list: Migration[] = migrations,
): Promise<MigrationResult> {
  const ids = new Set(list.map((m) => m.id));
  if (ids.size !== list.length) throw new Error('duplicate migration id');
  // The ledger constraint itself is the first migration; reading the ledger before it exists
  // simply returns nothing.
  const { records } = await driver.executeQuery(
    'MATCH (m:Migration) RETURN m.id AS id',
    {},
    { database },
  );
  const done = new Set(records.map((r) => r.get('id') as string));
  const result: MigrationResult = { applied: [], skipped: [] };
  for (const migration of list) {
    if (done.has(migration.id)) {
      result.skipped.push(migration.id);
      continue;
    }
    // Schema statements cannot share a transaction with writes: run each on its own, then record.
    for (const statement of migration.statements) {
      await runTolerant(driver, database, statement);
    }
    for (const statement of migration.data ?? []) await runData(driver, database, statement);
    await migration.rewrite?.((statement, params) => runData(driver, database, statement, params));
    await runTolerant(
      driver,
      database,
      'MERGE (m:Migration {id: $id}) ON CREATE SET m.description = $description, m.appliedAt = datetime()',
      { id: migration.id, description: migration.description },
    );
    result.applied.push(migration.id);
  }
  return result;
}
