/**
 * Every statement built from a filter, its text and parameters, without a database: a change to
 * what a filter means or how a page is cut shows here as a diff of Cypher.
 */
import { describe, expect, it } from 'vitest';
import { Params, allOf } from '../../../src/read/params.ts';
import { documentConditions, jurisdictionCondition } from '../../../src/read/filters.ts';
import { tasksQuery } from '../../../src/read/tasks.ts';
import neo4j from 'neo4j-driver';
import {
  countStatement,
  orderedPageStatement,
  pageStatement,
  type ListQuery,
} from '../../../src/read/page.ts';
import { documentsQuery } from '../../../src/api/cypher/documents.ts';
import { organizationsQuery } from '../../../src/api/cypher/actors.ts';
import { timelineQuery, timelineRowsStatement } from '../../../src/traverse/timeline/cypher.ts';
import { coverageReportQuery } from '../../../src/traverse/coverage/cypher.ts';

/** A list query as it would run: its first page, and its count. */
function statements(query: ListQuery): { page: string; count: string; params: unknown } {
  const page = query.order
    ? orderedPageStatement({ ...query, order: query.order }, null, 20)
    : pageStatement(query, null, 20);
  return { page: page.cypher, count: countStatement(query).cypher, params: page.params };
}

describe('Params', () => {
  it('gives a taken name a number, so composed filters never share a parameter', () => {
    const params = new Params({ cap: 5 });
    expect(params.add('province', 'a')).toBe('$province');
    expect(params.add('province', 'b')).toBe('$province_2');
    expect(params.add('province', 'c')).toBe('$province_3');
    expect(params.add('cap', 6)).toBe('$cap_2');
    expect(params.toRecord()).toEqual({
      cap: 5,
      cap_2: 6,
      province: 'a',
      province_2: 'b',
      province_3: 'c',
    });
  });

  it('refuses a name that is not a parameter name', () => {
    expect(() => new Params().add('a b', 1)).toThrow('not a parameter name');
    expect(() => new Params().add('x}) DETACH DELETE n //', 1)).toThrow();
  });

  it('forks: what is added to the copy stays out of the original', () => {
    const params = new Params();
    params.add('a', 1);
    const copy = params.fork();
    expect(copy.add('a', 2)).toBe('$a_2');
    expect(params.toRecord()).toEqual({ a: 1 });
  });

  it('joins no condition as true', () => {
    expect(allOf([])).toBe('true');
    expect(allOf(['a', 'b'])).toBe('a\n  AND b');
  });
});

describe('filters', () => {
  it('two jurisdictions in one statement keep their own values', () => {
    const params = new Params();
    const first = jurisdictionCondition('quang-tri/vinh-linh', params);
    const second = jurisdictionCondition('ha-noi', params, 'd');
    expect([first, second]).toMatchInlineSnapshot(`
      [
        "n.province = $province AND n.district = $district",
        "d.province = $province_2",
      ]
    `);
    expect(params.toRecord()).toMatchInlineSnapshot(`
      {
        "district": "vinh-linh",
        "province": "quang-tri",
        "province_2": "ha-noi",
      }
    `);
  });

  it('documents: every condition', () => {
    const params = new Params();
    const conditions = documentConditions(
      {
        type: 'KH',
        level: 'tinh',
        issuer: 'quang-tri/tinh-uy',
        jurisdiction: 'quang-tri',
        issuedFrom: '2022-01-01',
        issuedTo: '2023-12-31',
        implements: 'doc:10-KH/TW@tw:2022',
      },
      params,
    );
    expect(conditions).toMatchInlineSnapshot(`
      [
        "n.type = $type",
        "n.level = $level",
        "EXISTS { (n)-[:ISSUED_BY]->(:Actor {id: $issuer}) }",
        "n.province = $province",
        "n.issuedDate >= $issuedFrom",
        "n.issuedDate <= $issuedTo",
        "EXISTS { (n)-[:IMPLEMENTS]->(:Document {id: $implements}) }",
      ]
    `);
    expect(params.toRecord()).toMatchInlineSnapshot(`
      {
        "implements": "doc:10-KH/TW@tw:2022",
        "issuedFrom": "2022-01-01",
        "issuedTo": "2023-12-31",
        "issuer": "quang-tri/tinh-uy",
        "level": "tinh",
        "province": "quang-tri",
        "type": "KH",
      }
    `);
  });
});

