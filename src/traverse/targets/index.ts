/** Target comparison as the API and the export call it. */
import neo4j from 'neo4j-driver';
import type { GraphReader } from '../../read/reader.ts';
import { badInput } from '../../read/errors.ts';
import { LEVELS, isLevel } from '../../graph/vocabulary.ts';
import { TARGETS } from './cypher.ts';
import { compareTargets, type TargetComparisonModel } from './compare.ts';

export interface TargetFilterInput {
  year?: number | null;
  metric?: string | null;
  province?: string | null;
  level?: string | null;
  documents?: readonly string[] | null;
}

export async function readTargetComparison(
  db: GraphReader,
  filter: TargetFilterInput | null | undefined,
): Promise<TargetComparisonModel> {
  const level = filter?.level ?? null;
  if (level !== null && !isLevel(level)) {
    throw badInput(`level must be one of ${LEVELS.join(', ')}`, { argument: 'level' });
  }
  const year = filter?.year ?? null;
  if (year !== null && (!Number.isInteger(year) || year < 1900 || year > 2200)) {
    throw badInput('year must be a year from 1900 to 2200', { argument: 'year' });
  }
  const rows = await db.read(TARGETS, {
    year: year === null ? null : neo4j.int(year),
    documents: filter?.documents ? [...filter.documents] : null,
    level,
    province: filter?.province ?? null,
  });
  return compareTargets(rows, filter?.metric);
}
