/**
 * A document's text and the original it was read from (written by src/graph/source.ts on a
 * DocumentText node beside the Document), and where an evidence span stands in that original.
 */
import {
  decodeSegments,
  regionsOf,
  type PageInfo,
  type Region,
  type Segment,
} from '../formats/index.ts';
import type { TextRow } from '../graph/model.ts';
import type { Props } from './models.ts';

/** Rows `key, text` for the documents $keys that have a kept text. */
export const DOCUMENT_TEXTS = `
UNWIND $keys AS key
MATCH (:Document {id: key})-[:HAS_TEXT]->(x:DocumentText)
RETURN key, x {.*} AS text`;

/** The row as written (graph/model.ts TextRow), its JSON parsed. */
export interface DocumentTextModel extends Omit<TextRow, 'pages' | 'pageInfo' | 'segments'> {
  docId: string;
  pageInfo: PageInfo[];
  segments: Segment[];
}

function parsed<T>(json: unknown): T[] {
  if (typeof json !== 'string') return [];
  const value = JSON.parse(json) as unknown;
  return Array.isArray(value) ? (value as T[]) : [];
}

export function toDocumentText(docId: string, props: Props): DocumentTextModel {
  return {
    docId,
    text: props.text as string,
    format: props.format as string,
    mediaType: props.mediaType as string,
    fileName: props.fileName as string,
    sha256: props.sha256 as string,
    size: Number(props.size),
    pageInfo: parsed<PageInfo>(props.pageInfo),
    segments: typeof props.segments === 'string' ? decodeSegments(props.segments) : [],
  };
}

/** Where [start, end) of the text stands in the original: one region per page or paragraph. */
export function evidenceRegions(
  text: DocumentTextModel | null,
  start: number,
  end: number,
): Region[] {
  return text ? regionsOf(text.segments, start, end) : [];
}
