/**
 * The body's outline: Roman parts ("I-", "II."), numbered items ("1.", "2.1.", "3)"), lettered
 * items ("a)"), bullets ("-", "•", "+"), emphasised unnumbered headings ("### ***Đến năm 2030***")
 * and paragraphs, as a tree.
 *
 * Robust to: mixed markdown heading levels (the level is read from the numbering, not the
 * hashes), duplicated numbers (ids are ordinal paths), paragraphs split by a page break (a block
 * after a blank line that starts in lower case continues the previous one), items not separated
 * by blank lines, and bullet glyphs whose nesting differs per document (the first glyph seen is
 * the outer level).
 */
import { splitGluedMarkers } from './glued-markers.ts';
import { romanToInt } from './numbers.ts';
import { fold, isCapsLine, isLower, isUpper, squash, type Line, type Source } from './source.ts';
import type { OutlineNode, OutlineNodeType } from './types.ts';

/** A node with its clean-text offsets, for the rules that read the outline. */
export interface Block {
  type: OutlineNodeType;
  label: string | null;
  /** Clean offsets of the whole block (marker included). */
  start: number;
  end: number;
  /** Clean offset where the text after the marker begins. */
  contentStart: number;
  text: string;
  rank: number;
  /** More than one line went into the block (continuation lines, a page break). */
  joined: boolean;
  children: Block[];
  parent: Block | null;
  id: string;
  /** Readable path of labels; a repeated label gets "#2" ("III#2.1"). */
  section: string;
}

interface Marker {
  type: OutlineNodeType;
  label: string | null;
  rank: number;
  /** Length of the marker (with its trailing spaces) in the trimmed line. */
  length: number;
}

const PART = /^([IVXLC]{1,6})\s*[-.–:)]\s*(?=\S)/;
/** "PHẦN I", "Phần thứ hai", "Chương II" (above Roman parts) and "Điều 3." (articles). */
const SECTION =
  /^(?:PHẦN|Phần|CHƯƠNG|Chương)\s+((?:[IVXLC]{1,6}|\d{1,2}|(?:THỨ|thứ)\s+\S+))\s*[-.:]?\s*/u;
const ARTICLE = /^(?:Điều|ĐIỀU)\s+(\d{1,3})\s*[.:]\s*/u;
const LETTER_PART = /^([A-ZĐ])\s*[-.)]\s+(?=\S)/;
const ITEM_DOTTED = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s*(?=\S)/;
const ITEM = /^(\d{1,2})\s*(?:[.)]|-\s|\/\s)\s*(?=\S)/;
const LETTER_ITEM = /^([a-zđ])\s*[).]\s*(?=\S)/;
/** "(1)", "(2)": numbered points under an item (Party conclusions list their tasks so). */
const PAREN_ITEM = /^\((\d{1,2})\)\s*(?=\S)/;
const BULLET = /^([-–—•+])\s*(?=\S)/;
const SEPARATOR = /^(?:[-_=*]\s*){3,}$/;
/** The heading of an annex or an attached form. */
const ANNEX = /^(?:PH[ỤU]\s*L[ỤU]C|M[ẫẪ]u\s*(?:s[ốỐ]\s*)?\d{1,2}\s*[:.])/iu;
/** A numbering marker with no text after it on its line. */
const BARE_MARKER = /^(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)]$/u;
/** A line that ends a sentence: ".", ":", "!", "?" (after a closing quote or bracket too), not
 *  an abbreviation's dot ("TP.", "ĐT."). */
