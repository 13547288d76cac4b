/** Full-text search over the accent-insensitive index ($search from src/read/search.ts). */
import { nodeProjection } from '../../graph/vocabulary.ts';

/** The best hits among nodes with one of $labels (any when null), ties by id. */
export const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $search) YIELD node, score
WITH node, score WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
RETURN ${nodeProjection('node')} AS node, score
ORDER BY score DESC, node.id LIMIT $limit`;

export const SEARCH_COUNT = `
CALL db.index.fulltext.queryNodes($index, $search) YIELD node
WITH node WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
RETURN count(node) AS total`;
