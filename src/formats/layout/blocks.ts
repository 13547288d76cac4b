/**
 * Visual lines → text the parser reads like clean text. Three kinds of runs:
 * - a two-column zone (the header: issuing body left, banner and place/date right; the signature:
 *   Nơi nhận left, signer right) comes out as the left block, then the right block;
 * - a table (lines with three or more chunks, their continuation lines folded into the cells,
 *   also across a page break) comes out as pipe rows `| a | b | c |` that parse/tables.ts reads;
 * - flowing text, with hard-wrapped lines joined where the sentence continues.
 */
import type { TextBuilder } from '../builder.ts';
import type { PlacedWord } from '../types.ts';
import type { Chunk, Line } from './lines.ts';

const crosses = (c: Chunk, x: number): boolean => c.left < x && c.right > x;

/**
 * Which column of a zone a chunk sits in: left of the right column, or inside the right one.
 * `body` is the centre of the page's text block, where the body's centred titles sit.
 */
function sideOf(c: Chunk, right: Chunk, size: number, body: number): 'left' | 'right' | undefined {
  const centre = (c.left + c.right) / 2;
  if (Math.abs(centre - body) < 2 * size) return undefined;
  if (c.right <= right.left - size / 2) return 'left';
  const rightCentre = (right.left + right.right) / 2;
  // The right column is centred (banner, signature) or left-aligned (place and date); a centred
  // title of the body starts near it but sits well left of its centre.
  const width = Math.max(right.right - right.left, c.right - c.left);
  if (Math.abs(centre - rightCentre) <= width / 4 || c.left >= right.left - size) return 'right';
  return undefined;
}

/** The two-column zone starting at lines[i], as [end index, right edge of the left column], or undefined. */
function zoneAt(lines: readonly Line[], i: number, body: number): [number, number] | undefined {
  const first = lines[i] as Line;
  if (first.chunks.length !== 2) return undefined;
  const r = first.chunks[1] as Chunk;
  let j = i + 1;
  let pairs = 1;
  while (j < lines.length) {
    const line = lines[j] as Line;
    const prev = lines[j - 1] as Line;
    if (line.page !== prev.page || line.top - prev.bottom > 3 * line.size) break;
    const sides = line.chunks.map((c) => sideOf(c, r, line.size, body));
    if (line.chunks.length > 2 || sides.includes(undefined)) break;
    if (line.chunks.length === 2) pairs++;
    j++;
  }
  return pairs >= 2 ? [j, r.left - first.size / 2] : undefined;
}

/** The left and right edges of a page's text. */
interface Page {
  left: (page: number) => number;
  right: (page: number) => number;
}

interface Row {
  cells: PlacedWord[][];
}

/** Column boundaries (midpoints of the gaps) of a table's first row. */
const boundariesOf = (line: Line): number[] =>
  line.chunks.slice(1).map((c, k) => ((line.chunks[k] as Chunk).right + c.left) / 2);

const columnOf = (bounds: readonly number[], c: Chunk): number =>
  bounds.filter((b) => b < (c.left + c.right) / 2).length;

/** The table starting at lines[i], as [end index, rows], or undefined. */
function tableAt(lines: readonly Line[], i: number): [number, Row[]] | undefined {
  const head = lines[i] as Line;
  if (head.chunks.length < 3) return undefined;
  const bounds = boundariesOf(head);
  const width = head.right - head.left;
  const rows: Row[] = [];
  let j = i;
  for (; j < lines.length; j++) {
    const line = lines[j] as Line;
    // A chunk as wide as most of the table is body text again.
    if (line.chunks.some((c) => c.right - c.left > 0.6 * width)) break;
    if (line.chunks.some((c) => bounds.some((b) => crosses(c, b)))) break;
    const cols = line.chunks.map((c) => columnOf(bounds, c));
    const fresh = line.chunks.length >= 3 || cols[0] === 0 || rows.length === 0;
    if (fresh) rows.push({ cells: bounds.map(() => []).concat([[]]) });
    const row = rows[rows.length - 1] as Row;
    line.chunks.forEach((c, k) => (row.cells[cols[k] as number] as PlacedWord[]).push(...c.words));
  }
  return rows.length >= 2 ? [j, rows] : undefined;
}

const isCaps = (s: string): boolean => /\p{Lu}.*\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

const SENTENCE_END = /(?:[.:;!?…]|\.\/\.)["”)]*$/;
const ITEM_START =
  /^(?:[-–—•+*]\s|\d{1,3}(?:\.\d{1,3})*[.)]\s|[a-zđ][)]\s|[IVXLC]+[.)]\s|(?:Điều|Chương|Phần|Mục|Phụ lục)\s)/u;

/** How a page sets its lines: the usual distance from one line's top to the next one's, and whether
 * its paragraphs are set apart by extra space (so that a line at the usual distance is inside
 * its paragraph). */
