/**
 * The text model every rule reads. Rules match on `clean` / `fold`, never on the original, and
 * map positions back through `span()`:
 * - `clean`: NFC, markdown emphasis (`*`, `**`, `\*`) and heading hashes removed, table bars `|`
 *   turned into line breaks (so table cells read as lines), a "* " bullet written "• ", CR
 *   dropped, tabs and non-breaking spaces made spaces. Every clean character maps back to the
 *   original characters it came from.
 * - `fold`: `clean` lower-cased without tone marks, đ → d; same length as `clean`, so one index
 *   serves both. Keyword rules match here, which makes them indifferent to tone placement ("uỷ"
 *   / "ủy") and to OCR-damaged tones ("tinh phôi hợp").
 */
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

const foldCache = new Map<string, string>();

/** One character without tone marks, lower-case; identity when that would change the length. */
function foldChar(ch: string): string {
  const hit = foldCache.get(ch);
  if (hit !== undefined) return hit;
  let out = ch;
  if (ch === 'đ' || ch === 'Đ') out = 'd';
  else if (ch.length === 1 && ch.charCodeAt(0) >= 0x80) {
    const base = ch.normalize('NFD')[0] ?? ch;
    const lower = base.toLowerCase();
    out =
      lower.length === 1 && base.charCodeAt(0) < 0x80
        ? lower
        : ch.toLowerCase().length === 1
          ? ch.toLowerCase()
          : ch;
  } else {
    const lower = ch.toLowerCase();
    out = lower.length === 1 ? lower : ch;
  }
  foldCache.set(ch, out);
  return out;
}

const UTF16 = new TextDecoder('utf-16le');

/** Folded code of each BMP code unit, filled lazily (0 = not yet computed). */
const FOLD_TABLE = new Uint16Array(0x10000);

function foldCode(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  let f = FOLD_TABLE[c] as number;
  if (f === 0) {
    const out = foldChar(String.fromCharCode(c));
    f = out.length === 1 ? out.charCodeAt(0) : c;
    FOLD_TABLE[c] = f;
  }
  return f;
}

/** Fold a whole string (same length). */
export function fold(s: string): string {
  const codes = new Uint16Array(s.length);
  for (let k = 0; k < s.length; k++) codes[k] = foldCode(s.charCodeAt(k));
  return UTF16.decode(codes);
}

const COMBINING = /[\u0300-\u036f]/;
/** The next character in [from, to) that the line loop must look at one by one, or `to`. */
function nextSpecial(s: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (
      c === 42 ||
      c === 92 ||
      c === 124 ||
      c === 13 ||
      c === 9 ||
      c === 160 ||
      (c >= 0x300 && c <= 0x36f)
    )
      return k;
  }
  return to;
}

