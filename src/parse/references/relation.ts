/**
 * Pass 5: the relation. A mention in the front matter introduced by "Thực hiện", "Triển khai",
 * "Quán triệt", "Thi hành" (adverbs allowed: "triển khai thực hiện hiệu quả"), or by "Căn cứ"
 * when it is a directive, not a law — or listed right after such a mention, past its date,
 * issuer and subject — is what the document implements; a mention after "về" (nested in another reference's subject) and every
 * mention in the body are citations.
 */
import { ABOUT, BASED_ON, BASIS_TYPES, IMPLEMENTING_VERB } from './patterns.ts';
import type { RefState } from './state.ts';

/** Keys of the references the document implements. */
export function implementedKeys(st: RefState): Set<string> {
  const { input } = st;
  const [frontStart, frontEnd] = input.front;
  const implementing = new Set<string>();
  let prevEnd = frontStart;
  let prevTail = frontStart;
  let prevKey: string | null = null;
  const mentions = [...st.mentions].sort((a, b) => a.start - b.start);
  for (const x of mentions) {
    if (x.start < frontStart || x.start >= frontEnd) continue;
    // inside the previous one's subject ("… về thực hiện Kết luận số 70-KL/TW"): nested, cited
    const nested = x.start < prevTail;
    // a list of references goes on after the previous one's tail (date, issuer, subject)
    const from = nested ? prevEnd : prevTail;
    const back = st.src.fold.slice(Math.max(from, x.start - 60, frontStart), x.start);
    const clause = back.split(/[.;:\n]/).pop() ?? '';
    let impl = false;
    if (ABOUT.test(clause)) impl = false;
    else if (IMPLEMENTING_VERB.test(clause)) impl = true;
    else if (BASED_ON.test(clause)) impl = BASIS_TYPES.test(st.drafts.get(x.key)?.ref.type ?? '');
    else if (
      !nested &&
      prevKey !== null &&
      implementing.has(prevKey) &&
      /^[\s,)và]*$/.test(clause.replace(/va/g, ''))
    )
      impl = true;
    if (impl) implementing.add(x.key);
    prevEnd = x.end;
    prevTail = Math.max(x.end, x.tailEnd ?? x.end);
    prevKey = x.key;
  }
  return implementing;
}
