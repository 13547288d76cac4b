/**
 * Graph ingest against the real Neo4j: the four seed documents through the real pipeline
 * (read → parse → resolve → plan → one write transaction each).
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEnvironment,
  ingestFiles,
  prepareText,
  type IngestEnvironment,
} from '../../src/graph/ingest.ts';
import { writeDocument, writeDocuments } from '../../src/graph/write.ts';
import { SEARCH_INDEX } from '../../src/db/migrations.ts';
import { factDocId, factQuote, taskDocId, taskText } from '../../src/graph/vocabulary.ts';
import { defaultRegistry, registryOrganizations } from '../../src/orgs/index.ts';
import { database, resetDatabase, testDriver } from '../support/neo4j.ts';
import { seedFiles } from '../support/seed-graph.ts';

const seeds = seedFiles();
const [seed000, seed001, , seed003] = seeds as [string, string, string, string];

interface Snapshot {
  labels: Record<string, number>;
  types: Record<string, number>;
  /** Per document: the relationships leaving it and its tasks. */
  facts: Record<string, number>;
}

async function snapshot(driver: Driver): Promise<Snapshot> {
  const q = async (cypher: string): Promise<Record<string, number>> => {
    const { records } = await driver.executeQuery(cypher, {}, { database });
    return Object.fromEntries(records.map((r) => [r.get('k') as string, r.get('c') as number]));
  };
  return {
    labels: await q(
      "MATCH (n) UNWIND labels(n) AS k WITH k WHERE NOT k IN ['Migration', 'RegistryVersion'] RETURN k, count(*) AS c",
    ),
    types: await q('MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS c'),
    facts: await q(`
      MATCH (d:Document)
      OPTIONAL MATCH (d)-[r]->()
      WITH d, count(r) AS own
      OPTIONAL MATCH (d)-[:HAS_TASK]->(:Task)-[t]->()
      WITH d, own, count(t) AS viaTasks
      RETURN d.id AS k, own + viaTasks AS c`),
  };
}

async function ingest(driver: Driver, env: IngestEnvironment, files: string[]) {
  return ingestFiles({ driver, database }, env, files);
}

let driver: Driver;
let env: IngestEnvironment;
const registrySize = registryOrganizations(defaultRegistry()).length;
const registryPartOf = registryOrganizations(defaultRegistry()).filter((o) => o.partOf).length;

beforeAll(async () => {
  driver = testDriver();
  env = createEnvironment(defaultRegistry());
});
afterAll(async () => {
  await driver.close();
});

