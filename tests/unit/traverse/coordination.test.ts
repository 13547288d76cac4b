import { describe, expect, it } from 'vitest';
import {
  joinLinks,
  partnerParams,
  shapePartners,
  type PartnerLinkRow,
} from '../../../src/traverse/coordination/partners.ts';
import { checkMaxHops, shapePath } from '../../../src/traverse/coordination/path.ts';
import {
  directionOf,
  sharedTasks,
  type RoleType,
} from '../../../src/traverse/coordination/shared.ts';
import { PATH } from '../../../src/traverse/coordination/cypher.ts';

const DOC = { id: 'doc:A', number: '1-KH/TW', status: 'ingested', labels: ['Document'] };
const task = (outline: string, start: number, docId = 'doc:A') => ({
  id: `${docId}#${outline}`,
  outlineId: outline,
  section: outline,
  text: `task ${outline}`,
  docId,
  start,
  end: start + 10,
  quote: `task ${outline}`,
  labels: ['Task'],
});
const actor = (id: string, label = 'Organization') => ({
  id,
  name: id.toUpperCase(),
  labels: ['Actor', label],
});
const rel = (quote: string, start: number) => ({
  docId: 'doc:A',
  start,
  end: start + quote.length,
  quote,
});

function link(
  partner: string,
  outline: string,
  type: RoleType,
  partnerType: RoleType,
  opts: { start?: number; label?: string; docId?: string; ownStart?: number } = {},
): PartnerLinkRow {
  const start = opts.start ?? 100;
  return {
    partner: actor(partner, opts.label),
    task: task(outline, start, opts.docId),
    document: { ...DOC, id: opts.docId ?? DOC.id },
    type,
    rel: rel('me', opts.ownStart ?? start + 1),
    partnerType,
    partnerRel: rel(partner, start + 5),
  };
}

describe('directionOf', () => {
  it('names the four ways two actors share a task, seen from the first', () => {
    expect(directionOf('LEAD', 'COORDINATOR')).toBe('LEADS');
    expect(directionOf('COORDINATOR', 'LEAD')).toBe('WORKS_UNDER');
    expect(directionOf('LEAD', 'LEAD')).toBe('CO_LEADS');
    expect(directionOf('COORDINATOR', 'COORDINATOR')).toBe('CO_COORDINATES');
  });
});

describe('sharedTasks', () => {
  it('one per task; a lead link wins over a coordinator link; the first quote is the evidence', () => {
    const rows = [
      link('p', '2', 'COORDINATES_WITH', 'COORDINATES_WITH', { start: 200, ownStart: 210 }),
      link('p', '2', 'LED_BY', 'COORDINATES_WITH', { start: 200, ownStart: 230 }),
      link('p', '2', 'LED_BY', 'COORDINATES_WITH', { start: 200, ownStart: 220 }),
      link('p', '1', 'COORDINATES_WITH', 'LED_BY', { start: 100 }),
    ];
    const shared = sharedTasks(rows);
    expect(
      shared.map((s) => [s.task.id, s.direction, s.role, s.partnerRole, s.evidence.start]),
    ).toEqual([
      ['doc:A#1', 'WORKS_UNDER', 'COORDINATOR', 'LEAD', 101],
      ['doc:A#2', 'LEADS', 'LEAD', 'COORDINATOR', 220],
    ]);
    expect(shared[0]?.document).toMatchObject({ __type: 'Document', id: 'doc:A' });
    expect(shared[0]?.task.__type).toBe('Task');
    expect(shared[0]?.partnerEvidence).toEqual({
      docId: 'doc:A',
      start: 105,
      end: 106,
      quote: 'p',
    });
  });

  it('orders by document id, then text position (not by outline string)', () => {
    const shared = sharedTasks([
      link('p', '5.10', 'LED_BY', 'LED_BY', { start: 900 }),
      link('p', '5.9', 'LED_BY', 'LED_BY', { start: 800 }),
      link('p', '1', 'LED_BY', 'LED_BY', { start: 5, docId: 'doc:B' }),
    ]);
    expect(shared.map((s) => s.task.id)).toEqual(['doc:A#5.9', 'doc:A#5.10', 'doc:B#1']);
  });
});

