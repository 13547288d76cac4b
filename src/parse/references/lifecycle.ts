/**
 * Pass 7: what this document does to the documents it names — replaces (thay thế), amends (sửa
 * đổi, bổ sung), repeals (bãi bỏ; "… hết hiệu lực") — each with the words that say so.
 *
 * Only where this document is the one acting: the verb opens its clause (an article "Điều 2.
 * Bãi bỏ …", the title "Về việc sửa đổi, bổ sung …") or its subject is this document ("Kế hoạch
 * này thay thế …", "Quyết định này có hiệu lực kể từ ngày ký và thay thế …"); for "hết hiệu
 * lực", the document named opens the clause. A verb inside a task ("ban hành Quyết định thay
 * thế Quyết định số …"), in a law's title ("Luật sửa đổi, bổ sung một số điều của Luật …") or
 * after another document ("Luật này thay thế …" in a letter about that law) is not this
 * document's act.
 */
import type { DocumentEffect, Effect, EntryIntoForce } from '../types.ts';
import type { Source } from '../source.ts';
import { matchesOf } from '../text/matches.ts';
import { fold as foldText } from '../source.ts';
import type { Mention, RefState } from './state.ts';

/** A verb ending the text before a mention, with the words it may take before the document
 *  ("bãi bỏ Điều 5 của …", "sửa đổi, bổ sung một số điều của …"). */
const VERB_BEFORE: readonly [RegExp, Effect][] = [
  [/\bthay the(?: cho)?\s*$/u, 'replaces'],
  [
    /\bsua doi,? bo sung(?: (?:mot so |cac )?(?:dieu|khoan|noi dung)\b[^.;\n]{0,60}? (?:cua|tai))?\s*$/u,
    'amends',
  ],
  [
    /\bbai bo(?: (?:toan bo |mot so |cac )?(?:dieu|khoan|noi dung)\b[^.;\n]{0,60}? (?:cua|tai))?\s*$/u,
    'repeals',
  ],
];

/** "hướng dẫn (thi hành) …": guides, only in the front matter (a title "Thông tư hướng dẫn thi
 *  hành Nghị định số …") or with this document as subject ("Hướng dẫn này hướng dẫn …"); a
 *  task "- Hướng dẫn thực hiện Nghị quyết số …" in the body is not this document's act. */
const GUIDES =
  /\bhuong dan(?: (?:thuc hien|thi hanh|trien khai|ap dung))?(?: (?:mot so )?(?:dieu|noi dung)\b[^.;\n]{0,60}? (?:cua|tai))?\s*$/u;

/** "… hết hiệu lực" after the document named, in the same clause. */
const CEASES = /^[^.;\n]{0,200}?\bhet hieu luc\b/u;

/** Words that may open a clause before the verb without being its subject. */
const OPENER = /^(?:\s|-|\+|\*|dieu \d+\w?\.?|\d+\.|[a-z]\)|ve viec|ve|dong thoi|va)*$/u;

/** "<type> này": this document, written by its type ("Kế hoạch này", "Văn bản này"). */
const THIS_DOCUMENT = /(?:^|\s)([a-z ]{2,40}?) nay(?:\s|,|$)/u;

/** Where the clause holding offset `at` begins (after the last . ; : or line break). */
function clauseStart(fold: string, at: number, limit: number): number {
  let i = at - 1;
  while (i > limit && !'.;:\n'.includes(fold[i] as string)) i -= 1;
  return i <= limit ? limit : i + 1;
}

/** Whether the words before the verb make this document its subject. */
function ownSubject(before: string, ownType: string): boolean {
  if (OPENER.test(before)) return true;
  const own = THIS_DOCUMENT.exec(before);
  if (!own) return false;
  // no space around: the text's spaces are single and the capture ends before " này"
  const type = own[1] as string;
  return (
    type.endsWith('van ban') ||
    (ownType !== '' && (ownType.endsWith(type) || type.endsWith(ownType)))
  );
}

/** `prevEnd`, `nextStart`: where the mentions either side of `x` end and start (mentions never
 *  overlap, so they are the neighbours in the order of the text). */
function effectOf(
  st: RefState,
  x: Mention,
  prevEnd: number,
  nextStart: number,
  ownType: string,
): DocumentEffect | null {
  const { fold } = st.src;
  const from = clauseStart(fold, x.start, Math.max(prevEnd, x.start - 160));
  const back = fold.slice(from, x.start);
  for (const [verb, effect] of VERB_BEFORE) {
    const m = verb.exec(back);
    if (m && ownSubject(back.slice(0, m.index), ownType)) {
      return { effect, ...st.src.quoted(from + m.index, x.end) };
    }
  }
  const guide = GUIDES.exec(back);
  if (guide) {
    const before = back.slice(0, guide.index);
    const inFront = x.start < st.input.front[1];
    if ((inFront && OPENER.test(before)) || (!OPENER.test(before) && ownSubject(before, ownType))) {
      return { effect: 'guides', ...st.src.quoted(from + guide.index, x.end) };
    }
  }
  // From the name itself: a tail read as the issuer may run on over "… hết hiệu lực".
  const ahead = CEASES.exec(fold.slice(x.end, x.end + 220));
  if (ahead && x.end + ahead[0].length <= nextStart && OPENER.test(back)) {
    return { effect: 'repeals', ...st.src.quoted(x.start, x.end + ahead[0].length) };
  }
  return null;
}

