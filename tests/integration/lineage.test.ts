/**
 * Lineage down the cascade on the seed graph: 67-KH/HU (district) and the province's programme
 * restate 10-KH/TW's tasks — all three carry out Nghị quyết 20 — and the district restates the
 * province. Exact links with their scores, shared phrases, evidence and deadline check.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { linkLineage } from '../../src/graph/lineage.ts';
import { database } from '../support/neo4j.ts';
import { useSeedGraphApi } from '../support/seed-graph.ts';

const graph = useSeedGraphApi();
const PLAN_10 = 'doc:10-KH/TW@tw:2022';
const PLAN_67 = 'doc:67-KH/HU@quang-tri/vinh-linh:2023';
const PROGRAMME = 'doc:h:e2ccd97eeb0684c6';

let linked = 0;
beforeAll(async () => {
  linked = await linkLineage(graph.driver, database);
});

const HOP = `derived { id } source { id } depth level score sharedPhrases via { id } direct
  implementsQuote sourceImplementsQuote derivedEvidence { quote } sourceEvidence { quote }
  deadlineLater derivedDeadline sourceDeadline`;

interface Hop {
  derived: { id: string };
  source: { id: string };
  depth: number;
  level: string | null;
  score: number;
  sharedPhrases: string[];
  via: { id: string } | null;
  direct: boolean;
  implementsQuote: string | null;
  sourceImplementsQuote: string | null;
  derivedEvidence: { quote: string };
  sourceEvidence: { quote: string };
  deadlineLater: boolean;
  derivedDeadline: string | null;
  sourceDeadline: string | null;
}

async function task(id: string): Promise<{ derivedFrom: Hop[]; derivedTasks: Hop[] }> {
  const data = await graph.query<{ node: { derivedFrom: Hop[]; derivedTasks: Hop[] } }>(
    `query ($id: ID!) { node(id: $id) { ... on Task {
      derivedFrom { ${HOP} } derivedTasks { ${HOP} } } } }`,
    { id },
  );
  return data.node;
}

describe('DERIVED_FROM', () => {
  it('links the lower tasks that restate an upper task, and again gives the same', async () => {
    expect(linked).toBe(32);
    expect(await linkLineage(graph.driver, database, [PLAN_67])).toBe(23);
    const { records } = await graph.driver.executeQuery(
      'MATCH ()-[r:DERIVED_FROM]->() RETURN count(r) AS n',
      {},
      { database },
    );
    expect(records[0]?.get('n')).toBe(32);
  });

  it('links a 67-KH/HU task to the 10-KH/TW task it restates, with its score and both passages', async () => {
    const { derivedFrom } = await task(`${PLAN_67}#4.5.2`);
    expect(derivedFrom.map((h) => [h.source.id, h.score])).toEqual([
      [`${PLAN_10}#4.4`, 0.461],
      [`${PROGRAMME}#4.1.2`, 0.315],
    ]);
    const hop = derivedFrom[0] as Hop;
    expect(hop.sharedPhrases[0]).toBe(
      'Đẩy mạnh công tác kiểm tra giám sát việc tổ chức triển khai thực hiện Nghị quyết',
    );
    expect(hop).toMatchObject({
      level: 'huyen',
      via: { id: 'doc:20-NQ/TW@tw:2022' },
      direct: false,
      deadlineLater: false,
    });
    expect(hop.implementsQuote).toMatch(/^Nghị quyết số 20-NQ\/TW/);
    expect(hop.sourceImplementsQuote).toMatch(/^Nghị quyết số 20-NQ\/TW/);
    expect(hop.derivedEvidence.quote).toMatch(/^- Đẩy mạnh công tác kiểm tra, giám sát/);
    expect(hop.sourceEvidence.quote).toMatch(/^4\. Đẩy mạnh công tác kiểm tra, giám sát/);
  });

  it('follows a central task down the cascade, by level, transitively', async () => {
    const { derivedTasks } = await task(`${PLAN_10}#5.9.3`);
    expect(derivedTasks.map((h) => [h.level, h.depth, h.derived.id, h.source.id])).toEqual([
      ['tinh', 1, `${PROGRAMME}#4.5.2`, `${PLAN_10}#5.9.3`],
      ['huyen', 1, `${PLAN_67}#4.5.5`, `${PLAN_10}#5.9.3`],
    ]);
  });

  it('flags a derived task due after its source, with both deadlines', async () => {
    const data = await graph.query<{ lateDerivedTasks: Hop[] }>(
      `query ($doc: ID) { lateDerivedTasks(document: $doc) { ${HOP} } }`,
      { doc: PLAN_10 },
    );
    expect(
      data.lateDerivedTasks.map((h) => [
        h.derived.id,
        h.source.id,
        h.derivedDeadline,
        h.sourceDeadline,
      ]),
    ).toEqual([[`${PLAN_67}#5.1`, `${PLAN_10}#4.1`, '2023-03-31', '2022-12-31']]);
  });
});

describe('deadlines.ics: a body’s deadlines as a calendar feed', () => {
  interface Event {
    uid: string;
    summary: string;
    description: string;
    start: string;
    allDay: boolean;
  }
  async function feed(path: string): Promise<{ name: string; events: Event[] }> {
    const got = await graph.download(path);
    expect(got.status).toBe(200);
    expect(got.type).toBe('text/calendar; charset=utf-8');
    // Parsed back by an independent parser (Mozilla's ical.js), as a calendar would.
    const calendar = new ICAL.Component(ICAL.parse(got.body));
    const events = calendar.getAllSubcomponents('vevent').map((c) => {
      const event = new ICAL.Event(c);
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        start: event.startDate.toString(),
        allDay: event.startDate.isDate,
      };
    });
    return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
  }

  it('gives one all-day event per dated task of the body, Vietnamese intact', async () => {
    const { name, events } = await feed('/export/deadlines.ics?actor=tw/ban-tuyen-giao');
    expect(name).toBe('Hạn nhiệm vụ — Ban Tuyên giáo Trung ương');
    expect(events.map((e) => [e.uid, e.start, e.allDay])).toEqual([
      [`${PLAN_10}#3.2@directive-graph`, '2022-08-31', true],
      [`${PLAN_10}#5.3.2@directive-graph`, '2023-12-31', true],
    ]);
    expect(events[0]?.summary).toMatch(
      /^Hạn 10-KH\/TW II\.2: Ban Tuyên giáo Trung ương chủ trì, phối hợp với các cơ quan/,
    );
    expect(events[0]?.description).toContain(
      'Thời hạn: hoàn thành kế hoạch trong tháng 8/2022 và thường xuyên chỉ đạo thực hiện',
    );
  });

  it('adds the lower tasks that restate the body’s tasks with includeCascade', async () => {
    const actor = 'tw/mat-tran-to-quoc';
    const own = await feed(`/export/deadlines.ics?actor=${actor}`);
    const all = await feed(`/export/deadlines.ics?actor=${actor}&includeCascade=true`);
    expect(own.events.map((e) => [e.uid, e.start])).toEqual([
      [`${PLAN_10}#4.1@directive-graph`, '2022-12-31'],
    ]);
    // 67-KH/HU's task restating 10-KH/TW III.1, due a quarter later.
    expect(all.events.map((e) => [e.uid, e.start])).toEqual([
      [`${PLAN_10}#4.1@directive-graph`, '2022-12-31'],
      [`${PLAN_67}#5.1@directive-graph`, '2023-03-31'],
    ]);
    expect(all.events[1]?.description).toContain(
      'Nhiệm vụ cấp dưới cụ thể hóa nhiệm vụ của cơ quan (DERIVED_FROM).',
    );
  });

  it('names an unknown body (404)', async () => {
    const got = await graph.download('/export/deadlines.ics?actor=tw/khong-co');
    expect(got.status).toBe(404);
  });
});
