/**
 * Composable filters and sorts as the Cypher they build, without a database: what a filter means
 * shows here as a diff of Cypher, and every value is a parameter.
 */
import { describe, expect, it } from 'vitest';
import { Params } from '../../../src/read/params.ts';
import { MAX_WHERE_CONDITIONS, MAX_WHERE_DEPTH, whereCondition } from '../../../src/read/where.ts';
import { foldText } from '../../../src/read/fold.ts';
import { withWhereAndSort } from '../../../src/read/lists.ts';
import { orderedPageStatement } from '../../../src/read/page.ts';
import { tasksQuery } from '../../../src/read/tasks.ts';
import { ReadError } from '../../../src/read/errors.ts';
import { decodeKeyedCursor, encodeKeyedCursor } from '../../../src/read/cursors.ts';

function built(kind: 'Document' | 'Task' | 'Organization', where: object) {
  const params = new Params();
  return { cypher: whereCondition(kind, where, params), params: params.toRecord() };
}

describe('where', () => {
  it('composes AND, OR and NOT with related nodes, every value a parameter', () => {
    const { cypher, params } = built('Document', {
      OR: [
        { type: { eq: 'Kế hoạch' }, issuedDate: { gte: '2022-01-01', lt: '2023-01-01' } },
        { NOT: { status: 'REFERENCED' }, tasks: { lead: { jurisdiction: 'quang-tri' } } },
      ],
    });
    expect(cypher).toMatchInlineSnapshot(
      `"((n.type = $type AND n.issuedDate >= $issuedDate AND n.issuedDate < $issuedDate_2) OR (NOT coalesce(n.status = $status, false) AND EXISTS { MATCH (n)-[:HAS_TASK]->(w1:Task) WHERE EXISTS { MATCH (w1)-[:LED_BY]->(w2:Actor) WHERE (w2.province = $province) } }))"`,
    );
    expect(params).toEqual({
      type: 'Kế hoạch',
      issuedDate: '2022-01-01',
      issuedDate_2: '2023-01-01',
      status: 'referenced',
      province: 'quang-tri',
    });
  });

  it('compares startsWith and contains without case and diacritics, on both sides', () => {
    const { cypher, params } = built('Organization', {
      name: { startsWith: 'Ban Tuyên', contains: 'GIÁO' },
      coordinates: { lead: { id: { in: ['tw/ban-tuyen-giao'] } } },
    });
    expect(cypher).toMatchInlineSnapshot(
      `"(reduce(s = normalize(toLower(coalesce(n.name, '')), NFD), f IN $fold | replace(s, f[0], f[1])) STARTS WITH $name AND reduce(s = normalize(toLower(coalesce(n.name, '')), NFD), f IN $fold | replace(s, f[0], f[1])) CONTAINS $name_2 AND EXISTS { MATCH (n)<-[:COORDINATES_WITH]-(w1:Task) WHERE EXISTS { MATCH (w1)-[:LED_BY]->(w2:Actor) WHERE w2.id IN $id } })"`,
    );
    expect(params.name).toBe('ban tuyen');
    expect(params.name_2).toBe('giao');
    expect(foldText('Đảng ủy Khối Cơ quan')).toBe('dang uy khoi co quan');
  });

  it('counts related nodes as a bound', () => {
    const { cypher, params } = built('Organization', { tasksLedCount: { gte: 3 } });
    expect(cypher).toBe('COUNT { (n)<-[:LED_BY]-() } >= $tasksLedCount');
    expect(String(params.tasksLedCount)).toBe('3');
  });

  it('is no condition when empty, and false for an empty OR', () => {
    expect(built('Task', {}).cypher).toBeNull();
    expect(built('Task', { OR: [] }).cypher).toBe('false');
  });

  it('refuses a filter nested too deep or holding too many conditions', () => {
    let deep: object = { id: { eq: 'x' } };
    for (let i = 0; i <= MAX_WHERE_DEPTH; i++) deep = { tasks: { document: deep } };
    expect(() => built('Document', deep)).toThrow(ReadError);
    const many = {
      OR: Array.from({ length: MAX_WHERE_CONDITIONS + 1 }, (_, i) => ({ id: { eq: `d${i}` } })),
    };
    expect(() => built('Document', many)).toThrow(/32 conditions at most/);
    expect(() => built('Task', { dueEnd: { gte: '2024-13-45' } })).toThrow(ReadError);
    expect(() => built('Task', { leadCount: { gte: -1 } })).toThrow(ReadError);
  });
});

describe('sort', () => {
  it('pages by a count with a keyset on (count, id), the where applied before the key', () => {
    const query = withWhereAndSort(
      'Task',
      tasksQuery({ document: 'd' }),
      { recurring: true },
      {
        field: 'LEAD_COUNT',
        direction: 'DESC',
      },
    );
    const { cypher, params } = orderedPageStatement(
      { ...query, order: query.order! },
      { key: 2, id: 't' },
      10,
    );
    expect(cypher).toMatchInlineSnapshot(`
      "MATCH (n:Task)
      WITH n WHERE split(n.id, '#')[0] = $document
        AND (n.recurrence IS NOT NULL) = $recurring
        AND NOT (n.id IN $hiddenDocuments OR any(h IN $hiddenDocuments WHERE n.id STARTS WITH h + '#' OR n.id STARTS WITH h + '/'))
      WITH n, COUNT { (n)-[:LED_BY]->() } AS sortKey WHERE ($afterId IS NULL OR sortKey < $afterKey OR (sortKey = $afterKey AND n.id > $afterId))
      WITH n, sortKey ORDER BY sortKey DESC, n.id LIMIT $limit
      WITH collect([n, n.id, sortKey]) AS page
      WITH page, size(page) > $size AS more
      UNWIND page[..$size] AS pair
      WITH pair[0] AS n, pair[1] AS nodeId, pair[2] AS sortKey, more
      RETURN n {.*, labels: labels(n)} AS node, sortKey, more"
    `);
    expect(String(params.afterKey)).toBe('2');
  });

  it('hands out cursors that only their own sort accepts', () => {
    const cursor = encodeKeyedCursor(4, 'doc:x', 'Document:TASK_COUNT:D');
    expect(decodeKeyedCursor(cursor, 'Document:TASK_COUNT:D')).toEqual({ key: 4, id: 'doc:x' });
    expect(() => decodeKeyedCursor(cursor, 'Document:TASK_COUNT:A')).toThrow(ReadError);
    expect(() => decodeKeyedCursor(cursor)).toThrow(ReadError);
  });
});
