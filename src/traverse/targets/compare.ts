/**
 * Targets compared across jurisdictions (pure): Target nodes grouped by year and a normalised
 * metric key — the metric without accents, tone placement or punctuation, plus the unit and
 * whether the value is per year (2–3 new cooperatives a year is not comparable with 85–90 in
 * all) — one entry per document, each with the document's level and jurisdiction as the graph
 * knows them (seed 002 names no province: its entry has the level only).
 */
import {
  jurisdictionOf,
  toDocument,
  toTarget,
  type DocumentModel,
  type Props,
  type TargetModel,
} from '../../read/models.ts';
import { foldKey } from '../../orgs/normalize.ts';
import type { Level } from '../../graph/vocabulary.ts';
import { documentScope, levelRank } from '../scope.ts';

export interface TargetEntryModel {
  document: DocumentModel;
  level: Level | null;
  jurisdiction: string | null;
  target: TargetModel;
}

export interface TargetGroupModel {
  key: string;
  year: number | null;
  /** The metric as the first entry writes it. */
  metric: string;
  unit: string | null;
  perYear: boolean;
  entries: TargetEntryModel[];
}

export interface TargetComparisonModel {
  groups: TargetGroupModel[];
  /** How many groups hold entries of more than one document (comparable side by side). */
  sharedCount: number;
}

/** The grouping key of a target: year, folded metric, folded unit, per year or not. */
export function metricKey(target: Pick<TargetModel, 'metric' | 'unit' | 'perYear'>): string {
  const unit = target.unit ?? '';
  // foldKey drops punctuation, so a bare '%' is kept as written.
  return [
    foldKey(target.metric),
    foldKey(unit) || unit,
    target.perYear ? 'per-year' : 'total',
  ].join('|');
}

/** Accent-insensitive "contains" over the metric. */
export function metricMatches(metric: string, text: string | null | undefined): boolean {
  if (text == null || text.trim() === '') return true;
  return ` ${foldKey(metric)} `.includes(` ${foldKey(text)}`);
}

export function compareTargets(
  rows: readonly Props[],
  metric?: string | null,
): TargetComparisonModel {
  const groups = new Map<string, TargetGroupModel>();
  for (const row of rows) {
    const target = toTarget(row.target as Props);
    if (!metricMatches(target.metric, metric)) continue;
    const document = toDocument(row.document as Props);
    const key = `${target.year ?? ''}|${metricKey(target)}`;
    const group =
      groups.get(key) ??
      ({
        key,
        year: target.year ?? null,
        metric: target.metric,
        unit: target.unit ?? null,
        perYear: target.perYear ?? false,
        entries: [],
      } satisfies TargetGroupModel);
    group.entries.push({
      document,
      level: documentScope(document).level,
      jurisdiction: jurisdictionOf(document),
      target,
    });
    groups.set(key, group);
  }
  const list = [...groups.values()];
  for (const group of list) {
    // Widest level first (TW, tỉnh, huyện, xã), then by document and target id.
    group.entries.sort(
      (a, b) =>
        (levelRank(a.level) ?? 9) - (levelRank(b.level) ?? 9) ||
        cmp(a.document.id, b.document.id) ||
        cmp(a.target.id, b.target.id),
    );
  }
  list.sort((a, b) => (a.year ?? 99999) - (b.year ?? 99999) || cmp(a.key, b.key));
  const sharedCount = list.filter(
    (g) => new Set(g.entries.map((e) => e.document.id)).size > 1,
  ).length;
  return { groups: list, sharedCount };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
