/**
 * Recipient coverage (src/traverse/coverage/compute.ts) on hand-built inputs: every way, every
 * status, archive lines, recipients without a task, the figures, and the report's order and pages.
 */
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../src/traverse/coverage/compute.ts';
import type {
  CoverageActor,
  CoverageInput,
  RecipientLine,
  TaskLink,
} from '../../../src/traverse/coverage/model.ts';
import {
  compareReportKeys,
  reportKeyOf,
  reportPage,
} from '../../../src/traverse/coverage/report.ts';
import { clauseWithin } from '../../../src/traverse/coverage/ways.ts';
import type { GroupRule } from '../../../src/orgs/index.ts';

const DOC = 'doc:test';
let offset = 0;
const ev = (quote: string) => {
  offset += 100;
  return { docId: DOC, start: offset, end: offset + quote.length, quote };
};

function org(id: string, fields: Partial<CoverageActor> = {}): CoverageActor {
  return {
    id,
    name: id,
    labels: ['Actor', 'Organization'],
    parents: [],
    recipientChildren: [],
    memberOf: [],
    ...fields,
  };
}

function group(id: string, rule: GroupRule): CoverageActor {
  return { ...org(id), labels: ['Actor', 'OrgGroup'], membership: JSON.stringify(rule) };
}

const other = (id: string, label: string): CoverageActor => ({
  ...org(id),
  labels: ['Actor', label],
});

function line(actor: CoverageActor, ordinal: number, purpose: string | null = null): RecipientLine {
  return { actor, purpose, ordinal, evidence: ev(`line ${actor.id}`) };
}

function link(actor: CoverageActor, outline: string, type: TaskLink['type'] = 'LED_BY'): TaskLink {
  return {
    type,
    actor,
    task: { id: `${DOC}#${outline}`, outlineId: outline, section: outline, ordinal: 0 },
    evidence: ev(`${type} ${actor.id}`),
  };
}

function input(fields: Partial<CoverageInput>): CoverageInput {
  return {
    document: { id: DOC, status: 'ingested' },
    issuers: [],
    recipients: [],
    links: [],
    bodies: [],
    ...fields,
  };
}

const PROVINCIAL_COMMITTEES: GroupRule = {
  kinds: ['cap-uy'],
  level: 'tinh',
  description: 'tỉnh ủy, (cap-uy, level tinh)',
  clauses: [{ term: 'tỉnh ủy', kinds: ['cap-uy'], level: 'tinh' }],
};
const CENTRAL_BOARDS: GroupRule = {
  kinds: ['ban-dang', 'dang-uy'],
  level: 'TW',
  description: 'ban đảng, đảng ủy (TW, directly under tw/bch)',
  clauses: [
    { term: 'ban đảng', kinds: ['ban-dang'], level: 'TW', partOf: 'tw/bch' },
    { term: 'đảng ủy', kinds: ['dang-uy'], level: 'TW', partOf: 'tw/bch' },
  ],
};

