/**
 * GET /export/<name>?…: traversal results as files — CSV for spreadsheets, GraphML and JSON for
 * graph tools. An export runs the same traversal module (src/traverse) as its GraphQL field, so
 * the file and the API never disagree. Bad parameters throw coded API errors (errors.ts), which
 * the server answers with 400 / 404 and a JSON body naming the parameter.
 */
import type { GraphReader } from '../db.ts';
import { cascadeCsv } from './cascade.ts';
import { targetsCsv } from './targets.ts';
import { timelineCsv } from './timeline.ts';
import { coordinationCsvRoute } from './coordination.ts';
import { neighbourhoodGraphmlRoute, neighbourhoodJsonRoute } from './neighbourhood.ts';
import { coverageExports } from './coverage.ts';

export interface ExportFile {
  /** e.g. `text/csv; charset=utf-8`. */
  contentType: string;
  /** Suggested file name (Content-Disposition). */
  filename: string;
  body: string;
}

export type ExportHandler = (params: URLSearchParams, db: GraphReader) => Promise<ExportFile>;

export interface ExportRoute {
  /** One line for the index at GET /export. */
  description: string;
  /** Query parameters, each with what it means. */
  parameters: Record<string, string>;
  handle: ExportHandler;
}

/** Every export by the name after /export/ (e.g. `coverage.csv`). */
export const exportRoutes: ReadonlyMap<string, ExportRoute> = new Map<string, ExportRoute>([
  ['cascade.csv', cascadeCsv],
  ['timeline.csv', timelineCsv],
  ['targets.csv', targetsCsv],
  ['coordination.csv', coordinationCsvRoute],
  ['neighbourhood.graphml', neighbourhoodGraphmlRoute],
  ['neighbourhood.json', neighbourhoodJsonRoute],
  ...coverageExports,
]);
