/**
 * The cascade traversals as the API and the exports call them: argument checks, ONE Cypher
 * statement (cypher.ts), then the pure shaping (tree.ts, pending.ts).
 */
import type { GraphReader } from '../../read/reader.ts';
import { badInput, notFound } from '../../read/errors.ts';
import type { Props } from '../../read/models.ts';
import { readClosures } from '../../read/status.ts';
import type { ClosureFact } from '../../read/status-derive.ts';
import { MAX_CASCADE_DEPTH, PENDING, PENDING_OWED, cascadeStatement } from './cypher.ts';
import { pendingImplementations, type PendingImplementationsModel } from './pending.ts';
import { buildTree, type CascadeDirection, type ImplementationTreeModel } from './tree.ts';

export const DEFAULT_DEPTH = 3;

export function checkDepth(depth: number, argument = 'depth'): number {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_CASCADE_DEPTH) {
    throw badInput(`${argument} must be a whole number from 1 to ${MAX_CASCADE_DEPTH}`, {
      argument,
    });
  }
  return depth;
}

export function checkDirection(value: string, argument = 'direction'): CascadeDirection {
  if (value === 'DOWN' || value === 'UP') return value;
  throw badInput(`${argument} must be DOWN or UP`, { argument });
}

function noDocument(id: string) {
  return notFound(`no document with id ${id}`, { id });
}

export async function readImplementationTree(
  db: GraphReader,
  id: string,
  direction: CascadeDirection,
  depth: number,
): Promise<ImplementationTreeModel> {
  checkDepth(depth);
  const rows = await db.read(cascadeStatement(direction, depth), { id });
  const row = rows[0];
  if (!row) throw noDocument(id);
  const nodes = row.nodes as Props[];
  const gathered = new Set(nodes.map((n) => n.id as string));
  // Links per document as the statement returns them; only those between gathered documents.
  const links = (row.links as Props[][]).flat().filter((l) => gathered.has(l.parent as string));
  return buildTree({ root: row.root as string, nodes, links }, direction, depth);
}

export async function readPendingImplementations(
  db: GraphReader,
  id: string,
  asOf: string,
): Promise<PendingImplementationsModel> {
  const rows = await db.read(PENDING, { id, asOf });
  const row = rows[0];
  if (!row) throw noDocument(id);
  return closed(pendingOf(row, asOf), await readClosures(db, [id], asOf));
}

/** A document replaced or repealed by `asOf` is owed by nobody: its closures say why. */
function closed(
  pending: PendingImplementationsModel,
  closures: ReadonlyMap<string, ClosureFact[]>,
): PendingImplementationsModel {
  const closedBy = closures.get(pending.document.id) ?? [];
  return closedBy.length > 0 ? { ...pending, owedBy: [], closedBy } : pending;
}

/** A row of PENDING or PENDING_OWED, shaped (pending.ts). The statement names members and
 *  bodies of the date by id, each node once (`nodes`): put back in place here. */
function pendingOf(row: Props, asOf: string): PendingImplementationsModel {
  const nodes = new Map((row.nodes as Props[]).map((n) => [n.id as string, n]));
  const node = (id: unknown): Props => nodes.get(id as string) as Props;
  const withMembers = (x: Props): Props => ({ ...x, members: (x.members as string[]).map(node) });
  return pendingImplementations({
    document: row.document as Props,
    leads: (row.leads as Props[]).map(withMembers),
    recipients: (row.recipients as Props[]).map(withMembers),
    responsible: (row.responsible as Props[]).map((r) => ({ ...r, body: node(r.body) })),
    asOf,
    candidates: row.candidates as Props[],
  });
}

/**
 * The plans a body still owes: for every ingested document that may expect one of it (it leads
 * a task, or receives the document, itself or through a group), the pending check as of `asOf`, kept where
 * the body itself is expected and has not implemented and the document was still in force (two
 * statements for all the documents: the checks, then what closed them).
 */
export async function readPlansOwed(
  db: GraphReader,
  body: string,
  asOf: string,
): Promise<PendingImplementationsModel[]> {
  const rows = await db.read(PENDING_OWED, { body, asOf });
  const owed = rows
    .map((row) => pendingOf(row, asOf))
    .filter((p) => p.bodies.some((b) => b.body.id === body && !b.implemented));
  // A plan is not owed for a document no longer in force.
  const ended = await readClosures(
    db,
    owed.map((p) => p.document.id),
    asOf,
  );
  return owed.filter((p) => !ended.has(p.document.id));
}
