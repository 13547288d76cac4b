/**
 * GraphML (http://graphml.graphdrawing.org) as Gephi, yEd, Cytoscape and networkx read it: the
 * attribute keys declared first (`<key attr.name attr.type>`), then one `<node>` and one `<edge>`
 * per element with a `<data>` per attribute that has a value. Text is escaped, and characters
 * XML 1.0 cannot hold (control characters, lone surrogates) become U+FFFD.
 */
export type GraphmlType = 'string' | 'int';
export type GraphmlValue = string | number | null | undefined;

export interface GraphmlKey {
  /** Unique among all keys, e.g. `n_label`. */
  id: string;
  for: 'node' | 'edge';
  /** The attribute's name as tools show it. */
  name: string;
  type: GraphmlType;
}

export interface GraphmlNode {
  id: string;
  /** By attribute name (a key's `name`). */
  data: Record<string, GraphmlValue>;
}

export interface GraphmlEdge extends GraphmlNode {
  source: string;
  target: string;
}

export interface GraphmlGraph {
  id: string;
  directed: boolean;
  keys: readonly GraphmlKey[];
  nodes: readonly GraphmlNode[];
  edges: readonly GraphmlEdge[];
}

// Everything but XML 1.0's Char production.
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Element text: `&`, `<`, `>` escaped; `\r` as a reference so parsers do not fold it. */
export function escapeText(value: string): string {
  return value
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes: also `"`, `'` and the white space parsers normalise. */
export function escapeAttribute(value: string): string {
  return escapeText(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

function formatValue(value: string | number, type: GraphmlType): string | null {
  if (type === 'int') {
    const n = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(n) ? String(Math.trunc(n)) : null;
  }
  return String(value);
}

function dataOf(
  keys: ReadonlyMap<string, GraphmlKey>,
  data: Record<string, GraphmlValue>,
  element: string,
): string[] {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(data)) {
    if (value === null || value === undefined) continue;
    const key = keys.get(name);
    if (!key) throw new Error(`GraphML: no ${element} key declared for "${name}"`);
    const text = formatValue(value, key.type);
    if (text !== null)
      lines.push(`      <data key="${escapeAttribute(key.id)}">${escapeText(text)}</data>`);
  }
  return lines;
}

function element(open: string, data: string[], tag: string): string {
  return data.length === 0
    ? `    ${open}/>`
    : [`    ${open}>`, ...data, `    </${tag}>`].join('\n');
}

export function toGraphml(graph: GraphmlGraph): string {
  const nodeKeys = new Map(graph.keys.filter((k) => k.for === 'node').map((k) => [k.name, k]));
  const edgeKeys = new Map(graph.keys.filter((k) => k.for === 'edge').map((k) => [k.name, k]));
  const a = escapeAttribute;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...graph.keys.map(
      (k) =>
        `  <key id="${a(k.id)}" for="${k.for}" attr.name="${a(k.name)}" attr.type="${k.type}"/>`,
    ),
    `  <graph id="${a(graph.id)}" edgedefault="${graph.directed ? 'directed' : 'undirected'}">`,
    ...graph.nodes.map((n) =>
      element(`<node id="${a(n.id)}"`, dataOf(nodeKeys, n.data, 'node'), 'node'),
    ),
    ...graph.edges.map((e) =>
      element(
        `<edge id="${a(e.id)}" source="${a(e.source)}" target="${a(e.target)}"`,
        dataOf(edgeKeys, e.data, 'edge'),
        'edge',
      ),
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}
