import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEnvironment, prepareText } from '../../../src/graph/ingest.ts';
import {
  membershipGroups,
  rowsOf,
  valuesOf,
  type Rows,
  type TaskRow,
} from '../../../src/graph/rows.ts';
import {
  SECTION_SEP,
  derivedTaskText,
  ruleCode,
  sectionOutline,
  storedTaskText,
  DOCUMENT_LINK_FIELDS,
  TASK_FIELDS,
  TASK_LINK_FIELDS,
  taskDocIdOf,
  type DocumentActorType,
  type TaskActorType,
} from '../../../src/graph/vocabulary.ts';
import { toNode } from '../../../src/read/models.ts';
import { defaultRegistry } from '../../../src/orgs/index.ts';

const env = createEnvironment(defaultRegistry());
const seeds = resolve(import.meta.dirname, '../../../seed/documents');
const plan = (name: string): ReturnType<typeof prepareText>['plan'] =>
  prepareText(env, name, readFileSync(resolve(seeds, name), 'utf8')).plan;

/** A list of values read by its fields as cypher.ts mapOf reads it, the nulls (stored no more
 *  than a key left out) left out. */
function mapOf(fields: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  fields.forEach((f, i) => {
    const v = values[i];
    if (v !== null && v !== undefined) out[f] = v;
  });
  return out;
}

/** A task row as Q.WRITE_TASKS reads it: its document, its node's map, its links' maps. */
function asWritten([docId, values, ...links]: TaskRow): {
  docId: string;
  node: Record<string, unknown>;
  links: Record<TaskActorType, { to: string; props: Record<string, unknown> }[]>;
} {
  const [LED_BY, COORDINATES_WITH, REPORTS_TO] = links.map((list) =>
    list.map(([to, ...props]) => ({ to, props: mapOf(TASK_LINK_FIELDS, props) })),
  );
  return {
    docId,
    node: mapOf(TASK_FIELDS, values),
    links: {
      LED_BY: LED_BY ?? [],
      COORDINATES_WITH: COORDINATES_WITH ?? [],
      REPORTS_TO: REPORTS_TO ?? [],
    },
  };
}

/** A document's links of one type as Q.DOCUMENT_TO_ACTOR reads them. */
const linksOf = (
  rows: Rows,
  type: DocumentActorType,
): { from: string; to: string; props: Record<string, unknown> }[] =>
  rows.documentRels[type].map(([from, to, ...values]) => ({
    from,
    to,
    props: mapOf(DOCUMENT_LINK_FIELDS[type], values),
  }));

const tasksOf = (rows: Rows): ReturnType<typeof asWritten>[] => rows.tasks.map(asWritten);

describe("a task's docId is its id's prefix, not stored", () => {
  it('writes the document to match beside the node, and no docId on the node', () => {
    const rows = rowsOf([plan('003_c1ef8345d186a5d7.txt')]);
    const first = tasksOf(rows)[0];
    expect(first?.docId).toBe('doc:67-KH/HU@quang-tri/vinh-linh:2023');
    expect(first?.node.id).toBe('doc:67-KH/HU@quang-tri/vinh-linh:2023#4.1.1');
    expect(tasksOf(rows).filter((t) => 'docId' in t.node)).toEqual([]);
    expect(tasksOf(rows).every((t) => taskDocIdOf(t.node.id as string) === t.docId)).toBe(true);
  });
});

