/**
 * The header: banner ("ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and its motto),
 * issuing-body lines (capitals, superior first), number ("Số 10-KH/TW", "Số: 45/KH-UBND"), place
 * and date ("Hà Nội, ngày 23 tháng 8 năm 2022"), type line ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG /
 * CỦA BAN THƯỜNG VỤ TỈNH ỦY") and title (header/title.ts), or the "V/v …" subject of an official
 * letter. Header lines may come in any order (seed 000 interleaves them with an incoming stamp),
 * and a stray line or two before them (a crawler's note, a page banner) is passed over.
 */
import { HEAD_WORDS, keyStartsWithHead, RUNNING_TEXT_HEADS } from '../lexicon/heads.ts';
import { normalizeKey } from '../orgs/normalize.ts';
import { findDate } from './dates.ts';
import {
  BODY_START,
  EMPTY_DATE,
  EMPTY_NUMBER,
  MOTTO,
  NUMBER_LINE,
  PARTY_BANNER,
  PLACE_DATE,
  STATE_BANNER,
  TYPE_SEARCH_END,
  TYPES,
} from './header/patterns.ts';
import { emptyHeader, foldedLine, trimmed, type HeaderResult } from './header/result.ts';
import { readSubject, readTitle } from './header/title.ts';
import { parseDocNumber, typeFromNumber } from './numbers.ts';
import { AUTHORITY } from './signature.ts';
import { isCapsLine, squash, type Line, type Source } from './source.ts';
import type { Warning } from './types.ts';

export { NUMBER_LINE } from './header/patterns.ts';
export type { HeaderResult } from './header/result.ts';

/** Level words that open a place line under a body ("TỈNH NGHỆ AN", "THÀNH PHỐ HÀ NỘI"). */
const LEVEL_START = /^(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)(?: |$)/u;
const POSITIONS = HEAD_WORDS.filter((h) => h.sense === 'role');

/** Non-header lines passed over before the first header line. */
const MAX_STRAY = 3;

function typeOf(foldedLine: string): { type: string; length: number } | null {
  for (const [re, type] of TYPES) {
    const m = re.exec(foldedLine);
    if (m && !/^[\p{L}]/u.test(foldedLine.slice(m[0].length))) return { type, length: m[0].length };
  }
  return null;
}

/** The type line: capitals, a type word, before any part heading or "Nơi nhận"; or -1. */
function findTypeLine(src: Source, lines: Line[]): number {
  for (let i = 0; i < lines.length && i < 80; i++) {
    const line = lines[i] as Line;
    const { t } = trimmed(line);
    const fl = foldedLine(src, line);
    if (TYPE_SEARCH_END.test(fl)) return -1;
    if (isCapsLine(t) && typeOf(fl)) return i;
  }
  return -1;
}

/** Header lines before the type line (or before the body); returns the last one's index. */
function scanHeaderLines(
  src: Source,
  out: HeaderResult,
  lines: Line[],
  typeIdx: number,
  warnings: Warning[],
): number {
  const headerEnd = typeIdx >= 0 ? typeIdx : lines.length;
  let lastHeader = -1;
  let lastBody = -2;
  let stray = 0;
  for (let i = 0; i < headerEnd; i++) {
    const line = lines[i] as Line;
    const { s, e, t } = trimmed(line);
    if (t === '' || /^[-_=*\s]+$/.test(t)) continue;
    const fl = foldedLine(src, line);
    // the body has begun: a numbered part or item
    if (BODY_START.test(fl) || /^[-•+]\s/.test(t) || AUTHORITY.test(t)) break;
    const bodies = out.bodies.length;
    if (readHeaderLine(src, out, line, s, e, t, fl, warnings)) {
      if (out.bodies.length > bodies && lastBody === i - 1) mergeBodyLine(src, out);
      if (out.bodies.length > bodies) lastBody = i;
      out.used.add(i);
      lastHeader = i;
      continue;
    }
    if (typeIdx === -1 && (lastHeader >= 0 || ++stray > MAX_STRAY)) break;
  }
  return lastHeader;
}

