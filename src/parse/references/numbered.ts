/** Pass 1: numbered mentions ("Nghị quyết số 20-NQ/TW, ngày 16/6/2022 của …") and their tails. */
import { findDate } from '../dates.ts';
import { parseDocNumber, typeFromNumber } from '../numbers.ts';
import { fold, squash, trimRange, type Source } from '../source.ts';
import type { Reference } from '../types.ts';
import {
  NUMBER_MENTION,
  TAIL_DATE,
  TAIL_END,
  TAIL_ISSUER,
  TAIL_ISSUER_END,
  TAIL_SUBJECT,
  TAIL_SUBJECT_END,
  TAIL_TERM,
  TYPE_BEFORE_NUMBER,
  typeName,
} from './patterns.ts';
import { draftFor, emptyReference, skipped, take, type RefState } from './state.ts';

export function numberedMentions(st: RefState): void {
  const { clean, fold } = st.src;
  NUMBER_MENTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_MENTION.exec(clean))) {
    const numStart = m.index;
    const numEnd = m.index + m[0].length;
    if (skipped(st, numStart)) continue;
    const dn = parseDocNumber(m[0]);
    if (!dn) continue;
    const before = fold.slice(Math.max(0, numStart - 40), numStart);
    const t = TYPE_BEFORE_NUMBER.exec(before);
    const mStart = t ? numStart - (before.length - t.index) : numStart;
    const type = (t ? typeName(t[1] as string) : null) ?? typeFromNumber(dn);
    // one reference whatever the case of its number ("12-CTR/TU" in a title = "12-CTr/TU")
    const key = numberKey(dn.number);
    const d = draftFor(st, key, () =>
      emptyReference(st.src.quoted(mStart, numEnd), {
        number: dn.number,
        type,
        term: null,
        description: null,
      }),
    );
    if (d.ref.type === null && type) d.ref.type = type;
    // the form written in sentence case is the document's own, not a title's capitals
    if (/\p{Ll}/u.test(dn.number) && !/\p{Ll}/u.test(d.ref.number as string))
      d.ref.number = dn.number;
    const tailEnd = readTail(st.src, d.ref, numEnd);
    take(st, d, { start: mStart, end: numEnd, key, tailEnd });
  }
}

/** Where the tail after offset `at` may run to: over line breaks inside its paragraph (a title
 *  printed on several lines), not past a blank line, a bullet or an item. */
function tailEnd(clean: string, at: number): number {
  const para = TAIL_END.exec(clean.slice(at, at + 400));
  return para ? at + para.index : Math.min(clean.length, at + 400);
}

/** The key of a number: case and marks do not tell two documents apart. */
export const numberKey = (n: string): string => fold(n);

/** Date, issuer, term and subject written after a numbered mention (first time only); returns
 *  where they end. */
export function readTail(src: Source, ref: Reference, at: number): number {
  const { clean, fold } = src;
  const lineEnd = tailEnd(clean, at);
  let k = at;
  const dateWindow = fold.slice(k, Math.min(lineEnd, k + 40));
  const dm = TAIL_DATE.exec(dateWindow);
  if (dm) {
    const d = findDate(dateWindow);
    if (d && d.start <= dm[0].length + 6) {
      if (ref.date === null) ref.date = d.iso;
      k += d.end;
    }
  }
  const cm = TAIL_ISSUER.exec(fold.slice(k, lineEnd));
  if (cm) {
    const s = k + cm[0].length;
    const stop = TAIL_ISSUER_END.exec(fold.slice(s, lineEnd));
    const e = stop ? s + stop.index : lineEnd;
    if (ref.issuer === null && e > s) ref.issuer = squash(clean.slice(s, e));
    k = e;
  }
  const tm = TAIL_TERM.exec(fold.slice(k, lineEnd));
  if (tm) {
    if (ref.term === null) ref.term = `khóa ${(tm[1] as string).toUpperCase()}`;
    k += tm[0].length;
  }
  const vm = TAIL_SUBJECT.exec(fold.slice(k, lineEnd));
  if (vm && ref.subject === null) {
    const s = k + vm[0].length;
    const stop = TAIL_SUBJECT_END.exec(clean.slice(s, lineEnd));
    const e = stop ? s + stop.index : lineEnd;
    const [ss, ee] = trimRange(clean, s, e, ' ,.;:');
    if (ee > ss) ref.subject = squash(clean.slice(ss, ee));
    k = e;
  }
  return k;
}
