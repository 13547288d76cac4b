/**
 * Deadline phrases and their meaning (vn-document-conventions §6). A task's deadline is the last
 * parenthesised phrase of its text that reads as a deadline ("(*hoàn thành trong tháng 9/2022*)",
 * "(thực hiện hàng năm, từ năm 2023)"), else an unparenthesised strong phrase ("hoàn thành trước
 * ngày 15/4/2023", "trong thời hạn 07 ngày làm việc", "Thời gian thực hiện: Quý II/2023", a reporting
 * cycle "định kỳ 6 tháng", "định kỳ hằng năm"). "thường xuyên" counts only inside
 * parentheses: in running text it is an adverb. Review cycles ("5 năm tiến hành sơ kết, 10 năm
 * tổng kết") are read anywhere in the task.
 */
import { romanToInt } from './numbers.ts';
import { endOfMonth, isoDate } from './dates.ts';
import { squash, type Source } from './source.ts';
import type { Deadline } from './types.ts';
import { EVENT_ANCHOR, findReviews, MEETING_PHRASES } from './deadline-cycles.ts';
import { AS_ARISES, DAILY, HOURS, weakCondition } from './deadline-conditions.ts';
import { endsWithFrom, fromBefore, withMonthsCycle } from './deadline-words.ts';
import { matchesOf } from './text/matches.ts';

export { findReviews } from './deadline-cycles.ts';

/** The cue words that say "deadline" by themselves (the others, "thực hiện", "từ …", also open
 *  notes that name no time). */
const OWN_CUE = /hoan\s*thanh|cham\s*nhat|truoc\s*ngay/;
/** Words that announce a time: the own cues and the others (only tested, never matched for
 *  a span, so the order of the alternatives does not matter). */
const CUE = new RegExp(
  `${OWN_CUE.source}|` +
    String.raw`thuc\s*hien|xuyen\s*suot|tu\s*nam|tu\s*thang|tu\s*ngay|tu\s*quy|tu\s*(?:19|20)\d{2}|giai\s*doan\s*(?:19|20)\d{2}|trong\s*(?:nam|thang|quy)|quy\s*[ivx\d]+\s*[/-]|hang\s*(?:nam|quy|thang)|thuong\s*xuyen|den\s*ngay|dinh\s*ky|\bngay\s*\d|\b\d{1,2}\s*\/\s*\d{4}\b|\bnam\s*\d{4}\b|^\s*(?:19|20)\d{2}\s*(?:[-–]\s*(?:19|20)\d{2}|tro\s*di)?\s*$`,
);
const NOT_DEADLINE =
  /^\s*(?:theo|cua|sau\s*day|goi\s*tat|viet\s*tat|khoa|kem\s*theo|tai|gom|nhu)\b|\d\s*-\s*[a-z]+\s*\/|\d\s*\/\s*[a-z]+\s*-/;

type Norm = Pick<Deadline, 'kind' | 'start' | 'end' | 'recurrence' | 'within'> & {
  reviews?: Deadline['reviews'];
};

function quarterEnd(q: number, year: number): string | null {
  return endOfMonth(year, q * 3);
}

/** "ngày 30 tháng 6 năm 2024" (folded): rewritten "30/6/2024" before the rules below. */
const LONG_DATE = /(\d{1,2})\s*thang\s*(\d{1,2})\s*(?:,\s*)?nam\s*(\d{4})/g;
/** "tháng 9/2024", "tháng 9 năm 2024". */
const MONTH = /thang\s*(\d{1,2})\s*(?:[/-]|nam)\s*(\d{4})/;
/** "quý III/2025", "Quí IV-2025", "quý III năm 2025". */
const QUARTER = /qu[yi]\s*([ivx]+|\d)\s*(?:[/-]|\s*nam)\s*(\d{4})/;
/** "năm 2025", "giai đoạn 2026", a year after "từ" ("từ 2025"), or a bare year as a whole
 *  deadline cell ("2026"). */