describe('recipient coverage: the ways', () => {
  it('DIRECT: the actor is a recipient line, with that line as evidence', () => {
    const a = org('a');
    const recipient = line(a, 0);
    const c = computeCoverage(input({ recipients: [recipient], links: [link(a, '1')] }));
    expect(c.bodies).toHaveLength(1);
    expect(c.bodies[0]?.status).toBe('COVERED');
    expect(c.bodies[0]?.ways).toEqual([
      {
        kind: 'DIRECT',
        recipient,
        archiveOnly: false,
        issuer: null,
        groupRule: null,
        reason: null,
        membershipSource: null,
        body: null,
        bodyWay: null,
      },
    ]);
    expect(c.recipientsWithoutTask).toEqual([]);
  });

  it('an archive line (lưu) covers but is flagged; the body is covered only through the archive', () => {
    const a = org('a');
    const c = computeCoverage(input({ recipients: [line(a, 0, 'lưu')], links: [link(a, '1')] }));
    expect(c.bodies[0]?.status).toBe('COVERED');
    expect(c.bodies[0]?.ways.map((w) => [w.kind, w.archiveOnly])).toEqual([['DIRECT', true]]);
    expect(c.bodies[0]?.onlyThroughArchive).toBe(true);
    expect(c.summary.coveredOnlyThroughArchive).toBe(1);
  });

  it('GROUP by the stored MEMBER_OF link, with its reason and the group rule', () => {
    const g = group('group:tinh-uy', PROVINCIAL_COMMITTEES);
    const a = org('p/tinh-uy', {
      orgKind: 'cap-uy',
      level: 'tinh',
      memberOf: [{ group: 'group:tinh-uy', reason: 'admitted by "tỉnh ủy": kind cap-uy' }],
    });
    const c = computeCoverage(input({ recipients: [line(g, 0)], links: [link(a, '1')] }));
    const [w] = c.bodies[0]?.ways ?? [];
    expect([w?.kind, w?.membershipSource, w?.reason, w?.groupRule]).toEqual([
      'GROUP',
      'STORED_LINK',
      'admitted by "tỉnh ủy": kind cap-uy',
      'tỉnh ủy, (cap-uy, level tinh)',
    ]);
  });

  it('GROUP by the rule re-applied when no link is stored; a body the rule refuses is not covered', () => {
    const g = group('group:tinh-uy', PROVINCIAL_COMMITTEES);
    const admitted = org('p/tinh-uy', { orgKind: 'cap-uy', level: 'tinh' });
    const refused = org('p/ubnd', { orgKind: 'chinh-quyen', level: 'tinh' });
    const c = computeCoverage(
      input({ recipients: [line(g, 0)], links: [link(admitted, '1'), link(refused, '2')] }),
    );
    expect(c.bodies.map((b) => [b.actor.id, b.status])).toEqual([
      ['p/tinh-uy', 'COVERED'],
      ['p/ubnd', 'NOT_COVERED'],
    ]);
    const [w] = c.bodies[0]?.ways ?? [];
    expect([w?.kind, w?.membershipSource, w?.reason]).toEqual([
      'GROUP',
      'RULE_REAPPLIED',
      'admitted by "tỉnh ủy": kind cap-uy, level tinh',
    ]);
    // The recipient group covered someone: it is not a recipient without a task.
    expect(c.recipientsWithoutTask).toEqual([]);
  });

  it('GROUP_WITHIN_GROUP: each clause and kind within a clause of some recipient group', () => {
    const provinces = group('group:tinh-uy', PROVINCIAL_COMMITTEES);
    const boards = group('group:boards', CENTRAL_BOARDS);
    const actor = group('group:tinh-uy-dang-uy', {
      kinds: ['cap-uy', 'dang-uy'],
      description: 'tỉnh ủy, đảng ủy trực thuộc',
      clauses: [
        { term: 'tỉnh ủy', kinds: ['cap-uy'], level: 'tinh', partOf: 'tw/bch' },
        { term: 'đảng ủy', kinds: ['dang-uy'], level: 'TW', partOf: 'tw/bch' },
      ],
    });
    const c = computeCoverage(
      input({ recipients: [line(provinces, 0), line(boards, 1)], links: [link(actor, '1')] }),
    );
    expect(c.bodies[0]?.status).toBe('COVERED');
    expect(c.bodies[0]?.ways.map((w) => [w.kind, w.recipient?.actor.id, w.reason])).toEqual([
      ['GROUP_WITHIN_GROUP', 'group:tinh-uy', '"tỉnh ủy" (cap-uy) within "tỉnh ủy"'],
      ['GROUP_WITHIN_GROUP', 'group:boards', '"đảng ủy" (dang-uy) within "đảng ủy"'],
    ]);
  });

  it('GROUP_WITHIN_GROUP fails when one clause is looser than every recipient clause', () => {
    const boards = group('group:boards', CENTRAL_BOARDS);
    // "ở Trung ương": ban đảng at TW but not necessarily directly under tw/bch.
    const actor = group('group:ban-dang-o-tw', {
      kinds: ['ban-dang'],
      description: 'ban đảng ở Trung ương',
      clauses: [{ term: 'ban đảng', kinds: ['ban-dang'], level: 'TW' }],
    });
    const c = computeCoverage(input({ recipients: [line(boards, 0)], links: [link(actor, '1')] }));
    expect(c.bodies[0]?.status).toBe('NOT_COVERED');
    expect(c.bodies[0]?.ways).toEqual([]);
    expect(c.recipientsWithoutTask.map((l) => l.actor.id)).toEqual(['group:boards']);
  });

  it('clauseWithin: kinds, level, jurisdiction, parent, document scope and family', () => {
    const r = { term: 'r', kinds: ['cap-uy' as const], level: 'xa' as const, documentScope: 'h:1' };
    const c = { term: 'c', kinds: ['cap-uy' as const], level: 'xa' as const, documentScope: 'h:1' };
    expect(clauseWithin(c, 'cap-uy', r)).toBe(true);
    expect(clauseWithin(c, 'dang-uy', r)).toBe(false);
    expect(clauseWithin({ ...c, level: undefined }, 'cap-uy', r)).toBe(false);
    expect(clauseWithin({ ...c, documentScope: 'h:2' }, 'cap-uy', r)).toBe(false);
    expect(clauseWithin(c, 'cap-uy', { ...r, jurisdiction: { province: 'p' } })).toBe(false);
    expect(
      clauseWithin({ ...c, jurisdiction: { province: 'p', district: 'd' } }, 'cap-uy', {
        ...r,
        jurisdiction: { province: 'p' },
      }),
    ).toBe(true);
    expect(clauseWithin({ ...c, family: 'lien-minh-htx' }, null, r)).toBe(false);
    expect(
      clauseWithin({ ...c, family: 'lien-minh-htx' }, null, { ...r, family: 'lien-minh-htx' }),
    ).toBe(true);
  });

  it('STANDING_BODY both ways: the recipient is its Ban Thường vụ, or it is the recipient’s', () => {
    const union = org('cong-doan', { name: 'Công đoàn Viên chức', orgKind: 'doan-the' });
    const btv = org('btv-cong-doan', { name: 'BTV Công đoàn Viên chức', orgKind: 'ban-thuong-vu' });
    union.recipientChildren = [{ id: btv.id, name: btv.name, orgKind: 'ban-thuong-vu' }];
    const committee = org('huyen-uy', { name: 'Huyện ủy', orgKind: 'cap-uy' });
    const standing = org('tt-huyen-uy', {
      name: 'Thường trực Huyện ủy',
      orgKind: 'thuong-truc',
      parents: [{ id: 'huyen-uy', name: 'Huyện ủy', orgKind: 'cap-uy' }],
    });
    // A plain unit (not a standing body) of a recipient is not covered by it.
    const unit = org('van-phong', {
      orgKind: 'van-phong',
      parents: [{ id: 'huyen-uy', name: 'Huyện ủy', orgKind: 'cap-uy' }],
    });
    const c = computeCoverage(
      input({
        recipients: [line(btv, 0), line(committee, 1)],
        links: [link(union, '1'), link(standing, '2'), link(unit, '3')],
      }),
    );
    expect(c.bodies.map((b) => [b.actor.id, b.status, b.ways.map((w) => w.body?.id)])).toEqual([
      ['cong-doan', 'COVERED', ['btv-cong-doan']],
      ['tt-huyen-uy', 'COVERED', ['huyen-uy']],
      ['van-phong', 'NOT_COVERED', []],
    ]);
    expect(c.bodies[0]?.ways[0]?.reason).toBe(
      'BTV Công đoàn Viên chức (ban-thuong-vu) is part of Công đoàn Viên chức: its standing body',
    );
  });

  it('ISSUER: the body issued the document (e.g. it is reported to)', () => {
    const btv = org('btv');
    const issuer = { type: 'ISSUED_BY' as const, actor: btv, evidence: ev('Ban Thường vụ') };
    const c = computeCoverage(input({ issuers: [issuer], links: [link(btv, '1', 'REPORTS_TO')] }));
    expect(c.bodies[0]?.roles).toEqual(['REPORTED_TO']);
    expect(c.bodies[0]?.ways.map((w) => [w.kind, w.issuer, w.recipient])).toEqual([
      ['ISSUER', issuer, null],
    ]);
  });

  it('THROUGH_BODY: a role is covered when its body is; a role of a body not in the graph is not checkable', () => {
    const committee = org('huyen-uy');
    const btv = org('btv-huyen-uy', { orgKind: 'ban-thuong-vu' });
    committee.recipientChildren = [{ id: btv.id, name: btv.name, orgKind: 'ban-thuong-vu' }];
    const member = other('role:uy-vien@huyen-uy', 'Role');
    const secretary = other('role:bi-thu@group:cap-uy', 'Role');
    const c = computeCoverage(
      input({
        recipients: [line(btv, 0)],
        links: [link(member, '1'), link(secretary, '2')],
        bodies: [
          { of: member.id, bodyId: 'huyen-uy', body: committee },
          { of: secretary.id, bodyId: 'group:cap-uy', body: null },
        ],
      }),
    );
    expect(c.bodies.map((b) => [b.status, b.note])).toEqual([
      ['COVERED', null],
      ['NOT_CHECKABLE', 'its body group:cap-uy is not in the graph'],
    ]);
    expect(
      c.bodies[0]?.ways.map((w) => [w.kind, w.bodyWay, w.body?.id, w.recipient?.actor.id]),
    ).toEqual([['THROUGH_BODY', 'STANDING_BODY', 'huyen-uy', 'btv-huyen-uy']]);
  });

  it('NOT_CHECKABLE: generic phrases, unresolved mentions and publications', () => {
    const c = computeCoverage(
      input({
        links: [
          link(other('generic:cac-co-quan-lien-quan', 'Generic'), '1', 'COORDINATES_WITH'),
          link(other('unresolved:x', 'Unresolved'), '1'),
          link(other('publication:website', 'Publication'), '2'),
        ],
      }),
    );
    expect(c.bodies.map((b) => [b.status, b.note])).toEqual([
      ['NOT_CHECKABLE', 'a generic phrase names no body to check'],
      ['NOT_CHECKABLE', 'an unresolved mention names no body to check'],
      ['NOT_CHECKABLE', 'a publication channel names no body to check'],
    ]);
    expect(c.summary.ratio).toBeNull();
    expect(c.note).toBeNull();
  });

  it('notes a certified copy and a document without task actors', () => {
    const copy = computeCoverage(
      input({ document: { id: 'doc:copy', status: 'ingested', copiedIn: 'doc:original' } }),
    );
    expect(copy.note).toBe(
      "a certified copy of doc:original: the tasks are the original's, audit that one; the copy's own recipients are listed without a task",
    );
    expect(computeCoverage(input({})).note).toBe('the document names no actor of a task');
  });
});

