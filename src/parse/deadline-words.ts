/**
 * Words of deadline phrases that folding makes ambiguous or that combine (issue 18, point 5):
 * "từ" (from) and the "tư" of "đầu tư" (investment) both fold to "tu"; a report due "định kỳ 6
 * tháng và hằng năm" has two cycles. All patterns run on folded text.
 */

/** Folded text ending in "đầu tư" (investment), not "bắt đầu từ" (starting from). */
const INVESTMENT_END = /(?<!bat\s*)dau\s*tu\s*$/;

/** True when folded `before` ends in "từ" (from): "tu", even glued to the word before it
 *  ("Thực hiệntừ 01/7"), but not the "tư" of "đầu tư" ("vốn đầu tư năm 2025" is that year). */
export function endsWithFrom(before: string): boolean {
  return /tu\s*$/.test(before) && !INVESTMENT_END.test(before);
}

/** "từ" as a word in the last characters before a date ("kể từ", "bắt đầu từ"), not "đầu tư". */
export function fromBefore(f: string, at: number): boolean {
  const before = f.slice(Math.max(0, at - 14), at);
  return /(?:^|\s)(?:bat\s*dau|ke)?tu\s*$/.test(before) && !INVESTMENT_END.test(before);
}

/** "định kỳ 6 tháng và hằng năm": the months' cycle before the named one ("P6M,yearly"). */
export function withMonthsCycle(f: string, recurrence: string | null): string | null {
  const months = /dinh\s*ky\s*(\d{1,2})\s*thang\s*(?:va|,)\s*(?:hang|moi)\s*(?:nam|quy|thang)/.exec(
    f,
  );
  return months ? `P${Number(months[1])}M,${recurrence}` : recurrence;
}