describe('ingest: the four seed documents', () => {
  let first: Snapshot;

  beforeAll(async () => {
    await resetDatabase(driver);
    const summary = await ingest(driver, env, seeds);
    expect(summary.reports.map((r) => [r.outcome, r.error])).toEqual(
      seeds.map(() => ['created', undefined]),
    );
    first = await snapshot(driver);
  });

  it('writes exactly the expected nodes', () => {
    expect(first.labels).toEqual({
      // 4 ingested texts + the Lạng Sơn sao y 156-SY/TU inside seed 000 + 10 placeholders:
      // 20-NQ/TW (cited by 000, 002, 003), 70-KL/TW and 46-CTr/TU (001), 47-CTr/TU (003),
      // 29-NQ/TW (003's likely typo, kept and flagged), and five documents named without a
      // number: Luật Hợp tác xã năm 2012, Luật Hợp tác xã, the 2021–2030 strategy and the
      // 2021–2025 plan (000), Nghị quyết Trung ương 5 khóa IX (001).
      Document: 15,
      // 33 + 10 + 25 + 20 task items (seeds 000…003, as the parser's golden files list them).
      Task: 88,
      // Seed 002: 10 targets for 2030/2045; seed 003: 14.
      Target: 24,
      // The text each of the four was read from (the copy's text is its original's).
      DocumentText: 4,
      // The registry's organizations, plus bodies of an unknown province scoped to their
      // document: 11 in seed 001 and 7 in seed 002 (neither names its province).
      Organization: registrySize + 11 + 7,
      // Collectives: 11 in 000 (9 central, 2 Lạng Sơn in its copy), 4 in 001, 6 in 002, 10 in
      // 003 (Vĩnh Linh: "Mặt trận Tổ quốc" written out after a list of kind nouns is a body of
      // its own, so "Các cấp ủy, tổ chức đảng, chính quyền" and "Các ban, ngành" stand alone).
      OrgGroup: 31,
      // Signers (Võ Văn Thường, Nguyễn Quang Huy for the copy, Võ Văn Kiệt, Trần Hải Châu,
      // Trần Nhật Quang) and Đ/c Trần Ngọc Tam named among seed 001's recipients.
      Person: 6,
      // "Ủy viên …" and "Bí thư …" recipients: 3 in 000, 1 in 001, 1 in 002, 4 in 003.
      Role: 9,
      // Generic phrases, one node per wording shared by all documents: 4 + 3 + 1 + 1 mentions,
      // "các cơ quan liên quan" appearing in two documents.
      Generic: 8,
      // "Đăng Website" (seed 001).
      Publication: 1,
      // Seed 003: "các cấp" and "Cấp ủy đảng, chính quyền" (one collective of kind nouns) — no
      // body can be named from them.
      Unresolved: 2,
      Actor: registrySize + 18 + 31 + 6 + 9 + 8 + 1 + 2,
      // The days the dated tasks fall due, one count each (src/graph/cypher.ts COUNT_TASK_DUES).
      TaskDueCount: 7,
    });
  });

  it('writes exactly the expected relationships', () => {
    expect(first.types).toEqual({
      HAS_TASK: 88,
      SETS_TARGET: 24,
      // Distinct bodies per task: 41 + 11 + 9 + 21 leads (chủ trì), 13 + 9 + 2 + 0 coordinators
      // (phối hợp), 2 + 1 + 1 + 1 reporting lines (báo cáo).
      LED_BY: 82,
      COORDINATES_WITH: 24,
      REPORTS_TO: 5,
      // Nơi nhận lines: 6 (000) + 5 (its copy) + 11 (001) + 13 (002) + 11 (003).
      SENT_TO: 48,
      // The four texts and the copy: one issuer and one signature each.
      ISSUED_BY: 5,
      SIGNED_BY: 5,
      // 000 → 20-NQ/TW; 001 → 70-KL/TW, 46-CTr/TU; 002 → 20-NQ/TW; 003 → 20-NQ/TW, 47-CTr/TU.
      IMPLEMENTS: 6,
      // 000 → the two laws, the strategy and the plan; 001 → NQ TW5 khóa IX; 003 → 29-NQ/TW
      // (doubtful) and Luật Hợp tác xã.
      CITES: 7,
      COPY_OF: 1,
      // The incoming stamp of Văn phòng Tỉnh ủy Lạng Sơn on seed 000.
      RECEIVED_BY: 1,
      // The registry's parent links, plus 7 read from the documents: 5 roles ("Ủy viên Huyện
      // ủy", … of a known body) and seed 001's two standing committees (Ban Thường vụ) under
      // their unions (Công đoàn Viên chức, Công đoàn các Khu công nghiệp).
      PART_OF: registryPartOf + 7,
      // Bodies each group's rule admits (see src/orgs groups) among the registry bodies in force
      // on the document's date: 78 for the groups of 000 and its copy (84 before bodies had
      // dates: Ban Tuyên giáo và Dân vận and Ban Chính sách, chiến lược, formed on 2025-03-01,
      // were members of three of its 2022 groups), 2 in 001, 5 in 002 (its Nơi nhận names "Mặt
      // trận" on its own: the collective before it ends there), 18 for Vĩnh Linh's in 003 (the
      // Front is led directly, not as a member of the collective before it).
      MEMBER_OF: 78 + 2 + 5 + 18,
      // The registry's successions of central bodies (seed/orgs/central.yaml): Ban Tuyên giáo and
      // Ban Dân vận into Ban Tuyên giáo và Dân vận, Ban Kinh tế into Ban Chính sách, chiến lược.
      SUCCEEDED_BY: 3,
      // Each ingested text to its kept text.
      HAS_TEXT: 4,
    });
  });

  it('links documents, placeholders, the copy and the incoming stamp', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (d:Document) WHERE d.status = 'ingested'
       OPTIONAL MATCH (d)-[:IMPLEMENTS]->(p:Document)
       OPTIONAL MATCH (d)-[:COPY_OF]->(o:Document)
       WITH d, collect(DISTINCT p.id + ' ' + p.status) AS implements, o
       RETURN d.id AS id, implements, o.id AS copyOf ORDER BY id`,
      {},
      { database },
    );
    const rows = records.map((r) => ({
      ...r.toObject(),
      implements: (r.get('implements') as string[]).sort(),
    }));
    expect(rows).toEqual([
      {
        id: 'doc:10-KH/TW@tw:2022',
        implements: ['doc:20-NQ/TW@tw:2022 referenced'],
        copyOf: null,
      },
      { id: 'doc:156-SY/TU@lang-son:2022', implements: [], copyOf: 'doc:10-KH/TW@tw:2022' },
      {
        id: 'doc:67-KH/HU@quang-tri/vinh-linh:2023',
        implements: ['doc:20-NQ/TW@tw:2022 referenced', 'doc:47-CTr/TU@quang-tri:2022 referenced'],
        copyOf: null,
      },
      {
        id: 'doc:h:c17ea55ac633508e',
        implements: [
          'doc:46-CTr/TU@in:h:c17ea55ac633508e:2020 referenced',
          'doc:70-KL/TW@tw:2020 referenced',
        ],
        copyOf: null,
      },
      {
        id: 'doc:h:e2ccd97eeb0684c6',
        implements: ['doc:20-NQ/TW@tw:2022 referenced'],
        copyOf: null,
      },
    ]);
    const stamp = await driver.executeQuery(
      `MATCH (:Document {id: 'doc:10-KH/TW@tw:2022'})-[r:RECEIVED_BY]->(a:Actor)
       RETURN a.id AS id, r.number AS number, r.date AS date`,
      {},
      { database },
    );
    expect(stamp.records.map((r) => r.toObject())).toEqual([
      { id: 'lang-son/van-phong-tinh-uy', number: '9095', date: '2022-09-06' },
    ]);
  });

  it('gives every fact its evidence: the quote is the text at its span', async () => {
    const texts = new Map<string, string>();
    for (const file of seeds) {
      const { records } = await driver.executeQuery(
        'MATCH (d:Document {sourceFile: $file}) WHERE d.copiedIn IS NULL RETURN d.id AS id',
        { file },
        { database },
      );
      texts.set(records[0]?.get('id') as string, readFileSync(file, 'utf8'));
    }
    const { records } = await driver.executeQuery(
      `CALL {
         MATCH ()-[r]->()
         WHERE NOT type(r) IN ['HAS_TASK', 'SETS_TARGET', 'PART_OF', 'MEMBER_OF', 'SUCCEEDED_BY', 'HAS_TEXT']
         RETURN type(r) AS kind, ${factDocId('r')} AS docId, r.start AS start, r.end AS end, ${factQuote('r')} AS quote
         UNION ALL
         MATCH (n) WHERE n:Task OR n:Target
         RETURN labels(n)[0] AS kind, coalesce(n.docId, ${taskDocId('n')}) AS docId, n.start AS start, n.end AS end, n.quote AS quote
       }
       RETURN kind, docId, start, end, quote`,
      {},
      { database },
    );
    expect(records.length).toBe(88 + 24 + 82 + 24 + 5 + 48 + 5 + 5 + 6 + 7 + 1 + 1);
    const wrong = records
      .map(
        (r) =>
          r.toObject() as {
            kind: string;
            docId: string;
            start: number;
            end: number;
            quote: string;
          },
      )
      .filter((e) => texts.get(e.docId)?.slice(e.start, e.end) !== e.quote || e.quote === '');
    expect(wrong).toEqual([]);
  });

  it('changes nothing when the same files are ingested again', async () => {
    const again = await ingest(driver, env, seeds);
    expect(again.reports.map((r) => r.outcome)).toEqual(seeds.map(() => 'unchanged'));
    expect(await snapshot(driver)).toEqual(first);
  });

  it('replaces only the facts of a changed document, and restores them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-ingest-'));
    try {
      // Seed 003 with one word of a task changed: same number, same id, new content.
      const original = readFileSync(seed003, 'utf8');
      const file = join(dir, 'vinh-linh.txt');
      const edited = original.replace('- Tăng cường minh bạch', '- Tiếp tục tăng cường minh bạch');
      expect(edited).not.toBe(original);
      writeFileSync(file, edited);
      const changed = prepareText(env, file, edited).plan;
      const result = await ingest(driver, env, [file]);
      expect(result.reports[0]?.outcome).toBe('updated');
      expect(result.reports[0]?.documentId).toBe(changed.document.id);
      const after = await snapshot(driver);
      // Every other document's facts are untouched; the node and relationship totals are the
      // same since the edit changed a word, not a fact.
      const others = (s: Snapshot) =>
        Object.fromEntries(Object.entries(s.facts).filter(([k]) => k !== changed.document.id));
      expect(others(after)).toEqual(others(first));
      expect(after.types).toEqual(first.types);
      const { records } = await driver.executeQuery(
        `MATCH (:Document {id: $id})-[:HAS_TASK]->(t:Task) WHERE ${taskText('t')} CONTAINS 'Tiếp tục tăng cường minh bạch'
         RETURN count(t) AS n`,
        { id: changed.document.id },
        { database },
      );
      expect(records[0]?.get('n')).toBeGreaterThan(0);

      // Back to the seed text: the graph is as it was.
      const back = await ingest(driver, env, [seed003]);
      expect(back.reports[0]?.outcome).toBe('updated');
      expect(await snapshot(driver)).toEqual(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves nothing behind when a document fails mid-way', async () => {
    const text = `${readFileSync(seed001, 'utf8')}\n`;
    const { plan } = prepareText(env, '/tmp/failing.txt', text);
    await expect(
      writeDocument(driver, database, plan, {
        beforeCommit: () => {
          throw new Error('disk full (simulated)');
        },
      }),
    ).rejects.toThrow('disk full (simulated)');
    expect(await snapshot(driver)).toEqual(first);
  });

  it('finds organizations and tasks without diacritics (full-text index)', async () => {
    // The index is eventually consistent (migration 0005): wait for it to catch up.
    await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
    await driver.executeQuery(
      'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()',
      {},
      { database },
    );
    const search = async (text: string, label: string): Promise<string[]> => {
      const { records } = await driver.executeQuery(
        `CALL db.index.fulltext.queryNodes($index, $text) YIELD node, score
         WHERE $label IN labels(node)
         RETURN coalesce(node.name, ${taskText('node')}) AS hit ORDER BY score DESC LIMIT 3`,
        { text, label, index: SEARCH_INDEX },
        { database },
      );
      return records.map((r) => r.get('hit') as string);
    };
    expect(await search('"ban tuyen giao trung uong"', 'Organization')).toContain(
      'Ban Tuyên giáo Trung ương',
    );
    expect(await search('"ban can su dang chinh phu"', 'Organization')).toContain(
      'Ban cán sự đảng Chính phủ',
    );
    const tasks = await search('"lien minh hop tac xa"', 'Task');
    expect(tasks.length).toBe(3);
    for (const t of tasks) expect(t.toLowerCase()).toContain('liên minh hợp tác xã');
  });
  // Last in this block: it leaves one more document in the graph.
  it('replaces the earlier version of an unnumbered document read from the same file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-ingest-'));
    try {
      const file = join(dir, 'programme.txt');
      const text = readFileSync(seed001, 'utf8');
      writeFileSync(file, `${text}\n`);
      const v1 = await ingest(driver, env, [file]);
      expect(v1.reports[0]?.outcome).toBe('created');
      const withV1 = await snapshot(driver);
      // A corrected text has a new content hash, hence a new id (it has no number).
      writeFileSync(file, `${text}\n\n`);
      const v2 = await ingest(driver, env, [file]);
      expect(v2.reports[0]?.outcome).toBe('created');
      expect(v2.reports[0]?.documentId).not.toBe(v1.reports[0]?.documentId);
      const withV2 = await snapshot(driver);
      expect(withV2.labels).toEqual(withV1.labels);
      expect(withV2.types).toEqual(withV1.types);
      expect(Object.keys(withV2.facts)).not.toContain(v1.reports[0]?.documentId);
      expect(withV2.facts[v2.reports[0]?.documentId ?? '']).toBe(
        withV1.facts[v1.reports[0]?.documentId ?? ''],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ingest: concurrency', () => {
  beforeAll(async () => {
    await resetDatabase(driver);
  });

  it('two concurrent ingests of the same file write it once', async () => {
    const [a, b] = await Promise.all([
      ingest(driver, env, [seed000]),
      ingest(driver, env, [seed000]),
    ]);
    const outcomes = [a.reports[0]?.outcome, b.reports[0]?.outcome].sort();
    expect(outcomes).toEqual(['created', 'unchanged']);
    const s = await snapshot(driver);
    expect(s.labels.Task).toBe(33);
    expect(s.types.HAS_TASK).toBe(33);
    expect(s.types.SENT_TO).toBe(6 + 5);
    expect(s.labels.Document).toBe(1 + 1 + 5);
  });

  it('writes a batch in one transaction; a failing document is retried alone and leaves nothing', async () => {
    await resetDatabase(driver);
    const text = readFileSync(seed001, 'utf8');
    // Three unnumbered texts (three ids): the middle one fails whenever it is being written.
    const plans = [1, 2, 3].map(
      (n) => prepareText(env, `/tmp/batch-${n}.txt`, text + '\n'.repeat(n)).plan,
    );
    const bad = plans[1]!.document.id;
    const results = await writeDocuments(driver, database, plans, {
      beforeCommit: (batch) => {
        if (batch.some((p) => p.document.id === bad)) throw new Error('rejected (simulated)');
      },
    });
    expect(results.map((r) => (r instanceof Error ? r.message : r.outcome))).toEqual([
      'created',
      'rejected (simulated)',
      'created',
    ]);
    const { records } = await driver.executeQuery(
      "MATCH (d:Document {status: 'ingested'}) RETURN d.id AS id ORDER BY id",
      {},
      { database },
    );
    expect(records.map((r) => r.get('id'))).toEqual(
      [plans[0]!.document.id, plans[2]!.document.id].sort(),
    );
    const orphans = await driver.executeQuery(
      'MATCH (a:Actor {scopeDoc: $bad}) RETURN count(a) AS n',
      { bad },
      { database },
    );
    expect(orphans.records[0]?.get('n')).toBe(0);
  });
});
