/**
 * Ways the same document arrives as text (issue 18, capability 7), as functions of the text.
 * Each keeps the document's meaning: the parse of the result must equal the parse of the input
 * apart from spans and quotes (see `withoutSpans`).
 */
import type { ParsedDocument } from '../../../src/parse/index.ts';

export const crlf = (t: string): string => t.replace(/\r?\n/g, '\r\n');

export const nfd = (t: string): string => t.normalize('NFD');

const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const REFORMED = new Map<string, string>();
for (const [first, seconds] of [
  ['o', 'ae'],
  ['O', 'AE'],
  ['u', 'y'],
  ['U', 'Y'],
] as const)
  for (const second of seconds)
    for (const tone of TONES)
      REFORMED.set(
        (first + tone + second).normalize('NFC'),
        (first + second + tone).normalize('NFC'),
      );

/** The reformed tone placement ("hòa" → "hoà", "ủy" → "uỷ") on every word-final pair that
 *  `pick` selects (by its index among such pairs). */
export function reformedTones(t: string, pick: (i: number) => boolean = () => true): string {
  let i = 0;
  return t
    .normalize('NFC')
    .replace(/(?<![qQ])(?:[òóỏõọÒÓỎÕỌ][aeAE]|[ùúủũụÙÚỦŨỤ][yY])(?![\p{L}\p{M}])/gu, (m) =>
      pick(i++) ? (REFORMED.get(m) ?? m) : m,
    );
}

/** A tab before every line and after every list marker. */
export const tabs = (t: string): string =>
  t
    .split('\n')
    .map((l) => (l.trim() === '' ? l : `\t${l.replace(/^([-+•]|\d+\.) /, '$1\t')}`))
    .join('\n');

export const leadingBlank = (t: string): string => `\n\n${t}`;

/** A line that is not part of the document (a page banner, a crawler's note). */
export const leadingUnrelated = (t: string): string =>
  `Bản in từ hệ thống quản lý văn bản và điều hành\n${t}`;

/** Every single space between two words doubled. */
export const doubledSpaces = (t: string): string => t.replace(/(?<=\S) (?=\S)/g, '  ');

/** Every line longer than `width` broken greedily at spaces, as a PDF extractor does. */
export function hardWrap(t: string, width: number): string {
  return t
    .split('\n')
    .map((line) => {
      const body = line.trimEnd();
      if (body.length <= width) return line;
      const out: string[] = [];
      let cur = '';
      for (const word of body.split(' ')) {
        if (cur !== '' && cur.length + 1 + word.length > width) {
          out.push(cur);
          cur = word;
        } else cur = cur === '' ? word : `${cur} ${word}`;
      }
      out.push(cur + line.slice(body.length));
      return out.join('\n');
    })
    .join('\n');
}

/** The space before a task keyword lost ("Sở Tài chính chủ trì" → "Sở Tài chínhchủ trì"). */
export function lostSpace(t: string, pick: (i: number) => boolean = () => true): string {
  let i = 0;
  return t.replace(
    /(?<=\p{L}) (?=(?:chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm)(?!\p{L}))/gu,
    (m) => (pick(i++) ? '' : m),
  );
}

const SPAN_KEYS = new Set(['span', 'quote', 'mention', 'numberSpan', 'titleSpan', 'dateSpan']);

/** The parse without what depends on where things are in the text. */
export function withoutSpans(doc: ParsedDocument): unknown {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .filter(([k]) => !SPAN_KEYS.has(k))
        .map(([k, x]) => [k, strip(x)]),
    );
  };
  return strip({ ...doc, documentKey: null });
}
