/**
 * Sorting the three lists by any scalar field or by a count, with keyset cursors: the sort key
 * is an expression on `n` chosen here (never input), ties go by id, and a cursor carries the key,
 * the id and the sort it belongs to, so a cursor of another order is refused.
 */
import { taskDocId } from '../graph/vocabulary.ts';
import type { ListQuery } from './page.ts';
import type { WhereKind } from './where.ts';
import { taskText } from '../graph/vocabulary.ts';

export type SortDirection = 'ASC' | 'DESC';

export interface SortKey {
  /** The expression on `n`; strings are coalesced to '' so a missing value sorts first. */
  key: string;
  numeric: boolean;
}

const text = (prop: string): SortKey => ({ key: `coalesce(n.${prop}, '')`, numeric: false });
/** Each relationship type ends on one label (LED_BY on an Actor, HAS_TASK on a Task…), so the
 *  pattern names none: the count is then a degree read, not an expansion. */
const counted = (pattern: string): SortKey => ({ key: `COUNT { ${pattern} }`, numeric: true });

/** The sort fields of each list, by the schema's enum values. */
export const SORT_FIELDS: Record<WhereKind, Record<string, SortKey>> = {
  Document: {
    ID: text('id'),
    NUMBER: text('number'),
    TYPE: text('type'),
    TITLE: text('title'),
    ISSUED_DATE: text('issuedDate'),
    PLACE: text('place'),
    LEVEL: text('level'),
    STATUS: text('status'),
    TASK_COUNT: counted('(n)-[:HAS_TASK]->()'),
    IMPLEMENTED_BY_COUNT: counted('(n)<-[:IMPLEMENTS]-()'),
    RECIPIENT_COUNT: counted('(n)-[:SENT_TO]->()'),
  },
  Task: {
    ID: text('id'),
    SECTION: text('section'),
    TEXT: { key: taskText('n'), numeric: false },
    DUE_START: text('dueStart'),
    DUE_END: text('dueEnd'),
    // Its id's prefix (not stored): never missing, so not coalesced.
    DOCUMENT: { key: taskDocId('n'), numeric: false },
    LEAD_COUNT: counted('(n)-[:LED_BY]->()'),
    COORDINATOR_COUNT: counted('(n)-[:COORDINATES_WITH]->()'),
  },
  Organization: {
    ID: text('id'),
    NAME: text('name'),
    ORG_KIND: text('orgKind'),
    LEVEL: text('level'),
    TASKS_LED_COUNT: counted('(n)<-[:LED_BY]-()'),
    TASKS_COORDINATED_COUNT: counted('(n)<-[:COORDINATES_WITH]-()'),
    DOCUMENTS_ISSUED_COUNT: counted('(n)<-[:ISSUED_BY]-()'),
  },
};

export interface SortInput {
  field: string;
  direction?: SortDirection | null;
}

/** The list query in the order asked for; unchanged without a sort. */
export function sorted(
  kind: WhereKind,
  query: ListQuery,
  sort: SortInput | null | undefined,
): ListQuery {
  if (sort == null) return query;
  const field = SORT_FIELDS[kind][sort.field];
  if (!field) throw new Error(`no sort field ${sort.field} for ${kind}`);
  const descending = sort.direction === 'DESC';
  return {
    ...query,
    order: {
      key: field.key,
      descending,
      numeric: field.numeric,
      tag: `${kind}:${sort.field}:${descending ? 'D' : 'A'}`,
    },
  };
}
