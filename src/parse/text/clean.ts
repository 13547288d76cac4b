/**
 * The clean text and its map back to the original. Markdown emphasis (`*`, `**`, `\*`) and
 * heading hashes are dropped, table bars `|` become line breaks (table cells read as lines), a
 * "* " bullet is written "• ", CR is dropped, NFD clusters are composed, tabs and non-breaking
 * spaces are spaces, a run of spaces is one space, leading and trailing spaces are dropped, a
 * run of COLUMN_GAP or more spaces before a capital (two columns of a PDF page laid out on
 * one line) is a line break, and a soft break of a hard-wrapped paragraph (unwrap.ts) is a space.
 * Every clean character maps back to the original characters it came from.
 */

/** Spaces between two columns of a page laid out as text. */
export const COLUMN_GAP = 4;

export interface CleanText {
  clean: string;
  /** Original offset of each clean character. */
  map: Int32Array;
  /** Original end offset of each clean character (its start + 1 but for a composed cluster, a
   *  dropped mark's neighbour, a restored space). An array, not a map of the exceptions: a
   *  decomposed text has one exception per accented letter. */
  ends: Int32Array;
  /** Per clean line: the original line was a markdown heading or wholly emphasised. */
  emphasised: boolean[];
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 160 || c === 13;
const isCombining = (c: number): boolean => c >= 0x300 && c <= 0x36f;

/** The next character in [from, to) the loop must handle by itself (not copied in a run), or
 *  `to`: markdown marks, bars, CR, tabs, no-break spaces, combining marks, and a space that is
 *  not a single space between two characters. */
function nextSpecial(s: string, from: number, to: number, lineStart: number): number {
  // Stryker disable next-line EqualityOperator: s[to] is '\n' or past the end, never special
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c === 32) {
      if (
        k === lineStart ||
        k + 1 >= to ||
        isSpace(s.charCodeAt(k + 1)) ||
        isSpace(s.charCodeAt(k - 1))
      )
        return k;
    } else if (c === 42 || c === 92 || c === 124 || c === 13 || c === 9 || c === 160) return k;
    else if (isCombining(c)) return k;
  }
  return to;
}

class Builder {
  readonly chunks: string[] = [];
  len = 0;
  readonly map: Int32Array;
  readonly ends: Int32Array;
  readonly emphasised: boolean[] = [];
  /** Emphasis of the logical line being built. */
  // Stryker disable next-line BooleanLiteral: buildClean sets it before the first line ends
  flag = false;
  private lineHasText = false;
  private pendingAt = -1;
  private pendingCount = 0;

  constructor(private readonly original: string) {
    this.map = new Int32Array(original.length + 1);
    this.ends = new Int32Array(original.length + 1);
  }

  /** Emit the pending run of spaces before `next`: a column break when it is wide and a
   *  capital opens the next column ("…TỈNH X      CỘNG HÒA…"), not between the blanks of an
   *  unsigned draft ("ngày     tháng     năm 2024"). */
  private flushSpace(next: string): void {
    // Stryker disable next-line EqualityOperator: a pending space is never at offset 0 (no text before it)
    if (this.pendingAt < 0) return;
    const at = this.pendingAt;
    const gap = this.pendingCount >= COLUMN_GAP && next !== next.toLowerCase();
    this.pendingAt = -1;
    this.pendingCount = 0;
    if (gap) this.newline(at);
    else this.emit(' ', at, at + 1);
  }

  private emit(s: string, os: number, oe: number): void {
    this.chunks.push(s);
    for (let k = 0; k < s.length; k++) {
      this.map[this.len] = os;
      this.ends[this.len] = oe;
      this.len++;
    }
  }

  /** Text that stands for original[os, oe). */
  push(s: string, os: number, oe: number): void {
    this.flushSpace(s[0] as string);
    this.lineHasText = true;
    this.emit(s, os, oe);
  }

  /** original[from, to) unchanged (no special characters in it but a single space). */
  copy(from: number, to: number): void {
    // a single space after a dropped mark ("** x", "\\* x") next to another space, or at a
    // line start, is one too many
    if (this.original.charCodeAt(from) === 32 && (!this.lineHasText || this.endsWithSpace()))
      from++;
    if (to <= from) return;
    this.flushSpace(this.original[from] as string);
    this.lineHasText = true;
    this.chunks.push(this.original.slice(from, to));
    for (let k = from; k < to; k++) {
      this.map[this.len] = k;
      this.ends[this.len++] = k + 1;
    }
  }

  /** A whitespace character at original offset k. */
  space(k: number): void {
    if (!this.lineHasText) return;
    // Stryker disable next-line EqualityOperator: a space after text is never at offset 0
    if (this.pendingAt < 0) this.pendingAt = k;
    this.pendingCount++;
  }

  /** A space left before a dropped mark at the line end ("a |", "x **"). */
  private trimLineEnd(): void {
    if (!this.lineHasText || !this.endsWithSpace()) return;
    const last = this.chunks.pop() as string;
    this.chunks.push(last.slice(0, -1));
    this.len--;
  }

