/**
 * The whole result of parseHeader in a compact form, for the exact-output tests of the header
 * (mutants-header-*.test.ts): every span as "quote@start-end" (original offsets), the number as
 * read, the lines used in order, and the warnings.
 */
import { parseHeader } from '../../../src/parse/header.ts';
import { createSource } from '../../../src/parse/source.ts';
import type { Quoted, Warning } from '../../../src/parse/types.ts';

export interface HeaderView {
  number: string | null;
  numberSpan: string | null;
  numberRange: [number, number] | null;
  type: string | null;
  title: string | null;
  titleSpan: string | null;
  titleRange: [number, number] | null;
  issuedDate: string | null;
  place: string | null;
  dateSpan: string | null;
  bodies: string[];
  banner: string | null;
  family: string;
  titleIssuer: [number, number] | null;
  bodyStart: number;
  used: number[];
  warnings: string[];
}

/** "quote@start-end". */
export const at = (q: Quoted | null): string | null =>
  q ? `${q.quote}@${q.span.start}-${q.span.end}` : null;

/** A warning as "code: message | quote@start-end". */
export const warningView = (w: Warning): string =>
  `${w.code}: ${w.message} | ${at(w.span ? { span: w.span, quote: w.quote ?? '' } : null)}`;

export function readHeader(text: string): HeaderView {
  const src = createSource(text);
  const warnings: Warning[] = [];
  const h = parseHeader(src, src.lines, warnings);
  return {
    number: h.number ? h.number.number : null,
    numberSpan: at(h.numberSpan),
    numberRange: h.numberRange,
    type: h.type,
    title: h.title,
    titleSpan: at(h.titleSpan),
    titleRange: h.titleRange,
    issuedDate: h.issuedDate,
    place: h.place,
    dateSpan: at(h.dateSpan),
    bodies: h.bodies.map(([s, e]) => at(src.quoted(s, e)) as string),
    banner: at(h.banner),
    family: h.family,
    titleIssuer: h.titleIssuer,
    bodyStart: h.bodyStart,
    used: [...h.used].sort((a, b) => a - b),
    warnings: warnings.map(warningView),
  };
}
