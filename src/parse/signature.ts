/**
 * The signature block: authority line(s) (T/M, K/T, T/L, T/UQ, Q. and the State forms TM., KT.,
 * TL., TUQ.), title line(s) in capitals, then the signer's name ("(Đã ký)" and seal notes are
 * skipped). State documents nest authorities: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
 * "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG": the whole chain is kept. A block
 * whose name is missing (a scan, an unsigned copy) is kept without one. Lines of other blocks
 * interleaved by a scraped table (recipient bullets) are skipped.
 */
import { isPersonName, nameFromCaps } from './names.ts';
import { isCapsLine, squash, type Line, type Source } from './source.ts';
import type { Signer } from './types.ts';

export const AUTHORITY =
  /^(T\s?\/\s?M|T\.M\.|K\s?\/\s?T|K\.T\.|T\s?\/\s?L|T\.L\.|T\s?\/\s?UQ|TM\.|KT\.|TL\.|TUQ\.|Q\.|(?:TM|KT|TL|TUQ)(?=\s+\p{Lu}))\s*(\S.*)?$/u;
/** A title line that opens a block without an authority ("BÍ THƯ", "PHÓ CHỦ TỊCH"); its end is
 *  no letter (`\b` is ASCII-only: it never follows the "Ư" of "BÍ THƯ"). */
export const TITLE_ONLY =
  /^(?:PHÓ\s+)?(?:BÍ THƯ|CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|BỘ TRƯỞNG|THỦ TƯỚNG|CHỦ NHIỆM|TỔNG BÍ THƯ|TRƯỞNG PHÒNG|VIỆN TRƯỞNG|HIỆU TRƯỞNG)(?![\p{L}])/u;
/** "(Đã ký)", "(Ký, đóng dấu)": notes in place of a signature. */
export const SIGNED_NOTE =
  /^\(?\s*(?:đã ký|ký|ký tên|ký,? đóng dấu|ký tên,? đóng dấu|đã ký và đóng dấu)[^)]*\)?$/iu;
/** A deputy's title run into the authority line by a wrapped cell ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH"). */
const DEPUTY_TAIL = /\s+(PHÓ\s.*)$/u;

export interface SignatureResult {
  signer: Signer;
  /** Clean range of the outermost authority's object ("BỘ CHÍNH TRỊ" in "T/M BỘ CHÍNH TRỊ"). */
  onBehalfOfRange: [number, number] | null;
  /** Line indexes (into the given lines) the block uses. */
  used: number[];
}

/**
 * A signature flattened onto one line: authority and titles in capitals, then the signer's name,
 * then whatever the flattening glued after it ("KT. BỘ TRƯỞNG THỨ TRƯỞNG Đỗ Hoàng Anh Tuấn",
 * "K/T THỦ TƯỚNG CHÍNH PHỦ PHÓ THỦ TƯỚNG Tố Hữu"). Groups: the capitals, the name.
 */
const FLAT_BLOCK =
  /^([^\p{Ll}]*\p{Lu}[^\p{Ll}]*?)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4})(?=\s+[\p{Lu}\d(]{2}|\s*$)/u;

function flatBlock(t: string): { caps: string; name: string } | null {
  if (!AUTHORITY.test(t) || isCapsLine(t)) return null;
  const m = FLAT_BLOCK.exec(t);
  if (!m || !isPersonName(m[2] as string) || !isCapsLine(m[1] as string)) return null;
  return { caps: m[1] as string, name: m[2] as string };
}

/** A line without its white space and Markdown emphasis ("**BÍ THƯ**", "**Trần Hải Châu**"):
 *  the text and its offset in the line, so that spans fall on the words. */
function bare(text: string): { t: string; lead: number } {
  // every part is optional, so the match starts at 0 without a `^`
  const m = /(\s*(?:[*_]+\s*)?)(.*?)(?:\s*[*_]+)?\s*$/su.exec(text)!;
  return { t: m[2] as string, lead: (m[1] as string).length };
}

const isAuthority = (t: string): boolean =>
  (AUTHORITY.test(t) && isCapsLine(t)) || flatBlock(t) !== null;

/** A title line as the last block's start: near the end, or followed by the signer's name. */
function titleStart(lines: Line[], i: number): boolean {
  const t = lines[i]!.text.replace(/[*_]/g, '').trim();
  if (!TITLE_ONLY.test(t) || !isCapsLine(t) || t.length >= 60) return false;
  if (i >= lines.length - 40) return true;
  // lines are trimmed: a blank line is empty
  const next = lines.slice(i + 1).find((l) => l.text !== '');
  return next !== undefined && isPersonName(next.text.replace(/[*_]/g, ''));
}

/** The first line of the last signature block, or -1. */
function blockStart(lines: Line[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!isAuthority(bare(lines[i]!.text).t)) continue;
    // nested authorities: keep going up while the line above is another authority line
    for (let j = i - 1; j >= 0; j--) {
      const u = bare(lines[j]!.text).t;
      if (u === '') continue;
      if (isAuthority(u)) i = j;
      else break;
    }
    return i;
  }
  for (let i = lines.length - 1; i >= 0; i--) if (titleStart(lines, i)) return i;
  return -1;
}

