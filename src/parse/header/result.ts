/** What the header yields, and the line helpers its rules share. */
import type { DocNumber } from '../numbers.ts';
import { squash, type Line, type Source } from '../source.ts';
import type { Quoted } from '../types.ts';

export interface HeaderResult {
  number: DocNumber | null;
  numberSpan: Quoted | null;
  /** Clean range of the number line (never read as a reference). */
  numberRange: [number, number] | null;
  type: string | null;
  title: string | null;
  titleSpan: Quoted | null;
  /** Clean range of the title. */
  titleRange: [number, number] | null;
  issuedDate: string | null;
  place: string | null;
  dateSpan: Quoted | null;
  /** Clean ranges of the issuing-body lines, superior first. */
  bodies: [number, number][];
  banner: Quoted | null;
  family: 'party' | 'state' | 'unknown';
  /** Clean range of a "CỦA …" line under the type line (an issuer stated in the title). */
  titleIssuer: [number, number] | null;
  /** Index (into the given lines) of the first line after the header and title. */
  bodyStart: number;
  /** Indexes of the lines the header used. */
  used: Set<number>;
}

export function emptyHeader(): HeaderResult {
  return {
    number: null,
    numberSpan: null,
    numberRange: null,
    type: null,
    title: null,
    titleSpan: null,
    titleRange: null,
    issuedDate: null,
    place: null,
    dateSpan: null,
    bodies: [],
    banner: null,
    family: 'unknown',
    titleIssuer: null,
    bodyStart: 0,
    used: new Set(),
  };
}

/** The line's text without its surrounding spaces, with its clean offsets. */
export function trimmed(line: Line): { s: number; e: number; t: string } {
  const lead = line.text.length - line.text.trimStart().length;
  const t = line.text.trim();
  return { s: line.start + lead, e: line.start + lead + t.length, t };
}

/** The folded line, spaces squashed, without a rule flattened onto its end ("… ------"). */
export function foldedLine(src: Source, l: Line): string {
  return squash(src.fold.slice(l.start, l.end)).replace(/(?<=\S)\s*[-_=*]{3,}$/, '');
}
