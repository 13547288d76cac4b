/**
 * Repairs of the clean text that keep every character's map to the original:
 * - the traditional tone placement ("hoà" → "hòa", "uỷ" → "ủy", "Thuỵ" → "Thụy"), so that names
 *   read from the text are the same whichever convention the typist used (same length);
 * - a space lost before a task keyword ("Sở Tài chínhchủ trì", "Các Bộcó trách nhiệm"): a
 *   Vietnamese syllable never runs into the next one, so a letter glued to the keyword is a
 *   lost space (the inserted space maps to the keyword's first character, with no width).
 */
export { traditionalTones } from '../../lexicon/tones.ts';
import { GLUED_KEYWORDS } from '../../lexicon/verbs.ts';
import type { CleanText } from './clean.ts';

const LETTER = /\p{L}/u;

/** Does a task keyword end at `e`: a non-letter follows, or another keyword glued to it
 *  ("có trách nhiệmchủ trì")? */
function keywordEnds(clean: string, e: number): boolean {
  return !LETTER.test(clean[e] ?? '') || GLUED_KEYWORDS.some((kw) => clean.startsWith(kw, e));
}

/** Offsets where a task keyword is glued to the letter before it (native searches only). */
function gluedAt(clean: string): number[] {
  const at: number[] = [];
  for (const kw of GLUED_KEYWORDS) {
    for (let k = clean.indexOf(kw); k !== -1; k = clean.indexOf(kw, k + kw.length)) {
      if (k > 0 && LETTER.test(clean[k - 1] as string) && keywordEnds(clean, k + kw.length))
        at.push(k);
    }
  }
  return at.sort((a, b) => a - b);
}

/** Insert the spaces lost before task keywords in a text without a map (a table cell's). */
export function lostSpacesRestored(text: string): string {
  const at = gluedAt(text);
  if (at.length === 0) return text;
  return at.reduceRight((t, k) => `${t.slice(0, k)} ${t.slice(k)}`, text);
}

/** Insert the spaces lost before task keywords; the map gains one entry per space. */
export function restoreLostSpaces(t: CleanText): CleanText {
  const at = gluedAt(t.clean);
  if (at.length === 0) return t;
  const map = new Int32Array(t.clean.length + at.length + 1);
  const ends = new Int32Array(t.clean.length + at.length + 1);
  const parts: string[] = [];
  let from = 0;
  let shift = 0;
  const copy = (to: number): void => {
    parts.push(t.clean.slice(from, to));
    for (let k = from; k < to; k++) {
      map[k + shift] = t.map[k] as number;
      ends[k + shift] = t.ends[k] as number;
    }
    from = to;
  };
  for (const k of at) {
    copy(k);
    parts.push(' ');
    map[k + shift] = t.map[k] as number;
    // the space has no width in the original: it ends where the next character starts
    ends[k + shift] = t.map[k] as number;
    shift++;
  }
  copy(t.clean.length);
  return { clean: parts.join(''), map, ends, emphasised: t.emphasised };
}
