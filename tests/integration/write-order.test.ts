/**
 * The graph does not depend on the order its documents are written in (ids made from what
 * identifies a fact: docs/adr/0002-stable-ids.md; shared actors and placeholders keep their
 * least wording: src/graph/cypher.ts). Four documents of the synthetic cascade — the
 * resolution, the Politburo's plan, and two wards' plans of one district, each sent to "các chi
 * bộ trực thuộc" of its own committee — written one by one in order, then in reverse order, leave
 * the same nodes, relationships and properties. Before the wards' groups were scoped by their
 * committees, both plans wrote one group, whose rule and members were the first writer's. And
 * the repository's real documents (tests/corpus/docs) with seed/orgs: before, one group kept
 * "cơ quan ngang Bộ" or "… bộ" and a cited resolution's issuer "Bộ Chính trị" or "BỘ CHÍNH TRỊ"
 * as whichever document came first.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cascadeRegistries } from '../../bench/scale-db.ts';
import { generateCascade } from '../../bench/corpus/generate.ts';
import {
  createEnvironment,
  prepareFile,
  prepareText,
  type IngestEnvironment,
} from '../../src/graph/prepare.ts';
import { syncWholeRegistry } from '../../src/graph/registry-sync.ts';
import type { WritePlan } from '../../src/graph/model.ts';
import { writeDocuments } from '../../src/graph/write.ts';
import { defaultRegistry, loadRegistry, parseDocumentMeta } from '../../src/orgs/index.ts';
import { dumpGraph } from '../support/graph-dump.ts';
import { database, resetDatabase, testDriver } from '../support/neo4j.ts';

// The cascade's documents 759 and 1453 are plans of two wards of one district (bong-tuong).
const SIZE = 1454;
const PICKED = [0, 1, 759, 1453];

let driver: Driver;
let plans: WritePlan[];
const env = createEnvironment(cascadeRegistries(loadRegistry(), SIZE, 1)(SIZE));

beforeAll(() => {
  driver = testDriver();
  const corpus = [...generateCascade({ documents: SIZE })];
  plans = PICKED.map((i) => {
    const d = corpus[i];
    if (!d) throw new Error(`the cascade has no document ${i}`);
    const meta =
      d.meta === undefined ? undefined : parseDocumentMeta(d.meta, `${d.file}.meta.yaml`);
    return prepareText(env, `${d.file}.txt`, d.text, meta).plan;
  });
});
afterAll(async () => {
  await driver.close();
});

async function writtenInOrder(
  order: readonly WritePlan[],
  { registry }: IngestEnvironment = env,
): Promise<string[]> {
  await resetDatabase(driver);
  await syncWholeRegistry(driver, database, registry);
  for (const plan of order) {
    const [result] = await writeDocuments(driver, database, [plan], { registrySynced: true });
    if (result instanceof Error) throw result;
  }
  return dumpGraph(driver, database);
}

describe('the order documents are written in', () => {
  it('leaves the same graph forwards and backwards; each ward keeps a group of its own', async () => {
    const forwards = await writtenInOrder(plans);
    const groups = await driver.executeQuery(
      `MATCH (g:OrgGroup) WHERE g.id ENDS WITH '/chi-bo-truc-thuoc'
       RETURN g.id AS id, g.name AS name, [(m)-[:MEMBER_OF]->(g) | m.id] AS members ORDER BY id`,
      {},
      { database },
    );
    const backwards = await writtenInOrder([...plans].reverse());
    expect(backwards).toEqual(forwards);
    // The registry holds no chi bộ: the groups admit no body yet, but each has its own rule.
    expect(groups.records.map((r) => [r.get('id'), r.get('name'), r.get('members')])).toEqual([
      [
        'group:hoai-canh/bong-tuong/cu-tien/dang-uy/chi-bo-truc-thuoc',
        'Các chi bộ trực thuộc (Đảng ủy xã Cư Tiến)',
        [],
      ],
      [
        'group:hoai-canh/bong-tuong/phung-trieu/dang-uy/chi-bo-truc-thuoc',
        'Các chi bộ trực thuộc (Đảng ủy xã Phụng Triệu)',
        [],
      ],
    ]);
  }, 120_000);

  it('leaves the same graph for the real documents of tests/corpus forwards and backwards', async () => {
    const real = createEnvironment(defaultRegistry());
    const dir = join(import.meta.dirname, '../corpus/docs');
    const plans: WritePlan[] = [];
    for (const file of readdirSync(dir).sort()) {
      plans.push((await prepareFile(real, join(dir, file))).plan);
    }
    expect(plans).toHaveLength(64);
    const forwards = await writtenInOrder(plans, real);
    expect(await writtenInOrder([...plans].reverse(), real)).toEqual(forwards);
    expect(forwards).toHaveLength(7656);
  }, 180_000);
});
