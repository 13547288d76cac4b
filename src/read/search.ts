/** User words → a Lucene query for the accent-insensitive full-text index. */
import { SEARCH_INDEX } from '../db/migrations.ts';
import { badInput } from './errors.ts';
import type { Params } from './params.ts';

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

/** Where a list starts: every node of `label`, or the ones the full-text index finds. */
export function listSource(
  label: 'Task' | 'Organization',
  search: string | null | undefined,
  params: Params,
): { source: string; conditions: string[] } {
  if (search == null) return { source: `MATCH (n:${label})`, conditions: [] };
  const index = params.add('index', SEARCH_INDEX);
  const words = params.add('search', luceneQuery(search));
  return {
    source: `CALL db.index.fulltext.queryNodes(${index}, ${words}) YIELD node AS n`,
    conditions: [`n:${label}`],
  };
}
