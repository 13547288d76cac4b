/**
 * Recipients (Nơi nhận) and addressees (Kính gửi).
 *
 * A recipient block is the bullet lines after "Nơi nhận:" (the first may share its line). Lines
 * of a signature interleaved by a scraped table are skipped. Per line: a purpose in parentheses
 * ("(báo cáo)", "(b/c)", "(để b/c)", "(để biết)", "(t/h)"), a leading "Lưu"/"Lưu:" (archive
 * copies), "Đăng website" / "Cổng TTĐT" (publication), "Như trên" (the addressees), a person
 * ("Đ/c Trần Ngọc Tam, Phó Bí thư Tỉnh ủy" — one person with a title, never split at the comma),
 * otherwise a list split by the organizations module.
 *
 * Two-line recipients: where most lines end with a separator (",", ";", "."), a line without
 * one is continued by the next ("Ban Bí thư Trung ương" / "Đoàn Thanh niên Cộng sản Hồ Chí
 * Minh,"). A brace line "} (để b/c)" gives a purpose whose reach is lost: it is not applied, the
 * lines above it get `bracePurpose`, and a warning says so. A recipient listed twice is kept once
 * (warning).
 */
import { AUTHORITY } from './signature.ts';
import { isPersonName } from './names.ts';
import { codedRecipients } from './recipient-codes.ts';
import { fold, isCapsLine, squash, trimRange, type Line, type Source } from './source.ts';
import { expandAbbreviations } from '../orgs/abbreviations.ts';
import type { ActorFactory } from './actors.ts';
import type { Actor, Purpose, Quoted, Recipient, Warning } from './types.ts';

/** "Nơi nhận:", markup allowed around it ("__Nơi nhận__:", "**Nơi nhận:**"). */
const NOI_NHAN = /^[_*]*\s*noi\s*nhan\s*[_*]*\s*:?\s*[_*]*\s*/;
/** A bullet: a dash, a dot, a plus, or markdown's "*" before a space ("*   Ban Bí thư"). */
export const GLYPH = /^(?:[-–—•+]|\*(?=\s))\s*/;
/** A publication channel ("Đăng Cổng TTĐT", "Website Sở"), not a body (folded). */
/** A purpose in parentheses at the end of an item, markup allowed ("*(để báo cáo)*"). */
const PURPOSE_AT_END = /[*_]*\(([^()]*)\)[*_]*\s*$/;
/** The number of copies sent ("Vụ KGVX (2)", "(02b)", "(3 bản)"): no part of the name. */
const COPIES = /^\s*\d{1,2}\s*(?:b|bản)?\s*$/u;
/** An outline number ("I.", "1.", "1.2.", "a)"): never inside a Nơi nhận block. */
const OUTLINE_NUMBER = /^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s/u;
/** A raw line ending with a separator, markup allowed after it. */
const TERMINATED = /[,;.][*_]*$/;
const PUBLICATION = /^(?:dang|cong\s*thong\s*tin|cong\s*ttdt|website|trang\s*(?:tin|thong\s*tin))/;
/** A unit and the ministry or committee it belongs to, one inside parentheses: "Bộ Tư pháp
 *  (Cục KTVB&QLXLVPHC)", "Cục Kiểm tra văn bản và QLXLVPHC (Bộ Tư pháp)": one body. */
const PARENT = /^(?:Bộ|Tổng cục|Ủy ban|Uỷ ban|UBND|Sở|Văn phòng Chính phủ|VPCP)\s/u;
const UNIT = /^(?:Cục|Vụ|Viện|Phòng|Trung tâm|Thanh tra|Văn phòng|Ban)\s/u;
const WITH_PARENT = /^([^()]+?)\s*\(([^()]+)\)$/u;