const YEAR = /(?:nam|giai\s*doan)\s*[-]?\s*(\d{4})|^\s*((?:19|20)\d{2})\s*$|(?<=tu\s*)(\d{4})/;
/** A period: "2025 - 2026", "Quý IV/2025 - Quý II/2026", "năm 2026-2027": due at the end of
 *  the later one. */
const RANGE = /^(.*\d{4})\s*[-–]\s*((?:thang\s*\d{1,2}\s*(?:[/-]|nam)\s*)?\D{0,12}\d{4}[^\d]*)$/;

/** Two periods joined ("Quý IV/2025 và Quý I/2026", "tháng 12/2025, tháng 01/2026"): the work
 *  spans both, so it is due at the later end. */
const PAIR =
  /^(.*(?:thang|qu[yi])\s*[ivx\d]+\s*(?:[/-]|nam)\s*\d{4})\s*(?:,|va)\s*((?:thang|qu[yi])\s*[ivx\d]+\s*(?:[/-]|nam)\s*\d{4}\D*)$/;
/** Months of one year listed before it ("trong tháng 10 và tháng 11/2025"): the last month. */
const MONTHS_ONE_YEAR =
  /thang\s*\d{1,2}(?:\s*(?:,|va)\s*(?:thang\s*)?\d{1,2})*?\s*(?:,|va)\s*(?:thang\s*)?(\d{1,2})\s*(?:[/-]|nam)\s*(\d{4})/;
/** A time limit: "trong thời hạn 07 ngày", "chậm nhất 03 ngày", "trong thời hạn 5 năm", a lead
 *  time before an event ("trước 30 ngày làm việc của các đợt trao tặng"). */
const RELATIVE =
  /(?:trong\s*(?:thoi\s*han\s*|vong\s*)?|cham\s*nhat\s*(?:la\s*|sau\s*)?|khong\s*qua\s*|truoc\s*(?:it\s*nhat\s*)?)(\d{1,3})\s*(ngay|thang|nam)/;
/** "Trong ngày tiếp nhận đề nghị …": the same day as the request that starts the time. */
const SAME_DAY = /trong\s*ngay\s*(?:lam\s*viec\s*)?(?:tiep\s*nhan|nhan)/;
/** Before a Party congress ("hoàn thành trước Đại hội Đảng bộ tỉnh lần thứ XV", "trước khi tổ
 *  chức đại hội chi bộ"): due at an event whose date the text does not give. */
const BEFORE_CONGRESS = /truoc\s*(?:khi\s*(?:to\s*chuc\s*)?)?dai\s*hoi/;
/** Work done at each round ("sau mỗi đợt", "trong tháng của các đợt trao tặng"): Party
 *  guidance sets rounds (đợt) by occasion rather than by calendar. */
const ROUNDS = /(?:moi|cac|tung)\s*dot\b(?!\s*xuat)|sau\s*moi\s*(?:ky|lan|khoa)\b/;

/** "… và các năm tiếp theo", "2026 trở đi": from that period on, with no end. */
const ONWARD = /va\s*(?:cac|nhung)\s*nam\s*tiep\s*theo|tro\s*(?:di|ve\s*sau)/;

/** "từ tháng 12/2025 đến quý I/2026", "tháng 11/2025 đến tháng 4/2026": due at the later end. */
const FROM_TO = /^(.*?)\bden\s*(?:het\s*)?(.*\d{4}\D*)$/;
/** "xuyên suốt 2025 - 2035", "xuyên suốt từ nay đến …": ongoing over that period. */
const THROUGHOUT = /^(?:thuc\s*hien\s*)?xuyen\s*suot\s*/;
/** Conditions instead of dates: after an event ("Sau khi có Quy chế của TW", "khi Chính phủ ban
 *  hành …") the time runs from it; "Khi có phát sinh" is each time it happens (AS_ARISES). */
const AFTER_EVENT = /^(?:ngay\s*)?(?:sau\s*)?khi\s/;

/** "Thực hiện thường xuyên, riêng …": the exception after "riêng" is not the task's deadline. */
const EXCEPT = /[,;.]\s*rieng\s/;

