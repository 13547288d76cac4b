/**
 * The header: banner ("ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and its motto),
 * issuing-body lines (capitals, superior first), number ("Số 10-KH/TW", "Số: 45/KH-UBND"), place
 * and date ("Hà Nội, ngày 23 tháng 8 năm 2022"), type line ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG /
 * CỦA BAN THƯỜNG VỤ TỈNH ỦY") and title (trích yếu), or the "V/v …" subject of an official letter.
 * Header lines may come in any order (seed 000 interleaves them with an incoming stamp).
 */
import { findDate } from './dates.ts';
import { DOC_NUMBER_SOURCE, parseDocNumber, typeFromNumber, type DocNumber } from './numbers.ts';
import { AUTHORITY } from './signature.ts';
import { isCapsLine, squash, type Line, type Source } from './source.ts';
import type { Quoted, Warning } from './types.ts';

const TYPES: [RegExp, string][] = [
  [/^chuong\s*trinh\s*hanh\s*dong/, 'Chương trình hành động'],
  [/^chuong\s*trinh/, 'Chương trình'],
  [/^ke\s*hoach/, 'Kế hoạch'],
  [/^nghi\s*quyet\s*lien\s*tich/, 'Nghị quyết liên tịch'],
  [/^nghi\s*quyet/, 'Nghị quyết'],
  [/^chi\s*thi/, 'Chỉ thị'],
  [/^ket\s*luan/, 'Kết luận'],
  [/^quyet\s*dinh/, 'Quyết định'],
  [/^quy\s*dinh/, 'Quy định'],
  [/^quy\s*che/, 'Quy chế'],
  [/^huong\s*dan/, 'Hướng dẫn'],
  [/^thong\s*bao/, 'Thông báo'],
  [/^thong\s*tri/, 'Thông tri'],
  [/^bao\s*cao/, 'Báo cáo'],
  [/^to\s*trinh/, 'Tờ trình'],
  [/^de\s*an/, 'Đề án'],
  [/^phuong\s*an/, 'Phương án'],
  [/^cong\s*dien/, 'Công điện'],
  [/^cong\s*van/, 'Công văn'],
  [/^giay\s*moi/, 'Giấy mời'],
  [/^nghi\s*dinh/, 'Nghị định'],
  [/^thong\s*tu/, 'Thông tư'],
  [/^bien\s*ban/, 'Biên bản'],
];

const PARTY_BANNER = /^dang\s*cong\s*san\s*viet\s*nam$/;
const STATE_BANNER = /^cong\s*hoa\s*xa\s*hoi\s*chu\s*nghia\s*viet\s*nam$/;
const MOTTO = /^doc\s*lap\s*[-–]\s*tu\s*do\s*[-–]\s*hanh\s*phuc$/;
/** "Số 10-KH/TW", "Số: 45/KH-UBND". */
export const NUMBER_LINE = new RegExp(`^s[oố]\\s*:?\\s*(${DOC_NUMBER_SOURCE})`, 'iu');
const EMPTY_NUMBER = /^s[oố]\s*:?\s*[-/.\s]*(?:[A-ZĐ]+[-/]?)*[A-ZĐ]*\s*$/iu;
const VV = /^v\s*\/\s*v\s*:?\s*/;
/** "Hà Nội, ngày …" (folded): a place without digits, a comma, "ngày". */
const PLACE_DATE = /^([^,\d]{2,40}),\s*ngay/;

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

function trimmed(line: Line): { s: number; e: number; t: string } {
  const lead = line.text.length - line.text.trimStart().length;
  const t = line.text.trim();
  return { s: line.start + lead, e: line.start + lead + t.length, t };
}

function typeOf(foldedLine: string): { type: string; length: number } | null {
  for (const [re, type] of TYPES) {
    const m = re.exec(foldedLine);
    if (m && !/^[\p{L}]/u.test(foldedLine.slice(m[0].length))) return { type, length: m[0].length };
  }
  return null;
}

