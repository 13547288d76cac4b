/**
 * Pass 5: the relation. A mention in the front matter introduced by "Thực hiện", "Triển khai",
 * "Quán triệt" (or "Căn cứ" in a plan) — or listed right after such a mention — is what the
 * document implements; a mention after "về" (nested in another reference's subject) and every
 * mention in the body are citations.
 */
import { ABOUT, BASED_ON, IMPLEMENTING_VERB, PLAN_BASIS_TYPES, PLAN_TYPES } from './patterns.ts';
import type { RefState } from './state.ts';

/** Keys of the references the document implements. */
export function implementedKeys(st: RefState): Set<string> {
  const { input } = st;
  const [frontStart, frontEnd] = input.front;
  const implementing = new Set<string>();
  const ownIsPlan = input.ownType !== null && PLAN_TYPES.test(input.ownType);
  let prevEnd = frontStart;
  let prevKey: string | null = null;
  const mentions = [...st.mentions].sort((a, b) => a.start - b.start);
  for (const x of mentions) {
    if (x.start < frontStart || x.start >= frontEnd) continue;
    const back = st.src.fold.slice(Math.max(prevEnd, x.start - 60, frontStart), x.start);
    const clause = back.split(/[.;:\n]/).pop() ?? '';
    let impl = false;
    if (ABOUT.test(clause)) impl = false;
    else if (IMPLEMENTING_VERB.test(clause)) impl = true;
    else if (BASED_ON.test(clause))
      impl = ownIsPlan && PLAN_BASIS_TYPES.test(st.drafts.get(x.key)?.ref.type ?? '');
    else if (
      prevKey !== null &&
      implementing.has(prevKey) &&
      /^[\s,)và]*$/.test(clause.replace(/va/g, ''))
    )
      impl = true;
    if (impl) implementing.add(x.key);
    prevEnd = x.end;
    prevKey = x.key;
  }
  return implementing;
}
