/**
 * Who is asking (issue 15): the `x-api-key` header read as a viewer (src/read/viewer.ts). No key:
 * anonymous (reads unmarked documents only, when reads are open). The shared API_KEY of the
 * environment: the unrestricted admin it always was. Any other key: the active user whose key
 * digest it is (src/graph/users.ts), or refused. Roles gate the writes: readers read, editors
 * ingest and update task status, admins also manage users.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { userByKey, type UserRecord } from '../graph/users.ts';
import { ANONYMOUS, UNRESTRICTED, ROLES, type Role, type Viewer } from '../read/viewer.ts';
import { apiError, fromDatabaseError } from './errors.ts';

export function sameKey(a: string, b: string): boolean {
  // Compare digests: equal lengths, and no timing signal about the key.
  const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

export function viewerOf(user: UserRecord): Viewer {
  return {
    userId: user.id,
    name: user.name,
    role: user.role,
    clearance: user.clearance,
    jurisdictions: user.jurisdictions,
    agencies: user.agencies,
  };
}

export interface AuthOptions {
  /** The shared key of the environment (API_KEY): an unrestricted admin. */
  apiKey?: string | undefined;
  driver: Driver;
  database: string;
}

/** The viewer a key stands for; null for a key nobody holds (or a revoked one). */
export type Authenticate = (key: string | undefined) => Promise<Viewer | null>;

export function authenticator(options: AuthOptions): Authenticate {
  return async (key) => {
    if (key === undefined || key === '') return ANONYMOUS;
    if (options.apiKey !== undefined && sameKey(options.apiKey, key)) return UNRESTRICTED;
    let user: UserRecord | null;
    try {
      user = await userByKey(options.driver, options.database, key);
    } catch (error) {
      throw fromDatabaseError(error);
    }
    return user ? viewerOf(user) : null;
  };
}

export const UNKNOWN_KEY = 'the x-api-key is not a valid key (unknown or revoked)';

/** Refuses a viewer below `role` for `what`: anonymous UNAUTHENTICATED, a lower role FORBIDDEN. */
export function requireRole(viewer: Viewer, role: Role, what: string): void {
  if (viewer.role === null) {
    throw apiError('UNAUTHENTICATED', 'a valid x-api-key header is required', { needs: role });
  }
  if (ROLES.indexOf(viewer.role) < ROLES.indexOf(role)) {
    throw apiError(
      'FORBIDDEN',
      `${what} needs the ${role} role; the key of "${viewer.name}" has the ${viewer.role} role`,
      { needs: role, role: viewer.role },
    );
  }
}

/** Who a write is recorded as (src/graph/audit.ts). */
export function auditActor(viewer: Viewer): { userId: string; userName: string } {
  return { userId: viewer.userId ?? 'anonymous', userName: viewer.name };
}
