/**
 * The genre of each corpus document, from the P/S/O column of tests/corpus/SOURCES.md (read by
 * `npm run eval` and bench/eval-misses.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function genres(corpusDir: string): Map<string, string> {
  const map = new Map<string, string>();
  const lines = readFileSync(join(corpusDir, 'SOURCES.md'), 'utf8').split('\n');
  let fileCol = -1;
  let genreCol = -1;
  for (const line of lines) {
    if (!line.startsWith('|')) continue;
    const cells = line.split('|').map((c) => c.trim());
    if (cells.includes('P/S/O')) {
      fileCol = cells.indexOf('file');
      genreCol = cells.indexOf('P/S/O');
    } else if (fileCol > 0 && cells[fileCol]?.endsWith('.txt'))
      map.set(cells[fileCol] as string, cells[genreCol] ?? '?');
  }
  return map;
}
