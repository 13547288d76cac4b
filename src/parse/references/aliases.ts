/**
 * Pass 3: aliases. "(sau đây gọi là X)" belongs to the closest reference before it, preferring
 * one of the type the alias names ("Kết luận"); every later capitalised X is a mention of it.
 */
import { trimRange } from '../source.ts';
import { ALIAS_DEFINITION, TYPE_HEAD, typeName } from './patterns.ts';
import { otherIssuer, overlaps, take, type Draft, type Mention, type RefState } from './state.ts';

export interface AliasDef {
  key: string;
  /** Folded alias. */
  text: string;
  /** The parenthesis that defines it (clean offsets). */
  parenStart: number;
  parenEnd: number;
}

/** The closest numbered or named mention ending before `at`, of type `type` if there is one. */
function closestBefore(st: RefState, at: number, type: string | null): Mention | undefined {
  const before = st.mentions
    .filter((x) => x.end <= at && (x.kind === 'number' || x.kind === 'named'))
    .sort((a, b) => b.end - a.end);
  return before.find((x) => type !== null && st.drafts.get(x.key)?.ref.type === type) ?? before[0];
}

function aliasDefinitions(st: RefState): AliasDef[] {
  const { clean, fold } = st.src;
  const defs: AliasDef[] = [];
  ALIAS_DEFINITION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ALIAS_DEFINITION.exec(fold))) {
    const inner = m[1] as string;
    const innerStart = m.index + m[0].lastIndexOf(inner);
    const typeHead = TYPE_HEAD.exec(inner);
    const prev = closestBefore(st, m.index, typeHead ? typeName(typeHead[0]) : null);
    if (!prev) continue;
    const [as, ae] = trimRange(clean, innerStart, m.index + m[0].length - 1, ' "“”\'‘’:');
    if (ae <= as) continue;
    (st.drafts.get(prev.key) as Draft).ref.aliases.push(st.src.quoted(as, ae));
    defs.push({
      key: prev.key,
      text: fold.slice(as, ae),
      parenStart: m.index,
      parenEnd: m.index + m[0].length,
    });
  }
  return defs;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function aliasUses(st: RefState, a: AliasDef): void {
  const { clean, fold } = st.src;
  const d = st.drafts.get(a.key) as Draft;
  const re = new RegExp(
    `(?<![\\p{L}\\d])${escape(a.text).replace(/\s+/g, '\\s+')}(?![\\p{L}\\d/-])`,
    'gu',
  );
  let m: RegExpExecArray | null;
  while ((m = re.exec(fold))) {
    const s = m.index;
    const e = s + m[0].length;
    if (s >= a.parenStart && s < a.parenEnd) continue;
    if (clean[s] !== clean[s]?.toUpperCase()) continue; // an alias is written capitalised
    if (overlaps(st, s, e) || otherIssuer(st, e, d)) continue;
    take(st, d, { start: s, end: e, key: a.key, kind: 'alias' });
  }
}

export function aliasMentions(st: RefState): AliasDef[] {
  const defs = aliasDefinitions(st);
  for (const a of defs) aliasUses(st, a);
  return defs;
}