/** Phrases read as a whole before the date rules, or null. */
function wholePhrase(f: string): Norm | null {
  const except = EXCEPT.exec(f);
  if (except) {
    const head = normalizeDeadline(f.slice(0, except.index));
    if (head.kind !== 'unknown') return head;
  }
  const through = THROUGHOUT.exec(f);
  if (through) {
    const n = normalizeDeadline(f.slice(through[0].length));
    return { kind: 'continuous', start: n.start, end: n.end, recurrence: 'continuous' };
  }
  const fromTo = FROM_TO.exec(f);
  if (fromTo && /\d|^\s*tu\s/.test(fromTo[1] as string)) {
    const a = normalizeDeadline(fromTo[1] as string);
    const b = normalizeDeadline(fromTo[2] as string);
    const from = a.end ?? a.start;
    if (b.end && (from === null || b.end > from))
      return { kind: 'due', start: a.start, end: b.end, recurrence: null };
  }
  return null;
}

/** Two periods joined, or months listed before their year: due at the later end, or null. */
function joinedPeriods(f: string): Norm | null {
  const pair = PAIR.exec(f);
  if (pair) {
    const a = normalizeDeadline(pair[1] as string);
    const b = normalizeDeadline(pair[2] as string);
    // (only an end decides: a period read as no date has none; equal ends read the same joined
    // or not)
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: see above
    if (a.end && b.end && b.end > a.end) return { ...b, start: null };
  }
  const months = MONTHS_ONE_YEAR.exec(f);
  if (!months || fromBefore(f, months.index)) return null;
  const end = endOfMonth(Number(months[2]), Number(months[1]));
  return end ? { kind: 'due', start: null, end, recurrence: null } : null;
}