/**
 * A body line right under another one continues it when it cannot open a name of its own
 * ("ỦY BAN NHÂN" / "DÂN", "BAN CHẤP HÀNH" / "TRUNG ƯƠNG"), or when the line above is a position
 * ("THỦ TƯỚNG" / "CHÍNH PHỦ"); two halves of the banner are the banner.
 */
function mergeBodyLine(src: Source, out: HeaderResult): void {
  const [ps, pe] = out.bodies[out.bodies.length - 2] as [number, number];
  const [ls, le] = out.bodies[out.bodies.length - 1] as [number, number];
  // a head word's key ("đ/c" is the words "đ c", as keyStartsWithHead reads a head)
  const prev = normalizeKey(src.clean.slice(ps, pe));
  const line = normalizeKey(src.clean.slice(ls, le));
  const joined = squash(src.fold.slice(ps, le));
  if (STATE_BANNER.test(joined) || PARTY_BANNER.test(joined)) {
    out.bodies.splice(-2, 2);
    out.banner ??= src.quoted(ps, le);
    out.family = PARTY_BANNER.test(joined) ? 'party' : 'state';
    return;
  }
  const opens = keyStartsWithHead(line, RUNNING_TEXT_HEADS) || LEVEL_START.test(line);
  if (opens && !keyStartsWithHead(prev, POSITIONS)) return;
  out.bodies.splice(-2, 2, [ps, le]);
}

/** Header lines printed below the type line (a date or number under it). */
function lateHeaderLines(
  src: Source,
  out: HeaderResult,
  lines: Line[],
  typeIdx: number,
  warnings: Warning[],
): void {
  for (let i = typeIdx + 1; i < Math.min(lines.length, out.bodyStart + 1); i++) {
    if (out.used.has(i)) continue;
    const line = lines[i] as Line;
    const { s, e, t } = trimmed(line);
    const fl = foldedLine(src, line);
    if (
      (NUMBER_LINE.test(t) && out.number === null) ||
      (out.issuedDate === null && t.length <= 80 && PLACE_DATE.test(fl))
    ) {
      readHeaderLine(src, out, line, s, e, t, fl, warnings);
      out.used.add(i);
    }
  }
}

/** Read the header of the lines of one document (the original or a copy). */
export function parseHeader(src: Source, lines: Line[], warnings: Warning[]): HeaderResult {
  const out = emptyHeader();
  const typeIdx = findTypeLine(src, lines);
  const lastHeader = scanHeaderLines(src, out, lines, typeIdx, warnings);
  if (typeIdx >= 0) {
    const ty = typeOf(foldedLine(src, lines[typeIdx] as Line)) as { type: string; length: number };
    out.type = ty.type;
    out.used.add(typeIdx);
    out.bodyStart = readTitle(src, out, lines, typeIdx, ty.length);
    lateHeaderLines(src, out, lines, typeIdx, warnings);
  } else {
    out.bodyStart = readSubject(src, out, lines, lastHeader + 1);
  }
  if (out.type === null && out.number) out.type = typeFromNumber(out.number);
  if (out.family === 'unknown' && out.number) out.family = out.number.style;
  return out;
}

/** "Số 10-KH/TW": the document's number; false when the line has none. */
function readNumber(
  src: Source,
  out: HeaderResult,
  line: Line,
  s: number,
  t: string,
  warnings: Warning[],
): boolean {
  const nm = NUMBER_LINE.exec(t);
  if (!nm || out.number !== null) return false;
  const raw = nm[1] as string;
  const numStart = s + nm[0].length - raw.length;
  const dn = parseDocNumber(raw);
  if (!dn) return false;
  out.number = dn;
  out.numberSpan = src.quoted(numStart, s + nm[0].length);
  out.numberRange = [line.start, line.end];
  if (dn.number !== raw)
    warnings.push({
      code: 'number-normalised',
      message: `document number "${raw}" read as "${dn.number}"`,
      ...src.quoted(numStart, s + nm[0].length),
    });
  return true;
}

