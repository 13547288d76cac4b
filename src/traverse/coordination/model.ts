/**
 * What the coordination traversals answer, as resolvers and exports pass it (codegen maps the
 * schema's types in schema/coordination.graphql onto these, see codegen.ts).
 */
import type { ActorModel, DocumentModel, EvidenceModel, TaskModel } from '../../read/models.ts';

/** How the partner stands to the organization on a shared task (schema: CoordinationDirection). */
export type CoordinationDirection = 'LEADS' | 'WORKS_UNDER' | 'CO_LEADS' | 'CO_COORDINATES';

/** An actor's part in a task (schema: TaskRole). */
export type TaskRole = 'LEAD' | 'COORDINATOR' | 'REPORTED_TO';

/** A task two actors share, seen from the first. */
export interface SharedTaskModel {
  task: TaskModel;
  document: DocumentModel;
  direction: CoordinationDirection;
  role: TaskRole;
  partnerRole: TaskRole;
  evidence: EvidenceModel;
  partnerEvidence: EvidenceModel;
}

export interface CoordinationCountsModel {
  leads: number;
  worksUnder: number;
  coLeads: number;
  coCoordinates: number;
  total: number;
}

export interface CoordinationPartnerModel {
  partner: ActorModel;
  generic: boolean;
  counts: CoordinationCountsModel;
  tasks: SharedTaskModel[];
}

export interface CoordinationPartnersModel {
  organization: ActorModel;
  partners: CoordinationPartnerModel[];
  totalPartners: number;
  totalTasks: number;
  counts: CoordinationCountsModel;
}

export interface CoordinationHopModel {
  from: ActorModel;
  to: ActorModel;
  tasks: SharedTaskModel[];
}

export interface CoordinationPathModel {
  from: ActorModel;
  to: ActorModel;
  found: boolean;
  length: number | null;
  hops: CoordinationHopModel[] | null;
  maxHops: number;
}