/** Normalise a deadline phrase (folded text). */
export function normalizeDeadline(folded: string): Norm {
  const whole = wholePhrase(folded.replace(LONG_DATE, '$1/$2/$3').trim());
  if (whole) return whole;
  const onward = ONWARD.exec(folded);
  if (onward) {
    const n = normalizeDeadline(folded.slice(0, onward.index));
    const start = n.start ?? (n.end ? startOfPeriod(n.end, folded.slice(0, onward.index)) : null);
    if (start) return { kind: 'start', start, end: null, recurrence: n.recurrence };
  }
  const f = folded.replace(LONG_DATE, '$1/$2/$3');
  const range = RANGE.exec(f);
  if (range && !/\d\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*[-–]/.test(f)) {
    const a = normalizeDeadline(range[1] as string);
    const b = normalizeDeadline(range[2] as string);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a null end compares false anyway
    if (a.end && b.end && b.end > a.end)
      return { ...b, kind: 'due', start: a.start ?? startOfPeriod(a.end, range[1] as string) };
  }
  const joined = joinedPeriods(f);
  if (joined) return joined;
  let recurrence: string | null = null;
  if (/(?:hang|moi)\s*nam|dinh\s*ky\s*nam/.test(f)) recurrence = 'yearly';
  else if (/(?:hang|moi)\s*quy/.test(f)) recurrence = 'quarterly';
  else if (/(?:hang|moi)\s*thang/.test(f)) recurrence = 'monthly';
  else if (DAILY.test(f))
    recurrence = (DAILY.exec(f) as RegExpExecArray)[1] === 'ngay' ? 'daily' : 'weekly';
  else if (/dinh\s*ky/.test(f)) {
    const months = /dinh\s*ky\s*(\d{1,2})\s*thang/.exec(f);
    recurrence = months ? `P${Number(months[1])}M` : 'periodic';
  }
  recurrence = withMonthsCycle(f, recurrence);
  if (recurrence === null && ROUNDS.test(f)) recurrence = 'periodic';
  // "trước ngày 25/12 trong năm": a day of every year, no year of its own
  if (
    recurrence === null &&
    /truoc\s*ngay\s*\d{1,2}\s*\/\s*\d{1,2}\s*(?:trong|hang|moi)\s*nam/.test(f)
  )
    recurrence = 'yearly';
  // "thường xuyên hằng năm" and "thường xuyên, định kỳ" are ongoing; "Thường xuyên, định kỳ
  // hằng quý" names its cycle
  // not the budget's "chi thường xuyên" (recurrent spending, beside "chi đầu tư")
  // Stryker disable next-line Regex: the folded text has single spaces (clean.ts)
  const ongoing = /(?<!chi\s*)thuong\s*xuyen|lien\s*tuc/.exec(f);
  if (
    ongoing &&
    (recurrence === null ||
      recurrence === 'periodic' ||
      /^\s+(?:hang|moi)\s/.test(f.slice(ongoing.index + ongoing[0].length)))
  )
    recurrence = 'continuous';

  const when = fullDates(f) ?? periodOf(f);
  const end = when.end;
  let { start, event } = when;
  if (!event && end && !start && EVENT_ANCHOR.test(f) && !/truoc|cham\s*nhat/.test(f)) {
    // the meeting's month: the task is due at it, whichever day it falls on
    event = true;
    start = end.slice(0, 8) + '01';
  }
  let within: string | undefined;
  const rel = RELATIVE.exec(f);
  if (rel && !start && !end) {
    const unit = rel[2] === 'ngay' ? 'D' : rel[2] === 'thang' ? 'M' : 'Y';
    within = `P${Number(rel[1])}${unit}`;
  } else if (HOURS.test(f) && !start && !end)
    within = `PT${Number((HOURS.exec(f) as RegExpExecArray)[1])}H`;
  else if (SAME_DAY.test(f) && !start && !end) within = 'P1D';

  let kind: Deadline['kind'];
  if (event) kind = 'event';
  else if (end) kind = 'due';
  // "hằng năm, từ năm 2023": a cycle that begins then
  else if (start && recurrence && recurrence !== 'continuous') kind = 'recurring';
  else if (start) kind = 'start';
  else if (within) kind = 'relative';
  else if (recurrence === 'continuous') kind = 'continuous';
  else if (recurrence) kind = 'recurring';
  else if (AS_ARISES.test(f) || EVENT_ANCHOR.test(f) || BEFORE_CONGRESS.test(f)) kind = 'event';
  else kind = AFTER_EVENT.test(f.trim()) ? 'relative' : 'unknown';
  const out: Norm = { kind, start, end, recurrence };
  if (within) out.within = within;
  return out;
}

/** A deadline column or field: a lone date there is the date the task is due by. */
export function normalizeDueCell(folded: string): Norm {
  const n = normalizeDeadline(folded);
  if (n.kind === 'event' && n.end !== null && n.start === n.end && !EVENT_ANCHOR.test(folded))
    return { ...n, kind: 'due', start: null };
  return n;
}

/** The first day of the period a phrase names, given its last day ("Quý IV/2025" → Oct 1). */
function startOfPeriod(end: string, phrase: string): string | null {
  const y = Number(end.slice(0, 4));
  const m = Number(end.slice(5, 7));
  if (QUARTER.test(phrase)) return isoDate(y, m - 2, 1);
  if (MONTH.test(phrase)) return isoDate(y, m, 1);
  return isoDate(y, 1, 1);
}

