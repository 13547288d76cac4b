/**
 * `npm run test:mutation`: StrykerJS over src/parse and src/api/limits.ts (stryker.config.json),
 * running the unit tests only, then bench/results/mutation.md from its JSON report. Extra
 * arguments go to `stryker run` (e.g. `-- --mutate src/parse/deadlines.ts` for one file; the
 * result file then says so). Incremental: bench/results/stryker-incremental.json (committed) keeps
 * the last run's results, and the next run re-tests only the mutants whose code or covering tests
 * changed since (one worker: the machine is shared; `-- --concurrency 2` on a quiet one).
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../src/paths.ts';
import { renderMutationReport, type MutationReport } from './mutation/report.ts';

const args = process.argv.slice(2);
const started = Date.now();

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
  });
  child.on('error', fail);
  child.on('exit', (c) => done(c ?? 1));
});
if (code !== 0) {
  console.error(
    `stryker exited with ${code}; ${join('bench', 'results', 'mutation.md')} not written`,
  );
  process.exit(code);
}

const config = JSON.parse(readFileSync(join(repoRoot, 'stryker.config.json'), 'utf8')) as {
  mutate: string[];
};
const mutateArg = args.indexOf('--mutate');
const scope =
  mutateArg >= 0 ? `${args[mutateArg + 1] ?? '?'} (a partial run)` : config.mutate.join(', ');
const report = JSON.parse(
  readFileSync(join(repoRoot, 'reports', 'mutation', 'mutation.json'), 'utf8'),
) as MutationReport;
const markdown = renderMutationReport(report, {
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  commit: commit(),
  command: ['npm run test:mutation', ...(args.length > 0 ? ['--', ...args] : [])].join(' '),
  seconds: (Date.now() - started) / 1000,
  scope,
});
writeFileSync(join(repoRoot, 'bench', 'results', 'mutation.md'), markdown);
console.log(markdown.split('\n').slice(0, 9).join('\n'));
