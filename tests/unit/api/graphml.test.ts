import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText, toGraphml } from '../../../src/api/exports/graphml.ts';
import { GRAPHML_KEYS, neighbourhoodGraphml } from '../../../src/api/exports/neighbourhood.ts';
import { toNeighbourhoodGraph } from '../../../src/traverse/neighbourhood/graph.ts';

describe('GraphML escaping', () => {
  it('escapes markup and keeps what parsers would normalise', () => {
    expect(escapeText('a & b < c > d "e" \'f\'')).toBe('a &amp; b &lt; c &gt; d "e" \'f\'');
    expect(escapeAttribute('a & "b" \'c\'\n\t<d>')).toBe(
      'a &amp; &quot;b&quot; &apos;c&apos;&#10;&#9;&lt;d&gt;',
    );
    expect(escapeText('x\r\ny')).toBe('x&#13;\ny');
  });

  it('replaces characters XML 1.0 cannot hold', () => {
    expect(escapeText('a\u0000b\u0007c\uD800d\uFFFEe')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    // Vietnamese text and astral characters pass unchanged.
    expect(escapeText('Ban Tuyên giáo 𝔸')).toBe('Ban Tuyên giáo 𝔸');
  });
});

describe('toGraphml', () => {
  const xml = toGraphml({
    id: 'g <1>',
    directed: true,
    keys: [
      { id: 'n_name', for: 'node', name: 'name', type: 'string' },
      { id: 'n_depth', for: 'node', name: 'depth', type: 'int' },
      { id: 'e_type', for: 'edge', name: 'type', type: 'string' },
    ],
    nodes: [
      { id: 'a&b', data: { name: 'Bộ Kế hoạch và Đầu tư <KH&ĐT>', depth: 1.7 } },
      { id: 'c', data: { name: null, depth: undefined } },
    ],
    edges: [{ id: 'a&b->c', source: 'a&b', target: 'c', data: { type: 'LED_BY' } }],
  });

  it('declares keys, then one node and edge per element, escaped', () => {
    expect(xml.split('\n')).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
      '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
      '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
      '  <key id="n_name" for="node" attr.name="name" attr.type="string"/>',
      '  <key id="n_depth" for="node" attr.name="depth" attr.type="int"/>',
      '  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>',
      '  <graph id="g &lt;1&gt;" edgedefault="directed">',
      '    <node id="a&amp;b">',
      '      <data key="n_name">Bộ Kế hoạch và Đầu tư &lt;KH&amp;ĐT&gt;</data>',
      '      <data key="n_depth">1</data>',
      '    </node>',
      '    <node id="c"/>',
      '    <edge id="a&amp;b-&gt;c" source="a&amp;b" target="c">',
      '      <data key="e_type">LED_BY</data>',
      '    </edge>',
      '  </graph>',
      '</graphml>',
      '',
    ]);
  });

  it('refuses an attribute without a declared key', () => {
    expect(() =>
      toGraphml({
        id: 'g',
        directed: false,
        keys: [],
        nodes: [{ id: 'a', data: { x: 'y' } }],
        edges: [],
      }),
    ).toThrow(/no node key declared for "x"/);
  });

  it('the neighbourhood keys are unique and cover every attribute the graph writes', () => {
    const ids = GRAPHML_KEYS.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    const graph = toNeighbourhoodGraph(
      'x',
      1,
      [{ depth: 0, node: { id: 'x', name: 'X', level: 'TW', labels: ['Actor', 'Organization'] } }],
      [{ type: 'PART_OF', source: 'x', target: 'x', props: { start: 1, end: 2, quote: '"q"' } }],
    );
    const out = neighbourhoodGraphml(graph);
    expect(out).toContain('<data key="n_level">TW</data>');
    expect(out).toContain('<data key="e_quote">"q"</data>');
    expect(out).toContain('<data key="e_start">1</data>');
  });
});