/** "Cục X, Bộ Y" for a unit and its parent written one inside parentheses, else null. */
function unitOfParent(body: string): string | null {
  const m = WITH_PARENT.exec(body);
  if (!m) return null;
  const [outside, inside] = [m[1] as string, m[2] as string];
  if (UNIT.test(outside) && PARENT.test(inside)) return `${outside}, ${inside}`;
  if (PARENT.test(outside) && UNIT.test(inside)) return `${inside}, ${outside}`;
  return null;
}

/** A named person ("Đ/c Trần Ngọc Tam, Phó Bí thư Tỉnh ủy") and the role after the comma. */
const PERSON = /^(?:Đ\/c|đ\/c|Đồng chí|đồng chí|Ông|ông|Bà|bà)\s+([^,]+?)\s*(?:,\s*(.+))?$/u;

const PURPOSES: [RegExp, Purpose][] = [
  [/^(?:de\s*)?(?:b\s*\/\s*c|bao\s*cao)$/, 'báo cáo'],
  [/^(?:de\s*)?(?:t\s*\/\s*h|thuc\s*hien)$/, 'thực hiện'],
  [/^(?:de\s*)?(?:biet|d\s*\/\s*b)$/, 'để biết'],
  [/^(?:de\s*)?(?:phoi\s*hop|p\s*h?\s*\/\s*h)(?:\s*thuc\s*hien)?$/, 'phối hợp'],
  [/^(?:de\s*)?(?:tong\s*hop\s*,?\s*)?theo\s*doi$/, 'theo dõi'],
  [/^(?:de\s*)?dang\s*(?:tai|tin)$/, 'đăng tải'],
  [/^(?:de\s*)?chi\s*dao$/, 'chỉ đạo'],
  [/^(?:de\s*)?(?:biet\s*,?\s*)?(?:thuc\s*hien|t\/h)$/, 'thực hiện'],
];

function purposeOf(folded: string): Purpose | null {
  // the text inside the parentheses (it holds none), so squashing is all it needs
  const f = squash(folded);
  for (const [re, p] of PURPOSES) if (re.test(f)) return p;
  return null;
}

function hasPurpose(text: string): boolean {
  const m = PURPOSE_AT_END.exec(text);
  return m !== null && purposeOf(fold(m[1] as string)) !== null;
}

interface Item {
  pieces: [number, number][];
  /** The raw line ended with a separator. */
  terminated: boolean;
}

export interface RecipientBlock {
  /** Index (into the given lines) of the "Nơi nhận" line. */
  at: number;
  used: number[];
  items: Item[];
}

/** A code: capitals with at most one vowel and no tone mark ("VP", "HĐND", "UBND", "VPTW");
 *  the words of a signature title have tones or vowel clusters ("CHỦ TỊCH", "TRƯỞNG BAN"). */
const CODE = /^(?=[A-ZĐ&]{2,6}$)[^AEIOUY]*[AEIOUY]?[^AEIOUY]*$/u;

/** A list of codes in capitals ("VP HĐND TP, VP UBND TP,", "VPTW, VPCP, VPQH,"): recipients
 *  written short, not a line of the signature beside the block. */
function codeList(t: string): boolean {
  const body = t.replace(/[\s,;.*_]+$/u, '');
  return /[,;]/.test(body) && body.split(/[\s,;]+/u).every((w) => CODE.test(w));
}

