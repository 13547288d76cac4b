/**
 * The parameters of one Cypher statement, handed out by name. A filter asks for a parameter and
 * gets back the placeholder to write into its condition (`$province`); a second filter asking
 * for the same name in the same statement gets a name of its own (`$province_2`), so filters
 * composed into one statement never overwrite each other's values. Values only ever enter a
 * statement this way: the condition text around the placeholders is fixed text chosen in code.
 *
 * Why not @neo4j/cypher-builder: the statements here are hand-tuned templates (COLLECT and CALL
 * subqueries, keyset paging) that read best as Cypher; only their WHERE blocks are composed, and
 * naming their parameters safely is all that composition needs.
 */
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export class Params {
  private readonly values: Map<string, unknown>;

  constructor(fixed: Readonly<Record<string, unknown>> = {}) {
    this.values = new Map();
    for (const [name, value] of Object.entries(fixed)) {
      if (this.add(name, value) !== `$${name}`) throw new Error(`parameter ${name} given twice`);
    }
  }

  /** The placeholder for `value`: `$name`, or `$name_2`, `$name_3`… when the name is taken. */
  add(name: string, value: unknown): string {
    if (!NAME.test(name)) throw new Error(`not a parameter name: ${JSON.stringify(name)}`);
    let key = name;
    for (let n = 2; this.values.has(key); n += 1) key = `${name}_${n}`;
    this.values.set(key, value);
    return `$${key}`;
  }

  /** A copy to add to (a page's cursor and limit) while this one stays as it is. */
  fork(): Params {
    const copy = new Params();
    for (const [name, value] of this.values) copy.values.set(name, value);
    return copy;
  }

  /** The values by name, as the driver takes them. */
  toRecord(): Record<string, unknown> {
    return Object.fromEntries(this.values);
  }
}

/** Conditions joined for a WHERE clause (`true` for none), one per line. */
export function allOf(conditions: readonly string[]): string {
  return conditions.length > 0 ? conditions.join('\n  AND ') : 'true';
}
