/**
 * Keeps bench/results/stryker-incremental.json small. Stryker stores, for every mutant, the ids
 * of all its covering tests (about 330 of them: nearly every parse test runs the whole parser),
 * so a full run of src/parse would write some 30 MB. A killed mutant is reused when one of its
 * killing tests still covers it (Stryker adds the killing tests to the old coverage itself), so
 * its covering list is dropped; survivors and timeouts keep theirs (a new covering test must run
 * them again). One mutant or test per line: readable diffs without a line per test id.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Indented down to the mutants and tests (depth 4), compact below. */
function print(value: Json, depth = 0): string {
  if (depth >= 4 || value === null || typeof value !== 'object') return JSON.stringify(value);
  const pad = '  '.repeat(depth + 1);
  const end = '  '.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => pad + print(v, depth + 1)).join(',\n')}\n${end}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const body = entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${print(v, depth + 1)}`);
  return `{\n${body.join(',\n')}\n${end}}`;
}

interface StoredMutant {
  status?: string;
  coveredBy?: string[];
}

/** The incremental report without the covering lists of killed and ignored mutants. */
export function compactIncremental(text: string): string {
  const data = JSON.parse(text) as { files?: Record<string, { mutants?: StoredMutant[] }> };
  for (const file of Object.values(data.files ?? {})) {
    for (const m of file.mutants ?? []) {
      if (m.status === 'Killed' || m.status === 'Ignored') delete m.coveredBy;
    }
  }
  return `${print(data as Json)}\n`;
}
