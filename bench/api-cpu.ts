/**
 * `NEO4J_URI=… tsx bench/api-cpu.ts [-- --rounds 10 --per 3] [--baseline <checkout>]`: the API
 * process's own CPU per request, on a graph already ingested (bench:api's and bench:peer's).
 *
 * Method: the API runs alone in a child process (api-cpu-server.ts), so the client's work is not
 * counted; the bench:api requests (but the whole-corpus tree, which is seconds of one request)
 * and our side of the bench:peer questions are each sent `per` times in a row, `rounds` rounds,
 * after 3 warm-ups; the child's process.cpuUsage before and after each batch gives the CPU
 * per request, and a CPU profile of the timed part (the inspector's, 200 µs sampling) splits it
 * into stages (api-cpu-stages.ts). With `--baseline <dir>` (a checkout of another commit with
 * its node_modules) a second child serves that code, and each batch runs on both in turn, so
 * before and after meet the same load; `--skip <regex>` leaves questions out by name. Writes
 * bench/results/api-cpu.md.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchRequests } from './api-requests.ts';
import { STAGES, stageTimes, type CpuProfile, type Stage } from './api-cpu-stages.ts';
import { pick } from './peer/picks.ts';
import { questions } from './peer/questions.ts';
import { openBenchDatabase, option, writeResults } from './setup.ts';

const rounds = option('rounds', 10);
const per = option('per', 3);
// `--skip <regex>`: questions left out (a heavy one that times out on a loaded machine).
const skipAt = process.argv.indexOf('--skip');
const skip = skipAt > 0 ? new RegExp(process.argv[skipAt + 1] ?? '$^') : undefined;
const baselineAt = process.argv.indexOf('--baseline');
const baseline = baselineAt > 0 ? process.argv[baselineAt + 1] : undefined;

interface Ask {
  name: string;
  query: string;
  variables: object;
}

interface Child {
  label: string;
  process: ChildProcess;
  url: string;
  ask(cmd: string): Promise<Record<string, unknown>>;
}

async function startChild(label: string, root?: string): Promise<Child> {
  const child = fork(join(import.meta.dirname, 'api-cpu-server.ts'), [], {
    env: { ...process.env, ...(root ? { API_CPU_ROOT: root } : {}) },
  });
  const next = (): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      const exited = (code: number | null): void =>
        reject(new Error(`${label} API exited (${code})`));
      child.once('exit', exited);
      child.once('message', (m) => {
        child.off('exit', exited);
        resolve(m as Record<string, unknown>);
      });
    });
  const { url } = await next();
  return {
    label,
    process: child,
    url: String(url),
    ask: (cmd) => {
      const answer = next();
      child.send({ cmd });
      return answer;
    },
  };
}

async function post(url: string, { query, variables }: Ask): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
}

const cpuMs = (u: unknown): number => {
  const { user, system } = u as NodeJS.CpuUsage;
  return (user + system) / 1000;
};

async function main(): Promise<void> {
  if (!process.env.NEO4J_URI) throw new Error('set NEO4J_URI to a server holding the graph');
  const db = await openBenchDatabase(tmpdir());
  const loadAtStart = loadavg()[0] ?? 0;
  const children: Child[] = [];
  try {
    const all: Ask[] = [
      ...(await benchRequests(db.driver, db.database))
        .filter((r) => r.runs === undefined)
        .map((r) => ({ ...r, name: `api: ${r.name}` })),
      ...questions(await pick(db.driver, db.database)).map((q) => ({
        name: `peer: ${q.name}`,
        ...q.ours,
      })),
    ];
    const asks = all.filter((a) => !skip?.test(a.name));
    children.push(await startChild('this branch'));
    if (baseline) children.push(await startChild('baseline', baseline));
    for (const c of children)
      for (const a of asks) for (let i = 0; i < 3; i++) await post(c.url, a);
    for (const c of children) await c.ask('profile-start');
    const cpu = children.map(() => new Map<string, number>());
    for (let r = 0; r < rounds; r++) {
      for (const a of asks) {
        for (const [k, c] of children.entries()) {
          const before = cpuMs((await c.ask('cpu')).cpu);
          for (let i = 0; i < per; i++) await post(c.url, a);
          const after = cpuMs((await c.ask('cpu')).cpu);
          cpu[k]?.set(a.name, (cpu[k]?.get(a.name) ?? 0) + after - before);
        }
      }
    }
    const requests = rounds * per * asks.length;
    const stages: Map<Stage, number>[] = [];
    for (const c of children) {
      const profile = (await c.ask('profile-stop')).profile as CpuProfile;
      writeFileSync(
        join(tmpdir(), `api-cpu-${c.label.replace(/ /g, '-')}.cpuprofile`),
        JSON.stringify(profile),
      );
      stages.push(stageTimes(profile));
    }
    const labels = children.map((c) => c.label);
    const total = (m: Map<Stage, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
    const mean = (m: Map<string, number> | undefined): number =>
      [...(m?.values() ?? [])].reduce((a, b) => a + b, 0) / requests;
    const f = (x: number): string => x.toFixed(2);
    const lines = [
      '# API CPU per request',
      '',
      `Written by \`tsx bench/api-cpu.ts --rounds ${rounds} --per ${per}${skip ? ` --skip '${skip.source}'` : ''}${baseline ? ' --baseline …' : ''}\` on ${new Date().toISOString().slice(0, 16)} UTC: load average ${loadAtStart.toFixed(2)} at the start, ${(loadavg()[0] ?? 0).toFixed(2)} at the end; ${requests} timed requests per API process.`,
      '',
      `| Request | ${labels.map((l) => `CPU ms/request (${l})`).join(' | ')} |`,
      `| ------- | ${labels.map(() => '---:').join(' | ')} |`,
      ...asks.map(
        (a) =>
          `| ${a.name} | ${cpu.map((m) => f((m.get(a.name) ?? 0) / (rounds * per))).join(' | ')} |`,
      ),
      `| **mean** | ${cpu.map((m) => f(mean(m))).join(' | ')} |`,
      '',
      `| Stage (CPU profile) | ${labels.map((l) => `CPU ms/request (${l})`).join(' | ')} |`,
      `| ----- | ${labels.map(() => '---:').join(' | ')} |`,
      ...STAGES.map(
        (s) =>
          `| ${s} | ${stages.map((m, k) => f(((m.get(s) ?? 0) / total(m)) * mean(cpu[k]))).join(' | ')} |`,
      ),
      '',
      `Stages: each profile sample's share of the profile (${stages.map((m) => f(total(m) / requests)).join(' / ')} ms of samples per request: wall time on the CPU's account, longer than the CPU under load) times the measured CPU per request.`,
    ];
    writeResults('api-cpu.md', lines);
  } finally {
    for (const c of children) {
      await c.ask('stop').catch(() => undefined);
    }
    await db.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
