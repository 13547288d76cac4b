/**
 * A comma with no space on either side between capitals joins the parts of one abbreviation
 * ("Ủy ban KH,CN&MT", "phát triển KH,CN,ĐMST"): it separates nothing. It does separate two codes
 * of bodies written without a space ("Lưu VP,BTG"): the code before it is then a known
 * abbreviation of a body.
 */
import { expandToken } from './abbreviations.ts';
import type { AbbreviationEntry } from './types.ts';

/** Is the comma at `i` of `text` inside an abbreviation? */
export function abbreviationComma(
  text: string,
  i: number,
  table: readonly AbbreviationEntry[],
): boolean {
  if (text[i] !== ',' || !/^\p{Lu}/u.test(text[i + 1] ?? '')) return false;
  const before = /(?:^|[^\p{L}&])(\p{Lu}{1,4})$/u.exec(text.slice(Math.max(0, i - 6), i));
  if (!before) return false;
  return expandToken(before[1] as string, table) === undefined;
}

/** "TT. Đảng ủy/ TT. HĐND Phường": a slash and a space before a capital separate two bodies
 *  ("Đ/c", "b/c", "V/v" have no space after theirs). */
export function slashSeparates(text: string, i: number): boolean {
  return text[i] === '/' && /^\/\s+\p{Lu}/u.test(text.slice(i, i + 4));
}
