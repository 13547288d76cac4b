/**
 * `npm run bench:registry`: the national registry's size and load time (built from the two
 * packages, read from the JSON cache, the YAML alone), and resolution throughput with the full
 * registry. Writes bench/results/registry.md.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import {
  buildFromPackages,
  createResolver,
  loadNationalData,
  loadRegistry,
  registryOrganizations,
  registrySuccessions,
  type Registry,
} from '../src/orgs/index.ts';
import { nationalCacheDir } from '../src/orgs/national-load.ts';
import { NATIONAL_FORMAT } from '../src/orgs/national.ts';

const root = resolve(import.meta.dirname, '..');

function time<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

/** Median of `rounds` runs of a fresh computation, in ms. */
function median(rounds: number, run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) times.push(time(run).ms);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** "Ủy ban nhân dân tỉnh X" for every province and "Huyện ủy Y" for every district, dated. */
function mentions(registry: Registry): Array<{ text: string; date: string; province?: string }> {
  const out: Array<{ text: string; date: string; province?: string }> = [];
  for (const j of registry.jurisdictions) {
    const date = j.validFrom ?? '2023-06-01';
    if (j.level === 'tinh') out.push({ text: `Ủy ban nhân dân tỉnh ${j.name}`, date });
    else
      out.push({
        text: `Huyện ủy ${j.name}`,
        date,
        ...(j.province ? { province: j.province } : {}),
      });
  }
  return out;
}

const TYPE_WORD = { phuong: 'phường', 'thi-tran': 'thị trấn', 'dac-khu': 'đặc khu' } as const;

/** "Ủy ban nhân dân xã X" for every commune, dated, in its province (and district before). */
function communeMentions(registry: Registry): Mention[] {
  return (registry.communes ?? []).map((c) => ({
    text: `Ủy ban nhân dân ${c.unitKind in TYPE_WORD ? TYPE_WORD[c.unitKind as keyof typeof TYPE_WORD] : 'xã'} ${c.name}`,
    date: c.validFrom ?? '2023-06-01',
    province: c.province,
    ...(c.district ? { district: c.district } : {}),
  }));
}

interface Mention {
  text: string;
  date: string;
  province?: string;
  district?: string;
}

/** Resolve every mention `rounds` times: mentions per second and how many reached a registry body. */
function throughput(
  list: readonly Mention[],
  rounds: number,
): { perSecond: number; resolved: number } {
  let resolved = 0;
  const run = time(() => {
    for (let r = 0; r < rounds; r++)
      for (const m of list) {
        const res = resolve1(m.text, {
          documentKey: 'bench',
          date: m.date,
          ...(m.province
            ? {
                jurisdiction: {
                  province: m.province,
                  ...(m.district ? { district: m.district } : {}),
                },
              }
            : {}),
        });
        if (r === 0 && res.id && !res.id.startsWith('doc:')) resolved++;
      }
  });
  return { perSecond: (list.length * rounds) / (run.ms / 1000), resolved };
}

const build = time(() => buildFromPackages());
const cacheFile = readdirSync(nationalCacheDir).find((f) =>
  f.startsWith(`national-registry.v${NATIONAL_FORMAT}.`),
);
const cacheBytes = cacheFile ? statSync(join(nationalCacheDir, cacheFile)).size : 0;
const cachePath = join(nationalCacheDir, cacheFile ?? 'missing');
const readJson = median(5, () => JSON.parse(readFileSync(cachePath, 'utf8')) as unknown);
const yamlOnly = median(5, () => loadRegistry(undefined, { national: false }));
const full = median(5, () => loadRegistry(undefined, { national: true }));
const registry = loadRegistry(undefined, { national: true });
const orgs = time(() => registryOrganizations(registry));
const resolverMs = median(5, () => createResolver(registry));
const resolve1 = createResolver(registry);
const successionsMs = time(() => registrySuccessions(registry)).ms;
const list = mentions(registry);
const rounds = 3;
const { perSecond, resolved } = throughput(list, rounds);
const communes = communeMentions(registry);
const communeRun = throughput(communes, 1);
const communeBodies = orgs.value.filter((o) => o.level === 'xa').length;
const communeSteps = registrySuccessions(registry).all.filter((s) => s.from.endsWith('-xa')).length;
const data = loadNationalData();

const report = `# Registry benchmark

\`npm run bench:registry\` (bench/registry.ts), Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}.
Load average when run: ${loadavg()
  .map((x) => x.toFixed(1))
  .join(' ')} on ${cpus().length} cores. Run at ${new Date().toISOString()}.

Sources: ${data.sources.map((s) => `${s.package}@${s.version} (${s.license})`).join(', ')}.

| what | figure |
| --- | --- |
| national units (provinces, districts, communes before and after) | ${data.units.length} |
| unit successions | ${data.successions.length} |
| registry organizations (bodies of every province, district and commune, both sides) | ${orgs.value.length} |
| of them commune bodies | ${communeBodies} |
| body successions (SUCCEEDED_BY) | ${registrySuccessions(registry).all.length} |
| of them between commune bodies | ${communeSteps} |
| JSON cache (.cache/) | ${(cacheBytes / 1e6).toFixed(1)} MB |
| build from the packages (first start, or \`npm run registry:build\`) | ${(build.ms / 1000).toFixed(2)} s |
| loadRegistry(): YAML only | ${yamlOnly.toFixed(0)} ms (median of 5) |
| reading and parsing the JSON cache | ${readJson.toFixed(0)} ms (median of 5) |
| loadRegistry(): YAML + national data (JSON already read once) | ${full.toFixed(0)} ms (median of 5) |
| registryOrganizations (once per registry) | ${orgs.ms.toFixed(0)} ms |
| registrySuccessions (once per registry) | ${successionsMs.toFixed(0)} ms |
| createResolver with the full registry | ${resolverMs.toFixed(0)} ms (median of 5) |
| resolution: ${list.length} dated names of provincial and district bodies × ${rounds} | ${perSecond.toFixed(0)} mentions/s |
| of them resolved to a registry body | ${resolved} of ${list.length} |
| resolution: ${communes.length} dated commune names ("Ủy ban nhân dân xã …") in their province / district × 1 | ${communeRun.perSecond.toFixed(0)} mentions/s |
| of them resolved to a registry body | ${communeRun.resolved} of ${communes.length} |

A district name that several provinces share ("Châu Thành") resolves only with the document's
province; the mentions above carry it. A commune name resolves only when it is unique among the
communes of its type in the document's district (before the reform) or province on the date:
the commune names that do not resolve are those that repeat within their scope.
`;
mkdirSync(resolve(root, 'bench/results'), { recursive: true });
writeFileSync(resolve(root, 'bench/results/registry.md'), report);
console.log(report);
