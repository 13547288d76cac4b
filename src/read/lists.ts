/**
 * The three lists with their composable filter and sort applied: the fixed filter's list query
 * (documentsQuery, tasksQuery, organizationsQuery) plus the `where` condition and the order.
 */
import type { ListQuery } from './page.ts';
import { sorted, type SortInput } from './sort.ts';
import { whereCondition, type WhereKind } from './where.ts';

export function withWhereAndSort(
  kind: WhereKind,
  query: ListQuery,
  where: object | null | undefined,
  sort: SortInput | null | undefined,
): ListQuery {
  const condition = whereCondition(kind, where, query.params);
  const conditions = condition === null ? query.conditions : [...query.conditions, condition];
  return sorted(kind, { ...query, conditions }, sort);
}
