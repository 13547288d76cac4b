/**
 * Pass 5: the relation. A mention in the front matter introduced by "Thực hiện", "Triển khai",
 * "Quán triệt", "Thi hành" (adverbs allowed: "triển khai thực hiện hiệu quả"), or by "Căn cứ"
 * when it is a directive, not a law — or listed right after such a mention, past its date,
 * issuer and subject — is what the document implements; a mention after "về" (nested in another reference's subject) and every
 * mention in the body are citations. Every other document named in a Căn cứ paragraph of the
 * front matter (a law, a decree, a document nested in another's subject) is the document's
 * legal basis: 'basis', neither implemented nor merely cited; so is a document nested in the
 * subject of one the preamble implements ("Thực hiện Kế hoạch số … về thực hiện Nghị quyết số …").
 */
import type { Relation } from '../types.ts';
import {
  ABOUT,
  BASED_ON,
  BASIS_PARAGRAPH,
  BASIS_TYPES,
  BODY_HEADING,
  IMPLEMENTING_VERB,
  PARAGRAPH_OPENER,
  STATE_OF,
} from './patterns.ts';
import type { Draft, RefState } from './state.ts';

/** True when offset `at` lies in a Căn cứ paragraph that starts at or after `from`: the
 *  nearest line above it (its own included) that opens a paragraph opens with "Căn cứ". */
export function inBasisParagraph(fold: string, from: number, at: number): boolean {
  let end = at;
  for (
    let lines = 0;
    lines < 12 &&
    // Stryker disable next-line ConditionalExpression,EqualityOperator: above `from` a line reads as empty, which ends the walk alike
    end > from;
    lines++
  ) {
    const start = Math.max(from, fold.lastIndexOf('\n', end - 1) + 1);
    const line = fold.slice(start, end);
    if (BASIS_PARAGRAPH.test(line)) return true;
    // Stryker disable next-line MethodExpression: a blank line of the clean text is empty (clean.ts)
    if (PARAGRAPH_OPENER.test(line) || (line.trim() === '' && end !== at)) return false;
    end = start - 1;
  }
  return false;
}

/** The relation of every reference the document implements or rests on, by key. In a Căn cứ
 *  paragraph a directive listed in its own right is implemented; a law, a decree, or a document
 *  nested in another's subject ("… về thực hiện Chỉ thị số …") is the basis. */
export function relationsByKey(st: RefState): Map<string, Exclude<Relation, 'cites'>> {
  const implementing = implementedKeys(st);
  const out = new Map<string, Exclude<Relation, 'cites'>>();
  const [frontStart, frontEnd] = st.input.front;
  // a preamble written as bullets ("- Căn cứ …;") is read as a list: it ends at the first heading
  const head = BODY_HEADING.exec(st.src.clean.slice(frontEnd));
  const end = head ? frontEnd + head.index : st.src.clean.length;
  let prevTail = frontStart;
  // Stryker disable next-line StringLiteral: set by the first mention, which is never nested
  let owner = '';
  for (const x of [...st.mentions].sort((a, b) => a.start - b.start)) {
    if (x.start < frontStart || x.start >= end) continue;
    const nested = x.start < prevTail;
    prevTail = Math.max(prevTail, x.tailEnd ?? x.end);
    if (!nested) owner = x.key;
    if (out.get(x.key) === 'implements') continue;
    // "Thực hiện Kế hoạch số … về thực hiện Nghị quyết số …": what the plan rests on, reached
    // through the subject of a document it implements
    if (nested && x.start < frontEnd && implementing.has(owner)) out.set(x.key, 'basis');
    if (!inBasisParagraph(st.src.fold, frontStart, x.start)) continue;
    // Stryker disable next-line StringLiteral: no type is no directive, whatever the fallback
    const directive = BASIS_TYPES.test((st.drafts.get(x.key) as Draft).ref.type ?? '');
    out.set(x.key, directive && !nested ? 'implements' : 'basis');
  }
  for (const key of implementing) out.set(key, 'implements');
  return out;
}

/** True when an implementing verb follows the previous mention's tail with no separator: it
 *  belongs to that document's title. */
export function verbOfPrevious(back: string, prevKey: string | null, gap: number): boolean {
  return prevKey !== null && gap < 120 && !/[,;.()\n]|\sva\s|^\s*(?:va|de)\s/.test(back);
}

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
    const clause = back.split(/[.;:\n]/).pop() as string;
    let impl = false;
    if (ABOUT.test(clause)) impl = false;
    else if (IMPLEMENTING_VERB.test(clause))
      // "Nghị quyết số 140/NQ-CP … của Chính phủ thực hiện Nghị quyết số 66-NQ/TW": the verb
      // ends the previous document's title when nothing separates them
      impl =
        !verbOfPrevious(back, prevKey, x.start - prevEnd) &&
        !STATE_OF.test(
          // the clause ends back, so the verb found in it ends back too
          back.slice(0, back.length - (IMPLEMENTING_VERB.exec(back) as RegExpExecArray)[0].length),
        );
    else if (BASED_ON.test(clause))
      // Stryker disable next-line StringLiteral: no type is no directive, whatever the fallback
      impl = BASIS_TYPES.test((st.drafts.get(x.key) as Draft).ref.type ?? '');
    else if (
      !nested &&
      // Stryker disable next-line ConditionalExpression: no key is never in the set (for the types)
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
