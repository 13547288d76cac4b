/**
 * The synthetic benchmark corpus (bench/corpus): deterministic, well-formed, and — what matters —
 * read by the real parser and resolver as the generator meant it: the number, every task with a
 * resolved lead, the parent as the implemented document, and the recipients.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cascadeRegistryPrefixes,
  cascadeRegistryRecords,
  cascadeRegistryYaml,
  generateCascade,
  type SyntheticDocument,
} from '../../bench/corpus/generate.ts';
import {
  createResolver,
  defaultRegistryDir,
  loadRegistry,
  parseDocumentMeta,
  parseRegistryFiles,
  type Registry,
  type Resolver,
} from '../../src/orgs/index.ts';
import { parseDocument } from '../../src/parse/index.ts';

function generate(documents: number, seed?: number): SyntheticDocument[] {
  return [...generateCascade(seed === undefined ? { documents } : { documents, seed })];
}

describe('corpus generation', () => {
  const corpus = generate(1000);

  it('is deterministic for a seed, and differs between seeds', () => {
    const again = generate(1000);
    expect(again.map((d) => d.file)).toEqual(corpus.map((d) => d.file));
    expect(again.map((d) => d.text)).toEqual(corpus.map((d) => d.text));
    expect(again.map((d) => d.meta)).toEqual(corpus.map((d) => d.meta));
    expect(cascadeRegistryYaml({ documents: 1000 })).toBe(cascadeRegistryYaml({ documents: 1000 }));
    const other = generate(50, 2);
    expect(other.map((d) => d.text)).not.toEqual(corpus.slice(0, 50).map((d) => d.text));
  });

  it('gives a smaller corpus as a prefix of a larger one', () => {
    expect(generate(100).map((d) => d.text)).toEqual(corpus.slice(0, 100).map((d) => d.text));
  });

  it('generates 1,000 documents top-down: 2 central, 63 provinces, then districts, communes', () => {
    expect(corpus).toHaveLength(1000);
    const levels = corpus.map((d) => d.level);
    expect(levels.slice(0, 2)).toEqual(['TW', 'TW']);
    expect(levels.filter((l) => l === 'tinh')).toHaveLength(63);
    const order = ['TW', 'tinh', 'huyen', 'xa'];
    for (let i = 1; i < levels.length; i++) {
      expect(order.indexOf(levels[i] as string)).toBeGreaterThanOrEqual(
        order.indexOf(levels[i - 1] as string),
      );
    }
    const districts = levels.filter((l) => l === 'huyen').length;
    expect(districts).toBeGreaterThan(600);
    expect(districts).toBeLessThan(800);
    expect(levels.filter((l) => l === 'xa')).toHaveLength(1000 - 65 - districts);
  });

  it('gives unique file names, and every parent before its child', () => {
    for (const docs of [corpus, generate(10_000)]) {
      const seen = new Set<string>();
      for (const d of docs) {
        expect(d.file).toMatch(/^[a-z0-9_-]+$/);
        expect(seen.has(d.file)).toBe(false);
        if (d.parent !== undefined) expect(seen.has(d.parent)).toBe(true);
        seen.add(d.file);
      }
      expect(seen.size).toBe(docs.length);
    }
  });

  it('names files by a six-digit index, so that they sort in generation order up to a million', () => {
    // Five digits put 100000 before 10001.
    corpus.forEach((d, i) =>
      expect(d.file.startsWith(`${String(i).padStart(6, '0')}_`)).toBe(true),
    );
  });

  it('writes metadata files the metadata reader accepts', () => {
    for (const d of corpus.filter((_, i) => i % 50 === 0)) {
      const meta = parseDocumentMeta(d.meta ?? '', `${d.file}.meta.yaml`);
      expect(meta.level).toBe(d.level);
      if (d.level !== 'TW') expect(meta.jurisdiction?.province).toBeTruthy();
      if (d.level === 'huyen' || d.level === 'xa') expect(meta.jurisdiction?.district).toBeTruthy();
    }
  });

  it('refuses a bad number of documents', () => {
    expect(() => generate(0)).toThrow(RangeError);
    expect(() => generate(1.5)).toThrow(RangeError);
    expect(() => cascadeRegistryYaml({ documents: -1 })).toThrow(RangeError);
  });
});

describe('the registry file of a cascade', () => {
  it('is the same data as cascadeRegistryRecords', () => {
    const yaml = cascadeRegistryYaml({ documents: 900 });
    const parsed = parseRegistryFiles([{ name: 'synthetic.yaml', text: yaml }]);
    const records = cascadeRegistryRecords({ documents: 900 });
    expect(parsed.jurisdictions).toEqual(records.jurisdictions);
    expect(parsed.organizations).toEqual(records.organizations);
  });
});

describe('the registry of each prefix of a cascade', () => {
  it('is, from one walk of the larger cascade, the registry of the smaller one', () => {
    const prefixes = cascadeRegistryPrefixes({ documents: 3000 });
    for (const n of [1, 65, 800, 1500, 3000]) {
      expect(prefixes(n)).toEqual(cascadeRegistryRecords({ documents: n }));
    }
    expect(prefixes(800).organizations.length).toBeLessThan(prefixes(1500).organizations.length);
    expect(() => prefixes(3001)).toThrow(RangeError);
  });
});

// The real parser and resolver, over a registry loaded the way a bench loads it: seed/orgs and
// the cascade's file in one directory (loadRegistry reads a single directory).
describe.each([1, 20240])('the parser reads the corpus (seed %i)', (seed) => {
  const documents = 1000;
  let dir: string;
  let registry: Registry;
  let resolve: Resolver;
  let corpus: SyntheticDocument[];
  let numberOf: Map<string, string>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'corpus-orgs-'));
    for (const name of readdirSync(defaultRegistryDir)) {
      if (name.endsWith('.yaml')) copyFileSync(join(defaultRegistryDir, name), join(dir, name));
    }
    writeFileSync(join(dir, 'synthetic.yaml'), cascadeRegistryYaml({ documents, seed }));
    registry = loadRegistry(dir);
    resolve = createResolver(registry);
    corpus = generate(documents, seed);
    numberOf = new Map(corpus.map((d) => [d.file, d.expected.number]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Both central documents, every 4th province, every 25th district, every 8th commune. */
  function sample(): SyntheticDocument[] {
    const every = { TW: 1, tinh: 4, huyen: 25, xa: 8 };
    const seen = { TW: 0, tinh: 0, huyen: 0, xa: 0 };
    return corpus.filter((d) => seen[d.level]++ % every[d.level] === 0);
  }

  it('finds the number, date, tasks with resolved leads, implemented parent and recipients', () => {
    const docs = sample();
    expect(new Set(docs.map((d) => d.level))).toEqual(new Set(['TW', 'tinh', 'huyen', 'xa']));
    for (const d of docs) {
      const meta = parseDocumentMeta(d.meta ?? '', `${d.file}.meta.yaml`);
      const doc = parseDocument(d.text, { documentKey: d.file, meta, registry, resolve });
      const where = `${d.file}`;
      expect(doc.document.number, where).toBe(d.expected.number);
      expect(doc.document.issuedDate, where).toBe(d.expected.issuedDate);
      expect(doc.document.issuer?.id, where).toBeTruthy();

      expect(doc.tasks.length, where).toBe(d.expected.tasks);
      for (const t of doc.tasks) {
        expect(t.lead.length, `${where} ${t.section}: ${t.text}`).toBeGreaterThan(0);
        for (const a of t.lead) expect(a.id, `${where} ${t.section}: ${a.mention}`).toBeTruthy();
      }

      const implemented = doc.references
        .filter((r) => r.relation === 'implements')
        .map((r) => r.number);
      expect(new Set(implemented), where).toEqual(new Set(d.expected.implements));
      if (d.parent !== undefined) {
        expect(d.expected.implements[0], where).toBe(numberOf.get(d.parent));
      }

      expect(doc.recipients.length, where).toBe(d.expected.recipients);
    }
  });
});
