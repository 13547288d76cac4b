/**
 * The `ingest` command's walk of folders, as a user meets it (a real process, --dry-run: no
 * database). An unreadable subfolder used to crash it with a stack trace, symlinked files were
 * skipped silently, a FIFO hung it and `ingest … | head` died with EPIPE.
 */
import { execFile, execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const main = join(root, 'src/cli/main.ts');
const seed = join(root, 'seed/documents/003_c1ef8345d186a5d7.txt');
// Root reads any folder whatever its mode: the command then runs without the capabilities that
// let it (setpriv, util-linux), still as root so that it reads the checkout wherever it lies (a
// fresh clone in a 0700 temporary folder is closed to other users, nobody included).
const command = (args: string[]): [string, string[]] => {
  const node: [string, string[]] = [process.execPath, ['--import', 'tsx', main, ...args]];
  if (process.getuid?.() !== 0) return node;
  return ['setpriv', ['--bounding-set=-dac_override,-dac_read_search', node[0], ...node[1]]];
};
let top: string;
let dir: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Run> {
  return new Promise((done) => {
    const [program, argv] = command(args);
    execFile(program, argv, { cwd: root, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? ((error as { code?: number }).code ?? null) : 0;
      done({ code: typeof code === 'number' ? code : null, stdout, stderr });
    });
  });
}

beforeAll(() => {
  top = mkdtempSync(join(tmpdir(), 'dg-walk-'));
  chmodSync(top, 0o755);
  dir = join(top, 'docs');
  const outside = join(top, 'elsewhere');
  mkdirSync(dir);
  mkdirSync(outside);
  copyFileSync(seed, join(dir, 'a.txt'));
  copyFileSync(seed, join(outside, 'b.txt'));
  mkdirSync(join(dir, 'locked'));
  copyFileSync(seed, join(dir, 'locked', 'x.txt'));
  chmodSync(join(dir, 'locked'), 0o000);
  symlinkSync(join(outside, 'b.txt'), join(dir, 'linked.txt'));
  symlinkSync(join(top, 'missing.txt'), join(dir, 'dangling.txt'));
  symlinkSync(dir, join(dir, 'loop'));
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
});
afterAll(() => {
  chmodSync(join(dir, 'locked'), 0o755);
  rmSync(top, { recursive: true, force: true });
});

describe('ingest: walking folders', { timeout: 90_000 }, () => {
  it('reports each odd entry in one line, follows links, never hangs', async () => {
    const r = await cli(['ingest', dir, '--dry-run']);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const lines = r.stdout.split('\n');
    expect(lines).toContain(`FAIL ${join(dir, 'locked')}: cannot read the folder (EACCES)`);
    expect(lines).toContain(`FAIL ${join(dir, 'dangling.txt')}: broken symbolic link`);
    expect(lines).toContain(`skipped   ${join(dir, 'pipe.txt')}: not a regular file (a FIFO)`);
    // The link is followed (a link to a folder too, and a folder reached twice is walked once).
    const planned = lines.filter((l) => l.startsWith('planned '));
    expect(planned.map((l) => /^planned\s+(.+?):/.exec(l)?.[1])).toEqual([
      join(dir, 'a.txt'),
      join(dir, 'linked.txt'),
    ]);
    expect(r.code).toBe(1);
  });

  it('--json: one JSON object a line, all of one run, for machines', async () => {
    const r = await cli(['ingest', dir, '--dry-run', '--json']);
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { runId: string; event: string; file?: string });
    expect(new Set(records.map((x) => x.runId)).size).toBe(1);
    expect(records.map((x) => x.event)).toEqual([
      'problem',
      'problem',
      'skipped',
      'file',
      'file',
      'summary',
    ]);
    expect(records.at(-1)).toMatchObject({ files: 2, failed: 2 });
  });

  it('a FIFO named on the command line is skipped, not waited on', async () => {
    const r = await cli(['ingest', join(dir, 'pipe.txt'), join(dir, 'a.txt'), '--dry-run']);
    expect(r.stdout).toContain(`skipped   ${join(dir, 'pipe.txt')}: not a regular file (a FIFO)`);
    expect(r.stdout).toMatch(/^planned\s+.*a\.txt:/m);
    expect(r.code).toBe(0);
  });

  it('`ingest … | head -n 1` exits quietly once head has gone', async () => {
    const corpus = join(root, 'tests/corpus/docs');
    expect(readdirSync(corpus).length).toBeGreaterThan(20);
    const err = join(top, 'stderr.txt');
    const script = `"${process.execPath}" --import tsx "${main}" ingest "${corpus}" --dry-run 2>"${err}" | head -n 1; echo "status=\${PIPESTATUS[0]}"`;
    const out = execFileSync('bash', ['-c', script], { cwd: root, encoding: 'utf8' });
    const [first, status] = out.trim().split('\n');
    expect(first).toMatch(/^planned /);
    expect(status).toBe('status=141');
    expect(readFileSync(err, 'utf8')).toBe('');
  });
});
