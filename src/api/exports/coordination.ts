/**
 * GET /export/coordination.csv?organization=<id>: one row per partner × shared task, as
 * coordinationPartners answers it (the same traversal, all partners), with both evidence quotes.
 */
import { coordinationPartners } from '../../traverse/coordination/index.ts';
import type {
  CoordinationPartnerModel,
  CoordinationPartnersModel,
  SharedTaskModel,
} from '../../traverse/coordination/model.ts';
import { toCsv } from './csv.ts';
import type { ExportRoute } from './types.ts';
import { optionalBoolean, requiredParam } from './params.ts';

interface Row {
  partner: CoordinationPartnerModel;
  shared: SharedTaskModel;
}

const COLUMNS: readonly { header: string; value: (row: Row) => string | boolean | null }[] = [
  { header: 'partner_id', value: (r) => r.partner.partner.id },
  { header: 'partner_name', value: (r) => r.partner.partner.name },
  { header: 'partner_kind', value: (r) => r.partner.partner.__type },
  { header: 'generic', value: (r) => r.partner.generic },
  { header: 'direction', value: (r) => r.shared.direction },
  { header: 'role', value: (r) => r.shared.role },
  { header: 'partner_role', value: (r) => r.shared.partnerRole },
  { header: 'task_id', value: (r) => r.shared.task.id },
  { header: 'outline', value: (r) => r.shared.task.outlineId ?? null },
  { header: 'section', value: (r) => r.shared.task.section },
  { header: 'document_id', value: (r) => r.shared.document.id },
  { header: 'document_number', value: (r) => r.shared.document.number ?? null },
  { header: 'quote', value: (r) => r.shared.evidence.quote },
  { header: 'partner_quote', value: (r) => r.shared.partnerEvidence.quote },
];

/** Partners in the traversal's order (most shared tasks first), tasks in text order. */
export function coordinationCsv(result: CoordinationPartnersModel): string {
  const rows = result.partners.flatMap((partner) =>
    partner.tasks.map((shared): Row => ({ partner, shared })),
  );
  return toCsv(COLUMNS, rows);
}

export const coordinationCsvRoute: ExportRoute = {
  description: 'Who an organization shares tasks with: one row per partner and shared task',
  parameters: {
    organization: 'Id of the organization (or any actor), e.g. tw/ban-tuyen-giao (required)',
    document: 'Only tasks of this document id (repeat for several)',
    jurisdiction: "Only tasks of documents issued in 'tw', a province or 'province/district'",
    issuedFrom: 'Only tasks of documents issued on or after this date (YYYY-MM-DD)',
    issuedTo: 'Only tasks of documents issued on or before this date (YYYY-MM-DD)',
    includeGeneric:
      "Whether generic phrases ('các cơ quan liên quan') count: true (default) or false",
  },
  handle: async (params, db) => {
    const organization = requiredParam(params, 'organization');
    const documents = params.getAll('document').filter((d) => d !== '');
    const result = await coordinationPartners(db, {
      organization,
      filter: {
        documents: documents.length > 0 ? documents : null,
        jurisdiction: params.get('jurisdiction') || null,
        issuedFrom: params.get('issuedFrom') || null,
        issuedTo: params.get('issuedTo') || null,
        includeGeneric: optionalBoolean(params, 'includeGeneric', true),
      },
      first: null,
    });
    return {
      contentType: 'text/csv; charset=utf-8',
      filename: `coordination-${organization}.csv`,
      body: coordinationCsv(result),
    };
  },
};
