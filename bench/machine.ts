/**
 * The machine's state over a benchmark, printed beside its figures so that a slow run is told
 * from a slow change (docs/operations.md, "Reading a scale run"): the share of CPU time the
 * host took from this virtual machine (the `steal` column of /proc/stat; Linux only), and a CPU
 * check — a fixed workload that no change of ours touches, timed in CPU seconds.
 */
import { readFileSync } from 'node:fs';
import { ownCpu } from './proc-cpu.ts';

interface CpuTimes {
  steal: number;
  total: number;
}

/** The machine's CPU times in ticks (first line of /proc/stat: user nice system idle iowait irq
 *  softirq steal …), or undefined where there is no /proc/stat. */
function cpuTimes(): CpuTimes | undefined {
  let line: string | undefined;
  try {
    line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0];
  } catch {
    return undefined;
  }
  const fields = line?.trim().split(/\s+/);
  if (fields?.[0] !== 'cpu' || fields.length < 9) return undefined;
  // guest and guest_nice (fields 9 and 10) are already counted in user and nice.
  const ticks = fields.slice(1, 9).map(Number);
  if (ticks.some((t) => !Number.isFinite(t))) return undefined;
  return { steal: ticks[7] ?? 0, total: ticks.reduce((a, b) => a + b, 0) };
}

/** Starts measuring; the returned function gives the stolen share (0–1) since then, or
 *  undefined when it cannot be read or no time has passed. */
export function stealMeter(): () => number | undefined {
  const start = cpuTimes();
  return () => {
    const end = cpuTimes();
    if (!start || !end || end.total <= start.total) return undefined;
    return (end.steal - start.steal) / (end.total - start.total);
  };
}

/** "12 %", or "–" when not measured. */
export function stealText(share: number | undefined): string {
  return share === undefined ? '–' : `${(share * 100).toFixed(0)} %`;
}

/** A fixed text of directive-like lines (about 0.3 MB). */
const CHECK_TEXT = Array.from(
  { length: 3000 },
  (_, i) =>
    `${i + 1}. Ủy ban nhân dân tỉnh chủ trì, phối hợp với Sở Nội vụ số ${i % 37} và các cơ quan liên quan thực hiện trước ngày ${1 + (i % 28)}/${1 + (i % 12)}/2025; báo cáo kết quả về Ban Thường vụ Tỉnh ủy.`,
).join('\n');

/** One pass over CHECK_TEXT as a parser works: lines split, decomposed, words matched and
 *  counted in a Map. */
function checkPass(): number {
  const counts = new Map<string, number>();
  for (const line of CHECK_TEXT.split('\n'))
    for (const m of line
      .normalize('NFD')
      .toLowerCase()
      .matchAll(/\p{L}[\p{L}\p{M}]*/gu))
      counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts.size;
}

/**
 * A CPU check: MB/s of CHECK_TEXT put through checkPass for about `seconds` of this process's
 * CPU time, after a quarter of that as warm-up — the same work in every run whatever the code
 * under test, so two runs' figures compare the machines they ran on (the same virtual machine
 * has given half its usual figure on a busy day, docs/operations.md).
 */
export function cpuCheck(seconds = 2): number {
  const bytes = Buffer.byteLength(CHECK_TEXT);
  const rate = (budget: number): number => {
    let rounds = 0;
    const t0 = ownCpu();
    while (ownCpu() - t0 < budget || rounds < 2) {
      checkPass();
      rounds++;
    }
    return (rounds * bytes) / 1e6 / (ownCpu() - t0);
  };
  rate(seconds / 4);
  return rate(seconds);
}
