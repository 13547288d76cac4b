/** Pass 4: short numbers. "Nghị quyết 20" is a mention of the one cited 20-NQ/TW of that type. */
import { BARE_NUMBER, TYPE_BEFORE_SHORT, typeName } from './patterns.ts';
import type { AliasDef } from './aliases.ts';
import { otherIssuer, overlaps, skipped, take, type Draft, type RefState } from './state.ts';

/** Numbered drafts by "type|leading digits". */
function byShortNumber(st: RefState): Map<string, Draft[]> {
  const out = new Map<string, Draft[]>();
  for (const k of st.order) {
    const d = st.drafts.get(k) as Draft;
    if (d.ref.number === null) continue;
    // a document number always opens with its digits (numbers.ts)
    const key = `${d.ref.type}|${d.ref.number.split(/\D/u)[0] as string}`;
    out.set(key, [...(out.get(key) ?? []), d]);
  }
  return out;
}

export function shortMentions(st: RefState, aliases: AliasDef[]): void {
  const { clean, fold } = st.src;
  const byShort = byShortNumber(st);
  // at each bare number, look back for a type phrase
  BARE_NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BARE_NUMBER.exec(fold))) {
    const windowStart = Math.max(0, m.index - 34);
    const t = TYPE_BEFORE_SHORT.exec(fold.slice(windowStart, m.index));
    if (!t) continue;
    const s = windowStart + t.index;
    const e = m.index + m[0].length;
    if (overlaps(st, s, e) || skipped(st, s)) continue;
    if (
      aliases.some(
        (a) =>
          // Stryker disable next-line EqualityOperator: a type phrase cannot start on the "(" of a definition
          s >= a.parenStart &&
          // … and before its ")" ends
          s < a.parenEnd,
      )
    )
      continue;
    if (clean[s] !== (clean[s] as string).toUpperCase()) continue;
    const candidates = byShort.get(`${typeName(t[1] as string)}|${m[1]}`) ?? [];
    if (candidates.length !== 1) continue;
    const d = candidates[0] as Draft;
    if (otherIssuer(st, e, d)) continue;
    take(st, d, { start: s, end: e, key: d.key });
  }
}
