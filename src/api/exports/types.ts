/** What an export route is: shared by the routes and their index (exports/index.ts). */
import type { GraphReader } from '../../read/reader.ts';

export interface ExportFile {
  /** e.g. `text/csv; charset=utf-8`. */
  contentType: string;
  /** Suggested file name (Content-Disposition). */
  filename: string;
  body: string;
}

/** `Reader` is the graph reader; tests of the HTTP piece give routes a stand-in. */
export type ExportHandler<Reader = GraphReader> = (
  params: URLSearchParams,
  db: Reader,
) => Promise<ExportFile>;

export interface ExportRoute<Reader = GraphReader> {
  /** One line for the index at GET /export. */
  description: string;
  /** Query parameters, each with what it means. */
  parameters: Record<string, string>;
  handle: ExportHandler<Reader>;
}