export interface PageSetting {
  margin: number;
  pitch: number;
  spaced: boolean;
}

/** How `next` follows `prev`: the same sentence wrapped, a line break inside a paragraph, or a new
 * paragraph. */
type Joint = 'wrap' | 'break' | 'paragraph';

/** Whether a line is full: it runs to the right margin, or the next line's first word would not
 * have fitted after it (ragged-right text); such a line was wrapped by the layout. */
const full = (prev: Line, next: Line, margin: number): boolean =>
  prev.right >= margin - 2 * prev.size ||
  prev.right + 0.25 * next.size + firstWord(next) > margin - next.size / 2;

/** Lines set further apart than a paragraph's own spacing (more than 1.2 glyph heights). */
const apart = (prev: Line, next: Line): boolean => next.top - prev.bottom > 1.2 * next.size;

function jointOf(
  prev: Line,
  next: Line,
  prevText: string,
  nextText: string,
  page: PageSetting,
): Joint {
  if (ITEM_START.test(nextText)) return 'paragraph';
  const samePage = next.page === prev.page;
  if (samePage && apart(prev, next)) return 'paragraph';
  const tight = samePage && page.spaced && next.top - prev.top <= page.pitch + 0.2 * next.size;
  const aligned = next.left <= prev.left + prev.size;
  const lower = /^\p{Ll}/u.test(nextText);
  let wraps: boolean;
  // A sentence that ends at the line's end continues its paragraph only where space marks
  // paragraphs and the line is full.
  if (SENTENCE_END.test(prevText)) wraps = tight && aligned && full(prev, next, page.margin);
  // A line all in capitals above a lower-case line is a heading (the document's type above its
  // trích yếu), not the start of a sentence that line continues.
  else if (isCaps(prevText) && lower) wraps = false;
  else wraps = lower || (aligned && full(prev, next, page.margin));
  if (wraps) return 'wrap';
  return tight ? 'break' : 'paragraph';
}

/**
 * Whether `next` is the wrap of `prev` in a column `width` wide (a header or signature cell):
 * both in capitals, close together, and the next line's first word would not have fitted after
 * the previous line, give or take the cell's padding.
 */
function wrapsInColumn(prev: Line, next: Line, prevText: string, nextText: string, width: number) {
  if (!isCaps(prevText) || !isCaps(nextText)) return false;
  if (SENTENCE_END.test(prevText) || ITEM_START.test(nextText)) return false;
  if (next.page !== prev.page || next.top - prev.bottom > 0.5 * next.size) return false;
  return prev.right - prev.left + 0.25 * next.size + firstWord(next) > width - 2 * next.size;
}

/** The width of a line's first word (PDF runs may split a word, or hold several). */
function firstWord(line: Line): number {
  const words = line.chunks.flatMap((c) => c.words);
  const start = words[0]?.x ?? line.left;
  let end = start;
  for (const [k, w] of words.entries()) {
    const prev = words[k - 1];
    if (prev && (w.x - (prev.x + prev.width) > 0.12 * w.height || /\s$/.test(prev.text))) break;
    const text = w.text.trimEnd();
    const space = text.search(/\s/);
    if (space > 0) return w.x + (w.width * space) / text.length - start;
    end = w.x + w.width;
  }
  return end - start;
}

/** Each page's setting, from the distances between its consecutive lines of body size. */
function settingsOf(lines: readonly Line[], margins: ReadonlyMap<number, number>) {
  const steps = new Map<number, number[]>();
  const sizes = new Map<number, number>();
  lines.forEach((l, k) => {
    const prev = lines[k - 1];
    sizes.set(l.page, Math.max(sizes.get(l.page) ?? 0, l.size));
    if (prev?.page !== l.page) return;
    steps.set(l.page, [...(steps.get(l.page) ?? []), l.top - prev.top]);
  });
  const out = new Map<number, PageSetting>();
  for (const [page, ds] of steps) {
    const sorted = [...ds].sort((a, b) => a - b);
    const pitch = sorted[Math.floor(sorted.length / 4)] ?? 0;
    const size = sizes.get(page) ?? 0;
    // Paragraphs set apart: at least two steps clearly longer than the usual one, short of a
    // blank line.
    const spaced = ds.filter((d) => d > pitch + 0.3 * size && d <= pitch + 1.2 * size).length >= 2;
    out.set(page, { margin: margins.get(page) ?? 0, pitch, spaced });
  }
  return out;
}

export class LayoutWriter {
  constructor(private readonly out: TextBuilder) {}