/** Read the header of the lines of one document (the original or a copy). */
export function parseHeader(src: Source, lines: Line[], warnings: Warning[]): HeaderResult {
  const out: HeaderResult = {
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
  const f = (l: Line): string => squash(src.fold.slice(l.start, l.end));

  // the type line: capitals, a type word, before any part heading or "Nơi nhận"
  let typeIdx = -1;
  for (let i = 0; i < lines.length && i < 80; i++) {
    const line = lines[i] as Line;
    const { t } = trimmed(line);
    if (t === '') continue;
    const fl = f(line);
    if (/^[ivxl]+\s*[-.]\s*\S|^noi\s*nhan|^kinh\s*gui/.test(fl)) break;
    if (isCapsLine(t) && typeOf(fl)) {
      typeIdx = i;
      break;
    }
  }

  const headerEnd = typeIdx >= 0 ? typeIdx : lines.length;
  let lastHeader = -1;
  for (let i = 0; i < headerEnd; i++) {
    const line = lines[i] as Line;
    const { s, e, t } = trimmed(line);
    if (t === '' || /^[-_=*\s]+$/.test(t)) continue;
    const fl = f(line);
    // the body has begun: a numbered part or item
    if (
      /^(?:[ivxl]+\s*[-.]\s*\S|\d{1,2}\s*[.)]\s)/.test(fl) ||
      /^[-•+]\s/.test(t) ||
      AUTHORITY.test(t)
    )
      break;
    const isHeader = readHeaderLine(src, out, line, s, e, t, fl, warnings);
    if (isHeader) {
      out.used.add(i);
      lastHeader = i;
      continue;
    }
    if (typeIdx === -1) break;
  }

  if (typeIdx >= 0) {
    const line = lines[typeIdx] as Line;
    const { s, e } = trimmed(line);
    const fl = f(line);
    const ty = typeOf(fl) as { type: string; length: number };
    out.type = ty.type;
    out.used.add(typeIdx);
    const titleRanges: [number, number][] = [];
    // the rest of the type line (after a longer type phrase) is title
    const restStart = s + (src.fold.slice(s, e).search(/\S/) + ty.length);
    const rest = src.clean.slice(restStart, e).trim();
    if (rest !== '') titleRanges.push([e - rest.length, e]);
    // the type paragraph's other lines
    let i = typeIdx + 1;
    for (; i < lines.length; i++) {
      const l = lines[i] as Line;
      const tr = trimmed(l);
      if (tr.t === '') break;
      const flc = f(l);
      // "CỦA BAN THƯỜNG VỤ TỈNH ỦY" right under the type line names the issuer; after title
      // lines it belongs to the title ("… NGHỊ QUYẾT 20-NQ/TW CỦA BỘ CHÍNH TRỊ")
      if (
        /^cua\s/.test(flc) &&
        isCapsLine(tr.t) &&
        titleRanges.length === 0 &&
        out.titleIssuer === null
      ) {
        out.titleIssuer = [tr.s + 4, tr.e];
        out.used.add(i);
        continue;
      }
      if (/^[-_=]{3,}$/.test(tr.t)) break;
      titleRanges.push([tr.s, tr.e]);
      out.used.add(i);
    }
    // else the next paragraph, unless it is the preamble or the body
    if (titleRanges.length === 0) {
      while (i < lines.length && trimmed(lines[i] as Line).t === '') i++;
      const para: number[] = [];
      for (let j = i; j < lines.length; j++) {
        const tr = trimmed(lines[j] as Line);
        if (tr.t === '' || /^[-_=]{3,}$/.test(tr.t)) break;
        para.push(j);
      }
      if (para.length > 0) {
        const first = lines[para[0] as number] as Line;
        const last = lines[para[para.length - 1] as number] as Line;
        const text = squash(src.clean.slice(first.start, last.end));
        const ftext = squash(src.fold.slice(first.start, last.end));
        const isTitle =
          !/[:;]$/.test(text) &&
          !/^(?:can\s*cu|kinh\s*gui|[ivx]+\s*[-.]\s|\d+\s*[.)]\s)/.test(ftext) &&
          text.length <= 600;
        if (isTitle) {
          for (const j of para) {
            const tr = trimmed(lines[j] as Line);
            titleRanges.push([tr.s, tr.e]);
            out.used.add(j);
          }
          i = (para[para.length - 1] as number) + 1;
        }
      }
    }
    if (titleRanges.length > 0) {
      const ts = (titleRanges[0] as [number, number])[0];
      const te = (titleRanges[titleRanges.length - 1] as [number, number])[1];
      out.title = squash(titleRanges.map(([a, b]) => src.clean.slice(a, b)).join(' '));
      out.titleSpan = src.quoted(ts, te);
      out.titleRange = [ts, te];
    }
    out.bodyStart = i;
  } else {
    out.bodyStart = lastHeader + 1;
    // an official letter: "V/v …" after the number
    for (let i = out.bodyStart; i < Math.min(lines.length, out.bodyStart + 6); i++) {
      const line = lines[i] as Line;
      const { s, e, t } = trimmed(line);
      if (t === '') continue;
      const m = VV.exec(f(line));
      if (m) {
        const subjectStart = s + m[0].length;
        let end = e;
        let j = i + 1;
        for (; j < lines.length; j++) {
          const tr = trimmed(lines[j] as Line);
          const fj = f(lines[j] as Line);
          if (
            tr.t === '' ||
            /^kinh\s*gui/.test(fj) ||
            PLACE_DATE.test(fj) ||
            isCapsLine(tr.t) ||
            NUMBER_LINE.test(tr.t)
          )
            break;
          end = tr.e;
          out.used.add(j);
        }
        out.title = squash(src.clean.slice(subjectStart, end));
        out.titleSpan = src.quoted(subjectStart, end);
        out.titleRange = [subjectStart, end];
        out.used.add(i);
        out.bodyStart = j;
      }
      break;
    }
  }
  // header lines that come after the type line (a date or number printed below it)
  for (let i = typeIdx + 1; typeIdx >= 0 && i < Math.min(lines.length, out.bodyStart + 1); i++) {
    if (out.used.has(i)) continue;
    const line = lines[i] as Line;
    const { s, e, t } = trimmed(line);
    if (t === '') continue;
    const fl = f(line);
    if (
      (NUMBER_LINE.test(t) && out.number === null) ||
      (out.issuedDate === null && t.length <= 80 && PLACE_DATE.test(fl))
    ) {
      readHeaderLine(src, out, line, s, e, t, fl, warnings);
      out.used.add(i);
    }
  }

  if (out.type === null && out.number) out.type = typeFromNumber(out.number);
  if (out.family === 'unknown' && out.number) out.family = out.number.style;
  return out;
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
  if (PARTY_BANNER.test(fl) || STATE_BANNER.test(fl)) {
    out.banner ??= src.quoted(s, e);
    out.family = PARTY_BANNER.test(fl) ? 'party' : 'state';
    return true;
  }
  if (MOTTO.test(fl)) return true;
  const nm = NUMBER_LINE.exec(t);
  if (nm && out.number === null) {
    const numStart = s + nm[0].length - (nm[1] as string).length;
    const dn = parseDocNumber(nm[1] as string);
    if (dn) {
      out.number = dn;
      out.numberSpan = src.quoted(numStart, s + nm[0].length);
      out.numberRange = [line.start, line.end];
      if (dn.number !== (nm[1] as string)) {
        warnings.push({
          code: 'number-normalised',
          message: `document number "${nm[1] as string}" read as "${dn.number}"`,
          ...src.quoted(numStart, s + nm[0].length),
        });
      }
      return true;
    }
  }
  if (EMPTY_NUMBER.test(t) && /^s[oố]/iu.test(t)) {
    warnings.push({
      code: 'number-missing',
      message: 'the number line has no number (unsigned draft?)',
      ...src.quoted(s, e),
    });
    return true;
  }
  const dm = PLACE_DATE.exec(fl);
  if (dm && out.issuedDate === null && t.length <= 80) {
    const d = findDate(fl);
    if (d) {
      out.issuedDate = d.iso;
      out.place = squash(src.clean.slice(s, s + (dm[1] as string).length));
      out.dateSpan = src.quoted(s, e);
      if (d.iso === null)
        warnings.push({
          code: 'date-invalid',
          message: 'the issue date cannot exist',
          ...src.quoted(s, e),
        });
      return true;
    }
    if (/ngay\s*\.*\s*thang/.test(fl)) {
      out.place = squash(src.clean.slice(s, s + (dm[1] as string).length));
      warnings.push({
        code: 'date-missing',
        message: 'the date line has no date (unsigned draft?)',
        ...src.quoted(s, e),
      });
      return true;
    }
  }
  if (isCapsLine(t) && t.length <= 120 && !/\d/.test(t)) {
    out.bodies.push([s, e]);
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
    if (
      line.end - line.start > 90 ||
      !PLACE_DATE.test(src.fold.slice(line.start, line.end).trimStart())
    )
      continue;
    const { s, e, t } = trimmed(line);
    const fl = squash(src.fold.slice(line.start, line.end));
    if (readHeaderLine(src, out, line, s, e, t, fl, warnings)) return i;
  }
  return null;
}
