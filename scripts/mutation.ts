/**
 * `npm run test:mutation`: StrykerJS over src/parse, the list splitting of src/orgs and src/api/limits.ts (stryker.config.json),
 * running the unit tests only, then bench/results/mutation.md from its JSON report. Extra
 * arguments go to `stryker run` (e.g. `-- --mutate src/parse/deadlines.ts` for one file; the
 * result file then says so). Incremental: bench/results/stryker-incremental.json (committed) keeps
 * the last run's results, and the next run re-tests only the mutants whose code or covering tests
 * changed since (one worker: the machine is shared; `-- --concurrency 2` on a quiet one).
 * `-- --plan-only`: the plan of the run (mutants per file, static ones left out, tests and test
 * time per mutant: reports/mutation/plan.json) without running a mutant. `-- --retry-timeouts`:
 * forget the timed-out mutants of the incremental file first, so that they run again (a timeout
 * under load is not a kill). `-- --tests <glob,…>`: run only those test files (a lower bound of the
 * score, for a layer every test covers, such as the text layer: its mutants would each run the
 * whole suite).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../src/paths.ts';
import { compactIncremental } from './mutation/incremental.ts';
import { renderMutationReport, withHandNotes, type MutationReport } from './mutation/report.ts';

const ours = new Set(['--plan-only', '--retry-timeouts']);
const planOnly = process.argv.includes('--plan-only');
const argv = process.argv.slice(2);
const testsAt = argv.indexOf('--tests');
const onlyTests = testsAt >= 0 ? (argv[testsAt + 1] ?? '') : null;
const args = argv.filter(
  (a, i) => !ours.has(a) && (testsAt < 0 || (i !== testsAt && i !== testsAt + 1)),
);
const started = Date.now();
const incrementalFile = join(repoRoot, 'bench', 'results', 'stryker-incremental.json');

/** Drops the timed-out mutants of the files this run mutates (all files without --mutate)
 *  from the incremental file; Stryker then runs them as new. Other files keep theirs: a file
 *  out of scope would otherwise lose them from the report. */
function forgetTimeouts(): void {
  if (!existsSync(incrementalFile)) return;
  const data = JSON.parse(readFileSync(incrementalFile, 'utf8')) as MutationReport;
  const scope = mutateScope();
  let n = 0;
  for (const [name, file] of Object.entries(data.files)) {
    if (scope !== null && !scope.includes(name)) continue;
    const kept = file.mutants.filter((m) => m.status !== 'Timeout');
    n += file.mutants.length - kept.length;
    file.mutants = kept;
  }
  writeFileSync(incrementalFile, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`${n} timed-out mutants will run again`);
}
if (process.argv.includes('--retry-timeouts')) forgetTimeouts();

/** The files of `--mutate` (line ranges dropped), or null for the whole configured set. */
function mutateScope(): string[] | null {
  const at = args.indexOf('--mutate');
  return at >= 0 ? (args[at + 1] ?? '').split(',').map((f) => f.replace(/:.*$/, '')) : null;
}

// The invariance sweep and the format readers run only when the text layer is mutated
// (vitest.mutation.config.ts).
const scopeFiles = mutateScope();
// With --tests, the sweep runs only when a glob names it.
const invariance =
  (onlyTests === null || onlyTests.includes('invariance')) &&
  (scopeFiles === null ||
    scopeFiles.some((f) => f.startsWith('src/parse/text/') || f === 'src/parse/source.ts'));

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

const code = await new Promise<number>((done, fail) => {
  const bin = join(repoRoot, 'node_modules', '.bin', 'stryker');
  const child = spawn(bin, ['run', 'stryker.config.json', ...args], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: {
      ...process.env,
      MUTATION_INVARIANCE: invariance ? '1' : '0',
      ...(onlyTests !== null ? { MUTATION_TESTS: onlyTests } : {}),
      ...(planOnly ? { MUTATION_PLAN_ONLY: '1' } : {}),
    },
  });
  child.on('error', fail);
  child.on('exit', (c) => done(c ?? 1));
});
if (planOnly) {
  // The reporter ended Stryker before the mutants ran, so Stryker left its sandbox behind.
  rmSync(join(repoRoot, '.stryker-tmp'), { recursive: true, force: true });
  process.exit(code);
}
if (code !== 0) {
  console.error(
    `stryker exited with ${code}; ${join('bench', 'results', 'mutation.md')} not written`,
  );
  process.exit(code);
}
if (existsSync(incrementalFile)) {
  writeFileSync(incrementalFile, compactIncremental(readFileSync(incrementalFile, 'utf8')));
}

const config = JSON.parse(readFileSync(join(repoRoot, 'stryker.config.json'), 'utf8')) as {
  mutate: string[];
  concurrency: number;
};
const concurrencyArg = args.indexOf('--concurrency');
const concurrencyEq = args.find((a) => a.startsWith('--concurrency='));
const workers = concurrencyEq
  ? Number(concurrencyEq.split('=')[1])
  : concurrencyArg >= 0
    ? Number(args[concurrencyArg + 1])
    : config.concurrency;
const mutateArg = args.indexOf('--mutate');
const scope =
  (mutateArg >= 0 ? `${args[mutateArg + 1] ?? '?'} (a partial run)` : config.mutate.join(', ')) +
  (onlyTests !== null
    ? `, with the tests of ${onlyTests} only (a lower bound)`
    : invariance
      ? ''
      : ', without the invariance sweep and the format readers (the text layer is not mutated)');
const report = JSON.parse(
  readFileSync(join(repoRoot, 'reports', 'mutation', 'mutation.json'), 'utf8'),
) as MutationReport;
// The files of src/parse that no run has measured yet (the incremental file carries the others).
const parseFiles = (readdirSync(join(repoRoot, 'src', 'parse'), { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts') && f !== 'types.ts')
  .map((f) => `src/parse/${f.split('\\').join('/')}`)
  .sort();
const notRun = parseFiles.filter((f) => !(f in report.files));
const markdown = renderMutationReport(report, {
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  commit: commit(),
  command: ['npm run test:mutation', ...(argv.length > 0 ? ['--', ...argv] : [])].join(' '),
  seconds: (Date.now() - started) / 1000,
  scope,
  workers,
  notRun,
});
const reportFile = join(repoRoot, 'bench', 'results', 'mutation.md');
writeFileSync(
  reportFile,
  withHandNotes(markdown, existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : null),
);
console.log(markdown.split('\n').slice(0, 9).join('\n'));