describe('a task is sent as lists of values, its property names once in the statement', () => {
  it("lists the task's values in the order of TASK_FIELDS and each link's after its actor", () => {
    const quote =
      '- Các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tập trung lãnh đạo, chỉ đạo tổ chức tuyên truyền, phổ biến, giáo dục tạo bước chuyển biến trong nhận thức của đảng viên, cán bộ, công chức, viên chức, đoàn viên, hội viên và các tầng lớp Nhân dân về vai trò, vị trí, bản chất, tầm quan trọng của kinh tế tập thể trong nền kinh tế thị trường định hướng xã hội chủ nghĩa; của thành viên hợp tác xã về vai trò của mình trong hợp tác xã.';
    expect(rowsOf([plan('003_c1ef8345d186a5d7.txt')]).tasks[0]).toEqual([
      'doc:67-KH/HU@quang-tri/vinh-linh:2023',
      [
        'doc:67-KH/HU@quang-tri/vinh-linh:2023#4.1.1',
        0,
        '4.1.1',
        'III.1',
        'subject',
        true,
        5686,
        6160,
        quote,
        'hoàn thành trong quý I/2023',
        'due',
        '2023-03-31',
        // recurrence, text, dueStart and sectionTitles: null, not sent.
      ],
      [
        ['group:quang-tri/vinh-linh/cap-uy-to-chuc-dang-chinh-quyen', 5688, 5725, 'GP', 0.9],
        ['quang-tri/vinh-linh/uy-ban-mttq-huyen', 5727, 5743, 'LD+TJ', 0.8],
        ['group:quang-tri/vinh-linh/to-chuc-chinh-tri-xa-hoi', 5747, 5777, 'GP', 0.9],
      ],
      [],
      [],
    ]);
  });

  it('keeps a null inside a list, where a later value needs its place', () => {
    expect(valuesOf(TASK_LINK_FIELDS, { start: 1, end: 4, rule: null, confidence: 1 })).toEqual([
      1,
      4,
      null,
      1,
    ]);
    expect(valuesOf(TASK_LINK_FIELDS, { start: 1, end: 4, quote: null, docId: undefined })).toEqual(
      [1, 4],
    );
    expect(valuesOf(TASK_FIELDS, {})).toEqual([]);
  });

  it('refuses a property without a field rather than leave it unwritten', () => {
    expect(() => valuesOf(TASK_LINK_FIELDS, { start: 1, end: 4, purpose: 'báo cáo' })).toThrow(
      'property purpose has no field among start, end, rule, confidence, quote, mention, docId',
    );
    expect(valuesOf(TASK_LINK_FIELDS, { start: 1, end: 4, purpose: null })).toEqual([1, 4]);
  });
});

const DOCUMENT_ACTOR_TYPES = Object.keys(DOCUMENT_LINK_FIELDS) as DocumentActorType[];

describe("a fact's docId is stored only where its start node does not give it", () => {
  it("leaves out the document's own id on its issuer, its tasks' links and its references", () => {
    const rows = rowsOf([plan('003_c1ef8345d186a5d7.txt')]);
    expect(linksOf(rows, 'ISSUED_BY')).toEqual([
      {
        from: 'doc:67-KH/HU@quang-tri/vinh-linh:2023',
        to: 'quang-tri/vinh-linh/ban-thuong-vu-huyen-uy',
        props: {
          start: 530,
          end: 562,
          quote: 'Ban Thường vụ Huyện ủy Vĩnh Linh',
          rule: 'RJ',
          confidence: 1,
        },
      },
    ]);
    expect(tasksOf(rows)[0]?.links.LED_BY[1]).toEqual({
      to: 'quang-tri/vinh-linh/uy-ban-mttq-huyen',
      props: {
        start: 5727,
        end: 5743,
        rule: 'LD+TJ',
        confidence: 0.8,
      },
    });
    expect(rows.references.IMPLEMENTS[0]?.props).toEqual({
      start: 76,
      end: 98,
      quote: 'Nghị quyết số 20-NQ/TW',
      number: '20-NQ/TW',
      type: 'Nghị quyết',
      date: '2022-06-16',
      issuerName: 'Ban Chấp hành Trung ương Đảng',
      doubtful: false,
      mentions: 10,
    });
  });

  it("keeps it on a sao y copy's links, read from the original's text", () => {
    const rows = rowsOf([plan('000_20a41b9271eee9a1.txt')]);
    expect(linksOf(rows, 'ISSUED_BY').map((r) => [r.from, r.props.docId])).toEqual([
      ['doc:10-KH/TW@tw:2022', undefined],
      ['doc:156-SY/TU@lang-son:2022', 'doc:10-KH/TW@tw:2022'],
    ]);
    expect(rows.copies.map((c) => (c.evidence as { docId: string }).docId)).toEqual([
      'doc:10-KH/TW@tw:2022',
    ]);
  });
});

