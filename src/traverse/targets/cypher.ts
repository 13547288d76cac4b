/** Targets (chỉ tiêu) with the documents that set them: one statement, filters as parameters. */
import { nodeProjection } from '../../graph/vocabulary.ts';
export const TARGETS = `
MATCH (d:Document)-[:SETS_TARGET]->(t:Target)
WHERE ($year IS NULL OR t.year = $year)
  AND ($documents IS NULL OR d.id IN $documents)
  AND ($level IS NULL OR d.level = $level)
  AND ($province IS NULL OR d.province = $province)
RETURN ${nodeProjection('d')} AS document, ${nodeProjection('t')} AS target
ORDER BY t.year, d.id, t.id`;
