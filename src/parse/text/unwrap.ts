/**
 * Hard wraps. Text from a PDF or a crawler arrives with its paragraphs cut into lines of about
 * the same width; a name cut in two would read as two bodies. A line break is soft — the
 * paragraph goes on — when the document is wrapped at a width W (most long lines end just
 * short of W, none far beyond it) and the next line's first word would not have fitted on the
 * line (the rule of a greedy line breaker), unless the next line opens a structure of its own
 * (a table row, a signature authority, "Nơi nhận"; an item, a bullet, an article after a line
 * that ends a clause), or the two lines differ in case (a title in capitals above a paragraph).
 */

/** Starts of lines that are never the continuation of a paragraph. */
export const STRUCTURE_START =
  /^(?:Nơi\s+nhận|Kính\s+gửi|Căn\s+cứ|Số\s*:|#|\||(?:TM|T\/M|KT|K\/T|TL|T\/L|TUQ|Q)\.?\s+\p{Lu}{2})/u;

/**
 * An item, a bullet or an article: structural after a line that ends a clause; after a line cut
 * mid-clause it is a number or a dash wrapped to the line start ("thực hiện Nghị quyết\n20.
 * Thường xuyên …", "Khối Cơ quan\n- Doanh nghiệp tỉnh"). Bold markup may open it ("**1. Giao …").
 */
export const ITEM_START =
  /^(?:\*\*|__)?(?:[-•+*–—]\s|\d{1,3}(?:\.\d{1,3})*\s*[.)]\s|\(\d{1,2}\)\s|[a-zđ][).]\s|[IVXLC]+\s*[-.]\s|Điều\s+\d+\s*[.:]|(?:Chương|Mục|Phần)\s+[IVXLC\d]+\b)/u;
const CLAUSE_END = /[.:;,!?)]$/;
/** Two columns of a laid-out page on one line. */
const COLUMNS = /\S {4,}\S/;

/** Lines end a little short of the width in proportional fonts and crawled cells. */
const WIDTH_SLACK = 2;

/** Lines shorter than this say nothing about a wrap width. */
const MIN_LONG = 30;

/** Visible length: code units without combining marks and carriage returns, a run of
 *  spaces counted once (so that doubled spaces do not change the width). */
function visibleLength(s: string, from: number, to: number): number {
  let n = 0;
  // Stryker disable next-line BooleanLiteral: the callers' ranges never start with a space
  let space = false;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c === 32 || c === 9) {
      if (!space) n++;
      space = true;
      continue;
    }
    space = false;
    if (c !== 13 && (c < 0x300 || c > 0x36f)) n++;
  }
  return n;
}

interface PhysicalLine {
  /** Offsets of the line without its leading and trailing whitespace. */
  start: number;
  end: number;
  /** Offset of its '\n' (text length for the last line). */
  newline: number;
  length: number;
}

function physicalLines(text: string): PhysicalLine[] {
  const out: PhysicalLine[] = [];
  let i = 0;
  for (;;) {
    let j = text.indexOf('\n', i);
    if (j === -1) j = text.length;
    let s = i;
    let e = j;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: s passes e only on a blank line, read as empty either way
    while (s < e && /\s/.test(text[s] as string)) s++;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: e passes s only on a blank line, read as empty either way
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    out.push({ start: s, end: e, newline: j, length: visibleLength(text, s, e) });
    if (j === text.length) break;
    i = j + 1;
  }
  return out;
}

/** The width the text is wrapped at, or null when it is not hard-wrapped. */
export function wrapWidth(lengths: readonly number[]): number | null {
  const long = lengths.filter((l) => l >= MIN_LONG).sort((a, b) => b - a);
  if (long.length < 8) return null;
  const p95 = long[Math.floor(long.length * 0.05)] as number;
  if (p95 < 40 || p95 > 200) return null;
  const width = long.find((l) => l <= p95 + 5) as number;
  // no line is far beyond the width: the lines above it are above p95 + 5, so fewer than 5 %
  const band = long.filter((l) => l > width - 25 && l <= width).length;
  return band < long.length * 0.5 ? null : width;
}

/**
 * Markdown emphasis left open at the end of a line: 1 for bold ("**"), 2 for italics ("*"),
 * 3 for both (a "\*" is an escaped star, a "* " at the start a bullet).
 */
export function openEmphasis(line: string): number {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; without a star every count is 0
  if (!line.includes('*')) return 0;
  // Stryker disable next-line StringLiteral: only stars are counted, whatever replaces an escaped one
  const t = line.replace(/\\\*/g, '').replace(/^\s*\*\s/, '');
  const bold = (t.match(/\*\*/g) ?? []).length;
  // the stars outside the pairs (a match and a removal pair the stars the same way)
  // Stryker disable next-line ArithmeticOperator: only the parity is read, and 2 * bold is even
  const single = (t.match(/\*/g) ?? []).length - 2 * bold;
  return (bold % 2) + (single % 2) * 2;
}

