/**
 * The title (trích yếu): the rest of the type line and the lines of its paragraph, else the
 * next paragraph; or the "V/v …" subject of an official letter. A title never swallows the
 * body: it stops at a blank line, a separator, a change from capitals to sentence case, and at
 * Căn cứ, QUYẾT ĐỊNH:, Điều, Kính gửi, Nơi nhận.
 */
import { isCapsLine, squash, type Line, type Source } from '../source.ts';
import { AUTHORITY } from '../signature.ts';
import {
  BODY_START,
  DECIDING_HEAD,
  NOT_TITLE,
  NUMBER_LINE,
  PLACE_DATE,
  RULE_LINE,
  SUBJECT,
  TITLE_END,
  TITLE_ISSUER,
} from './patterns.ts';
import { foldedLine, trimmed, type HeaderResult } from './result.ts';

function setTitle(src: Source, out: HeaderResult, ranges: [number, number][]): void {
  if (ranges.length === 0) return;
  const ts = (ranges[0] as [number, number])[0];
  const te = (ranges[ranges.length - 1] as [number, number])[1];
  out.title = squash(ranges.map(([a, b]) => src.clean.slice(a, b)).join(' '));
  out.titleSpan = src.quoted(ts, te);
  out.titleRange = [ts, te];
}

/** Does line `t` (clean) / `f` (folded) end a title whose first line was `caps`? */
function endsTitle(t: string, f: string, caps: boolean | null): boolean {
  if (t === '' || RULE_LINE.test(t) || TITLE_END.test(f) || BODY_START.test(f)) return true;
  // a line ending with a colon opens what follows ("… QUYẾT ĐỊNH:", "… như sau:")
  if (t.endsWith(':') || AUTHORITY.test(t)) return true;
  if (DECIDING_HEAD.test(f) && isCapsLine(t)) return true;
  return caps === true && !isCapsLine(t) && /^\p{Lu}\p{Ll}/u.test(t);
}

/** What the title rules read and fill. */
interface TitleScan {
  src: Source;
  out: HeaderResult;
  lines: Line[];
  /** Clean ranges of the title's lines, in order. */
  ranges: [number, number][];
}

/** The lines under the type line; returns the index after them. */
function typeParagraph({ src, out, lines, ranges }: TitleScan, from: number): number {
  let caps: boolean | null = ranges.length > 0 ? isCapsLine(src.clean.slice(...ranges[0]!)) : null;
  let i = from;
  let of: [number, number] | null = null;
  for (; i < lines.length; i++) {
    const tr = trimmed(lines[i] as Line);
    const f = foldedLine(src, lines[i] as Line);
    // "CỦA BAN THƯỜNG VỤ TỈNH ỦY" right under the type line names the issuer; after title
    // lines it belongs to the title ("… NGHỊ QUYẾT 20-NQ/TW CỦA BỘ CHÍNH TRỊ")
    if (TITLE_ISSUER.test(f) && isCapsLine(tr.t) && ranges.length === 0 && !out.titleIssuer) {
      out.titleIssuer = [tr.s + 4, tr.e];
      out.used.add(i);
      of = [tr.s, tr.e];
      continue;
    }
    if (endsTitle(tr.t, f, caps)) break;
    // "CỦA BỘ CHÍNH TRỊ," / "BAN BÍ THƯ VỀ …": a title in capitals reads on from the "CỦA" line
    if (of && ranges.length === 0 && isCapsLine(tr.t)) ranges.push(of);
    caps ??= isCapsLine(tr.t);
    ranges.push([tr.s, tr.e]);
    out.used.add(i);
  }
  return i;
}

/** The paragraph after the type paragraph, when it reads as a title; returns the index after. */
function nextParagraph({ src, out, lines, ranges }: TitleScan, from: number): number {
  let i = from;
  while (i < lines.length && trimmed(lines[i] as Line).t === '') i++;
  const para: number[] = [];
  let caps: boolean | null = null;
  for (let j = i; j < lines.length; j++) {
    const tr = trimmed(lines[j] as Line);
    if (endsTitle(tr.t, foldedLine(src, lines[j] as Line), caps)) break;
    caps ??= isCapsLine(tr.t);
    para.push(j);
  }
  if (para.length === 0) return i;
  const first = lines[para[0] as number] as Line;
  const last = lines[para[para.length - 1] as number] as Line;
  const text = squash(src.clean.slice(first.start, last.end));
  const ftext = squash(src.fold.slice(first.start, last.end));
  if (/[:;]$/.test(text) || NOT_TITLE.test(ftext) || text.length > 600) return i;
  for (const j of para) {
    const tr = trimmed(lines[j] as Line);
    ranges.push([tr.s, tr.e]);
    out.used.add(j);
  }
  return (para[para.length - 1] as number) + 1;
}