  private endsWithSpace(): boolean {
    // asked only once the line has text, so a chunk exists
    return (this.chunks[this.chunks.length - 1] as string).endsWith(' ');
  }

  newline(at: number): void {
    this.pendingAt = -1;
    this.pendingCount = 0;
    this.trimLineEnd();
    this.emit('\n', at, at + 1);
    this.emphasised.push(this.flag);
    this.lineHasText = false;
  }

  finish(): CleanText {
    this.trimLineEnd();
    this.emphasised.push(this.flag);
    return {
      clean: this.chunks.join(''),
      map: this.map,
      ends: this.ends,
      emphasised: this.emphasised,
    };
  }
}

/** Is the logical line [lead, tail) a markdown heading or wholly bold? */
function emphasisOf(original: string, lead: number, tail: number): boolean {
  const first = original[lead];
  if (first === '#') return /^#{1,6}\s/.test(original.slice(lead, lead + 8));
  return (
    tail - lead > 4 &&
    // Stryker disable next-line Regex: the slice is two characters, the anchor changes nothing
    /^(\*\*|__)/.test(original.slice(lead, lead + 2)) &&
    // Stryker disable next-line Regex: the slice is two characters, the anchor changes nothing
    /(\*\*|__)$/.test(original.slice(tail - 2, tail))
  );
}

/** The NFC form of one cluster (a base and its combining marks), looked up: a decomposed text has
 *  one cluster per accented letter, and the clusters of a script are few (a table, not a cache
 *  of texts: it stops growing at its bound). */
const CLUSTERS = new Map<string, string>();
const MAX_CLUSTERS = 4096;

function composed(cluster: string): string {
  let nfc = CLUSTERS.get(cluster);
  // Stryker disable next-line ConditionalExpression: the table only saves work
  if (nfc === undefined) {
    nfc = cluster.normalize('NFC');
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound only caps memory
    if (CLUSTERS.size < MAX_CLUSTERS) CLUSTERS.set(cluster, nfc);
  }
  return nfc;
}

/** Characters of one physical line [k, j) after its markdown head. */
function lineBody(b: Builder, original: string, k: number, j: number, lineStart: number): void {
  // original[j] is '\n' or past the end: never a mark, never special
  // Stryker disable next-line EqualityOperator: at k = j nothing is copied and the loop breaks
  while (k < j) {
    const at = nextSpecial(original, k, j, lineStart);
    // the character before a combining mark is composed with it
    const runEnd = isCombining(original.charCodeAt(at)) && at > k ? at - 1 : at;
    b.copy(k, runEnd);
    k = runEnd;
    if (k >= j) break;
    const c = original.charCodeAt(k);
    if (c === 13) k++;
    else if (c === 92 && original[k + 1] === '*') k += 2;
    else if (c === 42) k++;
    else if (c === 124) {
      b.newline(k);
      k++;
    } else if (isSpace(c)) {
      b.space(k);
      k++;
    } else {
      // a cluster: a base and its combining marks (NFD input)
      let e = k + 1;
      while (isCombining(original.charCodeAt(e))) e++;
      b.push(composed(original.slice(k, e)), k, e);
      k = e;
    }
  }
}

/** The end of the logical line starting at i: the first hard '\n' (or the text's end). */
function logicalEnd(original: string, i: number, soft: Set<number>): number {
  let j = original.indexOf('\n', i);
  while (soft.has(j)) j = original.indexOf('\n', j + 1);
  return j === -1 ? original.length : j;
}

export function buildClean(original: string, soft: Set<number>): CleanText {
  const n = original.length;
  const b = new Builder(original);
  let i = 0;
  for (;;) {
    const j = logicalEnd(original, i, soft);
    let lead = i;
    // original[j] is '\n' or past the end, not a space, not a '#'
    while (isSpace(original.charCodeAt(lead))) lead++;
    let tail = j;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: tail passes lead only on a blank line, never emphasised
    while (tail > lead && /\s/.test(original[tail - 1] as string)) tail--;
    b.flag = emphasisOf(original, lead, tail);
    let k = lead;
    while (original[k] === '#') k++;
    // a markdown "* " bullet is kept as "•" so that it is not taken for emphasis
    if (original[k] === '*' && (original[k + 1] === ' ' || original[k + 1] === '\t')) {
      b.push('•', k, k + 1);
      k++;
    }
    // physical lines of the logical line, joined by a space
    for (;;) {
      const p = original.indexOf('\n', k);
      // k <= j and original[j] is '\n' when j < n, so p never passes j
      const e = p === -1 ? j : p;
      lineBody(b, original, k, e, k);
      if (e >= j) break;
      b.space(e);
      k = e + 1;
    }
    if (j >= n) break;
    b.newline(j);
    i = j + 1;
  }
  return b.finish();
}
