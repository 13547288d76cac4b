/**
 * Users of the API (issue 15): each has its own key, a role, a clearance for marked documents and
 * optional scopes. Only a digest of the key is stored: SHA-256 of 32 random bytes, which needs no
 * slow hash (nothing to guess: the key is not a password), and lets a request find its user by
 * one index seek. The key itself is shown once, when the user is created.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

export type UserRole = 'reader' | 'editor' | 'admin';
export const USER_ROLES: readonly UserRole[] = ['reader', 'editor', 'admin'];

/** Keys are recognisable in logs and secret scanners by their prefix. */
export const KEY_PREFIX = 'dgk_';

export interface UserInput {
  name: string;
  role: UserRole;
  /** 0 (unmarked only) … 3 (Tuyệt mật). */
  clearance: number;
  /** Province ids; null = all. */
  jurisdictions: string[] | null;
  /** Organization ids; null = all. */
  agencies: string[] | null;
}

export interface UserRecord extends UserInput {
  id: string;
  /** The key's first characters, to tell keys apart in a list. */
  keyHint: string;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
}

export function keyDigest(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function newKey(): string {
  return `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

const USER_FIELDS = `u {.id, .name, .role, .clearance, .jurisdictions, .agencies, .keyHint,
  .createdAt, .createdBy, .revokedAt, .revokedBy}`;

const CREATE_USER = `
CREATE (u:User {id: $id, name: $name, role: $role, clearance: $clearance,
  jurisdictions: $jurisdictions, agencies: $agencies, keyHash: $keyHash, keyHint: $keyHint,
  createdAt: toString(datetime.realtime()), createdBy: $by})
RETURN ${USER_FIELDS} AS user`;

const LIST_USERS = `MATCH (u:User) RETURN ${USER_FIELDS} AS user ORDER BY u.createdAt, u.id`;

const REVOKE_USER = `
MATCH (u:User {id: $id})
SET u.revokedAt = coalesce(u.revokedAt, toString(datetime.realtime())),
    u.revokedBy = coalesce(u.revokedBy, $by)
RETURN ${USER_FIELDS} AS user`;

const USER_BY_KEY = `
MATCH (u:User {keyHash: $keyHash}) WHERE u.revokedAt IS NULL
RETURN ${USER_FIELDS} AS user`;

function toUser(raw: unknown): UserRecord {
  const u = raw as Record<string, unknown>;
  const n = u.clearance as { toNumber?: () => number } | number;
  return {
    id: u.id as string,
    name: u.name as string,
    role: u.role as UserRole,
    clearance: typeof n === 'number' ? n : (n.toNumber?.() ?? 0),
    jurisdictions: (u.jurisdictions as string[] | null) ?? null,
    agencies: (u.agencies as string[] | null) ?? null,
    keyHint: u.keyHint as string,
    createdAt: u.createdAt as string,
    createdBy: u.createdBy as string,
    revokedAt: (u.revokedAt as string | null) ?? null,
    revokedBy: (u.revokedBy as string | null) ?? null,
  };
}

/** Creates a user; the answer holds the key, which is nowhere else afterwards. */
export async function createUser(
  driver: Driver,
  database: string,
  input: UserInput,
  by: string,
): Promise<{ user: UserRecord; key: string }> {
  const key = newKey();
  const { records } = await driver.executeQuery(
    CREATE_USER,
    {
      ...input,
      id: `user:${randomBytes(6).toString('hex')}`,
      keyHash: keyDigest(key),
      keyHint: key.slice(0, KEY_PREFIX.length + 6),
      by,
    },
    { database },
  );
  return { user: toUser(records[0]?.get('user')), key };
}

export async function listUsers(driver: Driver, database: string): Promise<UserRecord[]> {
  const { records } = await driver.executeQuery(LIST_USERS, {}, { database });
  return records.map((r) => toUser(r.get('user')));
}

/** Revokes a user's key (kept, for the audit trail); null when there is no such user. */
export async function revokeUser(
  driver: Driver,
  database: string,
  id: string,
  by: string,
): Promise<UserRecord | null> {
  const { records } = await driver.executeQuery(REVOKE_USER, { id, by }, { database });
  return records[0] ? toUser(records[0].get('user')) : null;
}

/** The active user holding this key, or null. */
export async function userByKey(
  driver: Driver,
  database: string,
  key: string,
): Promise<UserRecord | null> {
  const { records } = await driver.executeQuery(
    USER_BY_KEY,
    { keyHash: keyDigest(key) },
    { database, routing: 'READ' },
  );
  return records[0] ? toUser(records[0].get('user')) : null;
}
