/**
 * Migration 0017: a store written before a task's text was left to its quote is rewritten, also
 * when several processes start on it at once; a text the quote does not give (the parser's tone
 * placement) is kept; Cypher's derivation (vocabulary.ts taskText) reads what TypeScript's
 * (derivedTaskText) does, and the full-text index finds a task by the words of its quote.
 */
import { describe, expect, it } from 'vitest';
import { runMigrations, SEARCH_INDEX } from '../../src/db/migrations.ts';
import { derivedTaskText, taskText } from '../../src/graph/vocabulary.ts';
import { Params } from '../../src/read/params.ts';
import { SORT_FIELDS } from '../../src/read/sort.ts';
import { whereCondition } from '../../src/read/where.ts';
import { database, testDriver, useTestDriver } from '../support/neo4j.ts';

const db = useTestDriver();

// seed/documents/001_655f8d64d6a8d424.txt and 000_20a41b9271eee9a1.txt (shortened), and
// tests/corpus wording cut by its line breaks.
const TASKS = [
  {
    id: 'task-text:1',
    quote:
      '- Quan tâm đổi mới phương thức quản lý nhà nước về kinh tế tập thể, hợp tác xã;\n\nkiện toàn bộ máy.',
    text: 'Quan tâm đổi mới phương thức quản lý nhà nước về kinh tế tập thể, hợp tác xã; kiện toàn bộ máy.',
  },
  {
    id: 'task-text:2',
    quote: 'a) Tổ chức tuyên truyền, nâng cao nhận thức về bảo\nvệ\ttài liệu lưu trữ.',
    text: 'Tổ chức tuyên truyền, nâng cao nhận thức về bảo vệ tài liệu lưu trữ.',
  },
  {
    id: 'task-text:3',
    quote: '1. Các tỉnh uỷ, thành uỷ tổ chức nghiên cứu, học tập Nghị quyết 20.',
    text: 'Các tỉnh ủy, thành ủy tổ chức nghiên cứu, học tập Nghị quyết 20.',
  },
  { id: 'task-text:4', quote: '2.1. Ban Tuyên giáo\r\nchủ trì ', text: 'Ban Tuyên giáo chủ trì' },
  { id: 'task-text:5', quote: 'II.', text: 'II.' },
];

describe('migration 0017-task-text-derived', () => {
  it('removes the texts the quotes give, once, under a concurrent start; reads and search answer them', async () => {
    await runMigrations(db.driver, database);
    await db.driver.executeQuery(
      "MATCH (n:Task) WHERE n.id STARTS WITH 'task-text:' DETACH DELETE n",
      {},
      { database },
    );
    await db.driver.executeQuery(
      'UNWIND $tasks AS t CREATE (n:Task) SET n = t',
      { tasks: TASKS },
      {
        database,
      },
    );
    await db.driver.executeQuery(
      "MATCH (m:Migration {id: '0017-task-text-derived'}) DELETE m",
      {},
      { database },
    );
    const drivers = [1, 2, 3].map(() => testDriver());
    try {
      const results = await Promise.all(drivers.map((d) => runMigrations(d, database)));
      expect(results.flatMap((r) => r.applied)).toContain('0017-task-text-derived');
    } finally {
      await Promise.all(drivers.map((d) => d.close()));
    }
    const { records } = await db.driver.executeQuery(
      `MATCH (t:Task) WHERE t.id STARTS WITH 'task-text:'
       RETURN t.id AS id, t.text AS stored, ${taskText('t')} AS read ORDER BY id`,
      {},
      { database },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { id: 'task-text:1', stored: null, read: TASKS[0]?.text },
      { id: 'task-text:2', stored: null, read: TASKS[1]?.text },
      { id: 'task-text:3', stored: TASKS[2]?.text, read: TASKS[2]?.text },
      { id: 'task-text:4', stored: null, read: TASKS[3]?.text },
      { id: 'task-text:5', stored: null, read: 'II.' },
    ]);
    // The same derivation in both languages.
    expect(TASKS.map((t) => derivedTaskText(t.quote) === t.text)).toEqual([
      true,
      true,
      false,
      true,
      true,
    ]);
    // The index is eventually consistent: wait for it, then find a task by its quote's words.
    await db.driver.executeQuery(
      'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()',
      {},
      {
        database,
      },
    );
    const hits = await db.driver.executeQuery(
      `CALL db.index.fulltext.queryNodes($index, 'tinh AND uy AND nghien') YIELD node
       WHERE node.id STARTS WITH 'task-text:' RETURN node.id AS id`,
      { index: SEARCH_INDEX },
      { database },
    );
    expect(hits.records.map((r) => r.get('id') as string)).toEqual(['task-text:3']);
    // TaskWhere `text` and the TEXT order read the derived texts as they read stored ones.
    const params = new Params();
    const where = whereCondition('Task', { text: { contains: 'tuyen truyen' } }, params);
    const filtered = await db.driver.executeQuery(
      `MATCH (n:Task) WHERE n.id STARTS WITH 'task-text:' AND ${where ?? 'true'}
       RETURN n.id AS id ORDER BY ${SORT_FIELDS.Task.TEXT?.key ?? 'n.id'}, n.id`,
      params.toRecord(),
      { database },
    );
    expect(filtered.records.map((r) => r.get('id') as string)).toEqual(['task-text:2']);
    const ordered = await db.driver.executeQuery(
      `MATCH (n:Task) WHERE n.id STARTS WITH 'task-text:'
       RETURN n.id AS id ORDER BY ${SORT_FIELDS.Task.TEXT?.key ?? 'n.id'}, n.id`,
      {},
      { database },
    );
    expect(ordered.records.map((r) => r.get('id') as string)).toEqual([
      'task-text:4',
      'task-text:3',
      'task-text:5',
      'task-text:1',
      'task-text:2',
    ]);
    // A later start: nothing left to apply.
    expect((await runMigrations(db.driver, database)).applied).toEqual([]);
  });
});
