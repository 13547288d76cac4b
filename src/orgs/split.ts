/**
 * Splitting an actor or recipient list into the bodies it names.
 *
 * Separators are commas, semicolons, line breaks and the word "và" (and), but a list is written
 * by people, not for machines, so three general rules decide whether a separator really separates:
 * 1. "và" separates only when what follows starts a body ("… Việt Nam và các cơ quan liên quan",
 *    "… Liên minh hợp tác xã và Ban Bí thư …"); inside a name it does not ("Bộ Kế hoạch và Đầu tư").
 * 2. After a comma, a capitalised word that cannot start a body continues the previous name
 *    ("Bộ Văn hóa, Thể thao và Du lịch"; "Đ/c Trần Ngọc Tam, Phó Bí thư Tỉnh ủy").
 * 3. A collective opened by "Các"/"các" (plural) keeps its lower-case items: "Các tỉnh uỷ, thành
 *    uỷ" is one group, not two mentions.
 * Then shared parts are distributed into `expanded`: a qualifier written once at the end
 * ("BTV Huyện ủy, TT HĐND, UBND, UBMT huyện"), a shared "ủy" ("Các huyện, thị, thành ủy") and a
 * leading "Lưu" (archive) mark ("Lưu VP,BTG Đảng ủy Khối").
 */
import { HEAD_WORDS, keyStartsWithHead } from '../lexicon/heads.ts';
import { expandAbbreviations, expandToken } from './abbreviations.ts';
import { normalizeKey } from './normalize.ts';
import { sharedOffice } from './offices.ts';
import { placeList } from './place-lists.ts';
import { rawSegments, trimSegment, type Segment } from './segments.ts';
import { CAP_UY, LOWER_TAIL, PLACE, PLURAL_UNITS, trailingQualifier, UY } from './qualifiers.ts';
import * as roles from './list-roles.ts';
import {
  BARE_WORDS,
  UY_STEMS,
  LUU,
  PLURAL,
  INNER_PLURAL,
  ENDS_WITH_UNIT,
  UNIT_ONLY,
  UNIT_CODE,
  CODE_LIST_HEAD,
  COLON_HEAD,
  KIND_ONLY,
  PHONG_CHONG,
  NAMED,
  FRONT,
  SPAN_OF_LEVELS,
} from './split-patterns.ts';
import { isField } from './unit-codes.ts';
import type { MentionPart, Registry } from './types.ts';

