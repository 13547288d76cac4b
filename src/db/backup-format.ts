/**
 * The backup file (issue 15): what the graph holds that no document can give back — users (the
 * digest of their key, role, clearance, scopes), manual task status updates and the audit trail
 * — as JSON lines: a header line (format, version, counts per kind), then one record a line.
 * JSON lines so a large trail is read and checked line by line, and an error can name its line.
 * Everything else (documents, tasks, bodies, the registry, migrations) is derived again by
 * ingesting the documents (docs/operations.md).
 */

export const BACKUP_FORMAT = 'directive-graph-backup';
export const BACKUP_VERSION = 1;

export const BACKUP_KINDS = ['user', 'statusUpdate', 'auditEvent'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** A node's properties as stored (Neo4j property values only). */
export type Properties = Record<string, PropertyValue>;
type Scalar = string | number | boolean;
export type PropertyValue = Scalar | Scalar[] | null;

export interface BackupRecord {
  kind: BackupKind;
  data: Properties;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  counts: Record<BackupKind, number>;
}

/** A problem in a backup file, with where it is. */
export class BackupFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}: line ${line}: ${problem}`);
  }
}

type Check = (value: unknown) => string | null;

const str: Check = (v) => (typeof v === 'string' && v.length > 0 ? null : 'a non-empty string');
const strOrNull: Check = (v) => (v === null || typeof v === 'string' ? null : 'a string or null');
const listOrNull: Check = (v) =>
  v === null || (Array.isArray(v) && v.every((x) => typeof x === 'string'))
    ? null
    : 'a list of strings or null';
const list: Check = (v) =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') ? null : 'a list of strings';
const oneOf =
  (...values: string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? null : `one of ${values.join(', ')}`;
const clearance: Check = (v) =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 3 ? null : 'an integer 0–3';
const digest: Check = (v) =>
  typeof v === 'string' && /^[0-9a-f]{64}$/.test(v) ? null : 'a SHA-256 digest (64 hex digits)';

/** The fields each kind must have (src/graph/users.ts, status-updates.ts, audit.ts). */
const FIELDS: Record<BackupKind, Record<string, Check>> = {
  user: {
    id: str,
    name: str,
    role: oneOf('reader', 'editor', 'admin'),
    clearance,
    jurisdictions: listOrNull,
    agencies: listOrNull,
    keyHash: digest,
    keyHint: str,
    createdAt: str,
    createdBy: str,
    revokedAt: strOrNull,
    revokedBy: strOrNull,
  },
  statusUpdate: {
    id: str,
    taskId: str,
    status: str,
    note: strOrNull,
    evidence: strOrNull,
    by: strOrNull,
    keyId: strOrNull,
    at: str,
  },
  auditEvent: {
    id: str,
    at: str,
    userId: str,
    userName: str,
    action: str,
    via: str,
    targets: list,
    detail: strOrNull,
  },
};

const isScalar = (v: unknown): v is Scalar =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && isFinite(v));

/** A property value Neo4j can store: a scalar, a list of one type of scalar, or null. */
function isProperty(v: unknown): boolean {
  if (v === null || isScalar(v)) return true;
  return Array.isArray(v) && v.every(isScalar) && new Set(v.map((x) => typeof x)).size <= 1;
}

/** The fields of a kind, each null when the node lacks it (Neo4j stores no null). */
export function withAllFields(kind: BackupKind, data: Properties): Properties {
  const out: Properties = {};
  for (const field of Object.keys(FIELDS[kind])) out[field] = data[field] ?? null;
  return { ...out, ...data };
}

/** The problem with a record's data, or null: every field of its kind, each of its type;
 *  further fields (written by a later version) must be storable property values. */
export function recordProblem(kind: BackupKind, data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return '"data" must be an object';
  }
  const record = data as Record<string, unknown>;
  for (const [field, check] of Object.entries(FIELDS[kind])) {
    const wanted = check(record[field]);
    if (wanted !== null) {
      return `${field} must be ${wanted}, not ${JSON.stringify(record[field]) ?? 'missing'}`;
    }
  }
  const odd = Object.entries(record).find(([, v]) => !isProperty(v));
  return odd ? `${odd[0]} is not a value a node can hold` : null;
}

function headerProblem(value: unknown): string | null {
  const h = value as Partial<BackupHeader> | null;
  if (typeof h !== 'object' || h === null || h.format !== BACKUP_FORMAT) {
    return `not a backup of this project (the first line must be its header, format "${BACKUP_FORMAT}")`;
  }
  if (h.version !== BACKUP_VERSION) {
    return `version ${JSON.stringify(h.version)} is not one this program reads (${BACKUP_VERSION})`;
  }
  const counts = h.counts as Record<string, unknown> | undefined;
  const bad = BACKUP_KINDS.find((k) => !Number.isInteger(counts?.[k]));
  return bad ? `the header's counts.${bad} must be an integer` : null;
}

/** The header line and the record lines of a backup. */
export function formatBackup(records: readonly BackupRecord[], createdAt: string): string[] {
  const counts = Object.fromEntries(BACKUP_KINDS.map((k) => [k, 0])) as Record<BackupKind, number>;
  for (const r of records) counts[r.kind] += 1;
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt,
    counts,
  };
  return [JSON.stringify(header), ...records.map((r) => JSON.stringify(r))];
}

/**
 * The records of a backup's text, all checked before any is returned: the header, each line's
 * JSON, kind and fields, ids unique per kind, and the header's counts. The first problem is
 * thrown as a BackupFileError naming the file, the line and, once known, the record.
 */
export function parseBackup(
  file: string,
  text: string,
): { header: BackupHeader; records: BackupRecord[] } {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const fail = (line: number, problem: string): never => {
    throw new BackupFileError(file, line, problem);
  };
  const parse = (line: number): unknown => {
    try {
      return JSON.parse(lines[line - 1] ?? '') as unknown;
    } catch (error) {
      return fail(line, `not JSON (${(error as Error).message})`);
    }
  };
  if (lines.length === 0) fail(1, 'empty file: no header');
  const header = parse(1);
  const wrongHeader = headerProblem(header);
  if (wrongHeader) fail(1, wrongHeader);
  const records: BackupRecord[] = [];
  const seen = new Map<string, number>();
  for (let n = 2; n <= lines.length; n++) {
    const value = parse(n) as { kind?: unknown; data?: unknown } | null;
    const kind = value?.kind;
    if (!BACKUP_KINDS.includes(kind as BackupKind)) {
      fail(n, `kind must be one of ${BACKUP_KINDS.join(', ')}, not ${JSON.stringify(kind)}`);
    }
    const id = (value?.data as { id?: unknown } | undefined)?.id;
    const what = `${kind as string} ${typeof id === 'string' ? id : '(no id)'}`;
    const problem = recordProblem(kind as BackupKind, value?.data);
    if (problem) fail(n, `${what}: ${problem}`);
    const key = `${kind as string} ${id as string}`;
    const before = seen.get(key);
    if (before !== undefined) fail(n, `${what}: the same id as line ${before}`);
    seen.set(key, n);
    records.push({ kind: kind as BackupKind, data: value!.data as Properties });
  }
  const counts = (header as BackupHeader).counts;
  for (const kind of BACKUP_KINDS) {
    const found = records.filter((r) => r.kind === kind).length;
    if (found !== counts[kind]) {
      fail(
        1,
        `the header counts ${counts[kind]} ${kind} records, the file holds ${found} (truncated?)`,
      );
    }
  }
  return { header: header as BackupHeader, records };
}
