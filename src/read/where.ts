/**
 * Composable filters (`where`) on documents, tasks and organizations: AND / OR / NOT, operators
 * on scalar fields, conditions on related nodes (an EXISTS subquery per relation) and counts,
 * compiled to one Cypher condition whose values all go through the statement's parameters
 * (params.ts). The field names, relationship patterns and expressions are fixed text chosen here
 * from the tables below, never input. A filter is bounded (depth of related nodes, number of
 * conditions) so that no filter can cost more than the limits allow.
 */
import neo4j from 'neo4j-driver';
import { badInput } from './errors.ts';
import { isoDate, jurisdictionCondition } from './filters.ts';
import type { Params } from './params.ts';
import { FOLD_PAIRS, foldText } from './fold.ts';
import { taskText } from '../graph/vocabulary.ts';

/** How many levels of related-node conditions a filter may nest. */
export const MAX_WHERE_DEPTH = 3;
/** How many operators a filter may hold, over all its levels. */
export const MAX_WHERE_CONDITIONS = 32;

export interface StringWhere {
  eq?: string | null;
  in?: readonly string[] | null;
  /** Compared without case and diacritics. */
  startsWith?: string | null;
  /** Compared without case and diacritics. */
  contains?: string | null;
}
export interface RangeWhere<T> {
  eq?: T | null;
  gt?: T | null;
  gte?: T | null;
  lt?: T | null;
  lte?: T | null;
}
export type DateWhere = RangeWhere<string>;
export type CountWhere = RangeWhere<number>;

interface Logic<W> {
  AND?: readonly W[] | null;
  OR?: readonly W[] | null;
  NOT?: W | null;
}

export interface DocumentWhere extends Logic<DocumentWhere> {
  id?: StringWhere | null;
  number?: StringWhere | null;
  type?: StringWhere | null;
  title?: StringWhere | null;
  place?: StringWhere | null;
  level?: StringWhere | null;
  status?: 'INGESTED' | 'REFERENCED' | null;
  jurisdiction?: string | null;
  issuedDate?: DateWhere | null;
  issuer?: OrganizationWhere | null;
  recipient?: OrganizationWhere | null;
  implements?: DocumentWhere | null;
  implementedBy?: DocumentWhere | null;
  tasks?: TaskWhere | null;
  taskCount?: CountWhere | null;
}

export interface TaskWhere extends Logic<TaskWhere> {
  id?: StringWhere | null;
  text?: StringWhere | null;
  section?: StringWhere | null;
  dueStart?: DateWhere | null;
  dueEnd?: DateWhere | null;
  recurring?: boolean | null;
  document?: DocumentWhere | null;
  lead?: OrganizationWhere | null;
  coordinator?: OrganizationWhere | null;
  reportsTo?: OrganizationWhere | null;
  leadCount?: CountWhere | null;
  coordinatorCount?: CountWhere | null;
}

export interface OrganizationWhere extends Logic<OrganizationWhere> {
  id?: StringWhere | null;
  name?: StringWhere | null;
  orgKind?: StringWhere | null;
  level?: StringWhere | null;
  jurisdiction?: string | null;
  partOf?: OrganizationWhere | null;
  leads?: TaskWhere | null;
  coordinates?: TaskWhere | null;
  issued?: DocumentWhere | null;
  tasksLedCount?: CountWhere | null;
  tasksCoordinatedCount?: CountWhere | null;
}

export type WhereKind = 'Document' | 'Task' | 'Organization';

/** A field of a `where`: how it reads on the node variable `v`. */
type Field =
  | { is: 'string' | 'date'; prop: string }
  | { is: 'derived'; expr: (v: string) => string }
  | { is: 'count'; expr: (v: string) => string }
  | { is: 'related'; pattern: (v: string, x: string) => string; target: WhereKind }
  | { is: 'jurisdiction' | 'status' | 'recurring' };

const str = (prop: string): Field => ({ is: 'string', prop });
const date = (prop: string): Field => ({ is: 'date', prop });
/** The other end is left unlabelled: each type ends on one label, and a count is then a degree
 *  read instead of an expansion with a label test per relationship. */
const count = (pattern: string): Field => ({
  is: 'count',
  expr: (v) => `COUNT { ${pattern.replace('$v', v)} }`,
});
const related = (pattern: string, target: WhereKind): Field => ({
  is: 'related',
  pattern: (v, x) => pattern.replace('$v', v).replace('$x', x),
  target,
});