/** A line (or piece of one) of a signature: authority, capitals, a name, "(Đã ký …)". */
function signatureLike(t: string): boolean {
  if (codeList(t)) return false;
  return AUTHORITY.test(t) || isCapsLine(t) || isPersonName(t) || /^\(?\s*đã ký/iu.test(t);
}

export function lineRange(line: Line): [number, number] {
  const lead = line.text.length - line.text.trimStart().length;
  return [line.start + lead, line.start + line.text.trimEnd().length];
}

/** Collect "Nơi nhận" blocks of the lines. */
export function findRecipientBlocks(src: Source, lines: Line[]): RecipientBlock[] {
  const blocks: RecipientBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [s, e] = lineRange(lines[i]!);
    const m = NOI_NHAN.exec(src.fold.slice(s, e));
    if (!m) continue;
    const block: RecipientBlock = { at: i, used: [i], items: [] };
    const rest = s + m[0].length;
    let current: Item | null = null;
    const open = (ps: number, pe: number): void => {
      // a flattened block: "- Như trên; - Lưu: VT." on one line is two items; so is text after a
      // ";" ("Thành ủy, UBND thành phố; Lê Thị Bích Thuận" — a signature column read into the line)
      // (the clean text has one space between words)
      const sep = /[,;]\s*[-–•] |; (?=\S)/g;
      const text = src.clean.slice(ps, pe);
      let from = ps;
      let m: RegExpExecArray | null;
      const cuts: [number, number][] = [];
      while ((m = sep.exec(text))) {
        cuts.push([from, ps + m.index + 1]);
        from = ps + m.index + m[0].length;
      }
      cuts.push([from, pe]);
      // no cut has a space at either end: the separator, the glyph and the line's trim take them
      for (const [a, b] of cuts) {
        // a piece of the signature column beside the block ("GIÁM ĐỐC", "(Đã ký và đóng dấu)")
        if (b <= a || signatureLike(src.clean.slice(a, b))) continue;
        current = {
          pieces: [[a, b]],
          terminated: TERMINATED.test(src.clean.slice(a, b)),
        };
        block.items.push(current);
      }
    };
    // an empty rest of the line opens nothing
    open(rest + (GLYPH.exec(src.clean.slice(rest, e))?.[0].length ?? 0), e);
    let gap = 0;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const [ls, le] = lineRange(lines[j]!);
      const t = src.clean.slice(ls, le);
      if (t === '') {
        gap++;
        continue;
      }
      const g = GLYPH.exec(t);
      if (g) {
        open(ls + g[0].length, le);
        block.used.push(j);
        gap = 0;
        continue;
      }
      // the body goes on after a flattened signature: an outline number ends the block
      if (NOI_NHAN.test(src.fold.slice(ls, le)) || OUTLINE_NUMBER.test(t)) break;
      const cur = current as Item | null;
      if (!cur) {
        if (signatureLike(t)) continue;
        open(ls, le);
        block.used.push(j);
        continue;
      }
      const last = cur.pieces[cur.pieces.length - 1]!;
      const lastText = src.clean.slice(...last);
      // an item left open by a comma
      const unfinished = /,[*_]*$/.test(lastText);
      // the archive line closed by a full stop ("- Lưu Văn phòng Tỉnh uỷ.") is the block's last
      if (/^lưu\b.*\.[*_]*$/iu.test(src.clean.slice(cur.pieces[0]![0], last[1]))) break;
      // a line of codes after a comma ("…, các Vụ, Cục: TH," / "KTTH, PL;") goes on, capitals or not
      if (signatureLike(t) && !(gap === 0 && unfinished)) continue;
      // without bullets, a line after one ending with ";" is the next item
      if (gap === 0 && /;[*_]*$/.test(lastText)) {
        open(ls, le);
        block.used.push(j);
        continue;
      }
      // an item left open by a comma goes on across a blank line ("Ban xây dựng Đảng, ⏎⏎ VP Đảng
      // uỷ;"): in a block spaced with blank lines a wrapped item is too
      if (gap === 0 || /^\p{Ll}/u.test(t) || (unfinished && gap <= 2)) {
        cur.pieces.push([ls, le]);
        cur.terminated = TERMINATED.test(t);
        block.used.push(j);
        continue;
      }
      break;
    }
    blocks.push(block);
    i = j - 1;
  }
  return blocks;
}

interface Flattened {
  text: string;
  /** Clean offset of each character of `text`. */
  at: number[];
}

function flatten(src: Source, pieces: [number, number][]): Flattened {
  let text = '';
  const at: number[] = [];
  pieces.forEach(([s, e], k) => {
    if (k > 0) {
      text += ' ';
      at.push(s);
    }
    for (let c = s; c < e; c++) {
      text += src.clean[c] as string;
      at.push(c);
    }
  });
  return { text, at };
}

