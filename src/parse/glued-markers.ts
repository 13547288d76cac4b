/**
 * Text extracted from PDF often glues the number of an item's first sub-item to the end of the
 * item's heading line: "2. Nâng cao năng lực quản lý 2.1." + "Rà soát …", "3. Giải quyết tranh
 * chấp 3.1. Rà soát …", "III. TỔ CHỨC THỰC HIỆN 1." + "Các sở …". Without a split the heading
 * swallows the first sub-item and its siblings lose their heading. The split is made only at
 * the number the first child must carry ("2.1." under "2.", "1." under a Roman part in capitals),
 * never after a word that cites an item ("tại mục 2.1.").
 */
import { isCapsLine, type Line } from './source.ts';

const ITEM_HEAD = /^(\d{1,2}(?:\.\d{1,2})*)\s*[.)]\s*(?=\S)/;
const PART_HEAD = /^[IVXLC]{1,6}\s*[-.–:)]\s*(?=\S)/;
/** Words that cite an item by its number: the number is a reference, not a marker. */
const CITES = /(?:mục|điểm|khoản|tiết|tiểu mục|phần|điều|số|tại|theo)\s*$/iu;

function escape(s: string): string {
  return s.replace(/\./g, '\\.');
}

const markers = new Map<string, RegExp>();

/** The pattern of a first child's marker ("1.1."), compiled once per marker (asked of every
 *  heading line); its lastIndex is set by the caller. */
function childMarker(child: string): RegExp {
  let re = markers.get(child);
  // Stryker disable next-line ConditionalExpression: recompiling each time only loses the cache
  if (!re) markers.set(child, (re = new RegExp(`\\s(${escape(child)})\\.(?=\\s|$)`, 'gu')));
  return re;
}

/** Offset in `t` where the glued first-child marker starts, or -1. */
function gluedAt(t: string): number {
  let head = ITEM_HEAD.exec(t);
  let child: string;
  if (head) child = `${head[1] as string}.1`;
  else {
    head = PART_HEAD.exec(t);
    if (!head) return -1;
    child = '1';
  }
  const re = childMarker(child);
  re.lastIndex = head[0].length;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const before = t.slice(head[0].length, m.index).trim();
    // a heading of its own: words before the number, not a cited item, no sentence ended
    if (before.length < 3 || CITES.test(before) || /[.;:]$/.test(before)) continue;
    if (child === '1' && !isCapsLine(before)) continue;
    return m.index + 1;
  }
  return -1;
}

/** The lines with every glued first-child marker moved to a line of its own. */
export function splitGluedMarkers(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const lead = line.text.length - line.text.trimStart().length;
    const at = gluedAt(line.text.slice(lead));
    // Stryker disable next-line EqualityOperator: a marker found is after its heading, at >= 1
    if (at < 0) {
      out.push(line);
      continue;
    }
    const cut = line.start + lead + at;
    const headEnd = line.start + line.text.slice(0, lead + at).trimEnd().length;
    const text = (s: number, e: number): string => line.text.slice(s - line.start, e - line.start);
    out.push({ ...line, end: headEnd, text: text(line.start, headEnd) });
    out.push({ ...line, start: cut, text: text(cut, line.end) });
  }
  return out;
}
