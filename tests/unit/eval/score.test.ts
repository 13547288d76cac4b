/**
 * The eval's scoring (bench/eval) on small hand-made label/prediction pairs, with the counts and
 * precision / recall / F1 worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { fromLabel, implementedNumbers } from '../../../bench/eval/extract.ts';
import { bodyKey, numberKey, titleKey } from '../../../bench/eval/keys.ts';
import { parseLabel } from '../../../bench/eval/labels.ts';
import { matchTasks, meanF1, prf, scoreDocument } from '../../../bench/eval/score.ts';
import type { ExtractedTask, Extraction, Label } from '../../../bench/eval/types.ts';
import type { AbbreviationEntry } from '../../../src/orgs/index.ts';
import type { Reference, Relation } from '../../../src/parse/index.ts';

const ABBR: AbbreviationEntry[] = [
  { abbr: 'UBND', expansion: 'Ủy ban nhân dân', anyCase: false },
  { abbr: 'Đ/c', expansion: 'Đồng chí', anyCase: true },
];

const NO_META: Extraction['metadata'] = {
  number: null,
  type: null,
  issuedDate: null,
  place: null,
  issuer: null,
  signer: null,
  title: null,
};

function task(start: number, end: number, over: Partial<ExtractedTask> = {}): ExtractedTask {
  return { start, end, lead: [], coordinators: [], deadline: null, ...over };
}

function extraction(over: Partial<Extraction>): Extraction {
  return { metadata: NO_META, implements: [], tasks: [], recipients: [], ...over };
}

describe('prf', () => {
  it('gives precision, recall and F1 from the counts', () => {
    const p = prf({ tp: 3, fp: 1, fn: 2 });
    expect(p.precision).toBe(0.75);
    expect(p.recall).toBe(0.6);
    expect(p.f1).toBeCloseTo(6 / 9, 12);
  });

  it('is null where a side is empty, and F1 0 when nothing matches', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: null, recall: null, f1: null });
    expect(prf({ tp: 0, fp: 0, fn: 4 })).toEqual({ precision: null, recall: 0, f1: 0 });
  });

  it('averages the field F1s that have anything to score', () => {
    const fields = {
      metadata: { tp: 1, fp: 0, fn: 0 },
      implements: { tp: 0, fp: 0, fn: 0 },
      tasks: { tp: 1, fp: 1, fn: 0 },
      leads: { tp: 0, fp: 0, fn: 0 },
      coordinators: { tp: 0, fp: 0, fn: 0 },
      deadlines: { tp: 0, fp: 0, fn: 0 },
      recipients: { tp: 0, fp: 1, fn: 1 },
    };
    // (1 + 2/3 + 0) / 3
    expect(meanF1(fields)).toBeCloseTo(5 / 9, 12);
  });
});

describe('keys', () => {
  it('reads one number whatever its case, spaces and dash', () => {
    expect(numberKey('12-CTR/TU')).toBe(numberKey('12 - CTr/TU'));
    expect(numberKey('12–CTr/TU')).toBe('12-ctr/tu');
    expect(numberKey('12-CTr/TU')).not.toBe(numberKey('21-CTr/TU'));
  });

  it('reads one body whatever its abbreviations, case, tone placement and markup', () => {
    const k = bodyKey('Ủy ban nhân dân tỉnh Nghệ An', ABBR);
    expect(bodyKey('UBND tỉnh Nghệ An', ABBR)).toBe(k);
    expect(bodyKey('**uỷ ban nhân dân Tỉnh Nghệ An**', ABBR)).toBe(k);
    expect(bodyKey('Đ/c Trần Văn A', ABBR)).toBe(bodyKey('Đồng chí Trần Văn A', ABBR));
    expect(bodyKey('Các sở, ngành', ABBR)).toBe(bodyKey('sở, ngành', ABBR));
    expect(bodyKey('UBND tỉnh Nghệ An', ABBR)).not.toBe(bodyKey('UBND tỉnh Hà Tĩnh', ABBR));
  });

  it('reads a title with or without V/v', () => {
    expect(titleKey('V/v triển khai Kế hoạch')).toBe(titleKey('triển khai kế hoạch'));
  });
});

describe('matchTasks', () => {
  it('matches one to one, the predicted task starting nearest before the quote first', () => {
    const ref = [task(100, 110), task(200, 210), task(400, 410)];
    const pred = [task(50, 300), task(90, 150), task(500, 600)];
    // 100 is in [50,300) and [90,150): the nearer start, 90, wins; 200 then takes [50,300);
    // 400 is in none.
    expect(matchTasks(ref, pred)).toEqual([1, 0, null]);
  });

  it('leaves the second of two quotes inside one predicted task unmatched', () => {
    expect(matchTasks([task(10, 20), task(30, 40)], [task(0, 100)])).toEqual([0, null]);
  });

  it('does not match a task ending at the quote (the end is exclusive)', () => {
    expect(matchTasks([task(100, 110)], [task(0, 100)])).toEqual([null]);
  });
});

describe('scoreDocument', () => {
  it('scores the seven metadata slots after normalisation', () => {
    const ref = extraction({
      metadata: {
        number: '12-CTr/TU',
        type: 'Kế hoạch',
        issuedDate: '2025-03-05',
        place: null,
        issuer: ['Ủy ban nhân dân tỉnh Nghệ An'],
        signer: 'Nguyễn Văn A',
        title: 'V/v triển khai Kế hoạch',
      },
    });
    const pred = extraction({
      metadata: {
        number: '12-CTR/TU',
        type: 'KẾ HOẠCH',
        issuedDate: '2025-03-06',
        place: 'Nghệ An',
        issuer: ['Nghệ An', 'UBND tỉnh Nghệ An'],
        signer: null,
        title: 'triển khai kế hoạch',
      },
    });
    const s = scoreDocument(ref, pred, ABBR);
    // number, type, issuer, title right; date wrong (FP + FN); place extra (FP); signer missed (FN).
    expect(s.fields.metadata).toEqual({ tp: 4, fp: 2, fn: 2 });
    expect(s.slots.issuedDate).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.slots.place).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(s.slots.signer).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(prf(s.fields.metadata).f1).toBeCloseTo(8 / 12, 12);
  });

  it('scores implements and recipients as sets', () => {
    const ref = extraction({
      implements: ['12-CTr/TU', '20-NQ/TW'],
      recipients: [['Ủy ban nhân dân tỉnh']],
    });
    const pred = extraction({
      implements: ['12-CTR/TU', '12-CTr/TU', '05/KH-UBND'],
      recipients: [['Sở Tài chính'], ['UBND tỉnh'], ['Ủy ban nhân dân tỉnh']],
    });
    const s = scoreDocument(ref, pred, ABBR);
    // 12-CTr/TU once (the two spellings are one number), 20-NQ/TW missed, 05/KH-UBND extra.
    expect(s.fields.implements).toEqual({ tp: 1, fp: 1, fn: 1 });
    // The same body twice in the prediction: the second is a false positive.
    expect(s.fields.recipients).toEqual({ tp: 1, fp: 2, fn: 0 });
  });

  it('scores tasks, and leads, coordinators and deadlines over the reference tasks', () => {
    const ref = extraction({
      tasks: [
        task(10, 20, {
          lead: [['Sở Tài chính'], ['Sở Xây dựng']],
          coordinators: [['UBND các huyện']],
          deadline: { kind: 'due', end: '2025-06-30' },
        }),
        task(50, 60, { lead: [['Sở Nội vụ']], deadline: { kind: 'due', end: '2025-12-31' } }),
        task(90, 95, { lead: [['Sở Y tế']], deadline: null }),
      ],
    });
    const pred = extraction({
      tasks: [
        task(0, 40, {
          lead: [['Sở Tài chính']],
          coordinators: [['Ủy ban nhân dân các huyện'], ['Sở Nội vụ']],
          deadline: { kind: 'due', end: '2025-06-30' },
        }),
        task(40, 70, { lead: [['Sở Nội vụ']], deadline: { kind: 'due', end: '2025-12-30' } }),
        task(200, 300, { lead: [['Sở Công Thương']] }),
      ],
    });
    const s = scoreDocument(ref, pred, ABBR);
    expect(s.fields.tasks).toEqual({ tp: 2, fp: 1, fn: 1 });
    // Sở Tài chính, Sở Nội vụ found; Sở Xây dựng and the unmatched task's Sở Y tế missed; the
    // unmatched predicted task's Sở Công Thương is not counted (its task is already an FP).
    expect(s.fields.leads).toEqual({ tp: 2, fp: 0, fn: 2 });
    expect(s.fields.coordinators).toEqual({ tp: 1, fp: 1, fn: 0 });
    // Right end for task 1; wrong end for task 2 (FP + FN); task 3 has none.
    expect(s.fields.deadlines).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
});

const TEXT = [
  'KẾ HOẠCH',
  '1. Sở Tài chính chủ trì, phối hợp với các sở',
  'tham mưu cho UBND tỉnh.',
  '2. Giao Sở Nội vụ rà soát tổ chức bộ máy.',
].join('\n');

const LABEL = `document: x.txt
labeller: a
metadata:
  number: null
  type: Kế hoạch
  issuedDate: 2025-03-05
  place: null
  issuer: null
  signer: null
  title: null
implements: []
tasks:
  - quote: "Sở Tài chính chủ trì, phối hợp với các sở tham mưu"
    lead: [Sở Tài chính]
    coordinators: [các sở]
    deadline: { text: "trước ngày 30/6/2025", kind: due, end: 2025-06-30 }
  - quote: "Giao Sở Nội vụ rà soát tổ chức"
    lead: [Sở Nội vụ]
    coordinators: []
    deadline: null
recipients: []
`;

describe('parseLabel', () => {
  it('reads a valid label and finds each quote, a line break matching a space', () => {
    const r = parseLabel(LABEL, TEXT);
    if (!r.ok) throw new Error(r.errors.join('; '));
    expect(r.positions).toEqual([TEXT.indexOf('Sở Tài chính'), TEXT.indexOf('Giao Sở')]);
    expect(r.label.metadata.issuedDate).toBe('2025-03-05');
    expect(r.label.tasks[0]?.deadline).toEqual({
      text: 'trước ngày 30/6/2025',
      kind: 'due',
      end: '2025-06-30',
    });
  });

  it.each([
    ['bad YAML', LABEL.replace('tasks:', 'tasks: [oops'), /^bad YAML: /],
    [
      'an unknown field',
      LABEL.replace('implements:', 'implement:'),
      /file: unknown field "implement"/,
    ],
    [
      'a quote not in the text',
      LABEL.replace('rà soát', 'kiểm tra'),
      /tasks\[1\]\.quote: not found/,
    ],
    [
      'a date not in the calendar',
      LABEL.replace('2025-03-05', '2025-02-30'),
      /metadata\.issuedDate: bad date "2025-02-30"/,
    ],
    [
      'a deadline kind not in the list',
      LABEL.replace('kind: due', 'kind: soon'),
      /tasks\[0\]\.deadline\.kind: unknown kind "soon"/,
    ],
    [
      'a list where text belongs',
      LABEL.replace('type: Kế hoạch', 'type: [Kế hoạch]'),
      /metadata\.type: expected text, got a list/,
    ],
  ])('rejects %s with a message naming the problem', (_what, yaml, message) => {
    const r = parseLabel(yaml, TEXT);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.some((e) => message.test(e))).toBe(true);
  });

  it('scores a label against itself as perfect (b agreeing with a)', () => {
    const r = parseLabel(LABEL, TEXT);
    if (!r.ok) throw new Error(r.errors.join('; '));
    const label: Label = r.label;
    const ref = fromLabel(label, r.positions, TEXT.length, 'reference');
    const pred = fromLabel(label, r.positions, TEXT.length, 'prediction');
    // As a prediction the first task reaches to the second quote.
    expect(pred.tasks[0]).toMatchObject({ start: r.positions[0], end: r.positions[1] });
    const s = scoreDocument(ref, pred, ABBR);
    expect(s.fields.tasks).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.fields.leads).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.fields.deadlines).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(meanF1(s.fields)).toBe(1);
  });
});

describe('implementedNumbers', () => {
  it('counts implemented and basis references with a number, not citations', () => {
    const ref = (number: string | null, relation: Relation): Reference =>
      ({ number, relation }) as Reference;
    expect(
      implementedNumbers({
        references: [
          ref('20-NQ/TW', 'implements'),
          ref('33/2024/QH15', 'basis'),
          ref(null, 'basis'),
          ref('30/2020/NĐ-CP', 'cites'),
        ],
      }),
    ).toEqual(['20-NQ/TW', '33/2024/QH15']);
  });
});