describe('a created node or relationship is sent without its null properties', () => {
  it("leaves out the recipient link's empty via and brace purpose, and the task's empty dueStart and recurrence", () => {
    const rows = rowsOf([plan('003_c1ef8345d186a5d7.txt')]);
    expect(linksOf(rows, 'SENT_TO')[0]).toEqual({
      from: 'doc:67-KH/HU@quang-tri/vinh-linh:2023',
      to: 'quang-tri/ban-thuong-vu-tinh-uy',
      props: {
        start: 13234,
        end: 13255,
        quote: 'Ban Thường vụ Tỉnh ủy',
        rule: 'TJ',
        confidence: 0.9,
        purpose: 'báo cáo',
        purposeText: '(b/c)',
        ordinal: 0,
      },
    });
    // As sent: the ends' ids, then DOCUMENT_LINK_FIELDS.SENT_TO's values up to the last one.
    expect(rows.documentRels.SENT_TO[0]).toEqual([
      'doc:67-KH/HU@quang-tri/vinh-linh:2023',
      'quang-tri/ban-thuong-vu-tinh-uy',
      13234,
      13255,
      'Ban Thường vụ Tỉnh ủy',
      'TJ',
      0.9,
      0,
      'báo cáo',
      '(b/c)',
    ]);
    const task = tasksOf(rows)[0]?.node ?? {};
    expect([task.id, 'dueStart' in task, 'recurrence' in task, task.dueEnd]).toEqual([
      'doc:67-KH/HU@quang-tri/vinh-linh:2023#4.1.1',
      false,
      false,
      '2023-03-31',
    ]);
    // A list ends at its last value: its trailing nulls are not sent.
    const lists = [
      ...rows.tasks.flatMap(([, values, ...links]) => [values, ...links.flat()]),
      ...Object.values(rows.documentRels).flat(),
    ];
    expect(lists.filter((l) => l.at(-1) === null)).toEqual([]);
  });
});

describe("a task's section titles are stored once a section, on its document", () => {
  it('writes one outline entry a section and no titles on the tasks the entries give', () => {
    const rows = rowsOf([plan('001_655f8d64d6a8d424.txt')]);
    const unit = rows.docs[0]?.sectionOutline as string[];
    expect(unit.map((e) => e.split(SECTION_SEP))).toEqual([
      ['II.1', 'NHIỆM VỤ VÀ GIẢI PHÁP'],
      [
        'II.2',
        'NHIỆM VỤ VÀ GIẢI PHÁP',
        'Căn cứ chức năng, nhiệm vụ được giao, cấp ủy cơ sở phối hợp với thủ trưởng cơ quan, đơn vị, lãnh đạo doanh nghiệp có liên quan đến công tác tham mưu đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể, hợp tác xã (theo Chương trình hành động số 46-CTr/TU, ngày 18/5/2020 của Ban Thường vụ Tỉnh ủy) triển khai thực hiện các nhiệm vụ.',
      ],
      ['II.3', 'NHIỆM VỤ VÀ GIẢI PHÁP'],
      ['II.4', 'NHIỆM VỤ VÀ GIẢI PHÁP'],
      ['III.1', 'TỔ CHỨC THỰC HIỆN'],
      ['III.2', 'TỔ CHỨC THỰC HIỆN'],
      ['III.3', 'TỔ CHỨC THỰC HIỆN'],
    ]);
    expect(tasksOf(rows).map((t) => [t.node.section, 'sectionTitles' in t.node])).toEqual([
      ['II.1', false],
      ['II.2', false],
      ['II.2', false],
      ['II.2', false],
      ['II.2', false],
      ['II.3', false],
      ['II.4', false],
      ['III.1', false],
      ['III.2', false],
      ['III.3', false],
    ]);
  });

  it("keeps a task's own titles where they differ from its section's first, or the separator cannot carry them", () => {
    expect(
      sectionOutline([
        { section: 'I', sectionTitles: ['MỤC TIÊU'] },
        { section: 'I', sectionTitles: ['MỤC TIÊU'] },
        { section: 'I', sectionTitles: ['NHIỆM VỤ'] },
        { section: '', sectionTitles: [] },
        { section: 'II', sectionTitles: [`TỔ CHỨC${SECTION_SEP}THỰC HIỆN`] },
        { section: 'III', sectionTitles: [''] },
      ]),
    ).toEqual({
      outline: ['I\u001fMỤC TIÊU', ''],
      own: [null, null, ['NHIỆM VỤ'], null, [`TỔ CHỨC${SECTION_SEP}THỰC HIỆN`], ['']],
    });
    expect(sectionOutline([])).toEqual({ outline: null, own: [] });
  });
});

