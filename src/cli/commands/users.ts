/**
 * `users create <name> --role reader|editor|admin [--clearance 0-3] [--jurisdiction <province>]…
 * [--agency <organization id>]…`, `users list`, `users revoke <id>`, `users audit [--user <id>]
 * [--action <action>] [--target <id>] [--limit <n>]`: the API's users (src/graph/users.ts) and
 * the trail of who wrote what (src/graph/audit.ts). The key is printed once, at creation; only
 * its digest is stored. Whoever runs the command is recorded as `cli:<login>`.
 */
import { userInfo } from 'node:os';
import { readConfig } from '../../config.ts';
import { ensureNeo4j, type Neo4jConnection } from '../../db/ensure.ts';
import { runMigrations } from '../../db/migrations.ts';
import { recordAudit } from '../../graph/audit.ts';
import {
  createUser,
  listUsers,
  revokeUser,
  USER_ROLES,
  type UserInput,
  type UserRecord,
  type UserRole,
} from '../../graph/users.ts';
import { auditEvents } from '../../read/audit.ts';
import { GraphReader } from '../../read/reader.ts';

export const summary =
  'API users and the audit trail: users create <name> --role reader|editor|admin | list | revoke <id> | audit';

const USAGE = `usage: npm run -s cli -- users create <name> --role reader|editor|admin [--clearance 0-3] [--jurisdiction <province id>]… [--agency <organization id>]…
       npm run -s cli -- users list
       npm run -s cli -- users revoke <user id>
       npm run -s cli -- users audit [--user <id>] [--action ingest|task-status|user-create|user-revoke] [--target <id>] [--limit <n>]
clearance: 0 unmarked documents only (default), 1 Mật, 2 Tối mật, 3 Tuyệt mật
`;

/** `--name value` options (repeatable ones collected) and the words left. */
function options(args: string[]): { words: string[]; opts: Map<string, string[]> } | string {
  const words: string[] = [];
  const opts = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith('--')) {
      words.push(a);
      continue;
    }
    const v = args[++i];
    if (v === undefined || v.startsWith('--')) return `${a} needs a value`;
    opts.set(a.slice(2), [...(opts.get(a.slice(2)) ?? []), v]);
  }
  return { words, opts };
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

export function userInput(
  name: string | undefined,
  opts: Map<string, string[]>,
): UserInput | string {
  const known = new Set(['role', 'clearance', 'jurisdiction', 'agency']);
  const unknown = [...opts.keys()].find((k) => !known.has(k));
  if (unknown) return `unknown option: --${unknown}`;
  if (!name?.trim()) return 'a user needs a name';
  const role = opts.get('role')?.[0];
  if (!role || !USER_ROLES.includes(role as UserRole))
    return '--role must be reader, editor or admin';
  const clearance = Number(opts.get('clearance')?.[0] ?? '0');
  if (!Number.isInteger(clearance) || clearance < 0 || clearance > 3) {
    return '--clearance must be 0 (unmarked only), 1 (Mật), 2 (Tối mật) or 3 (Tuyệt mật)';
  }
  const jurisdictions = opts.get('jurisdiction') ?? null;
  const bad = jurisdictions?.find((j) => !SLUG.test(j));
  if (bad) return `--jurisdiction takes a province id such as quang-tri, got "${bad}"`;
  return {
    name: name.trim(),
    role: role as UserRole,
    clearance,
    jurisdictions,
    agencies: opts.get('agency') ?? null,
  };
}

function describe(u: UserRecord): string {
  const scopes = [
    u.jurisdictions ? `jurisdictions ${u.jurisdictions.join(', ')}` : null,
    u.agencies ? `agencies ${u.agencies.join(', ')}` : null,
  ].filter(Boolean);
  const state = u.revokedAt ? `revoked ${u.revokedAt} by ${u.revokedBy ?? '?'}` : 'active';
  return `${u.id}  ${u.name}  ${u.role}  clearance ${u.clearance}  ${scopes.join('; ') || 'all documents'}  key ${u.keyHint}…  created ${u.createdAt} by ${u.createdBy}  ${state}`;
}

type Action = (c: Neo4jConnection, words: string[], opts: Map<string, string[]>) => Promise<number>;

const cliUser = (): { userId: string; userName: string } => {
  const login = userInfo().username;
  return { userId: `cli:${login}`, userName: login };
};

const actions: Record<string, Action> = {
  async create(c, words, opts) {
    const input = userInput(words.join(' '), opts);
    if (typeof input === 'string') {
      process.stderr.write(`users create: ${input}\n${USAGE}`);
      return 2;
    }
    const by = cliUser();
    const { user, key } = await createUser(c.driver, c.database, input, by.userId);
    await recordAudit(c.driver, c.database, {
      ...by,
      action: 'user-create',
      via: 'cli',
      targets: [user.id],
      detail: `${user.role}, clearance ${user.clearance}`,
    });
    process.stdout.write(
      `${describe(user)}\nkey: ${key}\n(shown once: only its SHA-256 is stored; give it as the x-api-key header)\n`,
    );
    return 0;
  },
  async list(c) {
    const users = await listUsers(c.driver, c.database);
    process.stdout.write(users.length ? `${users.map(describe).join('\n')}\n` : 'no users\n');
    return 0;
  },
  async revoke(c, words) {
    const id = words[0];
    if (!id) {
      process.stderr.write(`users revoke: which user?\n${USAGE}`);
      return 2;
    }
    const by = cliUser();
    const user = await revokeUser(c.driver, c.database, id, by.userId);
    if (!user) {
      process.stderr.write(`users revoke: no user ${id}\n`);
      return 1;
    }
    await recordAudit(c.driver, c.database, {
      ...by,
      action: 'user-revoke',
      via: 'cli',
      targets: [user.id],
      detail: null,
    });
    process.stdout.write(`${describe(user)}\n`);
    return 0;
  },
  async audit(c, _words, opts) {
    const limit = Number(opts.get('limit')?.[0] ?? '50');
    const db = new GraphReader(c.driver, c.database, 30_000);
    const events = await auditEvents(db, {
      userId: opts.get('user')?.[0] ?? null,
      action: opts.get('action')?.[0] ?? null,
      target: opts.get('target')?.[0] ?? null,
      limit: Number.isInteger(limit) && limit > 0 ? limit : 50,
    });
    for (const e of events) {
      process.stdout.write(
        `${e.at}  ${e.userId} (${e.userName})  ${e.action} via ${e.via}  ${e.targets.join(', ')}${e.detail ? `  ${e.detail}` : ''}\n`,
      );
    }
    if (events.length === 0) process.stdout.write('no events\n');
    return 0;
  },
};

export async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const action = name === undefined ? undefined : actions[name];
  const parsed = options(rest);
  if (!action || typeof parsed === 'string') {
    process.stderr.write(`${typeof parsed === 'string' ? `users: ${parsed}\n` : ''}${USAGE}`);
    return 2;
  }
  let connection: Neo4jConnection | undefined;
  try {
    connection = await ensureNeo4j(readConfig(), (l) => process.stderr.write(`${l}\n`), 'cli');
    await runMigrations(connection.driver, connection.database);
    return await action(connection, parsed.words, parsed.opts);
  } catch (e) {
    process.stderr.write(`users: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await connection?.close();
  }
}