describe('recipient coverage: recipients without a task and the figures', () => {
  it('lists recipient lines neither acting nor covering anyone; publications apart', () => {
    const a = org('a');
    const b = org('b');
    const notCovered = org('c');
    const archive = org('vp');
    const website = other('publication:website', 'Publication');
    const c = computeCoverage(
      input({
        recipients: [line(a, 0), line(b, 1, 'báo cáo'), line(website, 2), line(archive, 3, 'lưu')],
        links: [link(a, '1'), link(a, '2', 'COORDINATES_WITH'), link(notCovered, '2')],
      }),
    );
    expect(c.bodies.map((x) => [x.actor.id, x.roles, x.tasks.map((t) => t.outlineId)])).toEqual([
      ['a', ['LEAD', 'COORDINATOR'], ['1', '2']],
      ['c', ['LEAD'], ['2']],
    ]);
    expect(c.recipientsWithoutTask.map((l) => [l.actor.id, l.purpose])).toEqual([
      ['b', 'báo cáo'],
      ['vp', 'lưu'],
    ]);
    expect(c.publications.map((l) => l.actor.id)).toEqual(['publication:website']);
    expect(c.summary).toEqual({
      bodies: 2,
      covered: 1,
      notCovered: 1,
      notCheckable: 0,
      coveredOnlyThroughArchive: 0,
      recipients: 3,
      recipientsWithoutTask: 2,
      publications: 1,
      ratio: 0.5,
    });
  });
});

