/**
 * Highlighted snippets for search hits: where the query's words occur in a text, compared
 * without diacritics (as the index does), and a window of the text around the first one.
 */

export interface Range {
  start: number;
  end: number;
}

export interface Snippet {
  text: string;
  highlights: Range[];
}

/** One character without its diacritics, lower case (đ → d, Ế → e). */
function foldChar(c: string): string {
  return c
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase();
}

/** The folded text and, for each folded character, the index of its original character. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text[i] as string);
    for (const c of f) {
      folded += c;
      origin.push(i);
    }
  }
  return { folded, origin };
}

const WORD = /[\p{L}\p{N}]/u;

/** Where the words occur as whole words (folded), in text order, not overlapping. */
export function findWords(text: string, words: string[]): Range[] {
  const { folded, origin } = fold(text);
  const ranges: Range[] = [];
  for (const word of new Set(words.map((w) => fold(w).folded).filter((w) => w.length > 0))) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(word, from);
      if (at < 0) break;
      const end = at + word.length;
      const bounded =
        (at === 0 || !WORD.test(folded[at - 1] as string)) &&
        (end === folded.length || !WORD.test(folded[end] as string));
      if (bounded) {
        ranges.push({ start: origin[at] as number, end: (origin[end - 1] as number) + 1 });
      }
      from = at + 1;
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** A window of at most `size` characters around the first match, ranges relative to it. */
export function snippet(text: string, words: string[], size = 200): Snippet {
  const ranges = findWords(text, words);
  const first = ranges[0];
  if (text.length <= size || !first) {
    const cut = text.slice(0, size);
    return { text: cut, highlights: ranges.filter((r) => r.end <= cut.length) };
  }
  let start = Math.max(0, first.start - Math.floor(size / 4));
  // Start at a word.
  while (start > 0 && start < first.start && WORD.test(text[start - 1] as string)) start++;
  const end = Math.min(text.length, start + size);
  return {
    text: text.slice(start, end),
    highlights: ranges
      .filter((r) => r.start >= start && r.end <= end)
      .map((r) => ({ start: r.start - start, end: r.end - start })),
  };
}
