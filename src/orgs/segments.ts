/**
 * The raw cut of a list into segments (src/orgs/split.ts decides which of them are names): at
 * top-level commas, semicolons, line breaks and the word "và", then trimmed of bullets,
 * markdown, a purpose parenthesis and punctuation.
 */
import { abbreviationComma, slashSeparates } from './glued-comma.ts';
import type { Registry } from './types.ts';

export interface Segment {
  start: number;
  end: number;
  /** The separator before this segment. */
  sep: 'start' | ',' | 'và';
}

const SPACE = /\s/u;

/** Cut at top-level ',', ';', line breaks and the word "và" (never inside parentheses). With `table`, glued-comma.ts decides commas and slashes (a colon head's code list is cut at
 *  every comma). */
export function rawSegments(list: string, table?: Registry['abbreviations']): Segment[] {
  const out: Segment[] = [];
  let depth = 0;
  let start = 0;
  let sep: Segment['sep'] = 'start';
  // Stryker disable next-line EqualityOperator: a step past the end reads no character, cuts nothing
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || (table && abbreviationComma(list, i, table))) continue;
    if (ch === ',' || ch === ';' || ch === '\n' || (table && slashSeparates(list, i))) {
      out.push({ start, end: i, sep });
      start = i + 1;
      sep = ',';
    } else if (
      // the letters first: a whitespace test at every character was the cost of the scan
      list[i + 2] === 'à' &&
      (list[i + 1] === 'v' || list[i + 1] === 'V') &&
      SPACE.test(list.charAt(i)) &&
      SPACE.test(list.charAt(i + 3))
    ) {
      out.push({ start, end: i, sep });
      start = i + 4;
      sep = 'và';
      i += 2;
    }
  }
  out.push({ start, end: list.length, sep });
  return out;
}

/** Drop bullets, markdown, a trailing parenthesis (a purpose mark such as "(b/c)") and punctuation. */
const TRIM_HEAD = /[\s\-+*•}{>#_\\]/u;
const TRIM_TAIL = /[\s.,;:*/_\\]/u;

export function trimSegment(list: string, s: Segment): Segment {
  let { start, end } = s;
  for (;;) {
    const e0 = end;
    while (start < end && TRIM_HEAD.test(list.charAt(start))) start++;
    while (end > start && TRIM_TAIL.test(list.charAt(end - 1))) end--;
    if (list[end - 1] === ')') {
      const open = list.lastIndexOf('(', end - 1);
      if (open >= start) end = open;
    }
    // a pass that kept the end changes nothing more: the head was trimmed to its end already
    if (end === e0) break;
  }
  return { start, end, sep: s.sep };
}
