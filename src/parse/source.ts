/**
 * The text model every rule reads. Rules match on `clean` / `fold`, never on the original, and
 * map positions back through `span()`:
 * - `clean` (text/clean.ts, text/repair.ts): the text as it was meant, whatever way it arrived
 *   — NFC, markdown marks dropped, table bars as line breaks, spaces collapsed, two columns of
 *   a laid-out page as two lines, hard-wrapped paragraphs rejoined (text/unwrap.ts), the
 *   traditional tone placement, lost spaces before task keywords restored. Every clean
 *   character maps back to the original characters it came from.
 * - `fold` (text/fold.ts): `clean` lower-cased without tone marks, đ → d; same length as
 *   `clean`, so one index serves both.
 */
import { buildClean } from './text/clean.ts';
import { splitFlattenedHeader } from './text/flattened.ts';
import { fold } from './text/fold.ts';
import { restoreLostSpaces, traditionalTones } from './text/repair.ts';
import { softBreaks } from './text/unwrap.ts';
import type { Quoted, Span } from './types.ts';

export interface Line {
  /** Offsets into `clean`. */
  start: number;
  end: number;
  /** `clean.slice(start, end)`. */
  text: string;
  /** The original line was a markdown heading (`#`) or wholly emphasised (`**…**`). */
  emphasised: boolean;
}

export interface Source {
  original: string;
  clean: string;
  fold: string;
  lines: Line[];
  /** Original span of clean[start, end). */
  span(start: number, end: number): Span;
  /** Span + quote of clean[start, end). */
  quoted(start: number, end: number): Quoted;
  /** The clean offset of the first clean character at or after original offset `orig`. */
  cleanOffset(orig: number): number;
}

export { fold } from './text/fold.ts';

/** `emphasised` has one flag per line of `clean` (buildClean gives one per line it ends). */
function toLines(clean: string, emphasised: boolean[]): Line[] {
  const lines: Line[] = [];
  let s = 0;
  for (let i = 0; ; i++) {
    let k = clean.indexOf('\n', s);
    if (k === -1) k = clean.length;
    lines.push({ start: s, end: k, text: clean.slice(s, k), emphasised: emphasised[i] as boolean });
    if (k === clean.length) break;
    s = k + 1;
  }
  return lines;
}

export function createSource(original: string): Source {
  const n = original.length;
  const built = buildClean(original, softBreaks(original));
  const flat = splitFlattenedHeader(built.clean);
  const emphasised = [...built.emphasised];
  // a line split in the header keeps its flag on each part
  for (const i of [...flat.splitLines].reverse()) emphasised.splice(i, 0, emphasised[i] as boolean);
  // tones after the lost spaces: a pair is syllable-final only once the space is back
  // ("thành uỷphối hợp"); both keep the map (the tone repair keeps the length)
  const restored = restoreLostSpaces({ ...built, clean: flat.clean });
  const { map, ends } = restored;
  const clean = traditionalTones(restored.clean);

  const span = (start: number, end: number): Span => {
    if (clean.length === 0) return { start: 0, end: 0 };
    const cs = Math.max(0, Math.min(start, clean.length));
    const ce = Math.max(cs, Math.min(end, clean.length));
    if (ce === cs) {
      const at = cs < clean.length ? (map[cs] as number) : n;
      return { start: at, end: at };
    }
    return {
      start: map[cs] as number,
      end: ends[ce - 1] as number,
    };
  };
  const quoted = (start: number, end: number): Quoted => {
    const sp = span(start, end);
    return { span: sp, quote: original.slice(sp.start, sp.end) };
  };
  const cleanOffset = (orig: number): number => {
    let lo = 0;
    let hi = clean.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((map[mid] as number) < orig) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const lines = toLines(clean, emphasised);
  return { original, clean, fold: fold(clean), lines, span, quoted, cleanOffset };
}

/** What squash changes: a space other than a single inner ' ' — every character of `\s` (one
 *  regex scan is 3× faster than a loop over the code units). */
const UNSQUASHED =
  /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|^ | $| {2}/;

/** Collapse whitespace and trim. */
export function squash(s: string): string {
  // most strings are already squashed: check before rebuilding
  return UNSQUASHED.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/** Trim [start, end) of `clean` of spaces and the given punctuation on both sides. */
export function trimRange(
  clean: string,
  start: number,
  end: number,
  punct = ' \n\t,;.:',
): [number, number] {
  let s = start;
  let e = end;
  while (s < e && punct.includes(clean[s] as string)) s++;
  while (e > s && punct.includes(clean[e - 1] as string)) e--;
  return [s, e];
}

/** Is the character an upper-case letter? */
export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Is the character a lower-case letter? */
export function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** A line in capitals (at least two letters, no lower-case letter). */
export function isCapsLine(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (isLower(ch)) return false;
    if (isUpper(ch)) letters++;
  }
  return letters >= 2;
}
