/**
 * Recipient coverage as CSV for auditors' spreadsheets, from the same traversal as the GraphQL
 * fields (src/traverse/coverage):
 * - coverage.csv?document=<id>: one row per task actor × way (an actor without a way gets one
 *   row with the way columns empty), then one row per recipient line without a task (status
 *   RECIPIENT_WITHOUT_TASK) — both of the auditors' questions in one file;
 * - coverage-report.csv?<filter>: one row per matching document, worst coverage first.
 */
import { toCsv } from './csv.ts';
import { optionalParam, requiredParam } from './params.ts';
import type { ExportFile, ExportRoute } from './types.ts';
import type {
  BodyCoverage,
  CoverageWay,
  DocumentCoverage,
  RecipientLine,
} from '../../traverse/coverage/model.ts';
import { reportOrder } from '../../traverse/coverage/report.ts';
import { readCoverageReport, readDocumentCoverage } from '../../traverse/coverage/index.ts';
import { jurisdictionOf } from '../../read/models.ts';

const CSV = 'text/csv; charset=utf-8';

interface CoverageCsvRow {
  body: BodyCoverage | null;
  way: CoverageWay | null;
  /** RECIPIENT_WITHOUT_TASK rows: the recipient line. */
  line: RecipientLine | null;
}

const kindOf = (labels: string[]): string => labels.find((l) => l !== 'Actor') ?? 'Actor';
const unique = (values: string[]): string => [...new Set(values)].join(' ');

const COVERAGE_COLUMNS: { header: string; value: (r: CoverageCsvRow) => string | null }[] = [
  { header: 'body_id', value: (r) => r.body?.actor.id ?? r.line?.actor.id ?? null },
  { header: 'body_name', value: (r) => r.body?.actor.name ?? r.line?.actor.name ?? null },
  {
    header: 'body_kind',
    value: (r) => kindOf(r.body?.actor.labels ?? r.line?.actor.labels ?? []),
  },
  { header: 'status', value: (r) => r.body?.status ?? 'RECIPIENT_WITHOUT_TASK' },
  { header: 'roles', value: (r) => r.body?.roles.join(' ') ?? null },
  { header: 'task_outlines', value: (r) => unique(r.body?.tasks.map((t) => t.outlineId) ?? []) },
  {
    header: 'way',
    value: (r) => (r.way ? (r.way.bodyWay ? `${r.way.kind}/${r.way.bodyWay}` : r.way.kind) : null),
  },
  {
    header: 'recipient_quote',
    value: (r) =>
      (r.way?.recipient ?? r.line)?.evidence.quote ?? r.way?.issuer?.evidence.quote ?? null,
  },
  { header: 'recipient_purpose', value: (r) => (r.way?.recipient ?? r.line)?.purpose ?? null },
  { header: 'archive_only', value: (r) => (r.way ? String(r.way.archiveOnly) : null) },
  { header: 'membership_source', value: (r) => r.way?.membershipSource ?? null },
  { header: 'group_rule', value: (r) => r.way?.groupRule ?? null },
  { header: 'reason', value: (r) => r.way?.reason ?? r.body?.note ?? null },
  {
    header: 'task_evidence',
    value: (r) => unique(r.body?.tasks.map((t) => `${t.outlineId}: ${t.evidence.quote}`) ?? []),
  },
];

export function coverageCsv(coverage: DocumentCoverage): string {
  const rows: CoverageCsvRow[] = [];
  for (const body of coverage.bodies) {
    if (body.ways.length === 0) rows.push({ body, way: null, line: null });
    for (const way of body.ways) rows.push({ body, way, line: null });
  }
  for (const line of coverage.recipientsWithoutTask) rows.push({ body: null, way: null, line });
  return toCsv(COVERAGE_COLUMNS, rows);
}

const REPORT_COLUMNS: { header: string; value: (c: DocumentCoverage) => string | number | null }[] =
  [
    { header: 'document_id', value: (c) => c.document.id },
    { header: 'number', value: (c) => c.document.number ?? null },
    { header: 'type', value: (c) => c.document.type ?? null },
    { header: 'issued_date', value: (c) => c.document.issuedDate ?? null },
    { header: 'level', value: (c) => c.document.level ?? null },
    { header: 'jurisdiction', value: (c) => jurisdictionOf(c.document) },
    { header: 'bodies', value: (c) => c.summary.bodies },
    { header: 'covered', value: (c) => c.summary.covered },
    { header: 'not_covered', value: (c) => c.summary.notCovered },
    { header: 'not_checkable', value: (c) => c.summary.notCheckable },
    { header: 'covered_only_through_archive', value: (c) => c.summary.coveredOnlyThroughArchive },
    { header: 'recipients', value: (c) => c.summary.recipients },
    { header: 'recipients_without_task', value: (c) => c.summary.recipientsWithoutTask },
    { header: 'publications', value: (c) => c.summary.publications },
    {
      header: 'coverage_ratio',
      value: (c) => (c.summary.ratio === null ? null : Number(c.summary.ratio.toFixed(4))),
    },
  ];

export const coverageExports: [string, ExportRoute][] = [
  [
    'coverage.csv',
    {
      description:
        'Recipient coverage of one document: a row per task actor × way it is reached, then a row per recipient line without a task',
      parameters: { document: 'the document id (required), e.g. doc:10-KH/TW@tw:2022' },
      handle: async (params, db): Promise<ExportFile> => {
        const id = requiredParam(params, 'document');
        const coverage = await readDocumentCoverage(db, id);
        return { contentType: CSV, filename: `coverage-${id}.csv`, body: coverageCsv(coverage) };
      },
    },
  ],
  [
    'coverage-report.csv',
    {
      description:
        'Coverage figures of every ingested document matching the filter, worst coverage first (at most 2,000 documents)',
      parameters: {
        issuer: 'id of an issuing body',
        jurisdiction: 'tw, a province id or province/district',
        level: 'TW, tinh, huyen or xa',
        type: 'document type as written, e.g. Kế hoạch',
        issuedFrom: 'issued on or after (YYYY-MM-DD)',
        issuedTo: 'issued on or before (YYYY-MM-DD)',
        implements: 'id of a document they implement',
      },
      handle: async (params, db): Promise<ExportFile> => {
        const coverages = await readCoverageReport(db, {
          issuer: optionalParam(params, 'issuer'),
          jurisdiction: optionalParam(params, 'jurisdiction'),
          level: optionalParam(params, 'level'),
          type: optionalParam(params, 'type'),
          issuedFrom: optionalParam(params, 'issuedFrom'),
          issuedTo: optionalParam(params, 'issuedTo'),
          implements: optionalParam(params, 'implements'),
        });
        return {
          contentType: CSV,
          filename: 'coverage-report.csv',
          body: toCsv(REPORT_COLUMNS, reportOrder(coverages)),
        };
      },
    },
  ],
];
