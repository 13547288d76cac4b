/**
 * Rows and cells of the tables in a text, in whichever shape the text brought them:
 * - pipe rows, one row per line ("| 1 | Nhiệm vụ | Sở Tài chính |"), a wrapped cell continued
 *   on a row whose number cell is empty;
 * - one cell per line, bars on lines of their own (web pages copied as markdown): a row ends at
 *   two bars with nothing between them, which is also how an empty cell looks, so a row ends
 *   there only when it has all its cells or a row number follows;
 * - tab-separated rows, and columns aligned with runs of spaces (text from PDF with its layout
 *   kept), a wrapped cell continued on a line whose number column is empty.
 * Offsets are into the original text. Which table is a task table is decided by the caller
 * (tables.ts) from the header row, given here as `isHeader`.
 */
import { squash } from './source.ts';
import { matchesOf } from './text/matches.ts';
import { lostSpacesRestored, traditionalTones } from './text/repair.ts';

/** A cell: its original ranges (one per line of a wrapped cell) and its text. */
export interface Cell {
  parts: [number, number][];
  text: string;
}

export interface Row {
  start: number;
  end: number;
  cells: Cell[];
}

/** A table as read: the header row first. */
export interface RawTable {
  rows: Row[];
  start: number;
  end: number;
  /** Rows may be continued on the next row (pipe, tab and aligned tables). */
  wrapped: boolean;
}

/** Does a row of cell texts read as the header of a task table? */
export type IsHeader = ((cells: string[]) => boolean) & {
  /** Is the text a column name (a header row starts with one)? */
  column(text: string): boolean;
};

/** A row label: "1", "1.", "2.1", "II", "a)". */
export const ROW_LABEL = /^(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVXLC]{1,6}\.?|[a-zđ][.)]?)$/u;

/** The cell of original[s, e), trimmed of spaces and emphasis marks. Its text is read as the
 *  clean text is (NFC, traditional tone placement, lost spaces restored), whatever way the original arrived. */
export function cellOf(original: string, s: number, e: number): Cell {
  const first = original.slice(s, e).search(/[^\s*]/);
  if (first === -1) return { parts: [], text: '' };
  s += first;
  // stops at the latest on the non-blank character found above
  while (/[\s*]/.test(original[e - 1] as string)) e--;
  const text = lostSpacesRestored(
    traditionalTones(squash(original.slice(s, e).replace(/\*/g, '')).normalize('NFC')),
  );
  return { parts: [[s, e]], text };
}

function rowOf(cells: Cell[], start: number, end: number): Row {
  return { start, end, cells };
}

/** Original lines as [start, end) pairs. */
function linesOf(original: string): [number, number][] {
  let i = 0;
  return original.split('\n').map((line) => {
    const start = i;
    i += line.length + 1;
    return [start, start + line.length - (line.endsWith('\r') ? 1 : 0)];
  });
}

const PIPE_SEPARATOR = /^\|?\s*:?-{2,}/;

/** Pipe rows, one per line; consecutive rows form a table. */
function pipeTables(original: string, lines: [number, number][]): RawTable[] {
  const out: RawTable[] = [];
  let rows: Row[] = [];
  const flush = (): void => {
    if (rows.length >= 2) out.push(tableOf(rows));
    rows = [];
  };
  for (const [i, j] of lines) {
    const t = original.slice(i, j).trim();
    // a row opens with a bar and holds at least two cells (three bars)
    if (!(t.startsWith('|') && t.split('|').length > 3)) {
      flush();
      continue;
    }
    if (PIPE_SEPARATOR.test(t)) continue;
    const bars = [...original.slice(i, j).matchAll(/\|/g)].map((m) => i + (m.index as number));
    const cells = bars.slice(1).map((bar, n) => cellOf(original, (bars[n] as number) + 1, bar));
    rows.push(rowOf(cells, i, j));
  }
  flush();
  return out;
}

function tableOf(rows: Row[], wrapped = true): RawTable {
  const start = (rows[0] as Row).start;
  return { rows, start, end: (rows[rows.length - 1] as Row).end, wrapped };
}

interface Segment {
  start: number;
  end: number;
  /** Nothing at all between the two bars (not even a blank emphasised cell). */
  raw: boolean;
  cell: Cell;
}

