import { describe, expect, it } from 'vitest';
import { toCytoscape, toNeighbourhoodGraph } from '../../../src/traverse/neighbourhood/graph.ts';
import { NEIGHBOURHOOD } from '../../../src/traverse/neighbourhood/cypher.ts';

const nodes = [
  { depth: 1, node: { id: 'tw/b', name: 'Ban B', level: 'TW', labels: ['Actor', 'Organization'] } },
  {
    depth: 0,
    node: {
      id: 'doc:A#1',
      section: 'IV.3',
      outlineId: '5.3.1',
      text: 'Chủ trì…',
      docId: 'doc:A',
      quote: '- Chủ trì…',
      labels: ['Task'],
    },
  },
  {
    depth: 1,
    node: { id: 'doc:A', number: '10-KH/TW', type: 'Kế hoạch', docId: 'x', labels: ['Document'] },
  },
  {
    depth: 1,
    node: {
      id: 'doc:A#t1',
      metric: 'hợp tác xã',
      min: 85,
      max: 90,
      year: 2030,
      labels: ['Target'],
    },
  },
];
const edges = [
  {
    type: 'LED_BY',
    source: 'doc:A#1',
    target: 'tw/b',
    props: { quote: 'Ban B', docId: 'doc:A', start: 7, end: 12 },
  },
  { type: 'HAS_TASK', source: 'doc:A', target: 'doc:A#1', props: { ordinal: 3 } },
  {
    type: 'LED_BY',
    source: 'doc:A#1',
    target: 'tw/b',
    props: { quote: 'Ban B', docId: 'doc:A', start: 2, end: 7 },
  },
];

describe('toNeighbourhoodGraph', () => {
  const graph = toNeighbourhoodGraph('doc:A#1', 1, nodes, edges);

  it('orders nodes by depth then id, with a kind, a display label and typed attributes', () => {
    expect(
      graph.nodes.map((n) => [n.id, n.attributes.kind, n.attributes.label, n.attributes.depth]),
    ).toEqual([
      ['doc:A#1', 'Task', 'IV.3 (5.3.1)', 0],
      ['doc:A', 'Document', '10-KH/TW', 1],
      ['doc:A#t1', 'Target', 'hợp tác xã', 1],
      ['tw/b', 'Organization', 'Ban B', 1],
    ]);
    expect(graph.nodes[1]?.attributes).toEqual({
      label: '10-KH/TW',
      kind: 'Document',
      labels: 'Document',
      depth: 1,
      number: '10-KH/TW',
      documentType: 'Kế hoạch',
    });
    expect(graph.nodes[2]?.attributes).toMatchObject({ value: '85-90', year: 2030 });
    expect(graph.nodes[3]?.attributes.labels).toBe('Actor:Organization');
  });

  it('gives edges stable ids, numbering repeats, with their evidence', () => {
    expect(graph.edges.map((e) => e.id)).toEqual([
      'doc:A-[HAS_TASK]->doc:A#1',
      'doc:A#1-[LED_BY]->tw/b',
      'doc:A#1-[LED_BY]->tw/b#2',
    ]);
    // A lead's mention is stored only where it differs from its quote (src/graph/rows.ts).
    expect(graph.edges[1]?.attributes).toEqual({
      type: 'LED_BY',
      quote: 'Ban B',
      docId: 'doc:A',
      start: 2,
      end: 7,
      mention: 'Ban B',
    });
    expect(graph.edges[0]?.attributes).toEqual({ type: 'HAS_TASK', ordinal: 3 });
  });

  it('writes Cytoscape.js elements', () => {
    const json = toCytoscape(graph);
    expect(json.data).toEqual({ name: 'neighbourhood of doc:A#1', root: 'doc:A#1', depth: 1 });
    expect(json.elements.nodes[0]?.data.id).toBe('doc:A#1');
    expect(json.elements.edges[0]?.data).toEqual({
      id: 'doc:A-[HAS_TASK]->doc:A#1',
      source: 'doc:A',
      target: 'doc:A#1',
      type: 'HAS_TASK',
      ordinal: 3,
    });
  });

  it('has one statement, parameterised on the id and the bounds', () => {
    for (const p of ['$id', '$depth', '$maxNodes', '$limit']) expect(NEIGHBOURHOOD).toContain(p);
  });
});