export function createSource(original: string): Source {
  const n = original.length;
  // clean is never longer than the original: characters are dropped, composed or replaced 1:1
  const mapStart = new Int32Array(n + 1);
  /** End offsets of the clean characters whose original is longer than one unit (clusters). */
  const wideEnd = new Map<number, number>();
  const chunks: string[] = [];
  let len = 0;
  const emphasisedLines: boolean[] = [];

  const push = (s: string, os: number, oe: number): void => {
    chunks.push(s);
    for (let k = 0; k < s.length; k++) {
      mapStart[len] = os;
      if (oe !== os + 1) wideEnd.set(len, oe);
      len++;
    }
  };
  /** Copy original[from, to) unchanged. */
  const copy = (from: number, to: number): void => {
    if (to <= from) return;
    chunks.push(original.slice(from, to));
    for (let k = from; k < to; k++) mapStart[len++] = k;
  };

  let i = 0;
  while (i <= n) {
    // one original line [i, j)
    let j = original.indexOf('\n', i);
    if (j === -1) j = n;
    let lead = i;
    while (
      lead < j &&
      (original[lead] === ' ' || original[lead] === '\t' || original[lead] === '\u00a0')
    )
      lead++;
    let tail = j;
    while (tail > lead && /\s/.test(original[tail - 1] as string)) tail--;
    const first = original[lead];
    const heading = first === '#' && /^#{1,6}\s/.test(original.slice(lead, lead + 8));
    const bold =
      (first === '*' || first === '_') &&
      tail - lead > 4 &&
      /^(\*\*|__)/.test(original.slice(lead, lead + 2)) &&
      /(\*\*|__)$/.test(original.slice(tail - 2, tail));
    emphasisedLines.push(heading || bold);
    for (let k = i; k < lead; k++) push(' ', k, k + 1);
    let k = lead;
    if (original[k] === '#') while (k < j && original[k] === '#') k++;
    // a markdown "* " bullet is kept as "•" so that it is not taken for emphasis
    if (original[k] === '*' && (original[k + 1] === ' ' || original[k + 1] === '\t')) {
      push('•', k, k + 1);
      k++;
    }
    while (k < j) {
      const at = nextSpecial(original, k, j);
      // a run of ordinary characters; the one before a combining mark is composed with it
      const runEnd = at < j && COMBINING.test(original[at] as string) && at > k ? at - 1 : at;
      copy(k, runEnd);
      k = runEnd;
      if (k >= j) break;
      const ch = original[k] as string;
      if (ch === '\r') k++;
      else if (ch === '\\' && original[k + 1] === '*') k += 2;
      else if (ch === '*') k++;
      else if (ch === '|') {
        push('\n', k, k + 1);
        k++;
      } else if (ch === '\u00a0' || ch === '\t') {
        push(' ', k, k + 1);
        k++;
      } else {
        // a cluster: a base and its combining marks (NFD input)
        let e = k + 1;
        while (e < j && COMBINING.test(original[e] as string)) e++;
        push(original.slice(k, e).normalize('NFC'), k, e);
        k = e;
      }
    }
    if (j < n) push('\n', j, j + 1);
    i = j + 1;
    if (j === n) break;
  }

  const clean = chunks.join('');
  const codes = new Uint16Array(clean.length);
  for (let k = 0; k < clean.length; k++) codes[k] = foldCode(clean.charCodeAt(k));
  const foldText = UTF16.decode(codes);

  // Lines of `clean`. A table bar creates extra lines inside one original line; they inherit
  // the original line's emphasis flag.
  const lines: Line[] = [];
  let origLine = 0;
  let s = 0;
  for (;;) {
    let k = clean.indexOf('\n', s);
    if (k === -1) k = clean.length;
    lines.push({
      start: s,
      end: k,
      text: clean.slice(s, k),
      emphasised: emphasisedLines[origLine] ?? false,
    });
    if (k === clean.length) break;
    if (original.charCodeAt(mapStart[k] as number) === 10) origLine++;
    s = k + 1;
  }

  const span = (start: number, end: number): Span => {
    if (clean.length === 0) return { start: 0, end: 0 };
    const cs = Math.max(0, Math.min(start, clean.length));
    const ce = Math.max(cs, Math.min(end, clean.length));
    if (ce === cs) {
      const at = cs < clean.length ? (mapStart[cs] as number) : n;
      return { start: at, end: at };
    }
    return {
      start: mapStart[cs] as number,
      end: wideEnd.get(ce - 1) ?? (mapStart[ce - 1] as number) + 1,
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
      if ((mapStart[mid] as number) < orig) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return { original, clean, fold: foldText, lines, span, quoted, cleanOffset };
}

/** Collapse whitespace and trim. */
export function squash(s: string): string {
  // most strings are already squashed: check before rebuilding
  let clean = true;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (
      c === 32
        ? k === 0 || k === s.length - 1 || s.charCodeAt(k + 1) === 32
        : c === 9 ||
          c === 10 ||
          c === 13 ||
          c === 160 ||
          c === 12 ||
          c === 11 ||
          (c >= 0x2000 && c <= 0x200a) ||
          c === 0x2028 ||
          c === 0x2029 ||
          c === 0x3000 ||
          c === 0xfeff
    ) {
      clean = false;
      break;
    }
  }
  return clean ? s : s.replace(/\s+/g, ' ').trim();
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
