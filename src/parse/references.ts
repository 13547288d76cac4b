/**
 * Documents cited in the text: numbered ("Nghị quyết số 20-NQ/TW, ngày 16/6/2022 của Ban Chấp
 * hành Trung ương Đảng"), short forms ("Nghị quyết 20") and aliases the text defines ("(sau đây
 * gọi là Nghị quyết 20)", "(sau đây gọi tắt là Kết luận)", "(sau đây viết tắt là …)"), and
 * documents named without a number ("Nghị quyết Trung ương 5 khóa IX", "Luật Hợp tác xã năm
 * 2012", "Chiến lược … giai đoạn 2021 - 2030").
 *
 * Relation: a mention in the front matter (title and preamble) introduced by "Thực hiện",
 * "Triển khai" (or "Căn cứ" in a plan) — or listed right after such a mention — is what the
 * document implements; a mention nested in another reference's subject ("… về thực hiện Kết luận
 * số 70-KL/TW") and every mention in the body are citations.
 *
 * Doubtful: a number cited once while a number of the same type and body differing in one digit
 * is cited at least three times is flagged (seed 003's "29-NQ/TW" among many "20-NQ/TW").
 */
import { findDate } from './dates.ts';
import { DOC_NUMBER_SOURCE, parseDocNumber, typeFromNumber } from './numbers.ts';
import { fold as foldText, squash, trimRange, type Source } from './source.ts';
import type { Quoted, Reference, Warning } from './types.ts';

/** Type phrases, folded, longest first; with their display form. */
const TYPE_PHRASES: [string, string][] = [
  ['chuong trinh hanh dong', 'Chương trình hành động'],
  ['nghi quyet lien tich', 'Nghị quyết liên tịch'],
  ['thong tu lien tich', 'Thông tư liên tịch'],
  ['nghi quyet', 'Nghị quyết'],
  ['ket luan', 'Kết luận'],
  ['chi thi', 'Chỉ thị'],
  ['chuong trinh', 'Chương trình'],
  ['ke hoach', 'Kế hoạch'],
  ['quyet dinh', 'Quyết định'],
  ['quy dinh', 'Quy định'],
  ['huong dan', 'Hướng dẫn'],
  ['thong bao', 'Thông báo'],
  ['thong tri', 'Thông tri'],
  ['cong van', 'Công văn'],
  ['van ban', 'Văn bản'],
  ['nghi dinh', 'Nghị định'],
  ['thong tu', 'Thông tư'],
  ['de an', 'Đề án'],
  ['bao cao', 'Báo cáo'],
  ['to trinh', 'Tờ trình'],
  ['quy che', 'Quy chế'],
  ['cong dien', 'Công điện'],
  ['phuong an', 'Phương án'],
  ['luat', 'Luật'],
];
const TYPE_ALT = TYPE_PHRASES.map(([f]) => f.replace(/ /g, '\\s*')).join('|');
const TYPE_BEFORE = new RegExp(`(?<![\\p{L}])(${TYPE_ALT})\\s*(?:so\\s*:?\\s*)?$`, 'u');
const TYPE_HEAD = new RegExp(`^(?:${TYPE_ALT})`);
const SHORT_BEFORE = new RegExp(`(?<![\\p{L}])(${TYPE_ALT})\\s+(?:so\\s+)?$`, 'u');
const NUMBER_RE = new RegExp(`(?<![\\p{L}\\d/-])(${DOC_NUMBER_SOURCE})(?![\\p{L}\\d/])`, 'gu');

function typeName(folded: string): string | null {
  const f = squash(folded.replace(/\s+/g, ' '));
  const hit = TYPE_PHRASES.find(([k]) => k === f || k.replace(/ /g, '') === f.replace(/ /g, ''));
  return hit ? hit[1] : null;
}

interface Mention {
  start: number;
  end: number;
  key: string;
  kind: 'number' | 'alias' | 'short' | 'named';
}

interface Draft {
  key: string;
  ref: Reference;
  mentions: Mention[];
  /** End of the reference's tail (date, issuer, subject) after its first full mention. */
}