/**
 * Does the title go on after a blank line? Text converted from DOCX puts a blank line between
 * the lines of one paragraph: a next line in lower case continues the title ("Thực hiện công tác
 * bầu cử …" / "và bầu cử …"), and so does a line in capitals after a title that is only its
 * "CỦA …" so far ("CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG" / "TẠI HỘI NGHỊ …").
 */
function goesOn({ src, lines, ranges }: TitleScan, from: number): boolean {
  // no check for an empty title: readTitle has then read the next paragraph, so `from` is at a
  // line or at the end, never after exactly one blank line
  let i = from;
  while (i < lines.length && trimmed(lines[i] as Line).t === '') i++;
  if (i === from || i - from > 1 || i >= lines.length) return false;
  // a line that ends the title or is no title (endsTitle, NOT_TITLE) needs no check here:
  // nextParagraph then reads nothing, and the loop stops at the line
  // Stryker disable next-line Regex: only a leading run decides the tests below (the first letter's case, capitals)
  const t = trimmed(lines[i] as Line).t.replace(/^[*_]+/, '');
  if (/^\p{Ll}/u.test(t)) return true;
  const title = squash(ranges.map(([a, b]) => src.clean.slice(a, b)).join(' '));
  return /^CỦA\s/u.test(title) && isCapsLine(title) && isCapsLine(t);
}

/** Title of a document with a type line at `typeIdx`; returns the first body line index. */
export function readTitle(
  src: Source,
  out: HeaderResult,
  lines: Line[],
  typeIdx: number,
  typeLength: number,
): number {
  const line = lines[typeIdx] as Line;
  const { s, e } = trimmed(line);
  const ranges: [number, number][] = [];
  // the rest of the type line (after a longer type phrase) is title; `s` is past the spaces
  const restStart = s + typeLength;
  // "KẾ HOẠCH------": a rule flattened onto the type line is no title
  const rest = src.clean
    .slice(restStart, e)
    .replace(/^\s*[-_=*]{3,}/, '')
    .trim();
  if (rest !== '') ranges.push([e - rest.length, e]);
  const scan: TitleScan = { src, out, lines, ranges };
  let i = typeParagraph(scan, typeIdx + 1);
  if (ranges.length === 0) i = nextParagraph(scan, i);
  // goesOn needs one blank line at `i`, so nextParagraph always moves past it
  while (goesOn(scan, i)) i = nextParagraph(scan, i);
  setTitle(src, out, ranges);
  return authorityLine(src, out, lines, i);
}

/** The authority line under the title ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …") belongs to the header:
 *  read as a body heading it would end the preamble before its Căn cứ. Returns the index after. */
function authorityLine(src: Source, out: HeaderResult, lines: Line[], from: number): number {
  let i = from;
  while (i < lines.length && trimmed(lines[i] as Line).t === '') i++;
  const line = lines[i];
  if (!line || !DECIDING_HEAD.test(foldedLine(src, line)) || !isCapsLine(trimmed(line).t))
    return from;
  out.used.add(i);
  // Stryker disable next-line ArithmeticOperator: the line before is blank or the title's (used), so a body from there reads the same
  return i + 1;
}

/** An official letter's "V/v …" within a few lines of `from`; returns the first body line. */
export function readSubject(src: Source, out: HeaderResult, lines: Line[], from: number): number {
  for (let i = from; i < Math.min(lines.length, from + 6); i++) {
    const line = lines[i] as Line;
    const { s, e, t } = trimmed(line);
    if (t === '') continue;
    const m = SUBJECT.exec(foldedLine(src, line));
    if (!m) return from;
    let end = e;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const tr = trimmed(lines[j] as Line);
      const fj = foldedLine(src, lines[j] as Line);
      if (
        endsTitle(tr.t, fj, false) ||
        PLACE_DATE.test(fj) ||
        // a line in capitals ends the subject, not a document's number ("136/2025/NĐ-CP")
        (isCapsLine(tr.t) && !/^\d/.test(tr.t)) ||
        NUMBER_LINE.test(tr.t)
      )
        break;
      end = tr.e;
      out.used.add(j);
    }
    setTitle(src, out, [[s + m[0].length, end]]);
    out.used.add(i);
    return j;
  }
  return from;
}
