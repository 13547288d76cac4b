/**
 * Deadlines of emergency and operational plans written as a rhythm or a condition rather than a
 * date (issue 18, point 5): "báo cáo hằng ngày" (daily), "khi cần", "khi có yêu cầu", "khi phát
 * hiện ca bệnh …" (each time it happens: an event), "ngay khi nước rút", "trong 24-48 giờ sau khi
 * nước rút" (counted from an event). They are weak: read only when the text names no other
 * deadline. "khi cần (thiết)" and "khi có yêu cầu" alone are not searched for: most labels read
 * them as on-demand work with no deadline; they are events when a deadline cell or parenthesis
 * holds them. All patterns run on folded text.
 */
import { matchesOf } from './text/matches.ts';

/** A daily or weekly rhythm: "hằng ngày", "mỗi tuần". */
export const DAILY = /(?:hang|moi)\s*(ngay|tuan)(?![\p{L}])/u;

/** A condition that recurs: "khi có phát sinh", "khi cần (thiết)", "khi có yêu cầu", "khi phát
 *  hiện / xuất hiện …" (not "ngay khi …", which counts from the event). */
export const AS_ARISES =
  /(?:^|\s)(?<!ngay\s)khi\s*(?:co\s*)?(?:phat\s*sinh|yeu\s*cau|can\b|phat\s*hien|xuat\s*hien)/;

/** "trong 24-48 giờ (sau khi …)": a range of hours reads as its upper bound. */
export const HOURS = /trong\s*(?:vong\s*)?(?:\d{1,3}\s*[-–]\s*)?(\d{1,3})\s*gio\b/;

/** The weak phrases, each ending at the clause's end (folded, global). */
const CONDITION = new RegExp(
  [
    // "báo cáo hằng ngày", "giám sát hàng tuần" — the whole rhythm only (each lookbehind after
    // the first letter: leading, it was tried at every position; the same matches)
    String.raw`(?:h(?<!\p{L}h)ang|m(?<!\p{L}m)oi)\s*(?:ngay|tuan)(?![\p{L}])`,
    String.raw`(?:n(?<!\p{L}n)gay\s*khi|k(?<!\p{L}k)hi)\s*(?:phat\s*hien|xuat\s*hien)[^.,;:()\n]{0,50}`,
    // "ngay khi nước rút": as soon as an event happens
    String.raw`n(?<!\p{L}n)gay\s*(?:sau\s*)?khi\s+[^.,;:()\n]{3,50}`,
    String.raw`trong\s*(?:vong\s*)?(?:\d{1,3}\s*[-–]\s*)?\d{1,3}\s*gio\s*(?:sau\s*khi|ke\s*tu)[^.,;:()\n]{3,50}`,
  ].join('|'),
  'gu',
);

/** A noun the rhythm describes rather than the task's timing ("công việc hằng ngày", "cuộc
 *  sống hằng ngày"), right before it. */
const DAILY_NOUN = /(?:cong\s*viec|cuoc\s*song|doi\s*song|sinh\s*hoat|lich\s*cong\s*tac)\s*$/;

/** The last weak condition of fold[start, end) as [s, e), or null. */
export function weakCondition(fold: string, start: number, end: number): [number, number] | null {
  let found: [number, number] | null = null;
  for (const m of matchesOf(fold.slice(start, end), CONDITION)) {
    const s = start + m.index;
    if (DAILY.test(m[0]) && DAILY_NOUN.test(fold.slice(Math.max(0, s - 30), s))) continue;
    found = [s, s + m[0].trimEnd().length];
  }
  return found;
}
