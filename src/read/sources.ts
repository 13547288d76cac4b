/**
 * Whether a viewer may have a kept original (GET /sources/<sha256>): some document it sees was
 * read from it. The hash is only shown on a visible document, but a hash is no secret (anyone
 * holding the same file can compute it), so a marked document's original is checked like the
 * document itself.
 */
import type { GraphReader } from './reader.ts';
import { visibleWhere, withHidden } from './viewer.ts';

const VISIBLE_WITH_SOURCE = `
MATCH (d:Document)-[:HAS_TEXT]->(x:DocumentText) WHERE ${visibleWhere(['x.sha256 = $sha256'], 'd')}
RETURN d.id AS id LIMIT 1`;

export async function seesSource(db: GraphReader, sha256: string): Promise<boolean> {
  const rows = await db.read(VISIBLE_WITH_SOURCE, withHidden({ sha256 }));
  return rows.length > 0;
}
