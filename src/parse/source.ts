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
}

const foldCache = new Map<string, string>();

/** One character without tone marks, lower-case; identity when that would change the length. */
export function foldChar(ch: string): string {
  const hit = foldCache.get(ch);
  if (hit !== undefined) return hit;
  let out = ch;
  if (ch === 'đ' || ch === 'Đ') out = 'd';
  else if (ch.length === 1 && ch.charCodeAt(0) >= 0x80) {
    const base = ch.normalize('NFD')[0] ?? ch;
    const lower = base.toLowerCase();
    out = lower.length === 1 && base.charCodeAt(0) < 0x80 ? lower : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
  } else {
    const lower = ch.toLowerCase();
    out = lower.length === 1 ? lower : ch;
  }
  foldCache.set(ch, out);
  return out;
}

/** Fold a whole string (same length). */
export function fold(s: string): string {
  let out = '';
  for (const ch of s) out += ch.length === 1 ? foldChar(ch) : ch;
  return out;
}

const COMBINING = /[\u0300-\u036f]/;

export function createSource(original: string): Source {
  const cleanParts: string[] = [];
  const mapStart: number[] = [];
  const mapEnd: number[] = [];
  const emphasisedLines: boolean[] = [];

  const push = (s: string, os: number, oe: number): void => {
    for (let k = 0; k < s.length; k++) {
      cleanParts.push(s[k] as string);
      mapStart.push(os);
      mapEnd.push(oe);
    }
  };

  let i = 0;
  const n = original.length;
  while (i <= n) {
    // one original line [i, j)
    let j = original.indexOf('\n', i);
    if (j === -1) j = n;
    const raw = original.slice(i, j);
    const trimmed = raw.trim();
    const heading = /^#{1,6}\s/.test(trimmed);
    const emphasised =
      heading || (/^(\*\*|__)/.test(trimmed) && /(\*\*|__)$/.test(trimmed.replace(/\s+$/, '')) && trimmed.length > 4);
    emphasisedLines.push(emphasised);
    let k = i;
    // leading spaces
    while (k < j && (original[k] === ' ' || original[k] === '\t' || original[k] === '\u00a0')) {
      push(' ', k, k + 1);
      k++;
    }
    // heading hashes
    if (original[k] === '#') {
      while (k < j && original[k] === '#') k++;
    }
    // a markdown "* " bullet is kept as "•" so that it is not taken for emphasis
    if (original[k] === '*' && (original[k + 1] === ' ' || original[k + 1] === '\t')) {
      push('•', k, k + 1);
      k++;
    }
    while (k < j) {
      const ch = original[k] as string;
      if (ch === '\r') {
        k++;
        continue;
      }
      if (ch === '\\' && original[k + 1] === '*') {
        k += 2;
        continue;
      }
      if (ch === '*') {
        k++;
        continue;
      }
      if (ch === '|') {
        push('\n', k, k + 1);
        k++;
        continue;
      }
      if (ch === '\u00a0' || ch === '\t') {
        push(' ', k, k + 1);
        k++;
        continue;
      }
      // a cluster: a base and its combining marks (NFD input), composed
      const code = ch.charCodeAt(0);
      let e = k + 1;
      if (code >= 0xd800 && code <= 0xdbff && e < j) e++;
      while (e < j && COMBINING.test(original[e] as string)) e++;
      if (e === k + 1 && code < 0x80) push(ch, k, e);
      else push(original.slice(k, e).normalize('NFC'), k, e);
      k = e;
    }
    if (j < n) push('\n', j, j + 1);
    i = j + 1;
    if (j === n) break;
  }

  const clean = cleanParts.join('');
  let foldParts = '';
  for (let k = 0; k < clean.length; k++) {
    const ch = clean[k] as string;
    foldParts += ch.charCodeAt(0) < 0x80 ? (ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch) : foldChar(ch);
  }

  // Lines of `clean`. A table bar creates extra lines inside one original line; they inherit
  // the original line's emphasis flag.
  const lines: Line[] = [];
  let origLine = 0;
  let s = 0;
  for (let k = 0; k <= clean.length; k++) {
    if (k === clean.length || clean[k] === '\n') {
      lines.push({ start: s, end: k, text: clean.slice(s, k), emphasised: emphasisedLines[origLine] ?? false });
      if (k < clean.length && original[mapStart[k] as number] === '\n') origLine++;
      s = k + 1;
    }
  }

  const span = (start: number, end: number): Span => {
    if (clean.length === 0) return { start: 0, end: 0 };
    const cs = Math.max(0, Math.min(start, clean.length));
    const ce = Math.max(cs, Math.min(end, clean.length));
    if (ce === cs) {
      const at = cs < clean.length ? (mapStart[cs] as number) : n;
      return { start: at, end: at };
    }
    return { start: mapStart[cs] as number, end: mapEnd[ce - 1] as number };
  };
  const quoted = (start: number, end: number): Quoted => {
    const sp = span(start, end);
    return { span: sp, quote: original.slice(sp.start, sp.end) };
  };

  return { original, clean, fold: foldParts, lines, span, quoted };
}

/** Collapse whitespace and trim. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Trim [start, end) of `clean` of spaces and the given punctuation on both sides. */
export function trimRange(clean: string, start: number, end: number, punct = ' \n\t,;.:'): [number, number] {
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