/** On a task's actors, an organization filter applies to any actor (groups, persons…). */
const FIELDS: Record<WhereKind, Record<string, Field>> = {
  Document: {
    id: str('id'),
    number: str('number'),
    type: str('type'),
    title: str('title'),
    place: str('place'),
    level: str('level'),
    status: { is: 'status' },
    jurisdiction: { is: 'jurisdiction' },
    issuedDate: date('issuedDate'),
    issuer: related('($v)-[:ISSUED_BY]->($x:Actor)', 'Organization'),
    recipient: related('($v)-[:SENT_TO]->($x:Actor)', 'Organization'),
    implements: related('($v)-[:IMPLEMENTS]->($x:Document)', 'Document'),
    implementedBy: related('($v)<-[:IMPLEMENTS]-($x:Document)', 'Document'),
    tasks: related('($v)-[:HAS_TASK]->($x:Task)', 'Task'),
    taskCount: count('($v)-[:HAS_TASK]->()'),
  },
  Task: {
    id: str('id'),
    text: { is: 'derived', expr: taskText },
    section: str('section'),
    dueStart: date('dueStart'),
    dueEnd: date('dueEnd'),
    recurring: { is: 'recurring' },
    document: related('($v)<-[:HAS_TASK]-($x:Document)', 'Document'),
    lead: related('($v)-[:LED_BY]->($x:Actor)', 'Organization'),
    coordinator: related('($v)-[:COORDINATES_WITH]->($x:Actor)', 'Organization'),
    reportsTo: related('($v)-[:REPORTS_TO]->($x:Actor)', 'Organization'),
    leadCount: count('($v)-[:LED_BY]->()'),
    coordinatorCount: count('($v)-[:COORDINATES_WITH]->()'),
  },
  Organization: {
    id: str('id'),
    name: str('name'),
    orgKind: str('orgKind'),
    level: str('level'),
    jurisdiction: { is: 'jurisdiction' },
    partOf: related('($v)-[:PART_OF]->($x:Actor)', 'Organization'),
    leads: related('($v)<-[:LED_BY]-($x:Task)', 'Task'),
    coordinates: related('($v)<-[:COORDINATES_WITH]-($x:Task)', 'Task'),
    issued: related('($v)<-[:ISSUED_BY]-($x:Document)', 'Document'),
    tasksLedCount: count('($v)<-[:LED_BY]-()'),
    tasksCoordinatedCount: count('($v)<-[:COORDINATES_WITH]-()'),
  },
};

const RANGE_OPS = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

type AnyWhere = Logic<AnyWhere> & Record<string, unknown>;

/** Compiles one `where` tree; one per statement, so its variables and budget are shared. */
export class WhereCompiler {
  private vars = 0;
  private conditions = 0;
  private foldParam: string | undefined;

  constructor(private readonly params: Params) {}

  /** The condition on `v` (`true` for an empty filter). */
  compile(kind: WhereKind, where: object | null | undefined, v = 'n', depth = 0): string {
    if (where == null) return 'true';
    const parts = this.parts(kind, where as AnyWhere, v, depth);
    return parts.length === 0
      ? 'true'
      : parts.length === 1
        ? parts[0]!
        : `(${parts.join(' AND ')})`;
  }

  private parts(kind: WhereKind, where: AnyWhere, v: string, depth: number): string[] {
    const parts: string[] = [];
    for (const [name, value] of Object.entries(where)) {
      if (value == null) continue;
      if (name === 'AND' || name === 'OR') {
        const list = (value as AnyWhere[]).map((w) => this.compile(kind, w, v, depth));
        if (list.length > 0) parts.push(`(${list.join(name === 'AND' ? ' AND ' : ' OR ')})`);
        else parts.push(name === 'AND' ? 'true' : 'false');
        continue;
      }
      if (name === 'NOT') {
        // A comparison on a missing value is false, so NOT of it holds (Cypher's would be null).
        parts.push(`NOT coalesce(${this.compile(kind, value as AnyWhere, v, depth)}, false)`);
        continue;
      }
      const field = FIELDS[kind][name];
      if (!field) throw badInput(`${kind} filters have no field ${name}`, { argument: 'where' });
      parts.push(...this.field(field, name, value, v, depth));
    }
    return parts;
  }