describe("a link's resolver rule is stored by its code", () => {
  it('codes each name of a composed rule and keeps a name without a code as it is', () => {
    expect(
      [
        'registry-name',
        'level-of-document+relative-to-jurisdiction',
        'registry-alias+accent-insensitive',
        'a-rule-without-code',
        null,
      ].map(ruleCode),
    ).toEqual(['RN', 'LD+TJ', 'RA+AI', 'a-rule-without-code', null]);
  });

  it("leaves no name uncoded on the seeds' links", () => {
    const rows = rowsOf(readdirSync(seeds).map(plan));
    const links = [
      ...DOCUMENT_ACTOR_TYPES.flatMap((type) => linksOf(rows, type)),
      ...tasksOf(rows).flatMap((t) => Object.values(t.links).flat()),
    ];
    const stored = new Set(links.map((l) => l.props.rule).filter((r) => r !== undefined));
    expect([...stored].sort()).toEqual([
      'DS',
      'DS+AI',
      'GE',
      'GP',
      'GS',
      'LD',
      'LD+TJ',
      'PP',
      'PT',
      'RA',
      'RJ',
      'RN',
      'RT',
      'TJ',
      'UN',
    ]);
  });
});

describe("a task link's quote is stored only where it is not a span of its task's quote", () => {
  it("leaves out the coordinator named in the task's sentence and keeps the lead named in its heading", () => {
    const task = tasksOf(rowsOf([plan('000_20a41b9271eee9a1.txt')]))[10];
    expect(task?.node.id).toBe('doc:10-KH/TW@tw:2022#5.1.1');
    expect(task?.node.start).toBe(4473);
    expect((task?.node.quote as string).slice(4497 - 4473, 4522 - 4473)).toBe(
      'Ban cán sự đảng Chính phủ',
    );
    expect(task?.links).toEqual({
      LED_BY: [
        {
          to: 'tw/dang-doan-quoc-hoi',
          props: {
            start: 4453,
            end: 4471,
            quote: 'Đảng đoàn Quốc hội',
            rule: 'RN',
            confidence: 1,
          },
        },
      ],
      COORDINATES_WITH: [
        {
          to: 'tw/ban-can-su-dang-chinh-phu',
          props: { start: 4497, end: 4522, rule: 'RN', confidence: 1 },
        },
      ],
      REPORTS_TO: [],
    });
  });
});

