/** User words → a Lucene query for the accent-insensitive full-text index. */
import { badInput } from './errors.ts';

// Lucene's query syntax characters; `&&` and `||` are covered by escaping `&` and `|`.
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** The words of a search; a word without a letter or digit yields no term and is dropped. */
export function searchWords(input: string): string[] {
  return input.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Every word required, each escaped: user input is never Lucene syntax. */
export function luceneQuery(input: string): string {
  const words = searchWords(input)
    // Lower case: AND, OR and NOT in capitals are operators.
    .map((word) => word.toLowerCase().replace(SPECIAL, (c) => `\\${c}`));
  if (words.length === 0) throw badInput('search needs at least one word', { argument: 'search' });
  return words.join(' AND ');
}
