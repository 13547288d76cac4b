/** Lookups by id and by number. */
import { nodeProjection } from '../../graph/vocabulary.ts';

/** Any node by id, through the unique id constraints of each label (never a label-less scan). */
export const NODES_BY_ID = `
UNWIND $keys AS key
CALL {
  WITH key MATCH (n:Document {id: key}) RETURN n
  UNION
  WITH key MATCH (n:Actor {id: key}) RETURN n
  UNION
  WITH key MATCH (n:Task {id: key}) RETURN n
  UNION
  WITH key MATCH (n:Target {id: key}) RETURN n
}
RETURN key, ${nodeProjection('n')} AS node`;

/** Documents with a given number (numbers recur across bodies and years). */
export const DOCUMENTS_BY_NUMBER = `
MATCH (n:Document {number: $number})
RETURN ${nodeProjection('n')} AS node ORDER BY n.id LIMIT 10`;
