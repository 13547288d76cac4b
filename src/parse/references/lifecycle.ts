/**
 * Pass 7: what this document does to the documents it names — replaces (thay thế), amends (sửa
 * đổi, bổ sung), repeals (bãi bỏ; "… hết hiệu lực") — each with the words that say so.
 *
 * Only where this document is the one acting: the verb opens its clause (an article "Điều 2.
 * Bãi bỏ …", the title "Về việc sửa đổi, bổ sung …") or its subject is this document ("Kế hoạch
 * này thay thế …", "Quyết định này có hiệu lực kể từ ngày ký và thay thế …"); for "hết hiệu
 * lực", the document named opens the clause. A verb inside a task ("ban hành Quyết định thay
 * thế Quyết định số …"), in a law's title ("Luật sửa đổi, bổ sung một số điều của Luật …") or
 * after another document ("Luật này thay thế …" in a letter about that law) is not this
 * document's act.
 */
import type { DocumentEffect, Effect } from '../types.ts';
import { fold as foldText } from '../source.ts';
import type { Mention, RefState } from './state.ts';

/** A verb ending the text before a mention, with the words it may take before the document
 *  ("bãi bỏ Điều 5 của …", "sửa đổi, bổ sung một số điều của …"). */
const VERB_BEFORE: readonly [RegExp, Effect][] = [
  [/\bthay the(?: cho)?\s*$/u, 'replaces'],
  [
    /\bsua doi,? bo sung(?: (?:mot so |cac )?(?:dieu|khoan|noi dung)\b[^.;\n]{0,60}? (?:cua|tai))?\s*$/u,
    'amends',
  ],
  [
    /\bbai bo(?: (?:toan bo |mot so |cac )?(?:dieu|khoan|noi dung)\b[^.;\n]{0,60}? (?:cua|tai))?\s*$/u,
    'repeals',
  ],
];

/** "… hết hiệu lực" after the document named, in the same clause. */
const CEASES = /^[^.;\n]{0,200}?\bhet hieu luc\b/u;

/** Words that may open a clause before the verb without being its subject. */
const OPENER = /^(?:\s|-|\+|\*|dieu \d+\w?\.?|\d+\.|[a-z]\)|ve viec|ve|dong thoi|va)*$/u;

/** "<type> này": this document, written by its type ("Kế hoạch này", "Văn bản này"). */
const THIS_DOCUMENT = /(?:^|\s)([a-z ]{2,40}?) nay(?:\s|,|$)/u;

/** Where the clause holding offset `at` begins (after the last . ; : or line break). */
function clauseStart(fold: string, at: number, limit: number): number {
  let i = at - 1;
  while (i > limit && !'.;:\n'.includes(fold[i] as string)) i -= 1;
  return i <= limit ? limit : i + 1;
}

/** Whether the words before the verb make this document its subject. */
function ownSubject(before: string, ownType: string): boolean {
  if (OPENER.test(before)) return true;
  const own = THIS_DOCUMENT.exec(before);
  if (!own) return false;
  const type = (own[1] as string).trim();
  return (
    type.endsWith('van ban') ||
    (ownType !== '' && (ownType.endsWith(type) || type.endsWith(ownType)))
  );
}

function effectOf(
  st: RefState,
  x: Mention,
  others: readonly Mention[],
  ownType: string,
): DocumentEffect | null {
  const { fold } = st.src;
  const prevEnd = others.reduce((end, o) => (o.end <= x.start && o.end > end ? o.end : end), 0);
  const from = clauseStart(fold, x.start, Math.max(prevEnd, x.start - 160));
  const back = fold.slice(from, x.start);
  for (const [verb, effect] of VERB_BEFORE) {
    const m = verb.exec(back);
    if (m && ownSubject(back.slice(0, m.index), ownType)) {
      return { effect, ...st.src.quoted(from + m.index, x.end) };
    }
  }
  // From the name itself: a tail read as the issuer may run on over "… hết hiệu lực".
  const ahead = CEASES.exec(fold.slice(x.end, x.end + 220));
  const nextStart = others.reduce(
    (s, o) => (o.start >= x.end && o.start < s ? o.start : s),
    Infinity,
  );
  if (ahead && x.end + ahead[0].length <= nextStart && OPENER.test(back)) {
    return { effect: 'repeals', ...st.src.quoted(x.start, x.end + ahead[0].length) };
  }
  return null;
}

/** The effects on each reference, by key, in the order of its mentions. */
export function effectsByKey(st: RefState, ownType: string | null): Map<string, DocumentEffect[]> {
  const own = ownType ? foldText(ownType).trim() : '';
  const out = new Map<string, DocumentEffect[]>();
  const mentions = [...st.mentions].sort((a, b) => a.start - b.start);
  for (const x of mentions) {
    const found = effectOf(st, x, mentions, own);
    if (!found) continue;
    const list = out.get(x.key) ?? [];
    if (!list.some((e) => e.effect === found.effect)) list.push(found);
    out.set(x.key, list);
  }
  return out;
}