/** Full dates, with bare days listed before them ("ngày 21 và ngày 22/7/2022"). */
function fullDates(f: string): { start: string | null; end: string | null; event: boolean } | null {
  const dateRe =
    /(?:ngay\s*)?((?:\d{1,2}\s*(?:,|va)\s*(?:ngay\s*)?)*)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/g;
  let start: string | null = null;
  let end: string | null = null;
  let event = false;
  let m: RegExpExecArray | null;
  let saw = false;
  let previous: { first: string | null; to: number } | null = null;
  while ((m = dateRe.exec(f))) {
    saw = true;
    const year = Number(m[4]);
    const month = Number(m[3]);
    const days = [...(m[1] as string).matchAll(/\d{1,2}/g)].map((d) => Number(d[0]));
    days.push(Number(m[2]));
    const first = isoDate(year, month, days[0] as number);
    const last = isoDate(year, month, days[days.length - 1] as number);
    // after "từ", even glued to the word before it (fromBefore asks for a word boundary)
    const isFrom = endsWithFrom(f.slice(0, m.index));
    // "01/7/2025 - 31/12/2025", "01/7/2025 khai mạc - 05/7/2025": a period from the first
    // date, due at the second.
    const range =
      previous !== null && /^\s*(?:[a-z]+\s*){0,3}[-–—]\s*$/.test(f.slice(previous.to, m.index));
    const from = previous?.first ?? first;
    previous = { first, to: m.index + m[0].length };
    if (range) {
      start = from;
      end = last;
      event = false;
    } else if (isFrom) start = first;
    // dateRe takes a "ngày" right before the date, so none is left before m.index
    else if (
      /(?:truoc|den|cham\s*nhat(?:\s*(?:la|vao))?|han|trong)\s*$/.test(
        f.slice(Math.max(0, m.index - 20), m.index),
      )
    )
      end = last;
    else {
      start = first;
      end = last;
      event = true;
    }
  }
  return saw ? { start, end, event } : null;
}

/** A month, quarter or year. */
function periodOf(f: string): { start: string | null; end: string | null; event: boolean } {
  let start: string | null = null;
  let end: string | null = null;
  const month = MONTH.exec(f);
  const quarter = QUARTER.exec(f);
  const year = YEAR.exec(f);
  if (month) {
    const y = Number(month[2]);
    const mo = Number(month[1]);
    if (fromBefore(f, month.index)) start = isoDate(y, mo, 1);
    else end = endOfMonth(y, mo);
  } else if (quarter) {
    // a quarter that cannot exist ("quý V", "quý 0") gives months isoDate rejects
    const q =
      (/\d/.test(quarter[1] as string)
        ? Number(quarter[1])
        : romanToInt((quarter[1] as string).toUpperCase())) ?? 0;
    const y = Number(quarter[2]);
    if (fromBefore(f, quarter.index)) start = isoDate(y, q * 3 - 2, 1);
    else end = quarterEnd(q, y);
  } else if (year) {
    const y = Number(year[1] ?? year[2] ?? year[3]);
    if (endsWithFrom(f.slice(0, year.index))) start = isoDate(y, 1, 1);
    else if (/(?:6|sau)\s*thang\s*dau\s*nam/.test(f)) end = isoDate(y, 6, 30);
    else end = isoDate(y, 12, 31);
  }
  return { start, end, event: false };
}