const SENTENCE_END = /(?:[^\p{Lu}\s.]|\.\/)[.:!?]["”)]?$/u;
/** Closing formulas of a letter: they belong to the document, never to the item above them.
 *  "… trả lời các đơn vị được biết, thực hiện." ends like "… thông báo để … biết, thực hiện". */
export const CLOSING =
  /^(?:tren\s*day\s*la|nhan\s*duoc\s*van\s*ban\s*nay|[^]{0,120}\bthong\s*bao\s*(?:de|cho)\s[^]{0,200}\bbiet\b|[^]{0,160}\bbiet\s*(?:,|va)\s*(?:thuc\s*hien|trien\s*khai)(?:\s*thuc\s*hien)?\s*[./]*[\s*_•]*$)/;

function markerOf(t: string, bulletRank: (glyph: string) => number): Marker | null {
  let m = SECTION.exec(t);
  if (m)
    return {
      type: 'part',
      label: (m[1] as string).replace(/\s+/g, ' '),
      rank: 0,
      length: m[0].length,
    };
  m = ARTICLE.exec(t);
  if (m) return { type: 'part', label: `Điều ${m[1] as string}`, rank: 1, length: m[0].length };
  m = PART.exec(t);
  if (m && romanToInt(m[1] as string) !== null && !/^[IVXLC]+\s*[-.]\s*\d/.test(t)) {
    return { type: 'part', label: m[1] as string, rank: 1, length: m[0].length };
  }
  m = LETTER_PART.exec(t);
  if (m && isCapsLine(t.slice(m[0].length, m[0].length + 20))) {
    return { type: 'part', label: m[1] as string, rank: 0, length: m[0].length };
  }
  m = ITEM_DOTTED.exec(t);
  if (m && !/^\d{1,2}\.\d{1,2}\.\d{4}/.test(t) && !/^\d+\.\d{3}\b/.test(t)) {
    const label = m[1] as string;
    return { type: 'item', label, rank: 1 + label.split('.').length, length: m[0].length };
  }
  m = ITEM.exec(t);
  if (m && !/^\d{1,2}\s*[./-]\s*\d/.test(t))
    return { type: 'item', label: m[1] as string, rank: 2, length: m[0].length };
  m = PAREN_ITEM.exec(t);
  if (m) return { type: 'item', label: `(${m[1] as string})`, rank: 3.2, length: m[0].length };
  m = LETTER_ITEM.exec(t);
  if (m) return { type: 'item', label: m[1] as string, rank: 4, length: m[0].length };
  m = BULLET.exec(t);
  if (m && !SEPARATOR.test(t)) {
    const glyph = (m[1] as string) === '–' || (m[1] as string) === '—' ? '-' : (m[1] as string);
    return { type: 'bullet', label: null, rank: bulletRank(glyph), length: m[0].length };
  }
  return null;
}

function firstLetter(s: string): string | undefined {
  for (const ch of s) if (/\p{L}/u.test(ch)) return ch;
  return undefined;
}

/**
 * Does the text set its paragraphs apart with blank lines? Then a line break without one is a
 * wrap even after a sentence's end. Counted over line starts in upper case: after a blank line,
 * or after a line that ends a sentence.
 */
function blankSeparated(lines: Line[]): boolean {
  let blank = 0;
  let sentence = 0;
  for (let i = 1; i < lines.length; i++) {
    const t = (lines[i] as Line).text.trim();
    if (!isUpper(firstLetter(t)) || !isUpper(t[0])) continue;
    const prev = (lines[i - 1] as Line).text.trim();
    if (prev === '') blank++;
    else if (SENTENCE_END.test(prev.replace(/\*+$/, ''))) sentence++;
  }
  return blank >= 5 && sentence * 2 <= blank;
}

/** Build the outline from the body's lines (clean offsets, in order). */
export function buildOutline(src: Source, bodyLines: Line[]): Block[] {
  const lines = splitGluedMarkers(bodyLines);
  const glyphs: string[] = [];
  const bulletRank = (g: string): number => {
    let i = glyphs.indexOf(g);
    if (i === -1) {
      glyphs.push(g);
      i = glyphs.length - 1;
    }
    return 5 + i * 0.2;
  };

  const blocks: Block[] = [];
  let current: Block | null = null;
  // Stryker disable next-line BooleanLiteral: read only once a block exists, and each block sets it
  let blankBefore = true;
  /** A marker alone on its line ("**1.", "I.", "2.1."): it numbers the next line's text. */
  let pending: { start: number; t: string } | null = null;
  const wrapsOnly = blankSeparated(lines);
  for (const line of lines) {
    const lead = line.text.length - line.text.trimStart().length;
    const t = line.text.trim();
    if (t === '' || SEPARATOR.test(t)) {
      blankBefore = true;
      if (SEPARATOR.test(t)) current = null;
      continue;
    }
    let start = line.start + lead;
    const end = line.start + line.text.trimEnd().length;
    if (BARE_MARKER.test(t) && !pending) {
      pending = { start, t };
      continue;
    }
    let marker = markerOf(t, bulletRank);
    let prefix = 0;
    if (pending) {
      // the marker's line and this one read as one: "1." + "Các cơ quan …"
      marker = markerOf(`${pending.t} ${t}`, bulletRank);
      if (marker) {
        prefix = start - pending.start;
        marker = { ...marker, length: prefix };
        start = pending.start;
      }
      pending = null;
    }
    if (!marker && current) {
      const prev: Block = current;
      // text without blank lines (hard-wrapped): a new paragraph opens after a sentence's end
      const newSentence =
        !wrapsOnly && SENTENCE_END.test(prev.text) && isUpper(firstLetter(t)) && isUpper(t[0]);
      const continues = !blankBefore && prev.type !== 'heading' && !newSentence;
      const pageBreak =
        blankBefore && isLower(firstLetter(t)) && prev.type !== 'part' && prev.type !== 'heading';
      if (continues || pageBreak) {
        prev.end = end;
        prev.joined = true;
        prev.text = joinSquashed(prev.text, squash(t));
        blankBefore = false;
        continue;
      }
    }
    if (!marker && current?.type === 'part' && current.text === '' && isCapsLine(t)) {
      // "Chương III", a blank line, "TỔ CHỨC THỰC HIỆN": the title of the chapter
      current.text = squash(t);
      current.end = end;
      current.joined = true;
      blankBefore = false;
      continue;
    }
    const block = newBlock(
      marker,
      line.emphasised,
      start,
      end,
      prefix > 0 ? t : t.slice(marker?.length ?? 0),
    );
    blocks.push(block);
    current = block;
    blankBefore = false;
  }
  return nest(blocks);
}

/** squash(`${a} ${b}`) of two squashed texts, without scanning `a` again (a paragraph grows
 *  line by line: squashing the whole each time is quadratic). */
function joinSquashed(a: string, b: string): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: no block joined by a line has an empty text (a marker alone waits for its text); the guard keeps squash's contract
  return a === '' ? b : b === '' ? a : `${a} ${b}`;
}

