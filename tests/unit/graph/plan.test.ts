/** The write plan of real seed documents (pure: no database). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEnvironment, prepareText } from '../../../src/graph/ingest.ts';
import { countRelationships, rowsOf } from '../../../src/graph/rows.ts';
import { defaultRegistry } from '../../../src/orgs/index.ts';

const env = createEnvironment(defaultRegistry());
const seed = (name: string): string =>
  readFileSync(resolve(import.meta.dirname, '../../../seed/documents', name), 'utf8');

describe('write plan', () => {
  const text = seed('003_c1ef8345d186a5d7.txt');
  const { plan } = prepareText(env, 'seed-003.txt', text);

  it('identifies the document by number, scope and year, and its tasks under it', () => {
    expect(plan.document.id).toBe('doc:67-KH/HU@quang-tri/vinh-linh:2023');
    expect(plan.placeholderId).toBe('doc:67-KH/HU@quang-tri/vinh-linh');
    expect(plan.tasks).toHaveLength(20);
    for (const t of plan.tasks) expect(t.id.startsWith(`${plan.document.id}#`)).toBe(true);
    expect(new Set(plan.tasks.map((t) => t.id)).size).toBe(20);
  });

  it('gives every fact evidence whose quote is the text at its span', () => {
    const facts = [
      ...plan.tasks,
      ...plan.tasks.flatMap((t) => [...t.leads, ...t.coordinators, ...t.reportsTo]),
      ...plan.targets,
      ...plan.recipients,
      ...plan.references,
      ...(plan.issuedBy ? [plan.issuedBy] : []),
      ...(plan.signedBy ? [plan.signedBy] : []),
    ];
    expect(facts.length).toBe(20 + 21 + 1 + 14 + 11 + 4 + 2);
    for (const f of facts) {
      expect(f.docId).toBe(plan.document.id);
      expect(text.slice(f.start, f.end)).toBe(f.quote);
    }
  });

  it('points its references at placeholders, flagging the likely typo', () => {
    expect(plan.references.map((r) => [r.relation, r.targetId, r.doubtful])).toEqual([
      ['IMPLEMENTS', 'doc:20-NQ/TW@tw:2022', false],
      ['IMPLEMENTS', 'doc:47-CTr/TU@quang-tri:2022', false],
      ['CITES', 'doc:29-NQ/TW@tw', true],
      ['CITES', 'doc:named:luat-hop-tac-xa', false],
    ]);
  });

  it('links each Vĩnh Linh group to the registry bodies its rule admits, with the reason', () => {
    const members = plan.memberships
      .filter((m) => m.groupId === 'group:quang-tri/vinh-linh/cap-uy-to-chuc-dang-chinh-quyen')
      .map((m) => m.orgId)
      .sort();
    // "Các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc …": the Front is a lead of its
    // own (docs/labelling.md), not a member of the collective before it
    expect(members).toEqual([
      'quang-tri/vinh-linh/hdnd-huyen',
      'quang-tri/vinh-linh/huyen-uy',
      'quang-tri/vinh-linh/ubnd-huyen',
    ]);
    for (const m of plan.memberships) expect(m.reason).toMatch(/^admitted by "/);
  });

  it('hangs bodies of an unknown province under the document, so no two documents share them', () => {
    const a = prepareText(env, 'a.txt', seed('001_655f8d64d6a8d424.txt')).plan;
    const b = prepareText(env, 'b.txt', seed('002_af1c1f30eff17f08.txt')).plan;
    const tuyenGiao = (p: typeof a) =>
      p.actors.filter((x) => x.id.endsWith('/ban-tuyen-giao-tinh-uy')).map((x) => x.id);
    expect(tuyenGiao(a)).toEqual([`${a.document.id}/ban-tuyen-giao-tinh-uy`]);
    expect(tuyenGiao(b)).toEqual([`${b.document.id}/ban-tuyen-giao-tinh-uy`]);
  });

  it('counts the relationships it will write', () => {
    // 20 HAS_TASK + 21 LED_BY + 1 REPORTS_TO + 14 SETS_TARGET + 11 SENT_TO + 1 ISSUED_BY +
    // 1 SIGNED_BY + 4 references + 18 MEMBER_OF ("Cấp ủy đảng, chính quyền" is one collective
    // of kind nouns, which no group rule admits members to; "Mặt trận Tổ quốc" written out
    // after a collective is led directly, not through it).
    expect(countRelationships(plan)).toBe(20 + 21 + 1 + 14 + 11 + 1 + 1 + 4 + 18);
  });
  it('counts as many relationships as its write rows hold, on every seed document', () => {
    const counted = (name: string): [number, number] => {
      const p = prepareText(env, name, seed(name)).plan;
      const rows = rowsOf([p]);
      const fromRows =
        Object.values(rows.documentRels).reduce((n, r) => n + r.length, 0) +
        rows.tasks.reduce(
          (n, [, , leads, coordinators, reportsTo]) =>
            n + 1 + leads.length + coordinators.length + reportsTo.length,
          0,
        ) +
        rows.targets.length +
        rows.references.IMPLEMENTS.length +
        rows.references.CITES.length +
        Object.values(rows.effects).reduce((n, r) => n + r.length, 0) +
        rows.copies.length +
        rows.memberships.reduce((n, g) => n + g.members.length, 0) +
        rows.reports.length;
      return [countRelationships(p), fromRows];
    };
    expect(
      [
        '000_20a41b9271eee9a1.txt',
        '001_655f8d64d6a8d424.txt',
        '002_af1c1f30eff17f08.txt',
        '003_c1ef8345d186a5d7.txt',
      ].map(counted),
    ).toEqual([
      [189, 189],
      [49, 49],
      [70, 70],
      [20 + 21 + 1 + 14 + 11 + 1 + 1 + 4 + 18, 20 + 21 + 1 + 14 + 11 + 1 + 1 + 4 + 18],
    ]);
  });
});

describe('rows of a letter (tests/corpus 22, công văn 11306/VPCP-NN)', () => {
  const text = readFileSync(
    resolve(import.meta.dirname, '../../corpus/docs/22-vpcp-cv-11306-2025.txt'),
    'utf8',
  );
  const { plan } = prepareText(env, 'cv-11306.txt', text);
  const docId = 'doc:11306/VPCP-NN@by:van-phong-chinh-phu:2025';
  const bo = `unresolved:${docId}/bo-nong-nghiep-va-moi-truong`;
  const link = { docId, actorId: bo, rule: 'unresolved', confidence: 0 };

  it('sends it to the body of Kính gửi and, through "Như trên", to the same body again', () => {
    expect(plan.document.id).toBe(docId);
    expect(plan.recipients.slice(0, 2)).toEqual([
      {
        ...link,
        start: 512,
        end: 540,
        quote: 'Bộ Nông nghiệp và Môi trường',
        mention: 'Bộ Nông nghiệp và Môi trường',
        purpose: null,
        purposeText: null,
        bracePurpose: null,
        via: 'kính gửi',
        ordinal: 0,
      },
      {
        ...link,
        start: 1739,
        end: 1747,
        quote: 'Như trên',
        mention: 'Như trên',
        purpose: 'thực hiện',
        purposeText: null,
        bracePurpose: null,
        via: 'như trên',
        ordinal: 1,
      },
    ]);
    // The fields in the order the write sends them (evidence first).
    expect(Object.keys(plan.recipients[0] ?? {})).toEqual([
      'docId',
      'start',
      'end',
      'quote',
      'actorId',
      'mention',
      'rule',
      'confidence',
      'purpose',
      'purposeText',
      'bracePurpose',
      'via',
      'ordinal',
    ]);
  });

  it("links the task's lead and coordinators with their evidence, one row per actor", () => {
    const task = plan.tasks[0];
    expect(Object.keys(task ?? {}).slice(0, 6)).toEqual([
      'docId',
      'start',
      'end',
      'quote',
      'id',
      'ordinal',
    ]);
    expect([task?.id, task?.start, task?.end, task?.leadRule]).toEqual([
      `${docId}#2`,
      997,
      1613,
      'subject',
    ]);
    expect(task?.leads).toEqual([
      {
        ...link,
        start: 997,
        end: 1025,
        quote: 'Bộ Nông nghiệp và Môi\ntrường',
        mention: 'Bộ Nông nghiệp và Môi\ntrường',
      },
    ]);
    expect(task?.coordinators).toEqual([
      {
        docId,
        start: 1048,
        end: 1058,
        quote: 'Bộ Tư pháp',
        actorId: 'tw/bo-tu-phap',
        mention: 'Bộ Tư pháp',
        rule: 'registry-name',
        confidence: 1,
      },
      {
        docId,
        start: 1062,
        end: 1086,
        quote: 'các cơ quan có liên quan',
        actorId: 'generic:cac-co-quan-co-lien-quan',
        mention: 'các cơ quan có liên quan',
        rule: 'generic-phrase',
        confidence: 1,
      },
    ]);
    expect(plan.actors.filter((a) => a.id === bo)).toHaveLength(1);
  });

  it('keeps the signature and the first reference with their evidence', () => {
    expect(plan.signedBy).toEqual({
      docId,
      start: 1921,
      end: 1979,
      quote: 'KT. BỘ TRƯỞNG,\nCHỦ NHIỆM**\nPHÓ CHỦ NHIỆM\n**Phạm Mạnh Cường',
      personId: `person:pham-manh-cuong@unresolved:${docId}/van-phong-chinh-phu`,
      capacity: 'KT.',
      title: 'Phó chủ nhiệm',
      onBehalfOf: 'Bộ trưởng, chủ nhiệm',
    });
    expect(plan.references[0]).toEqual({
      docId,
      start: 432,
      end: 456,
      quote: 'Nghị định\n136/2025/NĐ-CP',
      targetId: `doc:136/2025/NĐ-CP@in:11306/VPCP-NN@by:van-phong-chinh-phu:2025`,
      relation: 'CITES',
      number: '136/2025/NĐ-CP',
      type: 'Nghị định',
      date: null,
      issuerName: null,
      description: null,
      doubtful: false,
      probably: null,
      mentions: 2,
    });
  });
});
