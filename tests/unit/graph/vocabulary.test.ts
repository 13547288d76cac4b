/**
 * The graph vocabulary is the one list of labels and relationship types: every one a Cypher
 * statement under src/ names must be in it, so a typo (`LEAD_BY`) or a label added without the
 * vocabulary fails here rather than matching nothing at run time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACTOR_LABELS,
  ACTOR_LABEL_OF,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  nodeProjection,
  ownDocId,
  taskDocId,
  taskDocIdOf,
} from '../../../src/graph/vocabulary.ts';
import { toNode } from '../../../src/read/models.ts';
import { repoRoot } from '../../../src/paths.ts';

/** Labels `(n:Task`, `(:Actor`, `n:Organization` and relationship types `[r:LED_BY|CITES` (a
 *  JVM flag, `-XX:TieredStopAtLevel`, is none). */
function vocabularyOf(text: string): { labels: Set<string>; types: Set<string> } {
  const labels = new Set<string>();
  const types = new Set<string>();
  for (const m of text.matchAll(/(?:^|[^[\w-])\w*:([A-Z][a-z][A-Za-z]*)\b/gm)) labels.add(m[1]!);
  for (const m of text.matchAll(/\[\w*:([A-Z_|]+)/g)) {
    for (const type of m[1]!.split('|')) types.add(type);
  }
  return { labels, types };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('graph vocabulary', () => {
  it('reads labels and relationship types out of Cypher text', () => {
    const found = vocabularyOf(
      "MATCH (:Document {id: $id})-[r:LED_BY|COORDINATES_WITH]->(a:Actor) WHERE a:OrgGroup AND 'x'",
    );
    expect([...found.labels].sort()).toEqual(['Actor', 'Document', 'OrgGroup']);
    expect([...found.types].sort()).toEqual(['COORDINATES_WITH', 'LED_BY']);
  });

  it('names every label and relationship type that the statements of the Cypher stages use', () => {
    const unknown: string[] = [];
    let seen = 0;
    // Cypher is written only from the graph stage up; the stages below hold regular expressions
    // whose ":Ph" or ":Ch" would read as labels.
    const cypherStages = ['graph', 'db', 'read', 'traverse', 'api'];
    const files = cypherStages.flatMap((stage) => sourceFiles(join(repoRoot, 'src', stage)));
    for (const file of files) {
      const { labels, types } = vocabularyOf(readFileSync(file, 'utf8'));
      seen += labels.size + types.size;
      const where = relative(repoRoot, file);
      for (const label of labels) {
        if (!(NODE_LABELS as readonly string[]).includes(label)) unknown.push(`${where}: ${label}`);
      }
      for (const type of types) {
        if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) {
          unknown.push(`${where}: ${type}`);
        }
      }
    }
    expect(unknown).toEqual([]);
    expect(seen).toBeGreaterThan(100);
  });

  it('gives every resolution kind an actor label, and reads each back as its kind', () => {
    expect(Object.values(ACTOR_LABEL_OF).sort()).toEqual([...ACTOR_LABELS].sort());
    for (const label of ACTOR_LABELS) {
      expect(toNode({ id: 'x', name: 'x', labels: ['Actor', label] }).__type).toBe(label);
    }
    expect(nodeProjection('n')).toBe('n {.*, labels: labels(n)}');
  });
});

describe("a task's document, from its id (not stored)", () => {
  it('is the prefix before the outline path, in Cypher and on a row read back', () => {
    expect(taskDocId('t')).toBe("split(t.id, '#')[0]");
    expect(ownDocId('n')).toBe("split(n.id, '#')[0]");
    expect(taskDocIdOf('doc:67-KH/HU@quang-tri/vinh-linh:2023#I.1.a')).toBe(
      'doc:67-KH/HU@quang-tri/vinh-linh:2023',
    );
    expect(
      toNode({ id: 'doc:67-KH/HU@quang-tri/vinh-linh:2023#II.2', text: 'x', labels: ['Task'] }),
    ).toEqual({
      id: 'doc:67-KH/HU@quang-tri/vinh-linh:2023#II.2',
      text: 'x',
      docId: 'doc:67-KH/HU@quang-tri/vinh-linh:2023',
      __type: 'Task',
    });
  });
});