function newBlock(
  marker: Marker | null,
  emphasised: boolean,
  start: number,
  end: number,
  content: string,
): Block {
  const caps = !marker && isCapsLine(content) && content.length <= 160;
  const heading =
    !marker && (caps || (emphasised && content.length <= 160 && !/[.;]$/.test(content)));
  return {
    type: marker ? marker.type : heading ? 'heading' : 'paragraph',
    label: marker ? marker.label : null,
    start,
    end,
    contentStart: start + (marker ? marker.length : 0),
    text: squash(content),
    rank: marker ? marker.rank : heading ? (caps ? 1 : 3.5) : 99,
    joined: false,
    children: [],
    parent: null,
    // Stryker disable next-line StringLiteral: assignIds sets the id of every block
    id: '',
    // Stryker disable next-line StringLiteral: assignIds sets the section of every block
    section: '',
  };
}

function nest(blocks: Block[]): Block[] {
  const roots: Block[] = [];
  const stack: Block[] = [];
  /** Where the paragraphs after the last structured block begin. */
  const tail = blocks.findLastIndex((b) => b.type !== 'paragraph') + 1;
  blocks.forEach((b, at) => {
    if (b.type === 'paragraph' && (CLOSING.test(fold(b.text)) || (at >= tail && trailing(stack)))) {
      // after the last numbered item: the document's (or the part's), not that item's
      let p = stack.length - 1;
      while (p >= 0 && (stack[p] as Block).type !== 'part') p--;
      stack.length = p + 1;
      attach(b, p >= 0 ? (stack[p] as Block) : null, roots);
      return;
    }
    if (b.type === 'paragraph') {
      // a paragraph belongs to the nearest open heading/item/part, never to a bullet
      let k = stack.length - 1;
      while (k >= 0 && (stack[k] as Block).type === 'bullet') k--;
      const parent = k >= 0 ? (stack[k] as Block) : null;
      stack.length = k + 1;
      attach(b, parent, roots);
      return;
    }
    // an annex ("PHỤ LỤC", a form "Mẫu 1: …") stands outside the body's chapters and articles
    if (b.type === 'heading' && ANNEX.test(b.text)) stack.length = 0;
    while (stack.length > 0 && (stack[stack.length - 1] as Block).rank >= b.rank) stack.pop();
    attach(b, stack[stack.length - 1] ?? null, roots);
    stack.push(b);
  });
  assignIds(roots, '', '');
  return roots;
}

/** Is a paragraph after the last item outside it? Yes when the item is a whole statement (ends
 *  a sentence), not a title or an announcement (":") that the paragraph fills. */
function trailing(stack: Block[]): boolean {
  // paragraphs are never pushed on the stack
  const open = stack.filter((s) => s.type !== 'bullet');
  const top = open[open.length - 1];
  return top !== undefined && top.type === 'item' && /[.;!?]["”)]?$/.test(top.text);
}

function attach(b: Block, parent: Block | null, roots: Block[]): void {
  b.parent = parent;
  if (parent) parent.children.push(b);
  else roots.push(b);
}

function assignIds(nodes: Block[], prefix: string, section: string): void {
  const seen = new Map<string, number>();
  nodes.forEach((b, i) => {
    b.id = prefix ? `${prefix}.${i + 1}` : String(i + 1);
    let label = b.label;
    if (label !== null) {
      const n = (seen.get(label) ?? 0) + 1;
      seen.set(label, n);
      if (n > 1) label = `${label}#${n}`;
    }
    b.section = label === null ? section : section ? `${section}.${label}` : label;
    assignIds(b.children, b.id, b.section);
  });
}

/** Plain outline nodes for the output. */
export function toOutlineNodes(src: Source, blocks: Block[]): OutlineNode[] {
  return blocks.map((b) => ({
    type: b.type,
    id: b.id,
    label: b.label,
    text: b.text,
    span: src.span(b.start, b.end),
    children: toOutlineNodes(src, b.children),
  }));
}

/** All blocks, depth first. */
export function walk(blocks: Block[], visit: (b: Block) => void): void {
  for (const b of blocks) {
    visit(b);
    walk(b.children, visit);
  }
}

/** A block short enough to be a title over what it holds ("7. Báo và Phát thanh, Truyền hình
 *  thành phố", "1.3. Đảng ủy cơ sở"), not a statement. */
export function isShortTitle(b: Block): boolean {
  return b.text.length <= 100;
}

/** Ancestors from the root down (not including the block). */
export function ancestors(b: Block): Block[] {
  const out: Block[] = [];
  for (let p = b.parent; p; p = p.parent) out.unshift(p);
  return out;
}
