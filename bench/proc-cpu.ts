/** CPU time of this process, and of a local process and its threads from /proc (the bench's
 *  Neo4j server), for benches that compare CPU rather than wall time on the shared machine. */
import { readFileSync, readdirSync } from 'node:fs';

/** CPU seconds this process has used (user + system, all its threads): unlike wall time, it
 *  does not count the time other processes on this shared machine hold the cores. */
export function ownCpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** CPU seconds (utime + stime; clock ticks of 1/100 s) of a /proc stat file: a process's
 *  (`/proc/<pid>/stat`) or one thread's (`/proc/<pid>/task/<tid>/stat`). */
export function statFileCpu(path: string): number {
  const stat = readFileSync(path, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds of a process. */
export function processCpu(pid: number): number {
  return statFileCpu(`/proc/${pid}/stat`);
}

/** CPU seconds of this process's main thread alone (its workers not counted). */
export function mainThreadCpu(): number {
  return statFileCpu(`/proc/self/task/${process.pid}/stat`);
}

/** CPU seconds of each thread of a process, summed by thread name (digits dropped): which of
 *  the server's threads (Bolt workers, GC, index population, checkpoint) spend it. */
export function threadCpu(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const path = `/proc/${pid}/task/${tid}/stat`;
      const stat = readFileSync(path, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/[0-9]+/g, '#');
      out.set(name, (out.get(name) ?? 0) + statFileCpu(path));
    } catch {
      // a thread that ended meanwhile
    }
  }
  return out;
}

/** The server's Bolt workers' name as threadCpu keys it: the threads that run the statements. */
export const BOLT_WORKERS = 'neo#j.BoltWorke';
