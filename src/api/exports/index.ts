/**
 * GET /export/<name>?…: traversal results as files — CSV for spreadsheets, GraphML and JSON for
 * graph tools. An export runs the same traversal module (src/traverse) as its GraphQL field, so
 * the file and the API never disagree. Bad parameters throw coded API errors (errors.ts), which
 * the server answers with 400 / 404 and a JSON body naming the parameter (http/exports.ts).
 */
import type { ExportRoute } from './types.ts';
import { cascadeCsv } from './cascade.ts';
import { targetsCsv } from './targets.ts';
import { timelineCsv } from './timeline.ts';
import { coordinationCsvRoute } from './coordination.ts';
import { neighbourhoodGraphmlRoute, neighbourhoodJsonRoute } from './neighbourhood.ts';
import { coverageExports } from './coverage.ts';
import { scorecardCsv, taskStatsCsv } from './stats.ts';
import { deadlinesIcs } from './deadlines.ts';

/** Every export by the name after /export/ (e.g. `coverage.csv`). */
export const exportRoutes: ReadonlyMap<string, ExportRoute> = new Map<string, ExportRoute>([
  ['cascade.csv', cascadeCsv],
  ['timeline.csv', timelineCsv],
  ['targets.csv', targetsCsv],
  ['coordination.csv', coordinationCsvRoute],
  ['neighbourhood.graphml', neighbourhoodGraphmlRoute],
  ['neighbourhood.json', neighbourhoodJsonRoute],
  ...coverageExports,
  ['task-stats.csv', taskStatsCsv],
  ['scorecard.csv', scorecardCsv],
  ['deadlines.ics', deadlinesIcs],
]);