describe('shapePartners', () => {
  const rows = [
    link('b', '1', 'LED_BY', 'COORDINATES_WITH', { start: 10 }),
    link('a', '1', 'LED_BY', 'COORDINATES_WITH', { start: 10 }),
    link('generic:x', '1', 'LED_BY', 'COORDINATES_WITH', { start: 10, label: 'Generic' }),
    link('generic:x', '2', 'COORDINATES_WITH', 'COORDINATES_WITH', { start: 20, label: 'Generic' }),
    link('c', '3', 'LED_BY', 'LED_BY', { start: 30 }),
    link('c', '4', 'COORDINATES_WITH', 'LED_BY', { start: 40 }),
  ];

  it('orders partners by shared tasks, then id, and counts every direction', () => {
    const result = shapePartners(actor('me'), rows, null);
    expect(result.organization).toMatchObject({ __type: 'Organization', id: 'me' });
    expect(result.partners.map((p) => [p.partner.id, p.generic, p.counts.total])).toEqual([
      ['c', false, 2],
      ['generic:x', true, 2],
      ['a', false, 1],
      ['b', false, 1],
    ]);
    expect(result.partners[0]?.counts).toEqual({
      leads: 0,
      worksUnder: 1,
      coLeads: 1,
      coCoordinates: 0,
      total: 2,
    });
    expect(result.totalPartners).toBe(4);
    expect(result.totalTasks).toBe(4);
    expect(result.counts).toEqual({
      leads: 3,
      worksUnder: 1,
      coLeads: 1,
      coCoordinates: 1,
      total: 6,
    });
  });

  it('first cuts the partners, not the totals', () => {
    const result = shapePartners(actor('me'), rows, 1);
    expect(result.partners.map((p) => p.partner.id)).toEqual(['c']);
    expect(result.totalPartners).toBe(4);
    expect(result.counts.total).toBe(6);
    expect(shapePartners(actor('me'), [], 50)).toMatchObject({
      partners: [],
      totalPartners: 0,
      totalTasks: 0,
    });
  });
});

describe('joinLinks', () => {
  it("puts each link's partner, task and document in place of its id, one object per node", () => {
    const rows = [
      link('a', '1', 'LED_BY', 'COORDINATES_WITH', { start: 10 }),
      link('b', '1', 'LED_BY', 'COORDINATES_WITH', { start: 10 }),
      link('a', '2', 'COORDINATES_WITH', 'LED_BY', { start: 20, docId: 'doc:B' }),
    ];
    const byId = <T extends { id: string }>(nodes: T[]): T[] => [
      ...new Map(nodes.map((n) => [n.id, n])).values(),
    ];
    const joined = joinLinks({
      links: rows.map((r) => ({
        ...r,
        partner: r.partner.id,
        task: r.task.id,
        document: r.document.id,
      })),
      partners: byId(rows.map((r) => r.partner as { id: string })),
      tasks: byId(rows.map((r) => r.task as { id: string })),
      documents: byId(rows.map((r) => r.document as { id: string })),
    });
    expect(joined).toEqual(rows);
    // The two links of task 1 share one task object, as the statement returns it once.
    expect(joined[0]?.task).toBe(joined[1]?.task);
    expect(joinLinks({ links: [], partners: [], tasks: [], documents: [] })).toEqual([]);
  });

  it('refuses a link naming a node the row does not hold', () => {
    const [row] = [link('a', '1', 'LED_BY', 'LED_BY')];
    expect(() =>
      joinLinks({
        links: [{ ...row, partner: 'a', task: 'doc:A#1', document: 'doc:A' }],
        partners: [row?.partner],
        tasks: [],
        documents: [row?.document],
      }),
    ).toThrow('PARTNERS named task doc:A#1 without returning it');
  });
});