/** A Hướng dẫn guides what it implements ("Thực hiện Quy định số …" in its preamble): the
 *  first mention of it, as the words. */
function guidedByType(st: RefState, x: Mention, implemented: boolean): DocumentEffect | null {
  return implemented ? { effect: 'guides', ...st.src.quoted(x.start, x.end) } : null;
}

/** The effects on each reference, by key, in the order of its mentions. `relations`: what the
 *  relation pass found (a Hướng dẫn guides the documents it implements). */
export function effectsByKey(
  st: RefState,
  ownType: string | null,
  relations: ReadonlyMap<string, string> = new Map(),
): Map<string, DocumentEffect[]> {
  // a header's type, trimmed
  const own = ownType ? foldText(ownType) : '';
  const guide = own === 'huong dan';
  const out = new Map<string, DocumentEffect[]>();
  const mentions = [...st.mentions].sort((a, b) => a.start - b.start);
  for (const [i, x] of mentions.entries()) {
    const prevEnd = mentions[i - 1]?.end ?? 0;
    const nextStart = mentions[i + 1]?.start ?? Infinity;
    const found =
      effectOf(st, x, prevEnd, nextStart, own) ??
      (guide && !out.has(x.key)
        ? guidedByType(st, x, relations.get(x.key) === 'implements')
        : null);
    if (!found) continue;
    const list = out.get(x.key) ?? [];
    if (!list.some((e) => e.effect === found.effect)) list.push(found);
    out.set(x.key, list);
  }
  return out;
}

/*
 * Dates of effect. The date of effect this document gives itself: "Quyết định này có hiệu lực từ ngày ký", "Kế
 * hoạch này có hiệu lực kể từ ngày ký ban hành", "Nghị quyết này có hiệu lực thi hành từ ngày 01
 * tháng 7 năm 2025", "Hướng dẫn này, các phụ lục … kèm theo có hiệu lực từ ngày ký". Only where
 * the subject of the sentence is this document (its own type, "văn bản này", or the regulation
 * a decision issues: "Quy định này"): "Luật … có hiệu lực thi hành từ ngày 01/01/2026" in a plan
 * implementing that law is the law's date, not the plan's; "trước ngày Quy định này có hiệu lực"
 * names no date.
 */

// Any white space between the words: a line break the unwrapping kept (a short wrapped line
// such as "hiệu lực" reads as a paragraph's last line) must not hide the sentence.
const EFFECT =
  /\bco\s+hieu\s+luc(?:\s+thi\s+hanh)?\s+(?:ke\s+)?tu\s+ngay\s+(?:(ky(?:\s+ban\s+hanh)?|ban\s+hanh)\b|(\d{1,2})\s*(?:\/|-|\.|\s+thang\s+)(\d{1,2})\s*(?:\/|-|\.|\s+nam\s+)(\d{4}))/gu;

/** "<type> này" nearest before the verb, in the same sentence. */
const SUBJECT = /(?:^|[\s,(])((?:[a-z]+ ){0,3}?[a-z]+) nay\b(?![\s\S]*\bnay\b)/u;

/** Regulations a decision issues and states the date of ("Quyết định ban hành Quy định …"). */
const ISSUED_BY_DECISION = new Set(['quy dinh', 'quy che', 'dieu le']);

function isOwn(subject: string, own: string): boolean {
  if (subject.endsWith('van ban')) return true;
  if (own === '') return false;
  if (own.endsWith(subject) || subject.endsWith(own)) return true;
  return own === 'quyet dinh' && ISSUED_BY_DECISION.has(subject.split(' ').slice(-2).join(' '));
}

/** Where the sentence holding offset `at` begins: after ". ", ";" or ":", at most 300 back. */
function sentenceStart(fold: string, at: number): number {
  const from = Math.max(0, at - 300);
  const back = fold.slice(from, at);
  let start = from;
  // Stryker disable next-line Regex: a blank line of the clean text is empty (clean.ts)
  for (const m of back.matchAll(/\.(?=\s)|;|:|\n\s*\n/gu)) start = from + m.index + m[0].length;
  // Not the markup or spaces opening it (" **Quyết định này …"); it stops before `at`, where
  // "có hiệu lực" begins.
  while (/[\s*#+-]/u.test(fold[start] as string)) start += 1;
  return start;
}

function isoOf(day: string, month: string, year: string): string | null {
  const d = Number(day);
  const m = Number(month);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The first sentence giving this document's date of effect, or null. From signing: `from` is
 * the issue date when known (null when the text has none); `onSigning` says which rule held.
 */
export function entryIntoForce(
  src: Source,
  ownType: string | null,
  issuedDate: string | null,
): EntryIntoForce | null {
  // a header's type, trimmed
  const own = ownType ? foldText(ownType) : '';
  for (const m of matchesOf(src.fold, EFFECT)) {
    const start = sentenceStart(src.fold, m.index);
    // Stryker disable next-line Regex: the clean text has no two white spaces in a row (clean.ts)
    const subject = SUBJECT.exec(src.fold.slice(start, m.index).replace(/\s+/gu, ' '));
    // the words of the subject, without spaces around (the pattern starts and ends on a letter)
    if (!subject || !isOwn(subject[1] as string, own)) continue;
    const onSigning = m[1] !== undefined;
    const from = onSigning ? issuedDate : isoOf(m[2] as string, m[3] as string, m[4] as string);
    if (!onSigning && from === null) continue;
    return { from, onSigning, ...src.quoted(start, m.index + m[0].length) };
  }
  return null;
}