/** Two spaces or a backslash before the line end: a line break markdown keeps. */
function markdownHardBreak(text: string, newline: number): boolean {
  const end = text[newline - 1] === '\r' ? newline - 1 : newline;
  return text[end - 1] === '\\' || text.slice(end - 2, end) === '  ';
}

/** Breaks inside an emphasised span ("**ỦY BAN NHÂN\nDÂN**", "*Nghệ An, ngày 18\ntháng 11 năm
 *  2025*"): a table cell wrapped by a crawler; markdown reads them as one line too. */
function emphasisBreaks(text: string, lines: PhysicalLine[], soft: Set<number>): void {
  // a fast exit: without a star no line leaves emphasis open
  // Stryker disable next-line ConditionalExpression,StringLiteral: without it each line counts no star
  if (text.indexOf('*') === -1) return;
  // each line's open emphasis, read once (a line is the second of one pair, the first of the next)
  const open = lines.map((l) => openEmphasis(text.slice(l.start, l.end)));
  // Stryker disable next-line EqualityOperator: past the last line open[i + 1] is undefined, & gives 0
  for (let i = 0; i + 1 < lines.length; i++) {
    if (markdownHardBreak(text, (lines[i] as PhysicalLine).newline)) continue;
    // an empty line leaves nothing open
    if (((open[i] as number) & (open[i + 1] as number)) !== 0)
      soft.add((lines[i] as PhysicalLine).newline);
  }
}

/** A label whose value a narrow table cell pushed to the next line ("Số:" / "2820/QĐ-UBND"). */
const LABEL_ALONE = /^(?:Số|SỐ)\s*:?$/u;

/** A place and date cut before its month ("Hà Nội, ngày 18" / "tháng 11 năm 2025"). */
const DATE_CUT = /,\s*ngày(?:\s+\d{1,2})?$/u;
const DATE_REST = /^tháng\s/u;

function labelBreaks(text: string, lines: PhysicalLine[], soft: Set<number>): void {
  for (let i = 0; i + 1 < lines.length && i < 60; i++) {
    const a = lines[i] as PhysicalLine;
    const b = lines[i + 1] as PhysicalLine;
    // both rests open with a digit or "tháng": most lines are neither (stars dropped first)
    const first =
      // Stryker disable next-line ConditionalExpression: without a leading star the line's first character is charAt's
      text.charAt(b.start) === '*'
        ? text.slice(b.start, b.end).replace(/\*/g, '')
        : text.charAt(b.start);
    // Stryker disable next-line ConditionalExpression,Regex: a shortcut; the tests below need a digit or "tháng" first
    if (!/^[\dt]/.test(first)) continue;
    // an empty line is neither a label nor a date, nor their rest
    const at = text.slice(a.start, a.end).replace(/\*/g, '').normalize('NFC');
    const bt = text.slice(b.start, b.end).replace(/\*/g, '').normalize('NFC');
    if ((LABEL_ALONE.test(at) && /^\d/.test(bt)) || (DATE_CUT.test(at) && DATE_REST.test(bt)))
      soft.add(a.newline);
  }
}

/** A line with letters, none of them lower case. */
function capsOnly(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/** Offsets of the '\n' characters that are soft breaks inside a paragraph. */
export function softBreaks(text: string): Set<number> {
  const soft = new Set<number>();
  const lines = physicalLines(text);
  emphasisBreaks(text, lines, soft);
  labelBreaks(text, lines, soft);
  const width = text.length < 400 ? null : wrapWidth(lines.map((l) => l.length));
  if (width === null) return soft;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i] as PhysicalLine;
    const b = lines[i + 1] as PhysicalLine;
    // (an empty line a is shorter than half the width)
    if (b.length === 0 || a.length < width * 0.5) continue;
    const next = text.slice(b.start, Math.min(b.end, b.start + 40)).normalize('NFC');
    // line b starts with a non-space
    const word = next.split(/\s/, 1)[0] as string;
    if (a.length + 1 + visibleLength(word, 0, word.length) <= width - WIDTH_SLACK) continue;
    if (STRUCTURE_START.test(next)) continue;
    // a line laid out in columns, or indented like a block of its own, is not a wrapped one
    if (COLUMNS.test(text.slice(a.start, a.end)) || COLUMNS.test(text.slice(b.start, b.end)))
      continue;
    if (b.start - a.newline - 1 >= 4) continue;
    // a title in capitals above a paragraph in sentence case: two blocks, not one wrapped
    // (a run of capitals cut at the wrap goes on: "… CHỦ NGHĨA VIỆT" / "NAM Độc lập …")
    const capsA = capsOnly(text.slice(a.start, a.end));
    if (capsA !== capsOnly(text.slice(b.start, b.end)) && !(capsA && capsOnly(word))) continue;
    if (ITEM_START.test(next) && CLAUSE_END.test(text.slice(a.start, a.end))) continue;
    soft.add(a.newline);
  }
  return soft;
}