/** The text between bar-only lines ("|"). */
function segmentsOf(original: string, lines: [number, number][]): Segment[] {
  const bars = lines.filter(([i, j]) => original.slice(i, j).trim() === '|');
  const out: Segment[] = [];
  for (let k = 0; k + 1 < bars.length; k++) {
    const s = (bars[k] as [number, number])[1] + 1;
    const e = (bars[k + 1] as [number, number])[0];
    const inner = original.slice(s, e);
    out.push({
      start: s,
      end: Math.max(s, e - 1),
      raw: inner.trim() === '',
      cell: cellOf(original, s, e),
    });
  }
  return out;
}

/** Where a header row starts at segment k: the index after its last cell, or -1. */
function headerAt(segs: Segment[], k: number, isHeader: IsHeader): number {
  if (!isHeader.column((segs[k] as Segment).cell.text)) return -1;
  const texts: string[] = [];
  let m = k;
  while (
    m < segs.length &&
    !(segs[m] as Segment).raw &&
    (segs[m] as Segment).cell.text.length <= 80
  ) {
    texts.push((segs[m] as Segment).cell.text);
    m++;
  }
  return texts.length >= 3 && isHeader(texts) ? m : -1;
}

const STOP_CELL = /^(?:Nơi nhận|TM\.|KT\.|TL\.|Q\.|TUQ\.)/u;

/** Tables written one cell per line between bar-only lines. */
function cellLineTables(
  original: string,
  lines: [number, number][],
  isHeader: IsHeader,
): RawTable[] {
  const segs = segmentsOf(original, lines);
  const out: RawTable[] = [];
  let k = 0;
  while (k < segs.length) {
    const h = headerAt(segs, k, isHeader);
    if (h === -1) {
      k++;
      continue;
    }
    const header = segs.slice(k, h).map((s) => s.cell);
    const read = cellLineRows(segs, h, header.length, isHeader);
    const first = segs[k] as Segment;
    const rows = [rowOf(header, first.start, (segs[h - 1] as Segment).end), ...read.rows];
    if (rows.length >= 2) out.push(tableOf(rows, false));
    // reading began at h: next is at or after it
    k = read.next;
  }
  return out;
}

/** Data rows from segment k on, for a header of n cells; `next` is where reading stopped. */
function cellLineRows(
  segs: Segment[],
  k: number,
  n: number,
  isHeader: IsHeader,
): { rows: Row[]; next: number } {
  const rows: Row[] = [];
  let cur: Segment[] = [];
  const finish = (): void => {
    const used = cur.slice(0, n);
    if (used.some((s) => s.cell.text !== ''))
      rows.push(
        rowOf(
          used.map((s) => s.cell),
          (used[0] as Segment).start,
          (used[used.length - 1] as Segment).end,
        ),
      );
    cur = [];
  };
  for (; k < segs.length; k++) {
    const seg = segs[k] as Segment;
    if (!seg.raw && headerAt(segs, k, isHeader) !== -1) break;
    if (seg.raw) {
      const next = segs[k + 1];
      if (cur.length >= n || (next && ROW_LABEL.test(next.cell.text))) finish();
      else if (cur.length > 0) cur.push(seg);
      continue;
    }
    const t = seg.cell.text;
    if (STOP_CELL.test(t)) break;
    // a row opens with a short cell (its number, a blank number cell, a group title) or a long
    // group title ("II. …"); a long paragraph there is text after the table
    if (cur.length === 0 && !(t.length <= 200 || /^[IVXLC]{1,6}\.\s/.test(t))) break;
    cur.push(seg);
  }
  finish();
  return { rows, next: k };
}

const TAB_GAP = /\t/g;
const SPACE_GAP = /\s{2,}|\t/g;

/** Split a line at runs of two or more spaces (or tabs): [start, end) of each chunk. */
function chunksOf(original: string, i: number, j: number, tabs: boolean): [number, number][] {
  const out: [number, number][] = [];
  const line = original.slice(i, j);
  let from = 0;
  // asked of every line of a text: matchesOf, not matchAll (which copies the regex each time)
  for (const m of matchesOf(line, tabs ? TAB_GAP : SPACE_GAP)) {
    out.push([i + from, i + (m.index as number)]);
    from = (m.index as number) + m[0].length;
  }
  out.push([i + from, j]);
  // the leading chunk of an indented line is empty, not a cell, unless tabs say so
  return tabs ? out : out.filter(([s, e]) => e > s);
}

