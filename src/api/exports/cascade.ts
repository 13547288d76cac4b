/** cascade.csv: one row per node of the implementation tree (as `implementationTree`). */
import {
  readImplementationTree,
  checkDirection,
  DEFAULT_DEPTH,
} from '../../traverse/cascade/index.ts';
import { MAX_CASCADE_DEPTH } from '../../traverse/cascade/cypher.ts';
import type { CascadeNodeModel } from '../../traverse/cascade/tree.ts';
import { toCsv } from './csv.ts';
import type { ExportRoute } from './types.ts';
import { optionalInt, requiredParam } from './params.ts';

const COLUMNS = [
  { header: 'depth', value: (n: CascadeNodeModel) => n.depth },
  { header: 'document_id', value: (n: CascadeNodeModel) => n.document.id },
  { header: 'number', value: (n: CascadeNodeModel) => n.document.number ?? null },
  { header: 'type', value: (n: CascadeNodeModel) => n.document.type ?? null },
  { header: 'status', value: (n: CascadeNodeModel) => n.document.status },
  { header: 'issued_date', value: (n: CascadeNodeModel) => n.document.issuedDate ?? null },
  { header: 'level', value: (n: CascadeNodeModel) => n.level },
  { header: 'jurisdiction', value: (n: CascadeNodeModel) => n.jurisdiction },
  { header: 'parent_id', value: (n: CascadeNodeModel) => n.parent?.id ?? null },
  { header: 'relation', value: (n: CascadeNodeModel) => n.relation },
  { header: 'inferred', value: (n: CascadeNodeModel) => n.inferred },
  { header: 'inferred_from', value: (n: CascadeNodeModel) => n.inferredFrom?.id ?? null },
  { header: 'evidence_document', value: (n: CascadeNodeModel) => n.evidence?.docId ?? null },
  { header: 'evidence_start', value: (n: CascadeNodeModel) => n.evidence?.start ?? null },
  { header: 'evidence_end', value: (n: CascadeNodeModel) => n.evidence?.end ?? null },
  { header: 'quote', value: (n: CascadeNodeModel) => n.evidence?.quote ?? null },
];

export const cascadeCsv: ExportRoute = {
  description:
    'The implementation cascade of a document, one row per document (implementationTree).',
  parameters: {
    document: 'id of the document the cascade starts from (required)',
    direction: 'DOWN (what implements it, default) or UP (what it implements)',
    depth: `levels to follow, 1–${MAX_CASCADE_DEPTH} (default ${DEFAULT_DEPTH})`,
  },
  handle: async (params, db) => {
    const document = requiredParam(params, 'document');
    const direction = checkDirection(params.get('direction') ?? 'DOWN');
    const depth = optionalInt(params, 'depth', DEFAULT_DEPTH, 1, MAX_CASCADE_DEPTH);
    const tree = await readImplementationTree(db, document, direction, depth);
    return {
      contentType: 'text/csv; charset=utf-8',
      filename: `cascade-${direction.toLowerCase()}.csv`,
      body: toCsv(COLUMNS, tree.nodes),
    };
  },
};
