/**
 * Answers about one document's text kept with it: the rules ask the same question of the same
 * offset many times (an item's own text, then its parent's, then the inline points'), and the
 * answer depends only on the text. Kept in a WeakMap, so they go with the Source.
 */
import type { Source } from './source.ts';

/** A memo of `compute(src, key)` per Source and key. */
export function perSource<K, V>(compute: (src: Source, key: K) => V): (src: Source, key: K) => V {
  const memo = new WeakMap<Source, Map<K, V>>();
  return (src, key) => {
    let m = memo.get(src);
    if (!m) memo.set(src, (m = new Map()));
    let v = m.get(key);
    if (v === undefined && !m.has(key)) m.set(key, (v = compute(src, key)));
    return v as V;
  };
}