/** Date pieces of the strong phrases below (folded text). */
const D_SHORT = String.raw`\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}`;
const D_LONG = String.raw`\d{1,2}\s*thang\s*\d{1,2}\s*,?\s*nam\s*\d{4}`;
const D_MONTH = String.raw`thang\s*\d{1,2}\s*(?:[/-]|nam)\s*\d{4}`;
const D_QUARTER = String.raw`qu[yi]\s*[ivx\d]+\s*(?:[/-]|nam)\s*\d{4}`;
/** A day of the year: "30/11", "30 tháng 11". */
const D_DAY = String.raw`\d{1,2}\s*(?:\/|thang)\s*\d{1,2}`;
/** A second month or quarter joined to the first ("quý IV/2025 và quý I/2026"). */
const D_AND = String.raw`(?:\s*(?:,|va)\s*(?:${D_MONTH}|${D_QUARTER}))?`;
/** Deadline phrases that need no parentheses, in State wording. */
const STRONG_PHRASES = [
  String.raw`(?:hoan\s*thanh|xong)\s*(?:truoc|trong)\s*(?:ngay\s*(?:${D_SHORT}|${D_LONG})|${D_MONTH}|${D_QUARTER}|nam\s*\d{4})${D_AND}`,
  String.raw`(?:truoc|cham\s*nhat(?:\s*(?:la|vao))?)\s*(?:ngay\s*)?(?:${D_SHORT}|${D_LONG})`,
  String.raw`truoc\s*ngay\s*${D_DAY}(?:\s*(?:va|,)\s*(?:ngay\s*)?${D_DAY})*\s*(?:hang|moi)\s*nam`,
  String.raw`truoc\s*ngay\s*\d{1,2}\s*(?:hang|moi)\s*(?:thang|quy)`,
  String.raw`trong\s*(?:${D_MONTH}|${D_QUARTER}|ngay\s*(?:${D_SHORT}|${D_LONG}))${D_AND}`,
  // months of one year listed before it: "trong tháng 10 và tháng 11/2025"
  String.raw`(?:(?:hoan\s*thanh|xong)\s*)?trong\s*thang\s*\d{1,2}(?:\s*(?:,|va)\s*(?:thang\s*)?\d{1,2})+\s*(?:[/-]|nam)\s*\d{4}`,
  // "xuyên suốt từ nay đến kết thúc cuộc bầu cử", "xuyên suốt 2025 - 2035": ongoing
  String.raw`xuyen\s*suot\s*(?:tu\s*nay\s*den|(?:nam\s*|giai\s*doan\s*)?(?:19|20)\d{2})[^.;()\n]{0,80}`,
  String.raw`(?:tai|truoc|trong)\s*(?:phien\s*hop|ky\s*hop|hoi\s*nghi|cuoc\s*hop)[^.;()\n]{0,60}?${D_MONTH}`,
  String.raw`trong\s*thoi\s*han\s*\d{1,3}\s*(?:ngay(?:\s*lam\s*viec)?|thang|nam)`,
  ...MEETING_PHRASES,
  // a time limit counted from an event, in regulations: "chậm nhất 03 ngày kể từ ngày nhận …"
  String.raw`(?:cham\s*nhat(?:\s*(?:la|sau))?|trong\s*vong|khong\s*qua)\s*\d{1,3}\s*ngay(?:\s*lam\s*viec)?\s*(?:ke\s*tu|sau\s*khi)[^.;\n()]{3,80}`,
  String.raw`thoi\s*gian\s*(?:thuc\s*hien|hoan\s*thanh)?\s*:\s*[^.;\n()]{3,60}`,
  // a conclusion's closing remark on a duty: "…; nhiệm vụ thường xuyên." (ongoing), not "các
  // nhiệm vụ thường xuyên của Bộ" (lookbehind after the phrase: leading, it is tried everywhere)
  String.raw`nhiem\s*vu\s*thuong\s*xuyen(?<=[,;]\s*nhiem\s*vu\s*thuong\s*xuyen)(?=\s*(?:[.;)]|$))`,
  // the end of a year ("vào cuối năm 2025", "đến cuối năm 2025"), the first half ("trong 6 tháng
  // đầu năm 2026"), a congress with no date ("hoàn thành trước Đại hội Đảng bộ tỉnh lần thứ XV")
  String.raw`(?:hoan\s*thanh|xong|truoc|den|vao|trong)\s*(?:het\s*)?cuoi\s*nam\s*\d{4}`,
  String.raw`(?:(?:hoan\s*thanh|xong)\s*)?trong\s*(?:6|sau)\s*thang\s*dau\s*nam\s*\d{4}`,
  String.raw`(?:(?:hoan\s*thanh|xong)\s*)?truoc\s*(?:khi\s*(?:to\s*chuc\s*)?)?dai\s*hoi(?:\s+[^\s\d.,;:()]+){0,6}`,
  // a lead time before an event: "trước 30 ngày làm việc của các đợt trao tặng Huy hiệu Đảng",
  // "trước ít nhất 05 ngày so với ngày tổ chức"
  String.raw`truoc\s*(?:it\s*nhat\s*)?\d{1,3}\s*ngay(?:\s*lam\s*viec)?\s*(?:cua|so\s*voi|truoc\s*khi|ke\s*tu)\s[^.;\n()]{2,59}[^.;\n()\s]`,
  // "Trong ngày tiếp nhận đề nghị cấp bản sao …": the same day as the request
  String.raw`trong\s*ngay\s*(?:lam\s*viec\s*)?(?:tiep\s*nhan|nhan\s*duoc)\s[^.;\n()]{2,59}[^.;\n()\s]`,
  // not a cycle that qualifies a noun: "kết quả đánh giá cán bộ định kỳ hằng năm của cấp có thẩm quyền"
  String.raw`dinh\s*ky\s*(?:hang\s*(?:nam|quy|thang)|\d{1,2}\s*thang(?:\s*(?:va|,)\s*hang\s*nam)?)(?!\s*cua\s)`,
  // Party wording: the duties' horizon "(nhiệm vụ trọng tâm) từ nay đến tháng 6/2027", not a period
  // ("kịch bản … từ nay đến hết năm 2025"); lookbehind after "tu": leading, 10× slower
  String.raw`tu(?<=(?:nhiem\s*vu(?:\s*trong\s*tam)?\s*|(?:^|[,;:(])\s*)tu)\s*nay\s*den\s*(?:(?:het\s*)?${D_MONTH}|(?:het\s*)?${D_QUARTER}|(?:het\s*|cuoi\s*)?nam\s*\d{4})`,
];
const STRONG = new RegExp(STRONG_PHRASES.join('|'), 'g');

