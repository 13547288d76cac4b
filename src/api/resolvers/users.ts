/** Users, the viewer, the audit trail and Document.secrecy (schema/users.graphql). */
import type { Resolvers, SecrecyLevel, UserRole as GraphQLUserRole } from '../generated/graphql.ts';
import { noteWrite, type ApiContext } from '../context.ts';
import { auditActor, requireRole } from '../auth.ts';
import { apiError, badInput, fromDatabaseError } from '../errors.ts';
import { recordAudit } from '../../graph/audit.ts';
import { createUser, listUsers, revokeUser, type UserRole } from '../../graph/users.ts';
import { auditEvents } from '../../read/audit.ts';
import { SECRECY_LEVELS } from '../../parse/index.ts';
import { MAX_CLEARANCE } from '../../read/viewer.ts';

const roleOut = (role: UserRole): GraphQLUserRole => role.toUpperCase() as GraphQLUserRole;

/** At most this many audit events per request. */
const MAX_AUDIT_EVENTS = 500;

async function written<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw fromDatabaseError(error);
  }
}

function audit(
  context: ApiContext,
  action: 'user-create' | 'user-revoke',
  id: string,
  detail: string | null,
) {
  return recordAudit(context.writeDriver, context.database, {
    ...auditActor(context.access.viewer),
    action,
    via: 'api',
    targets: [id],
    detail,
  });
}

export const userResolvers: Resolvers = {
  Query: {
    viewer: (_parent, _args, { access }) => access.viewer,
    users: (_parent, _args, { access, driver, database }) => {
      requireRole(access.viewer, 'admin', 'users');
      return written(listUsers(driver, database));
    },
    auditLog: (_parent, args, { access, db }) => {
      requireRole(access.viewer, 'admin', 'auditLog');
      const first = args.first ?? 50;
      if (first < 1 || first > MAX_AUDIT_EVENTS) {
        throw badInput(`first must be 1…${MAX_AUDIT_EVENTS}`, { argument: 'first' });
      }
      return auditEvents(db, {
        userId: args.user ?? null,
        action: args.action ?? null,
        target: args.target ?? null,
        limit: first,
      });
    },
  },
  Mutation: {
    createUser: async (_parent, args, context) => {
      requireRole(context.access.viewer, 'admin', 'createUser');
      const clearance = args.clearance ?? 0;
      if (!Number.isInteger(clearance) || clearance < 0 || clearance > MAX_CLEARANCE) {
        throw badInput('clearance must be 0…3', { argument: 'clearance' });
      }
      if (!args.name.trim()) throw badInput('a user needs a name', { argument: 'name' });
      const input = {
        name: args.name.trim(),
        role: args.role.toLowerCase() as UserRole,
        clearance,
        jurisdictions: args.jurisdictions ?? null,
        agencies: args.agencies ?? null,
      };
      const by = context.access.viewer.userId ?? 'anonymous';
      const created = await written(createUser(context.writeDriver, context.database, input, by));
      await written(
        audit(context, 'user-create', created.user.id, `${input.role}, clearance ${clearance}`),
      );
      await noteWrite(context);
      return created;
    },
    revokeUser: async (_parent, args, context) => {
      requireRole(context.access.viewer, 'admin', 'revokeUser');
      const by = context.access.viewer.userId ?? 'anonymous';
      const user = await written(revokeUser(context.writeDriver, context.database, args.id, by));
      if (!user) throw apiError('NOT_FOUND', `no user ${args.id}`, { argument: 'id' });
      await written(audit(context, 'user-revoke', user.id, null));
      await noteWrite(context);
      return user;
    },
  },
  User: { role: (u) => roleOut(u.role) },
  Viewer: {
    id: (v) => v.userId,
    role: (v) => (v.role ? roleOut(v.role) : null),
  },
  Document: {
    secrecy: (d) => {
      const rank = d.secrecy ?? 0;
      return rank > 0 ? ((SECRECY_LEVELS[rank - 1] ?? 'TUYET_MAT') as SecrecyLevel) : null;
    },
  },
};