export interface ReferenceInput {
  /** Clean ranges never read as references (the document's own number line, copies, stamps). */
  skip: [number, number][];
  /** Clean range of the front matter (title and preamble). */
  front: [number, number];
  /** The document's own type, for "Căn cứ": plans implement what they are based on. */
  ownType: string | null;
}

const inRanges = (at: number, ranges: [number, number][]): boolean =>
  ranges.some(([s, e]) => at >= s && at < e);

export function findReferences(
  src: Source,
  input: ReferenceInput,
  warnings: Warning[],
): Reference[] {
  const { clean, fold } = src;
  const drafts = new Map<string, Draft>();
  const order: string[] = [];
  const mentions: Mention[] = [];

  // clean offsets already taken by a mention
  const covered = new Uint8Array(clean.length + 1);
  const overlaps = (s: number, e: number): boolean => {
    for (let k = s; k < e; k++) if (covered[k] === 1) return true;
    return false;
  };
  const take = (x: Mention): void => {
    covered.fill(1, x.start, x.end);
    mentions.push(x);
  };
  /** A short mention followed by another issuer ("Nghị quyết 20 của Quốc hội") is not the
   *  reference; one followed by those who carry it out ("Nghị quyết 20 của các cấp uỷ") is. */
  const otherIssuer = (end: number, d: Draft): boolean => {
    const of = /^\s*,?\s*cua\s+(?!cac\s|nhung\s|moi\s)(\S+(?:\s+\S+)?)/.exec(
      fold.slice(end, end + 40),
    );
    return (
      of !== null &&
      d.ref.issuer !== null &&
      !foldText(d.ref.issuer).startsWith((of[1] as string).replace(/[,.;]$/, ''))
    );
  };
  const draftFor = (key: string, init: () => Reference): Draft => {
    let d = drafts.get(key);
    if (!d) {
      d = { key, ref: init(), mentions: [] };
      drafts.set(key, d);
      order.push(key);
    }
    return d;
  };
  const q = (s: number, e: number): Quoted => src.quoted(s, e);

  // 1. numbered mentions
  NUMBER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_RE.exec(clean))) {
    const numStart = m.index;
    const numEnd = m.index + m[0].length;
    if (inRanges(numStart, input.skip)) continue;
    const dn = parseDocNumber(m[0]);
    if (!dn) continue;
    const before = fold.slice(Math.max(0, numStart - 40), numStart);
    const t = TYPE_BEFORE.exec(before);
    const mStart = t ? numStart - (before.length - t.index) : numStart;
    const type = (t ? typeName(t[1] as string) : null) ?? typeFromNumber(dn);
    const d = draftFor(dn.number, () => ({
      number: dn.number,
      type,
      date: null,
      issuer: null,
      term: null,
      description: null,
      subject: null,
      relation: 'cites',
      doubtful: false,
      aliases: [],
      mentions: [],
      ...q(mStart, numEnd),
    }));
    if (d.ref.type === null && type) d.ref.type = type;
    const mention: Mention = { start: mStart, end: numEnd, key: dn.number, kind: 'number' };
    d.mentions.push(mention);
    take(mention);
    readTail(src, d.ref, numEnd);
  }

  // 2. documents named without a number
  const named: [
    RegExp,
    (mm: RegExpExecArray) => { s: number; e: number; term: string | null; type: string },
  ][] = [
    [
      /(?<![\p{L}])nghi\s*quyet\s+(?:hoi\s*nghi\s+)?(?:lan\s*thu\s+\S+\s+)?(?:ban\s*chap\s*hanh\s+)?trung\s*uong\s+(\d{1,2}|[ivx]+)(?:\s*\(?\s*khoa\s+([ivxl]+)\s*\)?)?/gu,
      (mm) => ({
        s: mm.index,
        e: mm.index + mm[0].length,
        term: mm[2] ? `khóa ${(mm[2] as string).toUpperCase()}` : null,
        type: 'Nghị quyết',
      }),
    ],
  ];
  for (const [re, get] of named) {
    re.lastIndex = 0;
    let mm: RegExpExecArray | null;
    while ((mm = re.exec(fold))) {
      if (inRanges(mm.index, input.skip)) continue;
      const { s, e, term, type } = get(mm);
      const [ts, te] = trimRange(clean, s, e, ' )(');
      addNamed(ts, te, type, term);
    }
  }
  // "Luật Hợp tác xã năm 2012": a capitalised "Luật" and a name in sentence case
  const law =
    /(?<![\p{L}])Luật\s+(\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,7}?)(?=(?:\s+(?:năm|số)\s+\d)|\s*[,.;:()“”"]|\s+(?:phù|và|của|đã|trong|về|được|hiện|mới|sửa|theo|để|nhằm|thì|là|có|đối|bảo|đến|tại|với|sau)\s|\s*$)(\s+năm\s+\d{4})?/gu;
  law.lastIndex = 0;
  while ((m = law.exec(clean))) {
    if (inRanges(m.index, input.skip)) continue;
    addNamed(m.index, m.index + m[0].length, 'Luật', null);
  }
  // "Chiến lược phát triển … giai đoạn 2021 - 2030": a capitalised plan name mid-sentence
  // (only near a "giai đoạn yyyy - yyyy", so the search stays cheap on long texts)
  const plan =
    /(?<=[\p{Ll},]\s)(Chiến lược|Kế hoạch|Chương trình|Đề án|Quy hoạch)\s+(?!này|số)[^.;:()\n]{5,120}?giai đoạn\s+\d{4}\s*-\s*\d{4}/gu;
  let lastPlanEnd = 0;
  for (let g = fold.indexOf('giai doan'); g !== -1; g = fold.indexOf('giai doan', g + 9)) {
    const from = Math.max(lastPlanEnd, g - 140);
    const window = clean.slice(from, g + 30);
    plan.lastIndex = 0;
    while ((m = plan.exec(window))) {
      const s = from + m.index;
      if (inRanges(s, input.skip)) continue;
      addNamed(s, s + m[0].length, m[1] as string, null);
      lastPlanEnd = s + m[0].length;
    }
  }

  function addNamed(s: number, e: number, type: string, term: string | null): void {
    if (overlaps(s, e)) return;
    const description = squash(clean.slice(s, e));
    const key = `named:${squash(fold.slice(s, e))}`;
    const d = draftFor(key, () => ({
      number: null,
      type,
      date: null,
      issuer: null,
      term,
      description,
      subject: null,
      relation: 'cites',
      doubtful: false,
      aliases: [],
      mentions: [],
      ...q(s, e),
    }));
    const mention: Mention = { start: s, end: e, key, kind: 'named' };
    d.mentions.push(mention);
    take(mention);
  }

  // 3. aliases: "(sau đây gọi là X)" belongs to the closest reference before it
  const aliasRe =
    /\(\s*(?:sau\s*day\s*)?(?:duoc\s*)?(?:goi\s*tat|goi|viet\s*tat)\s*(?:la)?\s*:?\s*([^()]{2,80})\)/g;
  const aliasDefs: {
    key: string;
    text: string;
    start: number;
    end: number;
    parenStart: number;
    parenEnd: number;
  }[] = [];
  aliasRe.lastIndex = 0;
  while ((m = aliasRe.exec(fold))) {
    const at = m.index;
    const innerStart = at + m[0].lastIndexOf(m[1] as string);
    // the closest reference before it, preferring one of the type the alias names ("Kết luận")
    const typeHead = TYPE_HEAD.exec(m[1] as string);
    const aliasType = typeHead ? typeName(typeHead[0]) : null;
    const before = mentions
      .filter((x) => x.end <= at && (x.kind === 'number' || x.kind === 'named'))
      .sort((a, b) => b.end - a.end);
    const prev =
      before.find((x) => aliasType !== null && drafts.get(x.key)?.ref.type === aliasType) ??
      before[0];
    if (!prev) continue;
    const [as, ae] = trimRange(clean, innerStart, m.index + m[0].length - 1, ' "“”\'‘’:');
    if (ae <= as) continue;
    const d = drafts.get(prev.key) as Draft;
    d.ref.aliases.push(q(as, ae));
    aliasDefs.push({
      key: prev.key,
      text: fold.slice(as, ae),
      start: as,
      end: ae,
      parenStart: m.index,
      parenEnd: m.index + m[0].length,
    });
  }
  for (const a of aliasDefs) {
    const re = new RegExp(
      `(?<![\\p{L}\\d])${escape(a.text).replace(/\s+/g, '\\s+')}(?![\\p{L}\\d/-])`,
      'gu',
    );
    re.lastIndex = 0;
    let mm: RegExpExecArray | null;
    while ((mm = re.exec(fold))) {
      const s = mm.index;
      const e = s + mm[0].length;
      if (s >= a.parenStart && s < a.parenEnd) continue;
      if (clean[s] !== clean[s]?.toUpperCase()) continue; // an alias is written capitalised
      if (overlaps(s, e) || otherIssuer(e, drafts.get(a.key) as Draft)) continue;
      const mention: Mention = { start: s, end: e, key: a.key, kind: 'alias' };
      (drafts.get(a.key) as Draft).mentions.push(mention);
      take(mention);
    }
  }

  // 4. short numbers: "Nghị quyết 20" for a cited 20-NQ/TW of the same type
  const byShort = new Map<string, Draft[]>();
  for (const k of order) {
    const d = drafts.get(k) as Draft;
    const lead = d.ref.number === null ? null : /^\d+/.exec(d.ref.number)?.[0];
    if (lead)
      byShort.set(`${d.ref.type}|${lead}`, [...(byShort.get(`${d.ref.type}|${lead}`) ?? []), d]);
  }
  // at each bare number, look back for a type phrase
  const bareNumber = /(?<![\d/\p{L}-])(\d{1,4})(?![\d/\p{L}-])/gu;
  bareNumber.lastIndex = 0;
  while ((m = bareNumber.exec(fold))) {
    const windowStart = Math.max(0, m.index - 34);
    const t = SHORT_BEFORE.exec(fold.slice(windowStart, m.index));
    if (!t) continue;
    const s = windowStart + t.index;
    const e = m.index + m[0].length;
    if (overlaps(s, e) || inRanges(s, input.skip)) continue;
    if (aliasDefs.some((a) => s >= a.parenStart && s < a.parenEnd)) continue;
    if (clean[s] !== clean[s]?.toUpperCase()) continue;
    const type = typeName(t[1] as string);
    const n = m[1] as string;
    const candidates = byShort.get(`${type}|${n}`) ?? [];
    if (candidates.length !== 1) continue;
    const d = candidates[0] as Draft;
    if (otherIssuer(e, d)) continue;
    const mention: Mention = { start: s, end: e, key: d.key, kind: 'short' };
    d.mentions.push(mention);
    take(mention);
  }

  // 5. relation
  mentions.sort((a, b) => a.start - b.start);
  const implementing = new Set<string>();
  let prevEnd = input.front[0];
  let prevKey: string | null = null;
  const ownIsPlan =
    input.ownType !== null && /^(Kế hoạch|Chương trình|Đề án|Phương án)/.test(input.ownType);
  for (const x of mentions) {
    if (x.start < input.front[0] || x.start >= input.front[1]) {
      continue;
    }
    const from = Math.max(prevEnd, x.start - 60, input.front[0]);
    const back = fold.slice(from, x.start);
    const clause = back.split(/[.;:\n]/).pop() ?? '';
    let impl = false;
    if (/(?<![\p{L}])ve(?![\p{L}])/u.test(clause)) impl = false;
    else if (/(?:thuc\s*hien|trien\s*khai|quan\s*triet)\s*$/.test(clause)) impl = true;
    else if (/can\s*cu\s*(?:vao\s*)?$/.test(clause)) {
      const t = drafts.get(x.key)?.ref.type ?? '';
      impl =
        ownIsPlan &&
        /^(Nghị quyết|Kết luận|Chỉ thị|Chương trình|Kế hoạch|Quyết định|Đề án)/.test(t);
    } else if (
      prevKey !== null &&
      implementing.has(prevKey) &&
      /^[\s,)và]*$/.test(clause.replace(/va/g, ''))
    )
      impl = true;
    if (impl) implementing.add(x.key);
    prevEnd = x.end;
    prevKey = x.key;
  }

  const refs: Reference[] = [];
  for (const key of order) {
    const d = drafts.get(key) as Draft;
    d.mentions.sort((a, b) => a.start - b.start);
    d.ref.mentions = d.mentions.map((x) => q(x.start, x.end));
    if (implementing.has(key)) d.ref.relation = 'implements';
    refs.push(d.ref);
  }

  // 6. doubtful numbers
  for (const r of refs) {
    if (r.number === null || r.mentions.length !== 1) continue;
    const a = parseDocNumber(r.number);
    if (!a) continue;
    const head = r.number.replace(/^\d+/, '');
    const digits = /^\d+/.exec(r.number)?.[0] ?? '';
    const twin = refs.find((o) => {
      if (o === r || o.number === null || o.mentions.length < 3) return false;
      if (o.number.replace(/^\d+/, '') !== head) return false;
      const od = /^\d+/.exec(o.number)?.[0] ?? '';
      if (od.length !== digits.length) return false;
      let diff = 0;
      for (let i = 0; i < od.length; i++) if (od[i] !== digits[i]) diff++;
      return diff === 1;
    });
    if (twin) {
      r.doubtful = true;
      r.probably = twin.number as string;
      warnings.push({
        code: 'doubtful-reference',
        message: `"${r.number}" is cited once while "${twin.number}" is cited ${twin.mentions.length} times: probably a typo, kept as written`,
        span: r.span,
        quote: r.quote,
      });
    }
  }
  return refs;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Date, issuer, term and subject written after a numbered mention (first time only). */
function readTail(src: Source, ref: Reference, at: number): void {
  const { clean, fold } = src;
  // the tail may run over a line break inside its paragraph (a title printed on several lines)
  const lineEnd = (() => {
    const para = /\n[ \t]*\n|\n[ \t]*[-•+]|\n[ \t]*\d+[.)]|\n[^\n,]{2,40},\s*ng[àa]y\s/.exec(
      clean.slice(at, at + 400),
    );
    return para ? at + para.index : Math.min(clean.length, at + 400);
  })();
  let k = at;
  const rest = fold.slice(k, Math.min(lineEnd, k + 40));
  const dm = /^\s*,?\s*(?:ban\s*hanh\s*)?(?:ngay\s*)?(?=\d)/.exec(rest);
  if (dm) {
    const d = findDate(fold.slice(k, Math.min(lineEnd, k + 40)));
    if (d && d.start <= dm[0].length + 6) {
      if (ref.date === null) ref.date = d.iso;
      k += d.end;
    }
  }
  const cm = /^\s*,?\s*cua\s+/.exec(fold.slice(k, lineEnd));
  if (cm) {
    const s = k + cm[0].length;
    const stop = /\s(?:ve|khoa)\s|\s*\(|[,;:”“"]|\s+ban\s*hanh\s/.exec(fold.slice(s, lineEnd));
    const e = stop ? s + stop.index : lineEnd;
    if (ref.issuer === null && e > s) ref.issuer = squash(clean.slice(s, e));
    k = e;
  }
  const tm = /^\s*\(?\s*khoa\s+([ivxl]+)\s*\)?/.exec(fold.slice(k, lineEnd));
  if (tm) {
    if (ref.term === null) ref.term = `khóa ${(tm[1] as string).toUpperCase()}`;
    k += tm[0].length;
  }
  const vm = /^\s*,?\s*[“"]?\s*ve\s+(?:viec\s+)?/.exec(fold.slice(k, lineEnd));
  if (vm && ref.subject === null) {
    const s = k + vm[0].length;
    const stop = /\(|[;”"]|,\s*(?:ngay\s*\d|\p{Lu})/u.exec(clean.slice(s, lineEnd));
    const e = stop ? s + stop.index : lineEnd;
    const [ss, ee] = trimRange(clean, s, e, ' ,.;:');
    if (ee > ss) ref.subject = squash(clean.slice(ss, ee));
  }
}