/** Tab-separated or space-aligned tables: the header line fixes the columns. */
function columnTables(original: string, lines: [number, number][], isHeader: IsHeader): RawTable[] {
  const out: RawTable[] = [];
  for (let l = 0; l < lines.length; l++) {
    const [i, j] = lines[l] as [number, number];
    const tabs = original.slice(i, j).includes('\t');
    const head = chunksOf(original, i, j, tabs);
    if (head.length < 3) continue;
    const headCells = head.map(([s, e]) => cellOf(original, s, e));
    if (!isHeader(headCells.map((c) => c.text))) continue;
    const starts = head.map(([s]) => s - i);
    const rows: Row[] = [rowOf(headCells, i, j)];
    let blank = 0;
    let m = l + 1;
    for (; m < lines.length; m++) {
      const [a, b] = lines[m] as [number, number];
      if (original.slice(a, b).trim() === '') {
        if (++blank > 1) break;
        continue;
      }
      blank = 0;
      const chunks = chunksOf(original, a, b, tabs);
      const cells = starts.map((): Cell => ({ parts: [], text: '' }));
      for (const [k, [s, e]] of chunks.entries()) {
        const col = tabs ? k : columnAt(starts, s - a);
        const c = cells[Math.min(col, cells.length - 1)] as Cell;
        const piece = cellOf(original, s, e);
        c.parts.push(...piece.parts);
        c.text = squash(`${c.text} ${piece.text}`);
      }
      // a paragraph after the table: one chunk from the margin running past the first column
      if (
        !tabs &&
        chunks.length === 1 &&
        columnAt(starts, (chunks[0] as [number, number])[0] - a) === 0 &&
        b - a > (starts[1] ?? 0) + 20
      )
        break;
      rows.push(rowOf(cells, a, b));
    }
    if (rows.length >= 2) out.push(tableOf(rows));
    l = m - 1;
  }
  return out;
}

/** The column whose start is nearest at or before `at` (two columns of slack for PDF layout). */
function columnAt(starts: number[], at: number): number {
  let col = 0;
  starts.forEach((s, k) => {
    if (s <= at + 2) col = k;
  });
  return col;
}

/**
 * Merge a wrapped cell's continuation rows into the row above: a row whose number cell (column
 * `numberCol`) is empty while the row above has one.
 */
export function mergeWrapped(rows: Row[], numberCol: number): Row[] {
  // without a number column (-1) no row has a number, so none is merged
  const out: Row[] = [];
  for (const row of rows) {
    const prev = out[out.length - 1];
    const label = row.cells[numberCol]?.text ?? '';
    // never into the header; a row too short to have the number cell has none
    if (prev && out.length > 1 && label === '' && (prev.cells[numberCol]?.text ?? '') !== '') {
      row.cells.forEach((c, k) => {
        const p = prev.cells[k];
        if (!p) return;
        p.parts.push(...c.parts);
        p.text = squash(`${p.text} ${c.text}`);
      });
      prev.end = row.end;
      continue;
    }
    out.push(row);
  }
  return out;
}

/** Every table of the text that `isHeader` accepts, in text order, whatever its shape. */
export function readTables(original: string, isHeader: IsHeader): RawTable[] {
  const lines = linesOf(original);
  const found = [
    ...pipeTables(original, lines),
    ...cellLineTables(original, lines, isHeader),
    ...columnTables(original, lines, isHeader),
  ];
  // a table read in two shapes is kept in the first
  return found
    .filter((t) => isHeader((t.rows[0] as Row).cells.map((c) => c.text)))
    .filter(
      (t, k, all) =>
        !all.some(
          (o, m) =>
            m < k &&
            o.start <= t.start &&
            // Stryker disable next-line EqualityOperator: tables end before a line break and start after one: t.start is never o.end
            t.start < o.end,
        ),
    )
    .sort((a, b) => a.start - b.start);
}
