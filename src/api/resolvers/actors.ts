/** The Actor types: kind from the label, and the relationships of organizations and groups. */
import type { ActorKind, Resolvers } from '../generated/graphql.ts';
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import { parseRule } from '../../orgs/index.ts';
import {
  jurisdictionOf,
  type ActorModel,
  type ActorType,
  type TaskModel,
} from '../../read/models.ts';
import { connectionFields } from './connections.ts';
import { readWith } from '../shape.ts';

const KINDS: Record<ActorType, ActorKind> = {
  Organization: 'ORGANIZATION',
  OrgGroup: 'GROUP',
  Person: 'PERSON',
  Role: 'ROLE',
  Generic: 'GENERIC',
  Publication: 'PUBLICATION',
  Unresolved: 'UNRESOLVED',
};

const kind = (actor: ActorModel): ActorKind => KINDS[actor.__type];
const organizations = (actors: ActorModel[]): ActorModel[] =>
  actors.filter((a) => a.__type === 'Organization');

/** The membership rule's description, as src/orgs stores it (storedRule). */
function ruleOf(group: ActorModel): string | null {
  return parseRule(group.membership)?.description ?? null;
}

/** An organization's tasks in a role: read with the organization when its statement followed
 *  them (read/shape.ts), else batched. */
const tasksOf =
  (list: 'tasksLed' | 'tasksCoordinated' | 'tasksReportedTo') =>
  (org: ActorModel, _args: unknown, { loaders }: ApiContext, info: GraphQLResolveInfo) =>
    readWith<TaskModel[]>(org, info) ?? loaders[list].load(org.id);

export const actorResolvers: Resolvers = {
  Actor: { __resolveType: (actor) => actor.__type },
  Organization: {
    kind,
    jurisdiction: (org) => jurisdictionOf(org),
    aliases: (org) => org.aliases ?? [],
    partOf: async (org, _args, { loaders }, info) =>
      organizations(readWith(org, info) ?? (await loaders.partOf.load(org.id)))[0] ?? null,
    units: async (org, _args, { loaders }, info) =>
      organizations(readWith(org, info) ?? (await loaders.units.load(org.id))),
    groups: (org, _args, { loaders }, info) => readWith(org, info) ?? loaders.groups.load(org.id),
    tasksLed: tasksOf('tasksLed'),
    tasksCoordinated: tasksOf('tasksCoordinated'),
    tasksReportedTo: tasksOf('tasksReportedTo'),
    reportedToBy: (org, _args, { loaders }, info) =>
      readWith(org, info) ?? loaders.reportedToBy.load(org.id),
    reportsTo: (org, _args, { loaders }, info) =>
      readWith(org, info) ?? loaders.reportsTo.load(org.id),
    documentsIssued: (org, _args, { loaders }, info) =>
      readWith(org, info) ?? loaders.documentsIssued.load(org.id),
    documentsReceived: (org, _args, { loaders }, info) =>
      readWith(org, info) ?? loaders.documentsReceived.load(org.id),
    tasksLedConnection: (org, args, { loaders }, info) =>
      readWith(org, info) ?? loaders.pages.tasksLed(org.id, args),
    tasksCoordinatedConnection: (org, args, { loaders }, info) =>
      readWith(org, info) ?? loaders.pages.tasksCoordinated(org.id, args),
    tasksReportedToConnection: (org, args, { loaders }, info) =>
      readWith(org, info) ?? loaders.pages.tasksReportedTo(org.id, args),
    documentsIssuedConnection: (org, args, { loaders }, info) =>
      readWith(org, info) ?? loaders.pages.documentsIssued(org.id, args),
  },
  OrgGroup: {
    kind,
    rule: ruleOf,
    members: (group, _args, { loaders }, info) =>
      readWith(group, info) ?? loaders.members.load(group.id),
    membersConnection: (group, args, { loaders }, info) =>
      readWith(group, info) ?? loaders.pages.members(group.id, args),
  },
  Person: { kind },
  Role: { kind },
  Generic: { kind },
  Publication: { kind },
  Unresolved: { kind },
  OrganizationConnection: connectionFields<ActorModel>(),
};