describe('partnerParams', () => {
  it('gives every parameter, null when not filtered', () => {
    expect(partnerParams('x', null)).toEqual({
      id: 'x',
      documents: null,
      issuedFrom: null,
      issuedTo: null,
      tw: null,
      province: null,
      district: null,
      includeGeneric: true,
      asOf: null,
    });
  });

  it('takes asOf as an ISO date', () => {
    expect(partnerParams('x', null, '2023-01-31')).toMatchObject({ asOf: '2023-01-31' });
    expect(() => partnerParams('x', null, '2023-02-30')).toThrow(/asOf/);
  });

  it('reads jurisdictions as the other filters do', () => {
    expect(partnerParams('x', { jurisdiction: 'tw' })).toMatchObject({ tw: true, province: null });
    expect(partnerParams('x', { jurisdiction: 'quang-tri' })).toMatchObject({
      tw: false,
      province: 'quang-tri',
      district: null,
    });
    expect(
      partnerParams('x', { jurisdiction: 'quang-tri/vinh-linh', includeGeneric: false }),
    ).toMatchObject({
      tw: false,
      province: 'quang-tri',
      district: 'vinh-linh',
      includeGeneric: false,
    });
    for (const bad of ['', 'a/', 'a/b/c'])
      expect(() => partnerParams('x', { jurisdiction: bad })).toThrow(/jurisdiction must be/);
  });

  it('checks dates', () => {
    expect(partnerParams('x', { issuedFrom: '2022-01-01', documents: ['d'] })).toMatchObject({
      issuedFrom: '2022-01-01',
      documents: ['d'],
    });
    expect(() => partnerParams('x', { issuedTo: '2022-13-45' })).toThrow(/issuedTo/);
  });
});

describe('coordinationPath shaping', () => {
  it('bounds maxHops to 1–6, one statement per bound', () => {
    expect(checkMaxHops(undefined)).toBe(4);
    expect(checkMaxHops(6)).toBe(6);
    for (const bad of [0, 7, 2.5])
      expect(() => checkMaxHops(bad)).toThrow(/maxHops must be from 1 to 6/);
    expect([...PATH.keys()]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(PATH.get(3)).toContain('[:LED_BY|COORDINATES_WITH*..6]');
  });

  it('length 0 to itself, not found without hops, else the hops in order', () => {
    expect(shapePath(actor('a'), actor('a'), [], 4)).toMatchObject({
      found: true,
      length: 0,
      hops: [],
    });
    expect(shapePath(actor('a'), actor('b'), [], 4)).toMatchObject({
      found: false,
      length: null,
      hops: null,
    });
    const [row] = [link('b', '1', 'LED_BY', 'COORDINATES_WITH')];
    const path = shapePath(
      actor('a'),
      actor('b'),
      [
        {
          from: actor('a'),
          to: actor('b'),
          links: [{ ...row!, task: row!.task.id as string, document: 'doc:A' }],
          tasks: [row!.task],
          documents: [DOC],
        },
      ],
      2,
    );
    expect(path).toMatchObject({ found: true, length: 1, maxHops: 2 });
    expect(path.hops?.[0]?.tasks.map((t) => [t.task.id, t.document.id, t.direction])).toEqual([
      ['doc:A#1', 'doc:A', 'LEADS'],
    ]);
  });

  it('refuses a hop whose link names a task the hop does not hold', () => {
    const [row] = [link('b', '1', 'LED_BY', 'COORDINATES_WITH')];
    const hop = {
      from: actor('a'),
      to: actor('b'),
      links: [{ ...row!, task: 'doc:A#9', document: 'doc:A' }],
      tasks: [row!.task],
      documents: [DOC],
    };
    expect(() => shapePath(actor('a'), actor('b'), [hop], 2)).toThrow(
      'PATH named task doc:A#9 without returning it',
    );
  });
});
