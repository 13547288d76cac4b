/**
 * The mutation run's JSON report (mutation-testing-report-schema, as StrykerJS writes it) as
 * Markdown: the score, a row per file, and every surviving mutant of the areas a wrong parse
 * costs most (deadlines, spans, list splitting, headers and signatures). Pure.
 */

export type MutantStatus =
  | 'Killed'
  | 'Survived'
  | 'NoCoverage'
  | 'Timeout'
  | 'CompileError'
  | 'RuntimeError'
  | 'Ignored'
  | 'Pending';

interface Position {
  line: number;
  column: number;
}

export interface Mutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  location: { start: Position; end: Position };
  status: MutantStatus;
}

export interface MutationReport {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}

export interface Tally {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  errors: number;
}

export function tally(mutants: Mutant[]): Tally {
  const t: Tally = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, errors: 0 };
  for (const m of mutants) {
    if (m.status === 'Killed') t.killed++;
    else if (m.status === 'Timeout') t.timeout++;
    else if (m.status === 'Survived') t.survived++;
    else if (m.status === 'NoCoverage') t.noCoverage++;
    else if (m.status === 'CompileError' || m.status === 'RuntimeError') t.errors++;
  }
  return t;
}

/** Stryker's mutation score: detected (killed or timed out) over all valid mutants. */
export function score(t: Tally): number | null {
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  return valid === 0 ? null : (t.killed + t.timeout) / valid;
}

/** The score counting kills only: a timeout on a loaded machine may be slowness, not a kill. */
export function killScore(t: Tally): number | null {
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  return valid === 0 ? null : t.killed / valid;
}

/** The areas whose survivors are listed one by one, by file. */
export const FOCUS: { area: string; files: string[] }[] = [
  { area: 'deadlines', files: ['src/parse/deadlines.ts', 'src/parse/dates.ts'] },
  { area: 'spans', files: ['src/parse/source.ts'] },
  {
    area: 'list splitting',
    files: [
      'src/orgs/split.ts',
      'src/orgs/segments.ts',
      'src/parse/actors.ts',
      'src/parse/recipients.ts',
    ],
  },
  {
    area: 'headers and signatures',
    files: [
      'src/parse/header.ts',
      'src/parse/header/title.ts',
      'src/parse/header/result.ts',
      'src/parse/signature.ts',
      'src/parse/issuer.ts',
    ],
  },
];

/** The mutated code as written (first line only, trimmed to 80 characters). */
function original(source: string, m: Mutant): string {
  const lines = source.split('\n');
  const { start, end } = m.location;
  const first = lines[start.line - 1] ?? '';
  const text =
    start.line === end.line
      ? first.slice(start.column - 1, end.column - 1)
      : `${first.slice(start.column - 1)} …`;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}

const pct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)} %`);
const code = (s: string): string => `\`${s.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;

export interface RunInfo {
  date: string;
  commit: string;
  command: string;
  seconds: number;
  scope: string;
  /** Stryker's concurrency: test-runner processes working at once. */
  workers: number;
  /** Files of the configured scope that no run has measured yet. */
  notRun?: string[];
}

export function renderMutationReport(report: MutationReport, run: RunInfo): string {
  const files = Object.keys(report.files).sort();
  const all = tally(files.flatMap((f) => report.files[f]?.mutants ?? []));
  const parseOnly = tally(
    files.filter((f) => f.startsWith('src/parse/')).flatMap((f) => report.files[f]?.mutants ?? []),
  );
  const out: string[] = [
    '# Mutation testing (StrykerJS)',
    '',
    `- date: ${run.date}`,
    `- commit: ${run.commit}`,
    `- command: \`${run.command}\` (${(run.seconds / 60).toFixed(1)} min)`,
    `- mutated: ${run.scope}; tests: the unit tests of \`vitest.mutation.config.ts\` (no database), ${run.workers} worker${run.workers === 1 ? '' : 's'}`,
    '',
    `**Mutation score: ${pct(score(all))}** (src/parse alone: ${pct(score(parseOnly))}; goal for src/parse ≥ 80 %; over the files measured so far).`,
    `Counting kills only, timeouts apart: ${pct(killScore(all))} (src/parse alone: ${pct(killScore(parseOnly))}).`,
    `Killed ${all.killed}, timed out ${all.timeout}, survived ${all.survived}, no coverage ${all.noCoverage}, errors ${all.errors}. Static mutants (run at module load) are not run.`,
    '',
    '| file | killed | timeout | survived | no coverage | score | kills only |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const f of files) {
    const t = tally(report.files[f]?.mutants ?? []);
    out.push(
      `| ${f} | ${t.killed} | ${t.timeout} | ${t.survived} | ${t.noCoverage} | ${pct(score(t))} | ${pct(killScore(t))} |`,
    );
  }
  if (run.notRun !== undefined)
    out.push(
      '',
      `Not yet measured (${run.notRun.length} files): ${run.notRun.length === 0 ? 'none' : run.notRun.join(', ')}.`,
    );
  for (const { area, files: focus } of FOCUS) {
    out.push('', `## Surviving mutants: ${area}`, '');
    const rows: string[] = [];
    for (const f of focus) {
      const file = report.files[f];
      if (!file) continue;
      for (const m of file.mutants.filter(
        (x) => x.status === 'Survived' || x.status === 'NoCoverage',
      ))
        rows.push(
          `| ${f}:${m.location.start.line}:${m.location.start.column} | ${m.mutatorName} | ${code(original(file.source, m))} | ${code(m.replacement ?? '')} | ${m.status} |`,
        );
    }
    if (rows.length === 0) out.push('None.');
    else
      out.push(
        '| where | mutator | code | replaced by | status |',
        '|---|---|---|---|---|',
        ...rows,
      );
  }
  return `${out.join('\n')}\n`;
}

/** The line after which mutation.md is written by hand: a run regenerates what is above it and
 *  keeps what is below (equivalent mutants and their why, notes on earlier runs). */
export const HAND_NOTES = '<!-- Written by hand below this line: a run keeps it. -->';

/** The generated report followed by the previous file's hand-written part (from its marker on);
 *  a previous file without the marker gives the marker alone, ready for notes. */
export function withHandNotes(generated: string, previous: string | null): string {
  const at = previous?.indexOf(HAND_NOTES) ?? -1;
  const notes = previous !== null && at >= 0 ? previous.slice(at) : `${HAND_NOTES}\n`;
  return `${generated.trimEnd()}\n\n${notes}`;
}
