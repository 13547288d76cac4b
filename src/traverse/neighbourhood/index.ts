/**
 * The neighbourhood traversal as the exports call it: one statement, then the pure shaping
 * (graph.ts). Unknown id: NOT_FOUND with the id; depth outside 1–3 or a neighbourhood larger
 * than maxNodes: BAD_USER_INPUT.
 */
import neo4j from 'neo4j-driver';
import type { GraphReader } from '../../read/reader.ts';
import { badInput, notFound } from '../../read/errors.ts';
import { NEIGHBOURHOOD } from './cypher.ts';
import {
  toNeighbourhoodGraph,
  type EdgeRow,
  type NeighbourhoodGraph,
  type NodeRow,
} from './graph.ts';

/** How many hops a neighbourhood may span. */
export const MAX_NEIGHBOURHOOD_DEPTH = 3;
/** Graph tools stay usable up to a few thousand nodes; beyond, ask for a smaller depth. */
export const MAX_NODES = 2000;

export async function neighbourhood(
  db: GraphReader,
  args: { node: string; depth: number; maxNodes?: number },
): Promise<NeighbourhoodGraph> {
  const maxNodes = args.maxNodes ?? MAX_NODES;
  if (!Number.isInteger(args.depth) || args.depth < 1 || args.depth > MAX_NEIGHBOURHOOD_DEPTH) {
    throw badInput(`depth must be from 1 to ${MAX_NEIGHBOURHOOD_DEPTH}`, { argument: 'depth' });
  }
  if (!Number.isInteger(maxNodes) || maxNodes < 1 || maxNodes > MAX_NODES) {
    throw badInput(`maxNodes must be from 1 to ${MAX_NODES}`, { argument: 'maxNodes' });
  }
  const [row] = await db.read(NEIGHBOURHOOD, {
    id: args.node,
    depth: neo4j.int(args.depth),
    maxNodes: neo4j.int(maxNodes),
    limit: neo4j.int(maxNodes + 1),
  });
  if (!row) throw notFound(`no node has the id "${args.node}"`, { id: args.node });
  if (row.exceeded) {
    throw badInput(
      `the neighbourhood of "${args.node}" at depth ${args.depth} has more than ${maxNodes} nodes; ask for a smaller depth`,
      { argument: 'depth', maxNodes },
    );
  }
  return toNeighbourhoodGraph(
    args.node,
    args.depth,
    row.nodes as NodeRow[],
    row.edges as EdgeRow[],
  );
}