  private words(words: readonly PlacedWord[]): void {
    words.forEach((w, k) => {
      const prev = words[k - 1];
      // PDF runs split mid-word on a font change; OCR words always have a gap; a table cell
      // continues on the next visual line.
      const gap = prev ? w.x - (prev.x + prev.width) : 0;
      const below = prev ? Math.abs(w.y - prev.y) > w.height / 2 : false;
      if (prev && (gap > 0.12 * w.height || below || /\s$/.test(prev.text))) {
        this.out.add(' ');
      }
      const from = { page: w.page, box: { x: w.x, y: w.y, width: w.width, height: w.height } };
      this.out.add(
        w.text.trim(),
        w.confidence === undefined ? from : { ...from, confidence: w.confidence },
      );
    });
  }

  private flow(
    lines: readonly Line[],
    setting: (page: number) => PageSetting,
    column?: (page: number) => number,
    centred?: (line: Line) => boolean,
  ): void {
    lines.forEach((line, k) => {
      const prev = lines[k - 1];
      const text = line.chunks.flatMap((c) => c.words.map((w) => w.text.trim())).join(' ');
      if (prev) {
        const prevText = prev.chunks.flatMap((c) => c.words.map((w) => w.text.trim())).join(' ');
        const joint =
          column !== undefined && wrapsInColumn(prev, line, prevText, text, column(prev.page))
            ? 'wrap'
            : jointOf(prev, line, prevText, text, setting(prev.page));
        // The lines of a centred block or of capitals (type, trích yếu) keep their breaks, as a
        // saved page has them.
        const close = line.page === prev.page && !apart(prev, line);
        const block =
          column === undefined &&
          close &&
          ((centred?.(prev) === true && centred(line)) || (isCaps(prevText) && isCaps(text)));
        // A blank line ends a paragraph: the parser reads a single break as a wrap.
        if (block || joint === 'break') this.out.newline();
        else if (joint === 'paragraph') this.out.blankLine();
        // A code broken after its hyphen ("47-" / "CTr/TU") is one word again.
        else if (!/[\p{L}\p{N}]-$/u.test(prevText)) this.out.add(' ');
      }
      this.words(line.chunks.flatMap((c) => c.words));
    });
  }

  private zone(lines: readonly Line[], gutter: number, page: Page): void {
    for (const side of ['left', 'right'] as const) {
      const mine = lines
        .map((l) => ({
          ...l,
          chunks: l.chunks.filter((c) => c.right <= gutter === (side === 'left')),
        }))
        .filter((l) => l.chunks.length > 0)
        .map((l) => ({
          ...l,
          left: (l.chunks[0] as Chunk).left,
          right: (l.chunks[l.chunks.length - 1] as Chunk).right,
        }));
      this.out.blankLine();
      // Header and signature lines are short by design: only a lower-case start joins them, or
      // a line of capitals that the column was too narrow to hold.
      const column = (p: number) =>
        side === 'left' ? gutter - page.left(p) : page.right(p) - gutter;
      this.flow(mine, () => ({ margin: Infinity, pitch: 0, spaced: false }), column);
    }
    this.out.blankLine();
  }

  private table(rows: readonly Row[]): void {
    this.out.blankLine();
    for (const row of rows) {
      this.out.newline();
      this.out.add('|');
      for (const cell of row.cells) {
        this.out.add(' ');
        this.words(cell);
        this.out.add(' |');
      }
    }
    this.out.blankLine();
  }

  /** Write a document's lines (all pages, furniture already dropped). */
  write(lines: readonly Line[]): void {
    const margins = new Map<number, number>();
    const lefts = new Map<number, number>();
    for (const l of lines) {
      margins.set(l.page, Math.max(margins.get(l.page) ?? 0, l.right));
      lefts.set(l.page, Math.min(lefts.get(l.page) ?? Infinity, l.left));
    }
    const centre = (page: number) => ((lefts.get(page) ?? 0) + (margins.get(page) ?? 0)) / 2;
    const settings = settingsOf(lines, margins);
    const setting = (page: number): PageSetting =>
      settings.get(page) ?? { margin: margins.get(page) ?? 0, pitch: 0, spaced: false };
    // Centred: indented from both margins alike, not a line as wide as the text.
    const centred = (l: Line) =>
      l.left > (lefts.get(l.page) ?? 0) + 2 * l.size &&
      Math.abs((l.left + l.right) / 2 - centre(l.page)) < l.size;
    let flow: Line[] = [];
    const flush = () => {
      if (flow.length > 0) this.flow(flow, setting, undefined, centred);
      flow = [];
    };
    let i = 0;
    while (i < lines.length) {
      const table = tableAt(lines, i);
      const zone = table ? undefined : zoneAt(lines, i, centre((lines[i] as Line).page));
      if (table || zone) flush();
      if (table) {
        this.table(table[1]);
        i = table[0];
      } else if (zone) {
        this.zone(lines.slice(i, zone[0]), zone[1], {
          left: (p) => lefts.get(p) ?? 0,
          right: (p) => margins.get(p) ?? 0,
        });
        i = zone[0];
      } else flow.push(lines[i++] as Line);
    }
    flush();
  }
}
