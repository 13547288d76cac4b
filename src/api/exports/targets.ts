/** targets.csv: one row per target, grouped for comparison (as `targets`). */
import { readTargetComparison } from '../../traverse/targets/index.ts';
import type { TargetEntryModel, TargetGroupModel } from '../../traverse/targets/compare.ts';
import { toCsv, type CsvValue } from './csv.ts';
import type { ExportRoute } from './types.ts';
import { optionalInt } from './params.ts';

type Row = { group: TargetGroupModel; entry: TargetEntryModel };
const COLUMNS: { header: string; value: (row: Row) => CsvValue }[] = [
  { header: 'year', value: (r) => r.group.year },
  { header: 'metric_key', value: (r) => r.group.key },
  { header: 'metric', value: (r) => r.entry.target.metric },
  { header: 'unit', value: (r) => r.entry.target.unit ?? null },
  { header: 'per_year', value: (r) => r.group.perYear },
  { header: 'document_id', value: (r) => r.entry.document.id },
  { header: 'level', value: (r) => r.entry.level },
  { header: 'jurisdiction', value: (r) => r.entry.jurisdiction },
  { header: 'value', value: (r) => r.entry.target.value ?? null },
  { header: 'min', value: (r) => r.entry.target.min ?? null },
  { header: 'max', value: (r) => r.entry.target.max ?? null },
  { header: 'qualifier', value: (r) => r.entry.target.qualifier ?? null },
  { header: 'target_id', value: (r) => r.entry.target.id },
  { header: 'quote', value: (r) => r.entry.target.quote },
];

export const targetsCsv: ExportRoute = {
  description: 'Targets grouped by year and normalised metric across documents (targets).',
  parameters: {
    year: 'year the targets are set for',
    metric: 'words of the metric, accent-insensitive',
    province: 'province id of the setting document',
    level: 'TW, tinh, huyen or xa',
    document: 'a setting document id (repeat for several)',
  },
  handle: async (params, db) => {
    const year = params.get('year') ? optionalInt(params, 'year', 0, 1900, 2200) : null;
    const documents = params.getAll('document').filter((d) => d !== '');
    const comparison = await readTargetComparison(db, {
      year,
      metric: params.get('metric'),
      province: params.get('province') || null,
      level: params.get('level') || null,
      documents: documents.length > 0 ? documents : null,
    });
    const rows = comparison.groups.flatMap((group) =>
      group.entries.map((entry) => ({ group, entry })),
    );
    return {
      contentType: 'text/csv; charset=utf-8',
      filename: year === null ? 'targets.csv' : `targets-${year}.csv`,
      body: toCsv(COLUMNS, rows),
    };
  },
};
