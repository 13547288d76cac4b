/**
 * A task's section titles are stored once a section, on its document (src/graph/vocabulary.ts
 * sectionOutline): the API answers every task's titles as the parser gave them, and migration
 * 0012 rewrites a store written before, also when several processes start on it at once.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../src/db/migrations.ts';
import { createEnvironment, prepareText } from '../../src/graph/ingest.ts';
import { SECTION_SEP, taskSectionTitles } from '../../src/graph/vocabulary.ts';
import { defaultRegistry } from '../../src/orgs/index.ts';
import { graphqlData } from '../support/api.ts';
import { database, testDriver, useTestDriver } from '../support/neo4j.ts';
import { seedFiles, useSeedGraphApi } from '../support/seed-graph.ts';

const seeded = useSeedGraphApi();

interface Tasks {
  tasks: { totalCount: number; edges: { node: { id: string; sectionTitles: string[] } }[] };
}

describe("a task's section titles read from its document's outline", () => {
  it("answers every seed task's titles as the parser gave them, in a list and on its document", async () => {
    const env = createEnvironment(defaultRegistry());
    const parsed = new Map(
      seedFiles().flatMap((file) =>
        prepareText(env, file, readFileSync(file, 'utf8')).plan.tasks.map(
          (t) => [t.id, t.sectionTitles] as const,
        ),
      ),
    );
    const data = await graphqlData<Tasks>(
      seeded.api,
      '{ tasks(first: 100) { totalCount edges { node { id sectionTitles } } } }',
    );
    expect(data.tasks.totalCount).toBe(88);
    expect(new Map(data.tasks.edges.map((e) => [e.node.id, e.node.sectionTitles]))).toEqual(parsed);
    // Stored on none of them: every section's first task gives its section's entry.
    const { records } = await seeded.driver.executeQuery(
      'MATCH (t:Task) WHERE t.sectionTitles IS NOT NULL RETURN count(t) AS n',
      {},
      { database },
    );
    expect(records[0]?.get('n')).toBe(0);
    // A document's tasks (its own statement, not the list's): the entry of each task's section.
    const doc = await graphqlData<{
      document: { tasks: { section: string; sectionTitles: string[] }[] };
    }>(
      seeded.api,
      '{ document(id: "doc:h:c17ea55ac633508e") { tasks { section sectionTitles } } }',
    );
    expect(doc.document.tasks.slice(0, 2)).toEqual([
      { section: 'II.1', sectionTitles: ['NHIỆM VỤ VÀ GIẢI PHÁP'] },
      {
        section: 'II.2',
        sectionTitles: [
          'NHIỆM VỤ VÀ GIẢI PHÁP',
          'Căn cứ chức năng, nhiệm vụ được giao, cấp ủy cơ sở phối hợp với thủ trưởng cơ quan, đơn vị, lãnh đạo doanh nghiệp có liên quan đến công tác tham mưu đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể, hợp tác xã (theo Chương trình hành động số 46-CTr/TU, ngày 18/5/2020 của Ban Thường vụ Tỉnh ủy) triển khai thực hiện các nhiệm vụ.',
        ],
      },
    ]);
    expect(doc.document.tasks.map((t) => t.sectionTitles)).toEqual(
      [...parsed]
        .filter(([id]) => id.startsWith('doc:h:c17ea55ac633508e#'))
        .map(([, titles]) => titles),
    );
  });
});

const OLD_STORE = `
CREATE (d:Document {id: 'section-titles-once:kh-12'})
CREATE (d)-[:HAS_TASK]->(:Task {id: 'section-titles-once:kh-12#1', ordinal: 0, section: 'I.1', sectionTitles: ['MỤC ĐÍCH, YÊU CẦU']})
CREATE (d)-[:HAS_TASK]->(:Task {id: 'section-titles-once:kh-12#2', ordinal: 1, section: 'II.1', sectionTitles: ['NHIỆM VỤ VÀ GIẢI PHÁP']})
CREATE (d)-[:HAS_TASK]->(:Task {id: 'section-titles-once:kh-12#3', ordinal: 2, section: 'II.1', sectionTitles: ['NHIỆM VỤ VÀ GIẢI PHÁP']})
CREATE (d)-[:HAS_TASK]->(:Task {id: 'section-titles-once:kh-12#4', ordinal: 3, section: 'II.1', sectionTitles: ['NHIỆM VỤ', 'Giải pháp']})
CREATE (d)-[:HAS_TASK]->(:Task {id: 'section-titles-once:kh-12#5', ordinal: 4, section: '', sectionTitles: []})
CREATE (:Document {id: 'section-titles-once:cv-3'})-[:HAS_TASK]->(:Task {id: 'section-titles-once:cv-3#1', ordinal: 0, section: '1', sectionTitles: ['TỔ CHỨC THỰC HIỆN']})`;

const db = useTestDriver();

describe('migration 0012-section-titles-once', () => {
  it("moves each section's titles to its document once, keeps those that differ, under a concurrent start", async () => {
    await runMigrations(db.driver, database);
    await db.driver.executeQuery(
      "MATCH (n) WHERE n.id STARTS WITH 'section-titles-once:' DETACH DELETE n",
      {},
      { database },
    );
    await db.driver.executeQuery(OLD_STORE, {}, { database });
    await db.driver.executeQuery(
      "MATCH (m:Migration {id: '0012-section-titles-once'}) DELETE m",
      {},
      { database },
    );
    const drivers = [1, 2, 3].map(() => testDriver());
    try {
      const results = await Promise.all(drivers.map((d) => runMigrations(d, database)));
      expect(results.flatMap((r) => r.applied)).toContain('0012-section-titles-once');
    } finally {
      await Promise.all(drivers.map((d) => d.close()));
    }
    const { records } = await db.driver.executeQuery(
      `MATCH (d:Document)-[:HAS_TASK]->(t:Task) WHERE d.id STARTS WITH 'section-titles-once:'
       RETURN t.id AS id, d.sectionOutline AS outline, t.sectionTitles AS stored,
              ${taskSectionTitles('t', 'd')} AS read ORDER BY id`,
      {},
      { database },
    );
    const kh = ['I.1', 'MỤC ĐÍCH, YÊU CẦU', 'II.1', 'NHIỆM VỤ VÀ GIẢI PHÁP'];
    const outline = [`${kh[0]}${SECTION_SEP}${kh[1]}`, `${kh[2]}${SECTION_SEP}${kh[3]}`, ''];
    expect(records.map((r) => r.toObject())).toEqual([
      {
        id: 'section-titles-once:cv-3#1',
        outline: [`1${SECTION_SEP}TỔ CHỨC THỰC HIỆN`],
        stored: null,
        read: ['TỔ CHỨC THỰC HIỆN'],
      },
      { id: 'section-titles-once:kh-12#1', outline, stored: null, read: ['MỤC ĐÍCH, YÊU CẦU'] },
      { id: 'section-titles-once:kh-12#2', outline, stored: null, read: ['NHIỆM VỤ VÀ GIẢI PHÁP'] },
      { id: 'section-titles-once:kh-12#3', outline, stored: null, read: ['NHIỆM VỤ VÀ GIẢI PHÁP'] },
      {
        id: 'section-titles-once:kh-12#4',
        outline,
        stored: ['NHIỆM VỤ', 'Giải pháp'],
        read: ['NHIỆM VỤ', 'Giải pháp'],
      },
      { id: 'section-titles-once:kh-12#5', outline, stored: null, read: [] },
    ]);
    // A later start: nothing left to apply.
    expect((await runMigrations(db.driver, database)).applied).toEqual([]);
  });
});