describe("a task's text is stored only where its quote does not give it", () => {
  it('drops the item marker and makes every run of spaces and line breaks one space', () => {
    expect(
      [
        '- Quan tâm đổi mới phương thức quản lý nhà nước về kinh tế tập thể, hợp tác xã;\n\nkiện toàn bộ máy.',
        'a) Tổ chức tuyên truyền, nâng cao nhận thức về bảo\nvệ tài liệu lưu trữ.',
        '2.1. Ban Tuyên giáo\tchủ trì ',
        'II. Tổ chức thực hiện',
        // A marker alone is kept; a year reads as a number marker (storedTaskText then keeps
        // the text, which differs).
        '2025 hoàn thành',
        'a)',
        '',
      ].map(derivedTaskText),
    ).toEqual([
      'Quan tâm đổi mới phương thức quản lý nhà nước về kinh tế tập thể, hợp tác xã; kiện toàn bộ máy.',
      'Tổ chức tuyên truyền, nâng cao nhận thức về bảo vệ tài liệu lưu trữ.',
      'Ban Tuyên giáo chủ trì',
      'Tổ chức thực hiện',
      'hoàn thành',
      'a)',
      '',
    ]);
    expect(storedTaskText('2025 hoàn thành', '2025 hoàn thành')).toEqual({
      text: '2025 hoàn thành',
    });
    expect(storedTaskText('Tổ chức thực hiện', 'II.  Tổ chức\nthực hiện')).toEqual({});
  });

  it('keeps the text the parser cleaned (tone placement) and reads the others back from the quote', () => {
    const rows = rowsOf([plan('001_655f8d64d6a8d424.txt')]);
    expect(tasksOf(rows).map((t) => ('text' in t.node ? 'stored' : 'derived'))).toEqual([
      ...Array<string>(5).fill('derived'),
      ...Array<string>(5).fill('stored'),
    ]);
    const tasks = prepareText(
      env,
      '001_655f8d64d6a8d424.txt',
      readFileSync(resolve(seeds, '001_655f8d64d6a8d424.txt'), 'utf8'),
    ).plan.tasks;
    const read = tasksOf(rows).map((t) => toNode({ ...t.node, labels: ['Task'] }));
    expect(read.map((t) => (t.__type === 'Task' ? t.text : null))).toEqual(
      tasks.map((t) => t.text),
    );
    expect(tasksOf(rows)[2]?.node.text).toBeUndefined();
    // A shaped read's `.text` of a task without one comes back null: derived all the same.
    const quote = tasksOf(rows)[2]?.node.quote as string;
    expect(toNode({ id: 't', text: null, quote, labels: ['Task'] })).toMatchObject({
      text: read[2]?.__type === 'Task' ? read[2].text : null,
    });
    expect(read[2]).toMatchObject({
      text: 'Quan tâm đổi mới phương thức quản lý nhà nước về kinh tế tập thể, hợp tác xã; kiện toàn, nâng cao năng lực, hiệu quả tổ chức bộ máy lãnh đạo, quản lý; tăng cường công tác kiểm tra, hướng dẫn hỗ trợ để kịp thời phát hiện, giải quyết những khó khăn, vướng mắc trong hoạt động kinh tế tập thể, hợp tác xã.',
    });
  });
});

describe('membershipGroups', () => {
  it("sends each group once, each clause's sentence once, and a reason only where no clause gives it", () => {
    const slot = SECTION_SEP;
    const rows = membershipGroups([
      {
        groupId: 'g1',
        orgId: 'a',
        clause: 1,
        kind: 'so',
        template: `by 1: ${slot}`,
        reason: 'by 1: so',
      },
      { groupId: 'g2', orgId: 'a', clause: null, kind: null, template: null, reason: 'other rule' },
      {
        groupId: 'g1',
        orgId: 'b',
        clause: 1,
        kind: 'ban',
        template: `by 1: ${slot}`,
        reason: 'by 1: ban',
      },
      { groupId: 'g1', orgId: 'c', clause: 3, kind: null, template: 'by 3', reason: 'by 3' },
    ]);
    expect(rows).toEqual([
      {
        groupId: 'g1',
        templates: [null, `by 1: ${slot}`, null, 'by 3'],
        members: [
          ['a', 1, 'so', null],
          ['b', 1, 'ban', null],
          ['c', 3, null, null],
        ],
      },
      { groupId: 'g2', templates: [], members: [['a', null, null, 'other rule']] },
    ]);
  });

  it("groups every seed plan's links without losing one", () => {
    let links = 0;
    for (const name of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
      const p = plan(name);
      links += p.memberships.length;
      const sent = membershipGroups(p.memberships).flatMap((g) =>
        g.members.map(([org, clause, kind, reason]) => ({
          groupId: g.groupId,
          orgId: org,
          clause,
          kind,
          reason:
            reason ?? (g.templates[clause as number] as string).replaceAll(SECTION_SEP, kind ?? ''),
        })),
      );
      expect(sent, name).toEqual(
        p.memberships.map(({ groupId, orgId, clause, kind, reason }) => ({
          groupId,
          orgId,
          clause,
          kind,
          reason,
        })),
      );
    }
    expect(links).toBeGreaterThan(0);
  });
});
