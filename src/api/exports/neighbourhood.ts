/**
 * GET /export/neighbourhood.graphml and /export/neighbourhood.json ?node=<id>&depth=1..3: the
 * nodes and relationships around any node, for Gephi / yEd / Cytoscape (GraphML) and Cytoscape
 * desktop / Cytoscape.js (elements JSON). Both run the same traversal (src/traverse/neighbourhood).
 */
import type { GraphReader } from '../../read/reader.ts';
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  toCytoscape,
  type NeighbourhoodGraph,
} from '../../traverse/neighbourhood/graph.ts';
import {
  MAX_NEIGHBOURHOOD_DEPTH,
  MAX_NODES,
  neighbourhood,
} from '../../traverse/neighbourhood/index.ts';
import { toGraphml, type GraphmlKey } from './graphml.ts';
import type { ExportFile, ExportRoute } from './types.ts';
import { optionalInt, requiredParam } from './params.ts';

export const NEIGHBOURHOOD_PARAMETERS: Record<string, string> = {
  node: 'Id of a document, actor, task or target (required)',
  depth: `Hops from the node, 1–${MAX_NEIGHBOURHOOD_DEPTH} (default 1)`,
  maxNodes: `Refuse (400) a neighbourhood with more nodes than this, 1–${MAX_NODES} (default ${MAX_NODES})`,
};

async function read(params: URLSearchParams, db: GraphReader): Promise<NeighbourhoodGraph> {
  return neighbourhood(db, {
    node: requiredParam(params, 'node'),
    depth: optionalInt(params, 'depth', 1, 1, MAX_NEIGHBOURHOOD_DEPTH),
    maxNodes: optionalInt(params, 'maxNodes', MAX_NODES, 1, MAX_NODES),
  });
}

/** A file name from the node id: the server keeps only safe characters. */
const baseName = (graph: NeighbourhoodGraph): string =>
  `neighbourhood-${graph.root}-depth${graph.depth}`;

export const GRAPHML_KEYS: readonly GraphmlKey[] = [
  ...Object.entries(NODE_ATTRIBUTES).map(([name, type]): GraphmlKey => ({
    id: `n_${name}`,
    for: 'node',
    name,
    type,
  })),
  ...Object.entries(EDGE_ATTRIBUTES).map(([name, type]): GraphmlKey => ({
    id: `e_${name}`,
    for: 'edge',
    name,
    type,
  })),
];

export function neighbourhoodGraphml(graph: NeighbourhoodGraph): string {
  return toGraphml({
    id: `neighbourhood of ${graph.root}`,
    directed: true,
    keys: GRAPHML_KEYS,
    nodes: graph.nodes.map((n) => ({ id: n.id, data: n.attributes })),
    edges: graph.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      data: e.attributes,
    })),
  });
}

export const neighbourhoodGraphmlRoute: ExportRoute = {
  description: 'The graph around a node (nodes and relationships within depth hops) as GraphML',
  parameters: NEIGHBOURHOOD_PARAMETERS,
  handle: async (params, db): Promise<ExportFile> => {
    const graph = await read(params, db);
    return {
      contentType: 'application/graphml+xml; charset=utf-8',
      filename: `${baseName(graph)}.graphml`,
      body: neighbourhoodGraphml(graph),
    };
  },
};

export const neighbourhoodJsonRoute: ExportRoute = {
  description:
    'The graph around a node (nodes and relationships within depth hops) as Cytoscape.js elements JSON',
  parameters: NEIGHBOURHOOD_PARAMETERS,
  handle: async (params, db): Promise<ExportFile> => {
    const graph = await read(params, db);
    return {
      contentType: 'application/json; charset=utf-8',
      filename: `${baseName(graph)}.json`,
      body: JSON.stringify(toCytoscape(graph)),
    };
  },
};
