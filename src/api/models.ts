/**
 * What only the API passes around (search hits, ingest results); the graph's own models are
 * the read layer's (src/read/models.ts). codegen maps the schema's types onto these too.
 */
import type { NodeModel } from '../read/models.ts';

export interface SearchHitModel {
  cursor: string;
  node: NodeModel;
  score: number;
  snippet: string;
  highlights: { start: number; end: number }[];
}

export interface SearchResultModel {
  hits: SearchHitModel[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}

export interface IngestResultModel {
  documentId: string;
  outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED';
  warnings: { code: string; message: string }[];
}

/** The text search matched in: a title, a name, a task text or a metric. */
export function searchedText(node: NodeModel): string {
  switch (node.__type) {
    case 'Document':
      return node.title ?? node.number ?? '';
    case 'Task':
      return node.text;
    case 'Target':
      return node.metric;
    default:
      return node.name;
  }
}
