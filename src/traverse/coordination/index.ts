/**
 * The coordination traversals as the API and the exports call them: one statement each, then
 * the pure shaping (partners.ts, path.ts). An unknown actor id is NOT_FOUND with the id.
 */
import type { GraphReader } from '../../read/reader.ts';
import { notFound } from '../../read/errors.ts';
import { isoDate } from '../../read/filters.ts';
import type { Props } from '../../read/models.ts';
import { PARTNERS, PATH } from './cypher.ts';
import type { CoordinationPartnersModel, CoordinationPathModel } from './model.ts';
import { joinLinks, partnerParams, shapePartners, type PartnerFilter } from './partners.ts';
import { checkMaxHops, shapePath, type HopRow } from './path.ts';

function noActor(id: string, argument: string): Error {
  return notFound(`no actor has the id "${id}"`, { id, argument });
}

export async function coordinationPartners(
  db: GraphReader,
  args: {
    organization: string;
    filter?: PartnerFilter | null;
    first: number | null;
    asOf?: string | null;
  },
): Promise<CoordinationPartnersModel> {
  const params = partnerParams(args.organization, args.filter, args.asOf);
  const [row] = await db.read(PARTNERS, params);
  if (!row?.actor) throw noActor(args.organization, 'organization');
  return shapePartners(row.actor as Props, joinLinks(row), args.first);
}

export async function coordinationPath(
  db: GraphReader,
  args: {
    from: string;
    to: string;
    maxHops?: number | null;
    throughGroups?: boolean | null;
    asOf?: string | null;
  },
): Promise<CoordinationPathModel> {
  const maxHops = checkMaxHops(args.maxHops);
  const [row] = await db.read(PATH.get(maxHops) as string, {
    from: args.from,
    to: args.to,
    throughGroups: args.throughGroups ?? false,
    asOf: args.asOf == null ? null : isoDate(args.asOf, 'asOf'),
  });
  if (!row?.from) throw noActor(args.from, 'from');
  if (!row.to) throw noActor(args.to, 'to');
  return shapePath(row.from as Props, row.to as Props, row.hops as HopRow[], maxHops);
}
