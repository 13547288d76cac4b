/**
 * Positioned words → visual lines → chunks (runs of words separated by a wide gap), and the page
 * furniture to drop: running headers and footers that repeat on several pages and bare page
 * numbers near the top or bottom edge.
 */
import type { PlacedWord } from '../types.ts';

export interface Chunk {
  words: PlacedWord[];
  left: number;
  right: number;
}

export interface Line {
  page: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Typical glyph height on the line (the median word height). */
  size: number;
  chunks: Chunk[];
}

export interface PageWords {
  page: number;
  width: number;
  height: number;
  words: PlacedWord[];
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/** A gap wider than this many glyph heights separates two chunks (columns, cells). */
const CHUNK_GAP = 1.6;

function chunksOf(words: PlacedWord[], size: number): Chunk[] {
  const out: Chunk[] = [];
  for (const w of words) {
    const last = out[out.length - 1];
    if (last && w.x - last.right <= CHUNK_GAP * size) {
      last.words.push(w);
      last.right = Math.max(last.right, w.x + w.width);
    } else out.push({ words: [w], left: w.x, right: w.x + w.width });
  }
  return out;
}

const NOTE_MARK = /^(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}|\*{1,3})$/;

/** A raised note mark (`[1]`, `(2)`, `*`) alone in a band just above a line belongs to that line. */
function foldNoteMarks(groups: PlacedWord[][]): PlacedWord[][] {
  const out: PlacedWord[][] = [];
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k] as PlacedWord[];
    const next = groups[k + 1];
    const top = Math.min(...g.map((w) => w.y));
    const h = Math.max(...g.map((w) => w.height));
    if (
      next &&
      g.every((w) => NOTE_MARK.test(w.text.trim())) &&
      Math.min(...next.map((w) => w.y)) - top < h
    ) {
      next.push(...g);
      continue;
    }
    out.push(g);
  }
  return out;
}

/** Group a page's words into lines, top to bottom, each with its chunks left to right. */
export function linesOf(page: PageWords): Line[] {
  const words = page.words
    .filter((w) => w.text.trim() !== '' && w.height > 0)
    .sort((a, b) => a.y + a.height / 2 - (b.y + b.height / 2) || a.x - b.x);
  const groups: PlacedWord[][] = [];
  let centre = -Infinity;
  let height = 0;
  for (const w of words) {
    const c = w.y + w.height / 2;
    const g = groups[groups.length - 1];
    // Same line when the centres are within half a glyph height (mixed fonts, a slight skew of a
    // scan); raised note marks are folded in afterwards.
    if (g && Math.abs(c - centre) <= Math.max(height, w.height) * 0.5) g.push(w);
    else {
      groups.push([w]);
      centre = c;
      height = w.height;
    }
  }
  return foldNoteMarks(groups).map((g) => {
    g.sort((a, b) => a.x - b.x);
    const size = median(g.map((w) => w.height));
    const chunks = chunksOf(g, size);
    return {
      page: page.page,
      top: Math.min(...g.map((w) => w.y)),
      bottom: Math.max(...g.map((w) => w.y + w.height)),
      left: chunks[0]?.left ?? 0,
      right: Math.max(...chunks.map((c) => c.right)),
      size,
      chunks,
    };
  });
}

export const lineText = (l: Line): string =>
  l.chunks.map((c) => c.words.map((w) => w.text.trim()).join(' ')).join(' ');

const PAGE_NUMBER = /^(?:trang\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:\/|of|trên)\s*\d{1,4})?$/i;
/** Top and bottom bands (share of the page height) where running headers and footers sit. */
const EDGE = 0.08;

/**
 * Drop page furniture: a line in the top or bottom band that is a bare page number, loose single
 * glyphs, or whose text (digits ignored) recurs in the same band on at least two pages.
 */
export function dropFurniture(pages: readonly PageWords[], lines: Line[][]): Line[][] {
  const inBand = (l: Line, p: PageWords): 'top' | 'bottom' | undefined =>
    l.bottom <= p.height * EDGE ? 'top' : l.top >= p.height * (1 - EDGE) ? 'bottom' : undefined;
  const key = (l: Line, band: string): string => `${band}:${lineText(l).replace(/\d+/g, '#')}`;
  const seen = new Map<string, Set<number>>();
  lines.forEach((ls, i) => {
    const p = pages[i] as PageWords;
    for (const l of ls) {
      const band = inBand(l, p);
      if (!band) continue;
      const k = key(l, band);
      seen.set(k, (seen.get(k) ?? new Set()).add(p.page));
    }
  });
  return lines.map((ls, i) => {
    const p = pages[i] as PageWords;
    return ls.filter((l) => {
      const band = inBand(l, p);
      if (!band) return true;
      if (PAGE_NUMBER.test(lineText(l).trim())) return false;
      // Loose glyphs (the stacked accents of a capital line printed across a page break, "Ế Ể")
      // are debris, never a word of the document.
      if (
        l.chunks.every((c) =>
          c.words.every((w) => [...w.text.trim().normalize('NFC')].length === 1),
        )
      )
        return false;
      return (seen.get(key(l, band))?.size ?? 0) < 2 || pages.length < 2;
    });
  });
}