describe('coverage report order and pages', () => {
  const doc = (id: string, covered: number, notCovered: number) =>
    computeCoverage(
      input({
        document: { id, status: 'ingested' },
        recipients: Array.from({ length: covered }, (_, i) => line(org(`${id}/r${i}`), i)),
        links: [
          ...Array.from({ length: covered }, (_, i) => link(org(`${id}/r${i}`), `${i}`)),
          ...Array.from({ length: notCovered }, (_, i) => link(org(`${id}/n${i}`), `n${i}`)),
        ],
      }),
    );
  const all = [
    doc('d:none', 0, 0),
    doc('d:half-b', 1, 1),
    doc('d:full', 2, 0),
    doc('d:half-a', 1, 1),
    doc('d:half-more', 3, 3),
    doc('d:zero', 0, 2),
  ];

  it('worst ratio first, then most uncovered, then id; no checkable body last', () => {
    const page = reportPage(all, null, 10);
    expect(page.rows.map((c) => c.document.id)).toEqual([
      'd:zero',
      'd:half-more',
      'd:half-a',
      'd:half-b',
      'd:full',
      'd:none',
    ]);
    expect([page.hasNextPage, page.totalCount]).toEqual([false, 6]);
  });

  it('pages continue strictly after the cursor position', () => {
    const first = reportPage(all, null, 4);
    const last = first.rows.at(-1);
    expect(first.hasNextPage).toBe(true);
    const second = reportPage(all, last ? reportKeyOf(last) : null, 4);
    expect(second.rows.map((c) => c.document.id)).toEqual(['d:full', 'd:none']);
    expect(second.hasNextPage).toBe(false);
    expect(
      compareReportKeys(
        { ratio: null, notCovered: 0, id: 'a' },
        { ratio: 1, notCovered: 0, id: 'b' },
      ),
    ).toBeGreaterThan(0);
  });
});
