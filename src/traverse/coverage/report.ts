/** The coverage report's order and pages (pure): worst coverage first. */
import type { CoverageReportPage, DocumentCoverage } from './model.ts';

/** Report order: worst coverage first (ratio ascending, none last), most uncovered, then id. */
export interface ReportKey {
  ratio: number | null;
  notCovered: number;
  id: string;
}

export function compareReportKeys(a: ReportKey, b: ReportKey): number {
  if (a.ratio !== b.ratio) {
    if (a.ratio === null) return 1;
    if (b.ratio === null) return -1;
    return a.ratio - b.ratio;
  }
  if (a.notCovered !== b.notCovered) return b.notCovered - a.notCovered;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function reportKeyOf(c: DocumentCoverage): ReportKey {
  return { ratio: c.summary.ratio, notCovered: c.summary.notCovered, id: c.document.id };
}

/** Rows after `after` (exclusive) in report order, at most `size`, and whether more follow. */
export function reportPage(
  coverages: DocumentCoverage[],
  after: ReportKey | null,
  size: number,
): CoverageReportPage {
  const sorted = reportOrder(coverages);
  const rest = after ? sorted.filter((c) => compareReportKeys(reportKeyOf(c), after) > 0) : sorted;
  return { rows: rest.slice(0, size), hasNextPage: rest.length > size, totalCount: sorted.length };
}

/** All rows in report order. */
export function reportOrder(coverages: DocumentCoverage[]): DocumentCoverage[] {
  return [...coverages].sort((a, b) => compareReportKeys(reportKeyOf(a), reportKeyOf(b)));
}