/** A cycle named in running text ("Định kỳ tổng hợp báo cáo", "hằng năm báo cáo"), when the
 *  text names no other deadline: the guide counts it as a recurring deadline. */
// (lookbehinds after the first letters: leading, they are tried at every position; same matches)
const CYCLE =
  /(?:d(?<!\p{L}d)inh\s*ky|h(?<!\p{L}h)ang\s*(?:nam|quy|thang)|m(?<!\p{L}m)oi\s*(?:nam|quy|thang)|s(?<!\p{L}s)au\s*moi\s*(?:dot|ky|lan|khoa))(?![\p{L}])/gu;

/** A noun the cycle describes rather than the task's timing ("nhu cầu bồi dưỡng hằng năm",
 *  "dự toán ngân sách nhà nước hằng năm", "sinh hoạt đảng định kỳ"), within the same clause. */
const CYCLE_NOUN =
  /(?:^|\s)(?:nhu\s*cau|du\s*toan|ngan\s*sach|ke\s*hoach|chuong\s*trinh|nghi\s*quyet|sinh\s*hoat|thi\s*dua|khen\s*thuong)(?:\s+[^\s,;.:()]+){0,4}\s*$/;

/** True when the cycle at fold[s, e) qualifies a noun: a plan or budget noun before it, "của"
 *  after it ("… hằng năm của đơn vị"), or paired with another term ("trung hạn và hằng năm"). */
function adjectivalCycle(fold: string, s: number, e: number): boolean {
  const before = fold.slice(Math.max(0, s - 60), s);
  const clause = before.slice(
    Math.max(...[',', ';', '.', ':', '(', ')', '\n'].map((c) => before.lastIndexOf(c))) + 1,
  );
  return (
    CYCLE_NOUN.test(clause) ||
    // one space: clean text has no runs of spaces, and CYCLE wants no letter right after it
    /^\s(?:(?:hang|moi)\s(?:nam|quy|thang)\s)?cua\s/.test(fold.slice(e, e + 16)) ||
    /trung\s*han\s*(?:va|,)\s*$/.test(before) ||
    // "Kế hoạch phát triển kinh tế - xã hội hằng năm và 5 năm": a pair of plan horizons
    // Stryker disable next-line Regex: the folded text has single spaces (clean.ts)
    /^\s*(?:va|,)\s*(?:trung\s*han|\d{1,2}\s*nam)/.test(fold.slice(e, e + 14))
  );
}

/** A deadline's span [s, e) and its text [ts, te) in the clean text. */
type Span4 = { s: number; e: number; ts: number; te: number };

