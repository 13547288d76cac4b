/**
 * coordinationPartners (pure): the filter checked and turned into the statement's parameters,
 * and the statement's links shaped into partners with their shared tasks and counts.
 */
import { badInput } from '../../read/errors.ts';
import { isoDate } from '../../read/filters.ts';
import { toActor, type Props } from '../../read/models.ts';
import type { CoordinationPartnerModel, CoordinationPartnersModel } from './model.ts';
import { countByDirection, joinNodes, sharedTasks, type LinkRow } from './shared.ts';

export interface PartnerFilter {
  documents?: readonly string[] | null;
  jurisdiction?: string | null;
  issuedFrom?: string | null;
  issuedTo?: string | null;
  includeGeneric?: boolean | null;
}

/** Parameters of PARTNERS: every one is present (null = no condition). */
export interface PartnerParams {
  [key: string]: unknown;
  id: string;
  documents: string[] | null;
  issuedFrom: string | null;
  issuedTo: string | null;
  tw: boolean | null;
  province: string | null;
  district: string | null;
  includeGeneric: boolean;
  asOf: string | null;
}

/** `tw`, `province` (its districts included) or `province/district`, as the other filters take
 *  it (src/read/filters.ts). */
function jurisdiction(
  value: string | null | undefined,
): Pick<PartnerParams, 'tw' | 'province' | 'district'> {
  if (value == null) return { tw: null, province: null, district: null };
  if (value === 'tw') return { tw: true, province: null, district: null };
  const [province, district, ...rest] = value.split('/');
  if (!province || rest.length > 0 || district === '') {
    throw badInput('jurisdiction must be tw, a province id or province/district', {
      argument: 'jurisdiction',
    });
  }
  return { tw: false, province, district: district ?? null };
}

export function partnerParams(
  id: string,
  filter: PartnerFilter | null | undefined,
  asOf?: string | null,
): PartnerParams {
  return {
    asOf: asOf == null ? null : isoDate(asOf, 'asOf'),
    id,
    documents: filter?.documents ? [...filter.documents] : null,
    issuedFrom: filter?.issuedFrom != null ? isoDate(filter.issuedFrom, 'issuedFrom') : null,
    issuedTo: filter?.issuedTo != null ? isoDate(filter.issuedTo, 'issuedTo') : null,
    ...jurisdiction(filter?.jurisdiction),
    includeGeneric: filter?.includeGeneric ?? true,
  };
}

export interface PartnerLinkRow extends LinkRow {
  partner: Props;
}

/** PARTNERS's row: links naming their partner, task and document by id, each of those once. */
export interface PartnersRow {
  links: readonly (Omit<PartnerLinkRow, 'partner' | 'task' | 'document'> & {
    partner: string;
    task: string;
    document: string;
  })[];
  partners: readonly Props[];
  tasks: readonly Props[];
  documents: readonly Props[];
}

/** The links with their partner, task and document in place of their ids (shared, not copied). */
export function joinLinks(row: Props): PartnerLinkRow[] {
  const shaped = row as Partial<PartnersRow>;
  return joinNodes('PARTNERS', shaped.links, {
    partner: shaped.partners,
    task: shaped.tasks,
    document: shaped.documents,
  }) as unknown as PartnerLinkRow[];
}

/**
 * Partners by number of shared tasks (most first), then id; `first` of them (all when null).
 * Counts and totals cover every partner.
 */
export function shapePartners(
  actor: Props,
  links: readonly PartnerLinkRow[],
  first: number | null,
): CoordinationPartnersModel {
  const byPartner = new Map<string, { partner: Props; links: PartnerLinkRow[] }>();
  for (const link of links) {
    const id = link.partner.id as string;
    const entry = byPartner.get(id);
    if (entry) entry.links.push(link);
    else byPartner.set(id, { partner: link.partner, links: [link] });
  }
  const partners: CoordinationPartnerModel[] = [...byPartner.values()].map((entry) => {
    const partner = toActor(entry.partner);
    const tasks = sharedTasks(entry.links);
    return {
      partner,
      generic: partner.__type === 'Generic',
      counts: countByDirection(tasks),
      tasks,
    };
  });
  partners.sort(
    (a, b) =>
      b.tasks.length - a.tasks.length ||
      (a.partner.id < b.partner.id ? -1 : a.partner.id > b.partner.id ? 1 : 0),
  );
  const all = partners.flatMap((p) => p.tasks);
  return {
    organization: toActor(actor),
    partners: first === null ? partners : partners.slice(0, first),
    totalPartners: partners.length,
    totalTasks: new Set(all.map((t) => t.task.id)).size,
    counts: countByDirection(all),
  };
}
