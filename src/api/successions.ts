/** What the succession fields pass around: graph rows as read, the other body as a node. */
import { toActor, type ActorModel, type Props } from './models.ts';

export type ShareModel = 'WHOLE' | 'PART';

export interface SuccessionModel {
  organization: ActorModel;
  date: string;
  basis: string;
  share: ShareModel;
  source: string | null;
}

/** A step as the Cypher returns it: the bodies by id, resolved by the field resolvers. */
export interface SuccessionStepModel {
  from: string;
  to: string;
  date: string;
  basis: string;
  share: ShareModel;
}

export interface ResponsibleBodyModel {
  organization: ActorModel;
  chain: SuccessionStepModel[];
}

const share = (value: unknown): ShareModel => (value === 'part' ? 'PART' : 'WHOLE');

export function toSuccession(row: Props): SuccessionModel {
  const rel = row.rel as Props;
  return {
    organization: toActor(row.node as Props),
    date: rel.date as string,
    basis: rel.basis as string,
    share: share(rel.share),
    source: (rel.source as string | null | undefined) ?? null,
  };
}

export function toResponsible(row: Props): ResponsibleBodyModel {
  const steps = (row.steps as Props[] | null) ?? [];
  return {
    organization: toActor(row.node as Props),
    chain: steps.map((s) => ({
      from: s.from as string,
      to: s.to as string,
      date: s.date as string,
      basis: s.basis as string,
      share: share(s.share),
    })),
  };
}

/** Today as an ISO date, the default of "now" questions. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}