/** Quotes before a list's first word ("“cấp ủy, tổ chức đảng”"): the case rules read the word. */
const OPENING_QUOTES = /^["“‘«']+/u;

/** Kind nouns in sentence case only as they open the sentence ("Cấp ủy, tổ chức đảng, cơ quan",
 *  "Người đứng đầu cơ quan, tổ chức"): a collective; a name has a second capital ("Sở Tài chính"). */
function sentenceCaseKind(text: string, sep: Segment['sep']): boolean {
  const t = text.replace(OPENING_QUOTES, '');
  // no "^": with no capital after the first letter, a capital-lower pair can only open the text
  // (the second capital first: most names have one early, which ends the test)
  // Stryker disable next-line Regex: a text without a capital opens with a lower-case letter or a sign; the first is a collective already, which this rule adds nothing to
  return sep === 'start' && !/\p{Lu}/u.test(t.slice(1)) && /\p{Lu}\p{Ll}/u.test(t);
}

interface Merged {
  start: number;
  end: number;
  /** Text of the first item, for the person rule. */
  text: string;
  collective: boolean;
  kinds: boolean; // opens with kind nouns in sentence case (sentenceCaseKind)
  items: Array<{ start: number; end: number }>; // spans in a collective, for shared "ủy"
}

/**
 * Split `list` into mentions. Offsets are into `list` plus `offset`, so
 * `list.slice(start - offset, end - offset) === mention`; `expanded` is the mention with shared
 * parts distributed and abbreviations expanded (pass it to the resolver, keep `mention` as
 * evidence). The abbreviation table comes from the caller (no file is read here).
 */
export function splitMentions(
  list: string,
  offset = 0,
  registry: Pick<Registry, 'abbreviations'>,
): MentionPart[] {
  return splitWith(list, offset, withExpansions(registry));
}

/** splitMentions for the lists of one document: a name's expansion is computed once for all of
 *  them ("Sở Tài chính" in a dozen lists). Keep it no longer than the document. */
export function documentSplitter(
  registry: Pick<Registry, 'abbreviations'>,
): (list: string, offset?: number) => MentionPart[] {
  const tables = withExpansions(registry);
  return (list, offset = 0) => splitWith(list, offset, tables);
}

function splitWith(list: string, offset: number, registry: Tables): MentionPart[] {
  const places = placeList(list, offset, registry);
  if (places) return places;
  const head = COLON_HEAD.exec(list);
  if (head) {
    // "Các Sở: Tài chính, Xây dựng": the head distributes over every item after the colon
    const cut = head[0].length;
    const kind = head[2] as string;
    const cap = (kind[0] as string).toUpperCase() + kind.slice(1);
    const noun = head[1] && ENDS_WITH_UNIT.test(kind) ? kind.toLowerCase() : cap; // "UBND tỉnh X"
    const role = head[1] ? `${head[1]} ` : '';
    const rest = list.slice(cut);
    const items: Segment[] = [];
    for (const seg of rawSegments(rest).map((x) => trimSegment(rest, x))) {
      if (seg.end <= seg.start) continue;
      const prev = items[items.length - 1];
      // "và" inside a name ("Nông nghiệp và Môi trường") does not separate
      if (prev && seg.sep === 'và' && !startsBody(rest.slice(seg.start, seg.end), registry))
        prev.end = seg.end;
      else items.push({ ...seg });
    }
    // nor a comma inside a known field ("Văn hóa, Thể thao và Du lịch")
    for (let k = items.length - 2; k >= 0; k--)
      if (isField(rest.slice(items[k]!.start, items[k + 1]!.end))) {
        items[k]!.end = items[k + 1]!.end;
        items.splice(k + 1, 1);
      }
    return items.map((seg) => {
      const item = list.slice(cut + seg.start, cut + seg.end);
      return {
        mention: item,
        start: offset + cut + seg.start,
        end: offset + cut + seg.end,
        // a head with no name after it is a name here: "Các Bộ: Quốc phòng, Công an"
        expanded:
          role +
          (startsBody(item, registry) &&
          !isField(item) &&
          !HEAD_WORDS.some((h) => h.word === normalizeKey(item))
            ? item
            : `${noun} ${item}`),
      };
    });
  }
  const segments = rawSegments(list, registry.abbreviations)
    .map((s) => trimSegment(list, s))
    .filter((s) => s.end > s.start);
  const merged = mergeSegments(list, segments, registry);
  return distribute(list, merged, registry).map((m) => ({
    mention: list.slice(m.start, m.end),
    start: m.start + offset,
    end: m.end + offset,
    expanded: m.expanded,
  }));
}

/** Does the text begin a new body (a head word, or an abbreviation such as BTV, UBND, Đ/c)? */
function startsBody(text: string, registry: Pick<Registry, 'abbreviations'>): boolean {
  const firstToken = text.split(/\s/u, 1)[0]!;
  if (expandToken(firstToken, registry.abbreviations) !== undefined) return true;
  // an abbreviation in capitals, alone or after a short one ("UBND", "Tp.HCM")
  if (/\p{Lu}{2,}/u.test(firstToken)) return true;
  return keyStartsWithHead(normalizeKey(text));
}

function isLowerInitial(text: string): boolean {
  return /^["“‘«']*\p{Ll}/u.test(text);
}

/**
 * A bare head names a kind of body without saying whose: "TT HĐND", "UBND", "VP", "Mặt trận".
 * It takes the qualifier written once at the end of the list.
 */
function isBare(text: string, registry: Tables): boolean {
  const core = text.replace(LUU, '').replace(PLURAL, '');
  // Stryker disable next-line ConditionalExpression: a quick exit; every qualifier has a word no bare head has
  if (trailingQualifier(registry.expand(core))) return false;
  // a dot after a code is no part of it ("TT.HĐND", "TT. HĐND")
  // Stryker disable next-line Regex: one separator or a run of them, the empty tokens are dropped either way
  const tokens = core.split(/[\s.]+/u).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 4) return false;
  // "Đảng đoàn Quốc hội" is a whole name made of bare words ("quốc" as in Mặt trận Tổ quốc,
  // "hội" as in Hội đồng): it takes no suffix from the next item.
  if (/(^| )quốc hội( |$)/u.test(normalizeKey(core))) return false;
  return tokens.every((t) => {
    const expansion = expandToken(t, registry.abbreviations);
    const words = normalizeKey(expansion ?? t).split(' ');
    return words.every((w) => BARE_WORDS.has(w));
  });
}

function mergeSegments(list: string, segments: Segment[], registry: Tables): Merged[] {
  const out: Merged[] = [];
  for (const seg of segments) {
    const text = list.slice(seg.start, seg.end);
    const prev = out[out.length - 1];
    const item = { start: seg.start, end: seg.end };
    if (
      prev &&
      !closedByQualifier(list, prev) &&
      (continuesPrevious(text, seg.sep, prev, registry) ||
        samePhrase(list, text, prev) ||
        roles.inCharge(list.slice(prev.start, prev.end), list.slice(prev.end, seg.start)))
    ) {
      prev.end = seg.end;
      prev.collective ||= INNER_PLURAL.test(list.slice(prev.start, prev.end));
      if (seg.sep === ',') prev.items.push(item);
      else {
        prev.items[prev.items.length - 1]!.end = seg.end;
      }
      continue;
    }
    // A plural, a position in a set of bodies, or a lower-case kind noun ("tổ chức chính trị - xã
    // hội, xã hội - nghề nghiệp") may be followed by more kind nouns of the same collective.
    const collective =
      PLURAL.test(text) ||
      INNER_PLURAL.test(text) ||
      roles.ROLE_HEAD.test(text) ||
      isLowerInitial(text) ||
      KIND_ONLY.test(text);
    out.push({
      start: seg.start,
      end: seg.end,
      text,
      collective,
      kinds: sentenceCaseKind(text, seg.sep),
      items: [item],
    });
  }
  return out;
}

/** A collective opened inside a name is closed by "trực thuộc …" / "ở …": "UBND các tỉnh, thành
 *  phố trực thuộc trung ương, cơ quan, tổ chức khác" is two bodies. */
function closedByQualifier(list: string, prev: Merged): boolean {
  if (!INNER_PLURAL.test(prev.text) || PLURAL.test(prev.text)) return false;
  return /\s(?:trực thuộc|thuộc|ở)\s[^,;]+$/u.test(list.slice(prev.start, prev.end));
}

/** A unit after a unit, or the object of "phòng, chống": the same name, lower case or not. */
function samePhrase(list: string, text: string, prev: Merged): boolean {
  const before = list.slice(prev.start, prev.end);
  if (ENDS_WITH_UNIT.test(before) && UNIT_ONLY.test(text)) return true;
  if (CODE_LIST_HEAD.test(before) && UNIT_CODE.test(text)) return true;
  if (/\sphòng$/u.test(before) && /^chống\s/u.test(text)) return true;
  return isLowerInitial(text) && !PLURAL.test(text) && PHONG_CHONG.test(before);
}

function continuesPrevious(
  text: string,
  sep: Segment['sep'],
  prev: Merged,
  registry: Tables,
): boolean {
  if (roles.joinsPrevious(sep, prev.text, text)) return true;
  if (PLURAL.test(text)) return false;
  if (sep === 'và')
    return !startsBody(text, registry) && !(roles.KIND_START.test(text) && !prev.collective);
  // a title after a comrade ("Đ/c Trần Ngọc Tam, Phó Bí thư Tỉnh ủy") is that comrade's role;
  // another comrade is another person
  if (roles.ONE_COMRADE.test(prev.text) && !roles.ONE_COMRADE.test(text)) return true;
  if (prev.collective && roles.isRoleHead(text)) return false;
  if (prev.kinds && isLowerInitial(text) && !roles.isRoleHead(text)) return true;
  // a bare head joins the collective ("Các cấp ủy, UBND"), a name written out does not ("Các
  // cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc": two bodies)
  if (
    prev.collective &&
    (isLowerInitial(text) || (isBare(text, registry) && !NAMED.test(text) && !FRONT.test(text)))
  )
    return true;
  if (isLowerInitial(text)) return LOWER_TAIL.test(prev.text) && !startsBody(text, registry);
  return !startsBody(text, registry) && !/^\p{N}/u.test(text);
}

interface Distributed extends Merged {
  expanded: string;
}

/** A dot glued between a position and its body ("các PCT. UBND tỉnh") is no part of the name.
 *  The lookbehind follows the dot: leading the pattern it was tried at every position. */
const GLUED_DOT = /\.(?<=\p{Lu}\.)\s*(?=\p{Lu}{2})/gu;
const withoutGluedDot = (t: string): string => t.replace(GLUED_DOT, ' ');

/** The abbreviation table with the expansions of one list or one document, each text expanded
 *  once (a text is expanded for its qualifier, then again as the name). */
interface Tables extends Pick<Registry, 'abbreviations'> {
  expand(text: string): string;
}

function withExpansions(registry: Pick<Registry, 'abbreviations'>): Tables {
  const memo = new Map<string, string>();
  const expand = (text: string): string => {
    let e = memo.get(text);
    // Stryker disable next-line ConditionalExpression: a cache; expanding again gives the same text
    if (e === undefined) memo.set(text, (e = expandAbbreviations(text, registry)));
    return e;
  };
  return { abbreviations: registry.abbreviations, expand };
}

function distribute(list: string, merged: Merged[], registry: Tables): Distributed[] {
  const texts = merged.map((m) => (m.collective ? shareUy(list, m) : list.slice(m.start, m.end)));

  // A qualifier written once at the end reaches back over the bare heads before it.
  let carry: string | undefined;
  // Stryker disable next-line ArithmeticOperator: steps past the end read no item and change none
  for (let i = texts.length - 1; i >= 0; i--) {
    const text = texts[i]!;
    const units = PLURAL_UNITS.exec(text)?.[1];
    // Stryker disable next-line StringLiteral: "Lưu" opens a list's first item, and no item comes before the first to take its qualifier
    const own = units ?? trailingQualifier(registry.expand(text.replace(LUU, '')));
    // a ";" closes a list item: a qualifier never reaches back over it
    const next = merged[i + 1];
    if (next && list.slice((merged[i] as Merged).end, next.start).includes(';')) carry = undefined;
    // "Tỉnh ủy, HĐND, UBND tỉnh Phú Thọ": the committee takes the place's name
    // Stryker disable next-line ConditionalExpression: PLACE matches no "undefined"
    const place = carry === undefined ? null : PLACE.exec(carry);
    if (place && CAP_UY.test(text)) texts[i] = `${text} ${place[1] as string}`;
    else if (own !== undefined) {
      carry = units ?? trailingQualifier(text) ?? own;
    } else if (carry !== undefined && (isBare(text, registry) || parallelCollective(merged, i))) {
      // a span of levels ("các cấp") stays with the collective it is written on, not on a name
      if (!(SPAN_OF_LEVELS.test(carry) && NAMED.test(text))) texts[i] = `${text} ${carry}`;
    }
  }

  // "Lưu" (archive copy) at the head of a list marks every item of it.
  // Stryker disable next-line StringLiteral: only an empty list has no first text
  const first = texts[0] ?? '';
  const luu = LUU.exec(first)?.[0];
  if (luu !== undefined) {
    for (let i = 1; i < texts.length; i++) {
      const text = texts[i]!;
      if (!LUU.test(text)) texts[i] = `Lưu ${text}`;
    }
  }

  for (let i = 0; i + 1 < texts.length; i++) {
    const own = sharedOffice(texts[i]!, texts[i + 1]!, registry);
    if (own !== undefined) texts[i] = own;
  }

  return merged.map((m, i) => ({
    ...m,
    expanded: registry.expand(withoutGluedDot(texts[i]!)),
  }));
}

/**
 * Two plural collectives in a row share the qualifier of the second: "Các ban đảng, đảng đoàn, các
 * cơ quan, tổ chức có liên quan ở Trung ương" — both are "ở Trung ương".
 */
function parallelCollective(merged: Merged[], i: number): boolean {
  // never called on the last item: no qualifier is carried yet there
  return merged[i]!.collective && merged[i + 1]!.collective;
}

/** Inside a collective, "huyện, thị, thành ủy" → "huyện ủy, thị ủy, thành ủy". */
function shareUy(list: string, m: Merged): string {
  return shareUyItems(m.items.map((it) => list.slice(it.start, it.end))).join(', ');
}

/** "huyện ủy": a word and its "ủy" (compiled once, not per item). */
const UY_AFTER_WORD = new RegExp(`^\\p{L}+\\s(${UY})(?:\\s|$)`, 'u');

/** The shared-"ủy" rule on a list of items; returns a new list. */
export function shareUyItems(input: readonly string[]): string[] {
  const items = [...input];
  let suffix: string | undefined;
  // Stryker disable next-line ArithmeticOperator: steps past the end read no item and change none
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    const core = item.replace(PLURAL, '');
    const uy = UY_AFTER_WORD.exec(core);
    if (uy) {
      suffix = uy[1];
      continue;
    }
    if (suffix !== undefined && UY_STEMS.has(normalizeKey(core))) items[i] = `${item} ${suffix}`;
    else suffix = undefined;
  }
  return items;
}

/**
 * The items of one collective mention ("Các huyện, thị, thành ủy, đảng ủy trực thuộc" →
 * "huyện ủy", "thị ủy", "thành ủy", "đảng ủy trực thuộc"): cut at commas and "và", then the
 * shared-"ủy" rule.
 */
export function collectiveItems(text: string): string[] {
  const raw = rawSegments(text)
    .map((s) => trimSegment(text, s))
    .filter((s) => s.end > s.start)
    .map((s) => text.slice(s.start, s.end).replace(PLURAL, ''));
  return shareUyItems(raw);
}

/** A mention without bullets, markdown, purpose parenthesis, trailing punctuation or "Lưu". */
export function cleanMention(text: string): string {
  // Stryker disable next-line StringLiteral: the separator of a lone mention is never read
  const seg = trimSegment(text, { start: 0, end: text.length, sep: 'start' });
  // LUU takes the spaces after "Lưu"; the segment has none at either end
  return text.slice(seg.start, seg.end).replace(LUU, '');
}