/** A header line: its trimmed clean range and text, and its folded text. */
interface HeaderLine {
  s: number;
  e: number;
  t: string;
  fl: string;
}

/** "Hà Nội, ngày 23 tháng 8 năm 2022": place and date; false when the line is not one. */
function readPlaceDate(
  src: Source,
  out: HeaderResult,
  { s, e, t, fl }: HeaderLine,
  warnings: Warning[],
): boolean {
  const dm = PLACE_DATE.exec(fl);
  if (!dm || out.issuedDate !== null || t.length > 80) return false;
  // the place's length in the clean line: up to its comma (the folded line is squashed)
  const place = squash(src.clean.slice(s, src.clean.indexOf(',', s)));
  const d = findDate(fl);
  if (d) {
    out.issuedDate = d.iso;
    out.place = place;
    out.dateSpan = src.quoted(s, e);
    if (d.iso === null)
      warnings.push({
        code: 'date-invalid',
        message: 'the issue date cannot exist',
        ...src.quoted(s, e),
      });
    return true;
  }
  if (!EMPTY_DATE.test(fl)) return false;
  out.place = place;
  warnings.push({
    code: 'date-missing',
    message: 'the date line has no date (unsigned draft?)',
    ...src.quoted(s, e),
  });
  return true;
}

function readHeaderLine(
  src: Source,
  out: HeaderResult,
  line: Line,
  s: number,
  e: number,
  t: string,
  fl: string,
  warnings: Warning[],
): boolean {
  // a rule flattened onto the banner, on either side, may be a single dash ("ĐẢNG CỘNG SẢN VIỆT
  // NAM-"): the banner is its words whatever marks stand between them
  const banner = fl.replace(/[-_=*]/g, '').trim();
  if (PARTY_BANNER.test(banner) || STATE_BANNER.test(banner)) {
    out.banner ??= src.quoted(s, e);
    out.family = PARTY_BANNER.test(banner) ? 'party' : 'state';
    return true;
  }
  if (MOTTO.test(fl)) return true;
  if (readNumber(src, out, line, s, t, warnings)) return true;
  if (EMPTY_NUMBER.test(t)) {
    warnings.push({
      code: 'number-missing',
      message: 'the number line has no number (unsigned draft?)',
      ...src.quoted(s, e),
    });
    return true;
  }
  if (readPlaceDate(src, out, { s, e, t, fl }, warnings)) return true;
  if (isCapsLine(t) && t.length <= 120 && !/\d/.test(t)) {
    // "VĂN PHÒNG CHÍNH PHỦ -------": a rule printed under the body, flattened onto its line,
    // spaced or glued
    const rule = /\s*[-_=*]{3,}$/.exec(t);
    out.bodies.push([s, rule ? s + rule.index : e]);
    return true;
  }
  return false;
}

/** A place-and-date line anywhere in the lines (a copy block prints it under "SAO Y"). */
export function findLooseDate(
  src: Source,
  lines: Line[],
  out: HeaderResult,
  skip: Set<number>,
  warnings: Warning[],
): number | null {
  for (let i = 0; i < lines.length; i++) {
    if (skip.has(i)) continue;
    const line = lines[i] as Line;
    const { s, e, t } = trimmed(line);
    // readPlaceDate refuses a line over 80 characters: skip it before folding it
    // Stryker disable next-line ConditionalExpression: a shortcut; readPlaceDate refuses the same lines
    if (t.length > 80) continue;
    // only a date: a line in capitals there is no issuing body ("HÀ NỘI, NGÀY HỘI …" in the body)
    if (readPlaceDate(src, out, { s, e, t, fl: squash(src.fold.slice(s, e)) }, warnings)) return i;
  }
  return null;
}
