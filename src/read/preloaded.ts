/**
 * What a compiled statement (shape.ts) already read for a node's fields, kept on the node under
 * a symbol (no GraphQL field can reach it) by response key: the field's resolver answers from it
 * instead of running its own statement.
 */
export const PRELOADED = Symbol('preloaded');

export type Preloaded = Map<string, unknown>;

/** The value preloaded on `parent` under the response key, or undefined when none was. */
export function preloaded<T>(parent: object, key: string): T | undefined {
  const pre = (parent as { [PRELOADED]?: Preloaded })[PRELOADED];
  return pre?.has(key) ? (pre.get(key) as T) : undefined;
}
