/**
 * Deadline phrases of reports and meetings (issue 18, point 5): review cycles ("5 năm sơ kết, 10
 * năm tổng kết", "sơ kết 5 năm, tổng kết 10 năm"), a meeting named by its number rather than its
 * month ("để kịp báo cáo Quốc hội tại Kỳ họp thứ 10"), and a period after "vào" ("sơ kết vào
 * quý IV năm 2026"). All patterns run on folded text and are compiled once.
 */
import { daysInMonth, isoDate } from './dates.ts';
import type { Deadline, Task } from './types.ts';

const STEP = String.raw`(?:tien\s*hanh\s*|to\s*chuc\s*)?`;
/** "5 năm (một lần) sơ kết, 10 năm tổng kết" or "sơ kết 5 năm, tổng kết 10 năm". */
const REVIEWS = new RegExp(
  String.raw`(\d{1,2})\s*nam\s*(?:mot\s*lan\s*)?${STEP}so\s*ket\s*(?:,|va|;)?\s*(\d{1,2})\s*nam\s*${STEP}tong\s*ket` +
    String.raw`|so\s*ket\s*(\d{1,2})\s*nam\s*(?:,|va|;)?\s*${STEP}tong\s*ket\s*(\d{1,2})\s*nam`,
);

/** Review cycles in folded text ("5 năm sơ kết, 10 năm tổng kết"). */
export function findReviews(
  f: string,
): { reviews: NonNullable<Deadline['reviews']>; index: number; length: number } | null {
  const m = REVIEWS.exec(f);
  if (!m) return null;
  return {
    reviews: [
      { every: `P${Number(m[1] ?? m[3])}Y`, kind: 'sơ kết' },
      { every: `P${Number(m[2] ?? m[4])}Y`, kind: 'tổng kết' },
    ],
    index: m.index,
    length: m[0].length,
  };
}

/** A meeting by number or by name: "Kỳ họp thứ 10", "phiên họp thường kỳ", "Hội nghị cuối năm";
 *  one with its month ("phiên họp thường kỳ tháng 10 năm 2025") is deadlines.ts' own phrase. */
const NUMBERED_MEETING = String.raw`(?:phien\s*hop|ky\s*hop|hoi\s*nghi)\s*(?:thu\s*(?:\d{1,2}|[ivx]+|nhat|hai|ba|tu|nam)\b|thuong\s*ky|cuoi\s*nam|giua\s*nam)(?!\s*(?:thang|ngay)\s*\d)`;

const NEXT_MEETING = String.raw`(?:ky\s*hop|phien\s*hop|cuoc\s*hop|hoi\s*nghi)`;

/** Strong phrases added to deadlines.ts' list. The meeting is the task's deadline only when the
 *  work is to be brought to it ("báo cáo …, trình … tại Kỳ họp thứ 10"), not when it names where
 *  a law was passed ("các luật được thông qua tại Kỳ họp thứ 9"). */
export const MEETING_PHRASES = [
  String.raw`(?:(?:de\s*)?kip\s*)?(?:bao\s*cao|trinh)\b(?:(?!thong\s*qua|ban\s*hanh)[^.;()\n]){0,60}?\b(?:tai|truoc)\s*${NUMBERED_MEETING}`,
  // "sơ kết vào quý IV năm 2026", not the date a text was passed ("ban hành vào tháng 6/2024")
  // (the lookbehind after "vao": leading, it is tried at every position)
  // the next sitting, whenever it falls: "hoàn thiện hồ sơ … vào kỳ họp gần nhất"; "gần nhất"
  // after "tại" is as often the last one ("đã kết luận tại kỳ họp gần nhất")
  String.raw`(?:vao|tai|trong)\s*${NEXT_MEETING}\s*(?:tiep\s*theo|ke\s*tiep|sap\s*toi)\b|vao\s*${NEXT_MEETING}\s*gan\s*nhat\b`,
  String.raw`vao(?<!(?:ban\s*hanh|thong\s*qua|ky)\s*vao)\s*(?:thang\s*\d{1,2}\s*(?:[/-]|nam)\s*\d{4}|qu[yi]\s*[ivx\d]+\s*(?:[/-]|nam)\s*\d{4})`,
];

/** A phrase naming a meeting (folded): with no date it is an event without an end. */
export const EVENT_ANCHOR = /phien\s*hop|ky\s*hop|hoi\s*nghi|cuoc\s*hop|buoi\s*lam\s*viec/;

/** After the phrase: the term counts from another event ("kể từ ngày nhận hồ sơ"), not from the
 *  document's own date of effect ("kể từ ngày Quyết định này có hiệu lực"; the spaces inside the
 *  lookahead: outside it, "\s*" gave back a space and the lookahead never held). */
const OTHER_ANCHOR =
  /^[\s,]*(?:ke|tinh)\s*tu(?!\s*ngay\s*(?:quy\s*dinh|quyet\s*dinh|quy\s*che|nghi\s*quyet)\s*nay)/;

/**
 * "Trong thời hạn 5 năm, cơ quan … phải hoàn thành …" in a regulation: a term of months or years
 * with no event of its own counts from the document's date of effect, so it ends then + term.
 */
export function anchorTerms(tasks: Task[], fold: string, effect: string | null): void {
  if (effect === null) return;
  for (const t of tasks) {
    const d = t.deadline;
    const term =
      d?.kind === 'relative' && d.end === null ? /^P(\d+)([MY])$/.exec(d.within ?? '') : null;
    if (!d || !term || OTHER_ANCHOR.test(fold.slice(d.span.end, d.span.end + 60))) continue;
    const n = Number(term[1]) * (term[2] === 'Y' ? 12 : 1);
    const y = Number(effect.slice(0, 4));
    const m = Number(effect.slice(5, 7)) - 1 + n;
    const day = Math.min(
      Number(effect.slice(8, 10)),
      daysInMonth(y + Math.floor(m / 12), (m % 12) + 1),
    );
    d.end = isoDate(y + Math.floor(m / 12), (m % 12) + 1, day);
  }
}
