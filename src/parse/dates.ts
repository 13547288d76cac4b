/**
 * Dates as written: "ngày 23 tháng 8 năm 2022", "16/6/2022", "06/09/2022", "16-6-2022". Rules
 * match on folded text (see source.ts). Output is ISO (YYYY-MM-DD) or null for impossible dates.
 */

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO date, or null when the day/month/year cannot exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The last day of the month; null for a month that cannot exist (isoDate checks it). */
export function endOfMonth(year: number, month: number): string | null {
  return isoDate(year, month, daysInMonth(year, month));
}

/** "ngày 23 tháng 8 năm 2022" on folded text (spaces optional between words). */
const LONG_DATE = /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/g;
/** "16/6/2022", "06/09/2022", "16-6-2022", "16.6.2022". */
const SHORT_DATE = /(?<![\d/])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4})(?!\d)/g;

/** The first date in a folded string, with its offsets; null when none. */
export function findDate(
  folded: string,
  from = 0,
): { iso: string | null; start: number; end: number } | null {
  LONG_DATE.lastIndex = from;
  SHORT_DATE.lastIndex = from;
  const long = LONG_DATE.exec(folded);
  const short = SHORT_DATE.exec(folded);
  // The earlier of the two forms. They never start at one offset (one at "ngay", the other at
  // a digit), so "<" and "<=" cannot be told apart.
  // Stryker disable next-line EqualityOperator: equivalent, see above
  if (long && (!short || long.index < short.index)) {
    return {
      iso: isoDate(Number(long[3]), Number(long[2]), Number(long[1])),
      start: long.index,
      end: long.index + long[0].length,
    };
  }
  if (short) {
    return {
      iso: isoDate(Number(short[4]), Number(short[3]), Number(short[1])),
      start: short.index,
      end: short.index + short[0].length,
    };
  }
  return null;
}
