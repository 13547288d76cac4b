/** Target grouping (pure). */
import { describe, expect, it } from 'vitest';
import { compareTargets, metricKey, metricMatches } from '../../../src/traverse/targets/compare.ts';

const row = (
  docId: string,
  n: number,
  metric: string,
  extra: Record<string, unknown>,
  docExtra: Record<string, unknown> = {},
) => ({
  document: { id: docId, labels: ['Document'], status: 'ingested', ...docExtra },
  target: {
    id: `${docId}/target/${n}`,
    labels: ['Target'],
    metric,
    unit: null,
    perYear: false,
    year: 2030,
    docId,
    start: n,
    end: n + 1,
    quote: metric,
    ...extra,
  },
});

describe('compareTargets', () => {
  it('groups by year and folded metric, unit and per-year; widest level first', () => {
    const result = compareTargets([
      row(
        'doc:b',
        1,
        'Hợp tác xã',
        { min: 85, max: 90, unit: 'hợp tác xã' },
        { level: 'huyen', province: 'qt', district: 'vl' },
      ),
      row('doc:a', 1, 'hợp tác  xã', { value: 540, unit: 'Hợp tác xã' }, { level: 'tinh' }),
      row(
        'doc:b',
        2,
        'hợp tác xã',
        { min: 2, max: 3, unit: 'hợp tác xã', perYear: true },
        { level: 'huyen' },
      ),
      row('doc:a', 2, 'tỷ lệ tốt, khá', { value: 60, unit: '%' }, { level: 'tinh' }),
      row('doc:a', 3, 'tỷ lệ tốt, khá', { value: 70, unit: '%', year: 2045 }, { level: 'tinh' }),
    ]);
    expect(
      result.groups.map((g) => [
        g.key,
        g.entries.map((e) => [e.document.id, e.level, e.jurisdiction]),
      ]),
    ).toEqual([
      ['2030|hop tac xa|hop tac xa|per-year', [['doc:b', 'huyen', null]]],
      [
        '2030|hop tac xa|hop tac xa|total',
        [
          ['doc:a', 'tinh', null],
          ['doc:b', 'huyen', 'qt/vl'],
        ],
      ],
      ['2030|ty le tot kha|%|total', [['doc:a', 'tinh', null]]],
      ['2045|ty le tot kha|%|total', [['doc:a', 'tinh', null]]],
    ]);
    expect(result.sharedCount).toBe(1);
  });

  it('filters the metric without accents, on word starts', () => {
    expect(metricMatches('tham gia các chuỗi liên kết', 'chuoi lien ket')).toBe(true);
    expect(metricMatches('tham gia các chuỗi liên kết', 'huoi')).toBe(false);
    expect(metricMatches('anything', null)).toBe(true);
    expect(metricKey({ metric: 'Thành viên', unit: 'thành viên', perYear: false })).toBe(
      'thanh vien|thanh vien|total',
    );
  });
});