  private field(field: Field, name: string, value: unknown, v: string, depth: number): string[] {
    switch (field.is) {
      case 'string':
        return this.stringOps(`${v}.${field.prop}`, name, value as StringWhere);
      case 'derived':
        return this.stringOps(field.expr(v), name, value as StringWhere);
      case 'date':
        return this.rangeOps(`${v}.${field.prop}`, name, value as DateWhere, (d) =>
          isoDate(d, `where.${name}`),
        );
      case 'count':
        return this.rangeOps(field.expr(v), name, value as CountWhere, (n) => countValue(n, name));
      case 'jurisdiction':
        this.spend();
        return [`(${jurisdictionCondition(value as string, this.params, v)})`];
      case 'status':
        this.spend();
        return [
          `${v}.status = ${this.params.add('status', value === 'INGESTED' ? 'ingested' : 'referenced')}`,
        ];
      case 'recurring':
        this.spend();
        return [`(${v}.recurrence IS NOT NULL) = ${this.params.add('recurring', value)}`];
      case 'related':
        return [this.related(field, value as AnyWhere, v, depth)];
    }
  }

  private related(
    field: Extract<Field, { is: 'related' }>,
    where: AnyWhere,
    v: string,
    depth: number,
  ): string {
    if (depth + 1 > MAX_WHERE_DEPTH) {
      throw badInput(`a filter may nest related nodes ${MAX_WHERE_DEPTH} levels deep at most`, {
        argument: 'where',
        limit: MAX_WHERE_DEPTH,
      });
    }
    this.spend();
    this.vars += 1;
    const x = `w${this.vars}`;
    const inner = this.compile(field.target, where, x, depth + 1);
    const filter = inner === 'true' ? '' : ` WHERE ${inner}`;
    return `EXISTS { MATCH ${field.pattern(v, x)}${filter} }`;
  }

  private stringOps(prop: string, name: string, ops: StringWhere): string[] {
    const out: string[] = [];
    if (ops.eq != null) out.push(`${prop} = ${this.value(name, ops.eq)}`);
    if (ops.in != null) out.push(`${prop} IN ${this.value(name, [...ops.in])}`);
    if (ops.startsWith != null) {
      out.push(`${this.folded(prop)} STARTS WITH ${this.value(name, foldText(ops.startsWith))}`);
    }
    if (ops.contains != null) {
      out.push(`${this.folded(prop)} CONTAINS ${this.value(name, foldText(ops.contains))}`);
    }
    return out;
  }

  private rangeOps<T>(
    expr: string,
    name: string,
    ops: RangeWhere<T>,
    check: (value: T) => unknown,
  ): string[] {
    const out: string[] = [];
    for (const [op, symbol] of Object.entries(RANGE_OPS)) {
      const given = ops[op as keyof RangeWhere<T>];
      if (given != null) out.push(`${expr} ${symbol} ${this.value(name, check(given))}`);
    }
    return out;
  }

  /** A string property without case and diacritics, as foldText folds the value it meets. */
  private folded(prop: string): string {
    this.foldParam ??= this.params.add('fold', FOLD_PAIRS);
    const p = this.foldParam;
    return `reduce(s = normalize(toLower(coalesce(${prop}, '')), NFD), f IN ${p} | replace(s, f[0], f[1]))`;
  }

  private value(name: string, value: unknown): string {
    this.spend();
    return this.params.add(name, value);
  }

  private spend(): void {
    this.conditions += 1;
    if (this.conditions > MAX_WHERE_CONDITIONS) {
      throw badInput(`a filter may hold ${MAX_WHERE_CONDITIONS} conditions at most`, {
        argument: 'where',
        limit: MAX_WHERE_CONDITIONS,
      });
    }
  }
}

function countValue(value: number, name: string): unknown {
  if (!Number.isInteger(value) || value < 0) {
    throw badInput(`where.${name} takes a count (an integer ≥ 0)`, { argument: `where.${name}` });
  }
  return neo4j.int(value);
}

/** The condition a `where` sets on `n`, its values added to `params`. */
export function whereCondition(
  kind: WhereKind,
  where: object | null | undefined,
  params: Params,
): string | null {
  if (where == null) return null;
  const condition = new WhereCompiler(params).compile(kind, where);
  return condition === 'true' ? null : condition;
}