describe('list statements', () => {
  it('documents by issue date, newest first, with a status', () => {
    expect(
      statements(documentsQuery({ jurisdiction: 'tw', status: 'INGESTED' }, 'ISSUED_DATE_DESC')),
    ).toMatchInlineSnapshot(`
      {
        "count": "MATCH (n:Document)
      WITH n WHERE n.level = 'TW'
        AND n.status = $status
        AND NOT (n.id IN $hiddenDocuments OR any(h IN $hiddenDocuments WHERE n.id STARTS WITH h + '#' OR n.id STARTS WITH h + '/'))
      RETURN count(n) AS total",
        "page": "MATCH (n:Document)
      WITH n WHERE n.level = 'TW'
        AND n.status = $status
        AND NOT (n.id IN $hiddenDocuments OR any(h IN $hiddenDocuments WHERE n.id STARTS WITH h + '#' OR n.id STARTS WITH h + '/'))
      WITH n, coalesce(n.issuedDate, '') AS sortKey WHERE ($afterId IS NULL OR sortKey < $afterKey OR (sortKey = $afterKey AND n.id > $afterId))
      WITH n, sortKey ORDER BY sortKey DESC, n.id LIMIT $limit
      WITH collect([n, n.id, sortKey]) AS page
      WITH page, size(page) > $size AS more
      UNWIND page[..$size] AS pair
      WITH pair[0] AS n, pair[1] AS nodeId, pair[2] AS sortKey, more
      RETURN n {.*, labels: labels(n)} AS node, sortKey, more",
        "params": {
          "afterId": null,
          "afterKey": null,
          "hiddenDocuments": [],
          "limit": Integer {
            "high": 0,
            "low": 21,
          },
          "size": Integer {
            "high": 0,
            "low": 20,
          },
          "status": "ingested",
        },
      }
    `);
  });

  it('organizations found by words, of a kind and level', () => {
    expect(
      statements(
        organizationsQuery({
          search: 'ban tuyên giáo',
          kind: 'ban-dang',
          level: 'tinh',
          jurisdiction: 'quang-tri/vinh-linh',
        }),
      ),
    ).toMatchInlineSnapshot(`
      {
        "count": "CALL db.index.fulltext.queryNodes($index, $search) YIELD node AS n
      WITH n WHERE n:Organization
        AND n.orgKind = $kind
        AND n.level = $level
        AND n.province = $province AND n.district = $district
        AND NOT (n.id IN $hiddenDocuments OR any(h IN $hiddenDocuments WHERE n.id STARTS WITH h + '#' OR n.id STARTS WITH h + '/'))
      RETURN count(n) AS total",
        "page": "CALL db.index.fulltext.queryNodes($index, $search) YIELD node AS n
      WITH n WHERE n:Organization
        AND n.orgKind = $kind
        AND n.level = $level
        AND n.province = $province AND n.district = $district
        AND NOT (n.id IN $hiddenDocuments OR any(h IN $hiddenDocuments WHERE n.id STARTS WITH h + '#' OR n.id STARTS WITH h + '/')) AND ($after IS NULL OR n.id > $after)
      WITH n ORDER BY n.id LIMIT $limit
      WITH collect([n, n.id]) AS page
      WITH page, size(page) > $size AS more
      UNWIND page[..$size] AS pair
      WITH pair[0] AS n, pair[1] AS nodeId, more
      RETURN n {.*, labels: labels(n)} AS node, more",
        "params": {
          "after": null,
          "district": "vinh-linh",
          "hiddenDocuments": [],
          "index": "search_text_v3",
          "kind": "ban-dang",
          "level": "tinh",
          "limit": Integer {
            "high": 0,
            "low": 21,
          },
          "province": "quang-tri",
          "search": "ban AND tuyên AND giáo",
          "size": Integer {
            "high": 0,
            "low": 20,
          },
        },
      }
    `);
  });

  it('tasks: every condition', () => {
    expect(
      statements(
        tasksQuery({
          search: 'tuyen truyen',
          document: 'doc:1',
          lead: 'a',
          coordinator: 'b',
          anyActor: 'c',
          dueFrom: '2024-01-01',
          dueTo: '2024-12-31',
          recurring: false,
          overdueAt: '2025-01-01',
        }),
      ),
    ).toMatchInlineSnapshot(`
      {
        "count": "CALL db.index.fulltext.queryNodes($index, $search) YIELD node AS n
      WITH n WHERE n:Task
        AND split(n.id, '#')[0] = $document
        AND EXISTS { (n)-[:LED_BY]->(:Actor {id: $lead}) }
        AND EXISTS { (n)-[:COORDINATES_WITH]->(:Actor {id: $coordinator}) }
        AND EXISTS { (n)-[:LED_BY|COORDINATES_WITH|REPORTS_TO]->(:Actor {id: $anyActor}) }
        AND n.dueEnd >= $dueFrom
        AND n.dueEnd <= $dueTo
        AND (n.recurrence IS NOT NULL) = $recurring
        AND n.dueEnd < $overdueAt
        AND NOT EXISTS { (ender:Document)-[:REPLACES|REPEALS]->(:Document {id: split(n.id, '#')[0]})
          WHERE coalesce(ender.effectiveFrom, ender.issuedDate) IS NULL OR coalesce(ender.effectiveFrom, ender.issuedDate) <= $overdueAt }
        AND NOT (n.id IN $hiddenDocuments OR any(h IN $hiddenDocuments WHERE n.id STARTS WITH h + '#' OR n.id STARTS WITH h + '/'))
      RETURN count(n) AS total",
        "page": "CALL db.index.fulltext.queryNodes($index, $search) YIELD node AS n
      WITH n WHERE n:Task
        AND split(n.id, '#')[0] = $document
        AND EXISTS { (n)-[:LED_BY]->(:Actor {id: $lead}) }
        AND EXISTS { (n)-[:COORDINATES_WITH]->(:Actor {id: $coordinator}) }
        AND EXISTS { (n)-[:LED_BY|COORDINATES_WITH|REPORTS_TO]->(:Actor {id: $anyActor}) }
        AND n.dueEnd >= $dueFrom
        AND n.dueEnd <= $dueTo
        AND (n.recurrence IS NOT NULL) = $recurring
        AND n.dueEnd < $overdueAt
        AND NOT EXISTS { (ender:Document)-[:REPLACES|REPEALS]->(:Document {id: split(n.id, '#')[0]})
          WHERE coalesce(ender.effectiveFrom, ender.issuedDate) IS NULL OR coalesce(ender.effectiveFrom, ender.issuedDate) <= $overdueAt }
        AND NOT (n.id IN $hiddenDocuments OR any(h IN $hiddenDocuments WHERE n.id STARTS WITH h + '#' OR n.id STARTS WITH h + '/')) AND ($after IS NULL OR n.id > $after)
      WITH n ORDER BY n.id LIMIT $limit
      WITH collect([n, n.id]) AS page
      WITH page, size(page) > $size AS more
      UNWIND page[..$size] AS pair
      WITH pair[0] AS n, pair[1] AS nodeId, more
      RETURN n {.*, labels: labels(n)} AS node, more",
        "params": {
          "after": null,
          "anyActor": "c",
          "coordinator": "b",
          "document": "doc:1",
          "dueFrom": "2024-01-01",
          "dueTo": "2024-12-31",
          "hiddenDocuments": [],
          "index": "search_text_v3",
          "lead": "a",
          "limit": Integer {
            "high": 0,
            "low": 21,
          },
          "overdueAt": "2025-01-01",
          "recurring": false,
          "search": "tuyen AND truyen",
          "size": Integer {
            "high": 0,
            "low": 20,
          },
        },
      }
    `);
  });

  it('a timeline with its cascade, in a jurisdiction, and the export of its rows', () => {
    const query = timelineQuery({
      document: 'doc:10-KH/TW@tw:2022',
      includeCascade: true,
      actor: 'tw/ban-tuyen-giao',
      jurisdiction: 'quang-tri',
      dueFrom: '2023-01-01',
    });
    expect(statements(query)).toMatchInlineSnapshot(`
      {
        "count": "MATCH (n:Task)
      WITH n WHERE EXISTS { (n)-[:LED_BY|COORDINATES_WITH|REPORTS_TO]->(:Actor {id: $anyActor}) }
        AND n.dueEnd >= $dueFrom
        AND n.dueEnd IS NOT NULL
        AND (split(n.id, '#')[0] = $document OR EXISTS {
          MATCH (:Document {id: split(n.id, '#')[0]})-[:IMPLEMENTS|COPY_OF*1..10]->(:Document {id: $document}) })
        AND EXISTS { MATCH (d:Document {id: split(n.id, '#')[0]}) WHERE d.province = $province }
        AND NOT (n.id IN $hiddenDocuments OR any(h IN $hiddenDocuments WHERE n.id STARTS WITH h + '#' OR n.id STARTS WITH h + '/'))
      RETURN count(n) AS total",
        "page": "MATCH (n:Task)
      WITH n WHERE EXISTS { (n)-[:LED_BY|COORDINATES_WITH|REPORTS_TO]->(:Actor {id: $anyActor}) }
        AND n.dueEnd >= $dueFrom
        AND n.dueEnd IS NOT NULL
        AND (split(n.id, '#')[0] = $document OR EXISTS {
          MATCH (:Document {id: split(n.id, '#')[0]})-[:IMPLEMENTS|COPY_OF*1..10]->(:Document {id: $document}) })
        AND EXISTS { MATCH (d:Document {id: split(n.id, '#')[0]}) WHERE d.province = $province }
        AND NOT (n.id IN $hiddenDocuments OR any(h IN $hiddenDocuments WHERE n.id STARTS WITH h + '#' OR n.id STARTS WITH h + '/'))
      WITH n, n.dueEnd AS sortKey WHERE ($afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND n.id > $afterId))
      WITH n, sortKey ORDER BY sortKey ASC, n.id LIMIT $limit
      WITH collect([n, n.id, sortKey]) AS page
      WITH page, size(page) > $size AS more
      UNWIND page[..$size] AS pair
      WITH pair[0] AS n, pair[1] AS nodeId, pair[2] AS sortKey, more
      RETURN n {.*, labels: labels(n)} AS node, sortKey, more",
        "params": {
          "afterId": null,
          "afterKey": null,
          "anyActor": "tw/ban-tuyen-giao",
          "document": "doc:10-KH/TW@tw:2022",
          "dueFrom": "2023-01-01",
          "hiddenDocuments": [],
          "limit": Integer {
            "high": 0,
            "low": 21,
          },
          "province": "quang-tri",
          "size": Integer {
            "high": 0,
            "low": 20,
          },
        },
      }
    `);
    expect(timelineRowsStatement(query)).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Task)
      WITH n WHERE EXISTS { (n)-[:LED_BY|COORDINATES_WITH|REPORTS_TO]->(:Actor {id: $anyActor}) }
        AND n.dueEnd >= $dueFrom
        AND n.dueEnd IS NOT NULL
        AND (split(n.id, '#')[0] = $document OR EXISTS {
          MATCH (:Document {id: split(n.id, '#')[0]})-[:IMPLEMENTS|COPY_OF*1..10]->(:Document {id: $document}) })
        AND EXISTS { MATCH (d:Document {id: split(n.id, '#')[0]}) WHERE d.province = $province }
        AND NOT (n.id IN $hiddenDocuments OR any(h IN $hiddenDocuments WHERE n.id STARTS WITH h + '#' OR n.id STARTS WITH h + '/'))
      WITH n ORDER BY n.dueEnd, n.id LIMIT $limit
      RETURN n {.*, labels: labels(n)} AS node,
        COLLECT { MATCH (n)-[l:LED_BY]->(a:Actor) RETURN a.name ORDER BY l.start } AS leads",
        "params": {
          "anyActor": "tw/ban-tuyen-giao",
          "document": "doc:10-KH/TW@tw:2022",
          "dueFrom": "2023-01-01",
          "limit": Integer {
            "high": 0,
            "low": 10000,
          },
          "province": "quang-tri",
        },
      }
    `);
  });

  it('overdue tasks at a date', () => {
    expect(statements(timelineQuery({}, '2025-06-30'))).toMatchInlineSnapshot(`
      {
        "count": "MATCH (n:Task)
      WITH n WHERE (n.recurrence IS NOT NULL) = $recurring
        AND n.dueEnd < $overdueAt
        AND NOT EXISTS { (ender:Document)-[:REPLACES|REPEALS]->(:Document {id: split(n.id, '#')[0]})
          WHERE coalesce(ender.effectiveFrom, ender.issuedDate) IS NULL OR coalesce(ender.effectiveFrom, ender.issuedDate) <= $overdueAt }
        AND n.dueEnd IS NOT NULL
        AND NOT (n.id IN $hiddenDocuments OR any(h IN $hiddenDocuments WHERE n.id STARTS WITH h + '#' OR n.id STARTS WITH h + '/'))
      RETURN count(n) AS total",
        "page": "MATCH (n:Task)
      WITH n WHERE (n.recurrence IS NOT NULL) = $recurring
        AND n.dueEnd < $overdueAt
        AND NOT EXISTS { (ender:Document)-[:REPLACES|REPEALS]->(:Document {id: split(n.id, '#')[0]})
          WHERE coalesce(ender.effectiveFrom, ender.issuedDate) IS NULL OR coalesce(ender.effectiveFrom, ender.issuedDate) <= $overdueAt }
        AND n.dueEnd IS NOT NULL
        AND NOT (n.id IN $hiddenDocuments OR any(h IN $hiddenDocuments WHERE n.id STARTS WITH h + '#' OR n.id STARTS WITH h + '/'))
      WITH n, n.dueEnd AS sortKey WHERE ($afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND n.id > $afterId))
      WITH n, sortKey ORDER BY sortKey ASC, n.id LIMIT $limit
      WITH collect([n, n.id, sortKey]) AS page
      WITH page, size(page) > $size AS more
      UNWIND page[..$size] AS pair
      WITH pair[0] AS n, pair[1] AS nodeId, pair[2] AS sortKey, more
      RETURN n {.*, labels: labels(n)} AS node, sortKey, more",
        "params": {
          "afterId": null,
          "afterKey": null,
          "hiddenDocuments": [],
          "limit": Integer {
            "high": 0,
            "low": 21,
          },
          "overdueAt": "2025-06-30",
          "recurring": false,
          "size": Integer {
            "high": 0,
            "low": 20,
          },
        },
      }
    `);
  });

  it('a coverage report over the filter’s documents', () => {
    expect(
      coverageReportQuery({ jurisdiction: 'quang-tri/vinh-linh', issuedFrom: '2023-01-01' }, 50)
        .params,
    ).toMatchInlineSnapshot(`
      {
        "cap": Integer {
          "high": 0,
          "low": 50,
        },
        "district": "vinh-linh",
        "hiddenDocuments": [],
        "issuedFrom": "2023-01-01",
        "province": "quang-tri",
      }
    `);
    const { cypher } = coverageReportQuery({ level: 'huyen' });
    expect(cypher.slice(0, cypher.indexOf('WITH docs'))).toMatchInlineSnapshot(`
      "
      MATCH (n:Document)
      WHERE n.status = 'ingested'
        AND n.level = $level
        AND NOT (n.id IN $hiddenDocuments OR any(h IN $hiddenDocuments WHERE n.id STARTS WITH h + '#' OR n.id STARTS WITH h + '/'))
      WITH n ORDER BY n.id
      WITH collect(n) AS docs

      "
    `);
  });
});

describe('a page with its total', () => {
  it('counts a filtered list once, then reads a crowded page in id order or sorts a sparse one', () => {
    const { cypher, params } = pageStatement(tasksQuery({ dueFrom: '2024-07-01' }), null, 50, true);
    expect(cypher).toMatchInlineSnapshot(`
      "CALL {
      MATCH (c:TaskDueCount) WHERE c.end >= $dueFrom
      RETURN sum(c.tasks) AS counted
      }
      CALL { MATCH (t:Task) RETURN count(t) AS tasks }
      CALL { MATCH (d:Document) RETURN count(d) AS documents }
      WITH counted, size($hiddenDocuments) * tasks <= counted * documents AS byCounts
      CALL {
      WITH byCounts
      UNWIND CASE WHEN byCounts THEN $hiddenDocuments ELSE [] END AS h
      CALL {
      WITH h MATCH (d:Document {id: h}) RETURN d
      UNION
      WITH h MATCH (d:Document) WHERE d.id STARTS WITH h + '/' RETURN d
      UNION
      WITH h MATCH (d:Document) WHERE d.id STARTS WITH h + '#' RETURN d
      }
      WITH DISTINCT d
      MATCH (d)-[:HAS_TASK]->(n:Task) WHERE n.dueEnd >= $dueFrom
      RETURN count(n) AS hiddenDue
      }
      CALL {
      WITH byCounts
      UNWIND CASE WHEN byCounts THEN [] ELSE [true] END AS indexed
      MATCH (n:Task)
      WITH n WHERE n.dueEnd >= $dueFrom
        AND NOT (n.id IN $hiddenDocuments OR any(h IN $hiddenDocuments WHERE n.id STARTS WITH h + '#' OR n.id STARTS WITH h + '/'))
      RETURN count(n) AS seen
      }
      WITH CASE WHEN byCounts THEN counted - hiddenDue ELSE seen END AS total
      CALL {
      MATCH (c:Task)
      RETURN count(c) AS labelled
      }
      WITH total, labelled, total * total >= 2 * $limit * labelled AS dense
      CALL {
      WITH dense
      UNWIND CASE WHEN dense THEN [] ELSE [true] END AS few
      MATCH (n:Task)
      WITH n WHERE n.dueEnd >= $dueFrom
        AND NOT (n.id IN $hiddenDocuments OR any(h IN $hiddenDocuments WHERE n.id STARTS WITH h + '#' OR n.id STARTS WITH h + '/'))
      RETURN collect(n) AS matched
      }
      WITH matched, total, labelled
      WITH matched, total, total * total >= 2 * $limit * labelled AS dense
      CALL {
      WITH dense
      MATCH (n:Task) USING INDEX n:Task(id)
      WHERE n.id > CASE WHEN dense THEN $from END AND n.dueEnd >= $dueFrom
        AND NOT (n.id IN $hiddenDocuments OR any(h IN $hiddenDocuments WHERE n.id STARTS WITH h + '#' OR n.id STARTS WITH h + '/'))
      WITH n ORDER BY n.id LIMIT $limit
      RETURN n
      UNION
      WITH matched, dense
      UNWIND CASE WHEN dense THEN [] ELSE matched END AS n
      WITH n, n.id AS id WHERE id > $from
      WITH n, id ORDER BY id LIMIT $limit
      RETURN n
      }
      WITH n, total ORDER BY n.id LIMIT $limit
      WITH collect([n, n.id]) AS page, total
      WITH page, total, size(page) > $size AS more
      UNWIND page[..$size] AS pair
      WITH pair[0] AS n, pair[1] AS nodeId, more, total
      RETURN n {.*, labels: labels(n)} AS node, total, more"
    `);
    expect(params).toEqual({
      dueFrom: '2024-07-01',
      from: '',
      hiddenDocuments: [],
      limit: neo4j.int(51),
      size: neo4j.int(50),
    });
  });

  it('sums a due window from the days counts only while the window is all the list asks', () => {
    const window = pageStatement(
      tasksQuery({ dueFrom: '2024-07-01', dueTo: '2024-12-31' }),
      null,
      50,
      true,
    );
    expect(window.cypher).toContain(
      'MATCH (c:TaskDueCount) WHERE c.end >= $dueFrom AND c.end <= $dueTo\nRETURN sum(c.tasks) AS counted',
    );
    expect(countStatement(tasksQuery({ dueTo: '2024-12-31' })).cypher).toContain(
      'MATCH (c:TaskDueCount) WHERE c.end <= $dueTo\n',
    );
    // A lead, a search, or a condition added after (the API's where): counted task by task.
    const led = pageStatement(
      tasksQuery({ dueFrom: '2024-07-01', lead: 'tw/bct' }),
      null,
      50,
      true,
    );
    expect(led.cypher).not.toContain('TaskDueCount');
    const narrowed = tasksQuery({ dueFrom: '2024-07-01' });
    narrowed.conditions.push('n.recurrence IS NULL');
    expect(countStatement(narrowed).cypher).not.toContain('TaskDueCount');
    expect(countStatement(tasksQuery({ recurring: true })).cypher).not.toContain('TaskDueCount');
  });

  it('starts the page after the cursor id in both branches', () => {
    const { cypher, params } = pageStatement(
      tasksQuery({ dueTo: '2024-12-31' }),
      'doc:a#1',
      5,
      true,
    );
    expect(cypher).toContain('WHERE n.id > CASE WHEN dense THEN $from END AND n.dueEnd <= $dueTo');
    expect(cypher).toContain('WITH n, n.id AS id WHERE id > $from');
    expect(params.from).toBe('doc:a#1');
  });

  it('counts a whole label of bodies from the count store', () => {
    const bodies = { source: 'MATCH (n:Organization)', conditions: [], params: new Params() };
    const { cypher } = pageStatement(bodies, null, 50, true);
    expect(cypher.startsWith('CALL {\nMATCH (n:Organization)\nWITH n WHERE ')).toBe(true);
    // No matches collected to count them (only the page's nodes, to project the page alone).
    expect(cypher).not.toContain('AS matched');
    expect(cypher).toContain('WITH collect([n, n.id]) AS page, total');
  });

  it('never counts documents or tasks from the count store: it knows no hidden documents', () => {
    const { cypher } = pageStatement(tasksQuery(null), null, 50, true);
    expect(
      cypher.startsWith('CALL {\nMATCH (n:Task)\nWITH n WHERE NOT (n.id IN $hiddenDocuments'),
    ).toBe(true);
    expect(cypher).toContain('RETURN collect(n) AS matched');
    expect(cypher).toContain('WITH matched, size(matched) AS total, labelled');
  });

  it('keeps the one-pass count for a list that does not start from a whole label', () => {
    const { cypher } = pageStatement(documentsQuery({ implements: 'doc:1-NQ/TW' }), null, 50, true);
    expect(cypher).toContain('WITH collect(n) AS matched\nUNWIND matched AS n');
    expect(cypher).not.toContain('dense');
  });
});