/** Two-line recipients: in a block whose lines end with separators, a line without one goes
 *  on in the next line when that one starts with a capital. */
function joinTwoLineItems(src: Source, block: RecipientBlock): RecipientBlock['items'] {
  const items = [...block.items];
  const terminated = items.filter((it) => it.terminated).length;
  // (fewer than 3 items at 60 % are all terminated, or one: nothing to join)
  if (terminated / items.length < 0.6) return items;
  for (let k = 0; k < items.length - 1; k++) {
    const it = items[k]!;
    const next = items[k + 1]!;
    const nextText = src.clean.slice(next.pieces[0]![0], next.pieces[0]![1]);
    // a next line with its own purpose ("Bộ Công an (để báo cáo)") is a whole recipient
    if (hasPurpose(nextText) || hasPurpose(src.clean.slice(...it.pieces[it.pieces.length - 1]!)))
      continue;
    if (!it.terminated && /^\p{Lu}/u.test(nextText) && !/^}/.test(nextText)) {
      it.pieces.push(...next.pieces);
      it.terminated = next.terminated;
      items.splice(k + 1, 1);
      k--;
    }
  }
  return items;
}

/** The recipients read so far, with the duplicates rule. */
class RecipientList {
  readonly out: Recipient[] = [];
  private readonly seen = new Map<string, Recipient>();
  /** Where the recipients a brace may reach begin. */
  braceFrom = 0;
  constructor(private readonly warnings: Warning[]) {}

  add(actor: Actor, purpose: Purpose | null, purposeText: string | null, via?: 'như trên'): void {
    const key = fold(actor.name).replace(/\s+/g, ' ');
    const dup = this.seen.get(key);
    if (dup && dup.purpose === purpose) {
      this.warnings.push({
        code: 'duplicate-recipient',
        message: `"${actor.name}" is listed twice; kept once`,
        span: actor.span,
        quote: actor.quote,
      });
      return;
    }
    const r: Recipient = { ...actor, purpose, purposeText };
    if (via) r.via = via;
    this.seen.set(key, r);
    this.out.push(r);
  }
}

/** "} (để báo cáo)": a brace gives a purpose to lines above it, which ones is lost. */
function readBrace(
  src: Source,
  list: RecipientList,
  text: string,
  q: Quoted,
  warnings: Warning[],
): void {
  const pm = /\(([^()]*)\)\s*$/.exec(text);
  const purpose = pm ? purposeOf(fold(pm[1] as string)) : null;
  warnings.push({
    code: 'brace-reach-lost',
    message: `a brace gives the purpose "${purpose ?? text}" to lines above it, but which lines is lost; not applied`,
    ...q,
  });
  if (purpose)
    for (const r of list.out.slice(list.braceFrom))
      if (r.purpose === null) r.bracePurpose = purpose;
  list.braceFrom = list.out.length;
}

interface ItemText {
  text: string;
  /** Clean offset of a character of `text`, and the clean end offset after `i` characters. */
  toClean: (i: number) => number;
  cleanEnd: (i: number) => number;
}

/** One item: its purpose ("(báo cáo)", "Lưu"), then a publication, "Như trên", a person, or
 *  a list of bodies. */