interface Block {
  authorities: { capacity: string; of: string | null; range: [number, number] | null }[];
  titles: string[];
  name: string | null;
  used: number[];
  first: number;
  lastEnd: number;
}

/** One authority line ending at clean offset `end`: its capacity, its object, and a deputy's
 *  title run into it. */
function readAuthority(b: Block, a: RegExpExecArray, end: number): void {
  // the object ends at a letter: lines are trimmed, and `bare` drops the spaces after it
  let of = a[2] ?? '';
  const ofStart = end - of.length;
  const deputy = DEPUTY_TAIL.exec(of);
  if (deputy) of = of.slice(0, deputy.index);
  b.authorities.push({
    capacity: (a[1] as string).replace(/\s/g, ''),
    of: of ? nameFromCaps(of) : null,
    range: of ? [ofStart, ofStart + of.length] : null,
  });
  if (deputy) b.titles.push(nameFromCaps(deputy[1] as string));
}

function readBlock(lines: Line[], start: number): Block {
  const b: Block = { authorities: [], titles: [], name: null, used: [], first: -1, lastEnd: 0 };
  // a window of 16 written lines: the blank lines of the signing space do not count
  for (let i = start, seen = 0; i < lines.length && seen < 16; i++) {
    const line = lines[i]!;
    const { t, lead } = bare(line.text);
    if (t !== '') seen++;
    // a blank line falls through to the end of the chain; a note before the block's first line
    // sets lastEnd too early, but that line sets it again
    if (SIGNED_NOTE.test(t)) {
      b.used.push(i);
      b.lastEnd = line.start + lead + t.length;
      continue;
    }
    if (/^[-–•+]/.test(t)) continue;
    const flat = flatBlock(t);
    if (flat) {
      readAuthority(b, AUTHORITY.exec(flat.caps)!, line.start + lead + flat.caps.length);
      b.name = squash(flat.name);
      b.used.push(i);
      if (b.first === -1) b.first = line.start + lead;
      b.lastEnd = line.start + lead + t.indexOf(flat.name, flat.caps.length) + flat.name.length;
      break;
    }
    const a = AUTHORITY.exec(t);
    if (a && isCapsLine(t)) readAuthority(b, a, line.start + lead + t.length);
    else if (isCapsLine(t) && t.length < 80 && !/\d/.test(t)) {
      if (/SAO\s(?:Y|LỤC)|TRÍCH\sSAO/u.test(t)) continue;
      b.titles.push(nameFromCaps(t));
    } else if (isPersonName(t)) {
      b.name = squash(t);
      b.used.push(i);
      b.lastEnd = line.start + lead + t.length;
      if (b.first === -1) b.first = line.start + lead;
      break;
    } else continue;
    b.used.push(i);
    if (b.first === -1) b.first = line.start + lead;
    b.lastEnd = line.start + lead + t.length;
  }
  return b;
}

/** The last signature block in the lines (a document is signed at its end). */
export function parseSignature(src: Source, lines: Line[]): SignatureResult | null {
  const start = blockStart(lines);
  if (start === -1) return null;
  const b = readBlock(lines, start);
  // without a name, only an authority line makes a block (a lone title line may be anything);
  // a name or an authority always sets the block's first offset
  if (b.name === null && b.authorities.length === 0) return null;
  const inner = b.authorities[b.authorities.length - 1];
  const outer = b.authorities[0];
  return {
    signer: {
      name: b.name,
      capacity: inner ? inner.capacity : null,
      onBehalfOf: outer ? outer.of : null,
      authorities: b.authorities.map((x) => ({ capacity: x.capacity, of: x.of })),
      title: b.titles.length > 0 ? b.titles.join(' ') : null,
      ...src.quoted(b.first, b.lastEnd),
    },
    onBehalfOfRange: outer ? outer.range : null,
    used: b.used,
  };
}
