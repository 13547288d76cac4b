/**
 * A driver that records the statements sent through it — by `executeQuery` (ours) or through
 * sessions and transactions (the peer's) — and the total dbHits of statements under PROFILE.
 */
import neo4j, { type Driver } from 'neo4j-driver';

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

type Fn = (...args: unknown[]) => unknown;

function wrap<T extends object>(target: T, hooks: Record<string, (original: Fn) => Fn>): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      const value: unknown = Reflect.get(t, prop, receiver);
      if (typeof value !== 'function') return value;
      const bound = (value as Fn).bind(t);
      const hook = typeof prop === 'string' ? hooks[prop] : undefined;
      return hook ? hook(bound) : bound;
    },
  });
}

export function recordingDriver(driver: Driver): { driver: Driver; take: () => Statement[] } {
  let recorded: Statement[] = [];
  const record = (cypher: unknown, params: unknown): void => {
    const text = typeof cypher === 'string' ? cypher : String((cypher as { text?: string }).text);
    recorded.push({ cypher: text, params: (params ?? {}) as Record<string, unknown> });
  };
  const runHook =
    (original: Fn): Fn =>
    (cypher, params, ...rest) => {
      record(cypher, params);
      return original(cypher, params, ...rest);
    };
  const tx = (t: object): object => wrap(t, { run: runHook });
  const work =
    (original: Fn): Fn =>
    (fn, ...rest) =>
      original((t: object) => (fn as Fn)(tx(t)), ...rest);
  const session = (s: object): object =>
    wrap(s, {
      run: runHook,
      executeRead: work,
      executeWrite: work,
      readTransaction: work,
      writeTransaction: work,
      beginTransaction:
        (original) =>
        (...args) => {
          const result = original(...args);
          return result instanceof Promise
            ? result.then((t) => tx(t as object))
            : tx(result as object);
        },
    });
  const proxy = wrap(driver, {
    executeQuery: runHook,
    session:
      (original) =>
      (...args) =>
        session(original(...args) as object),
  });
  return {
    driver: proxy,
    take: () => {
      const out = recorded;
      recorded = [];
      return out;
    },
  };
}

interface Profile {
  dbHits?: number;
  children?: Profile[];
}
const hits = (p: Profile | undefined | false): number =>
  p ? (p.dbHits ?? 0) + (p.children ?? []).reduce((s, c) => s + hits(c), 0) : 0;

/** Total dbHits of the statements, each run once under PROFILE (after a `CYPHER …` first line). */
export async function dbHits(
  driver: Driver,
  database: string,
  statements: Statement[],
): Promise<number> {
  let total = 0;
  for (const s of statements) {
    const cypher = /^\s*CYPHER\b/i.test(s.cypher)
      ? s.cypher.replace(/^(\s*CYPHER\b[^\n]*)\n/i, '$1\nPROFILE ')
      : `PROFILE ${s.cypher}`;
    const { summary } = await driver.executeQuery(cypher, s.params, { database });
    total += hits(summary.profile as Profile | false);
  }
  return total;
}

/** A plan under PROFILE, as the driver's summary gives it. */
export interface Plan {
  operatorType: string;
  arguments: Record<string, unknown>;
  dbHits?: number;
  rows?: number;
  children: Plan[];
}

/** Saved statements carry neo4j Integers as {low, high}: the Integers again. */
export function revive(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(revive);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Object.keys(o).length === 2 && 'low' in o && 'high' in o)
      return neo4j.Integer.fromBits(o.low as number, o.high as number);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, revive(x)]));
  }
  return v;
}