function readItem(
  src: Source,
  item: ItemText,
  actors: ActorFactory,
  addressees: Actor[],
  list: RecipientList,
): void {
  const { text, toClean, cleanEnd } = item;
  let purpose: Purpose | null = null;
  let purposeText: string | null = null;
  let bodyStart = 0;
  let bodyEnd = text.length;
  const pm = PURPOSE_AT_END.exec(text);
  if (pm && purposeOf(fold(pm[1] as string))) {
    purpose = purposeOf(fold(pm[1] as string));
    purposeText = pm[0];
    bodyEnd = pm.index;
  } else if (pm && COPIES.test(pm[1] as string)) bodyEnd = pm.index;
  const luu = /^luu\s*:?\s*/.exec(fold(text));
  if (luu) {
    purpose = 'lưu';
    purposeText = text.slice(0, luu[0].length).trim();
    bodyStart = luu[0].length;
  }
  const cs = toClean(bodyStart);
  const ce = cleanEnd(bodyEnd);
  const body = squash(text.slice(bodyStart, bodyEnd));
  const fbody = fold(body);
  if (PUBLICATION.test(fbody) && !/^dang\s*(?:uy|bo|doan)/.test(fbody)) {
    const a = actors.one(cs, ce);
    if (a) list.add({ ...a, kind: 'publication' }, purpose ?? 'đăng tải', purposeText);
    return;
  }
  if (/^nhu\s*tren$/.test(fbody)) {
    const p = purpose ?? 'thực hiện';
    // without the space before a purpose ("Như trên (để thực hiện)")
    const q = src.quoted(...trimRange(src.clean, cs, ce));
    if (addressees.length === 0) {
      const a = actors.one(cs, ce);
      if (a) list.add({ ...a, kind: 'generic' }, p, purposeText, 'như trên');
    }
    for (const ad of addressees)
      list.add(
        { ...ad, mention: q.quote, quote: q.quote, span: q.span },
        p,
        purposeText,
        'như trên',
      );
    return;
  }
  const person = PERSON.exec(body);
  if (person && isPersonName(person[1] as string)) {
    const a = actors.one(cs, ce);
    if (!a) return;
    if (a.resolution?.kind !== 'person') a.name = squash(person[1] as string);
    if (person[2]) a.role = squash(person[2]);
    list.add({ ...a, kind: 'person' }, purpose, purposeText);
    return;
  }
  if (ce <= cs) return;
  const unit = unitOfParent(body);
  if (unit) {
    const a = actors.one(cs, ce, expandAbbreviations(unit, actors.registry));
    if (a) list.add(a, purpose, purposeText);
    return;
  }
  // split on the flattened text so a two-line recipient reads as one line
  const slice = text.slice(bodyStart, bodyEnd);
  const at = (i: number): number => toClean(bodyStart + i);
  const coded = codedRecipients(actors, slice, at, (i) => cleanEnd(bodyStart + i));
  for (const a of coded ?? splitFlattened(src, actors, slice, bodyStart, toClean, cleanEnd))
    list.add(a, purpose, purposeText);
}

/** Turn a block's items into recipients. */
export function readRecipients(
  src: Source,
  block: RecipientBlock,
  actors: ActorFactory,
  addressees: Actor[],
  warnings: Warning[],
): Recipient[] {
  const list = new RecipientList(warnings);
  for (const it of joinTwoLineItems(src, block)) {
    const flat = flatten(src, it.pieces);
    const toClean = (i: number): number => flat.at[Math.min(i, flat.at.length - 1)] ?? 0;
    const cleanEnd = (i: number): number => (i <= 0 ? toClean(0) : toClean(i - 1) + 1);
    // trailing separators
    const text = flat.text.replace(/[\s,;.]+$/, '');
    const end = text.length;
    if (/^}/.test(text))
      readBrace(src, list, text, src.quoted(toClean(0), cleanEnd(end)), warnings);
    else readItem(src, { text, toClean, cleanEnd }, actors, addressees, list);
  }
  return list.out;
}

function splitFlattened(
  src: Source,
  actors: ActorFactory,
  slice: string,
  offset: number,
  toClean: (i: number) => number,
  cleanEnd: (i: number) => number,
): Actor[] {
  // Lines joined from two pieces: split the joined text, then map each part back.
  const cs = toClean(offset);
  const ce = cleanEnd(offset + slice.length);
  if (src.clean.slice(cs, ce) === slice) return actors.make(cs, ce);
  return actors.makeFrom(
    slice,
    (i) => toClean(offset + i),
    (i) => cleanEnd(offset + i),
  );
}