function weakCycle(src: Source, start: number, end: number): Span4 | null {
  for (const m of matchesOf(src.fold.slice(start, end), CYCLE)) {
    const s = start + m.index;
    const e = s + m[0].length;
    // "định kỳ", not "thẩm định kỹ", "quyết định kỷ luật" (the same folded letters)
    if (m[0].startsWith('dinh') && !/định\s*k[ỳì]/iu.test(src.clean.slice(s, s + 8))) continue;
    if (!adjectivalCycle(src.fold, s, e)) return { s, e, ts: s, te: e };
  }
  return null;
}

/** "đẩy nhanh tiến độ … trong năm 2025": the year the work is due in, when the text names no
 *  other deadline (a year is vaguer than any date); not a target's year ("đạt 90% trong năm
 *  2025") nor the year of the duties a clause is about ("Đối với các nhiệm vụ triển khai trong
 *  năm 2025, …"). */
const IN_YEAR =
  /trong(?<!(?:%|nhiem\s*vu|doi\s*voi)[^,;.]{0,30}trong)\s*nam\s*(?:19|20)\d{2}(?![\d/])/;

function weakYear(fold: string, start: number, end: number): Span4 | null {
  const m = IN_YEAR.exec(fold.slice(start, end));
  if (!m) return null;
  const s = start + m.index;
  return { s, e: s + m[0].length, ts: s, te: s + m[0].length };
}

/** The deadline of clean[start, end), or null. */
export function findDeadline(src: Source, start: number, end: number): Deadline | null {
  const { clean, fold } = src;
  let best: Span4 | null = null;
  // Stryker disable next-line EqualityOperator: a '(' at end has its ')' past end, which breaks
  for (let k = start; k < end; k++) {
    if (clean[k] !== '(') continue;
    const close = clean.indexOf(')', k + 1);
    if (close === -1 || close >= end) break;
    const inner = fold.slice(k + 1, close);
    if (inner.includes('(') || inner.length > 160) continue;
    // a cue word alone ("thực hiện", "từ") in a note that reads as no time at all ("(tính từ
    // thời điểm thực hiện quy trình nhân sự trở về trước)") is a remark, not the deadline; a
    // deadline's own words ("hoàn thành", "chậm nhất") keep it, normalised or not
    if (
      CUE.test(inner) &&
      !NOT_DEADLINE.test(inner) &&
      (OWN_CUE.test(inner) || normalizeDeadline(inner).kind !== 'unknown')
    )
      best = { s: k, e: close + 1, ts: k + 1, te: close };
    k = close;
  }
  if (!best) {
    const seg = fold.slice(start, end);
    STRONG.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = STRONG.exec(seg))) {
      const s = start + m.index;
      best = { s, e: s + m[0].length, ts: s, te: s + m[0].length };
    }
  }
  if (!best) best = weakYear(fold, start, end);
  if (!best) best = weakCycle(src, start, end);
  const cond = best ? null : weakCondition(fold, start, end);
  if (cond) best = { s: cond[0], e: cond[1], ts: cond[0], te: cond[1] };
  const reviews = findReviews(fold.slice(start, end));
  if (!best && !reviews) return null;
  if (!best && reviews) {
    const s = start + reviews.index;
    const e = s + reviews.length;
    const q = src.quoted(s, e);
    const recurrence = reviews.reviews.map((r) => r.every).join(',');
    return {
      text: squash(clean.slice(s, e)),
      kind: 'recurring',
      start: null,
      end: null,
      recurrence,
      reviews: reviews.reviews,
      ...q,
    };
  }
  const b = best as Span4;
  const norm = normalizeDeadline(fold.slice(b.ts, b.te));
  const q = src.quoted(b.s, b.e);
  const d: Deadline = { text: squash(clean.slice(b.ts, b.te)), ...norm, ...q };
  if (reviews) {
    d.reviews = reviews.reviews;
    if (d.recurrence === null || d.recurrence === 'periodic')
      d.recurrence = reviews.reviews.map((r) => r.every).join(',');
  }
  return d;
}
