/**
 * Shared tasks (pure): the role links two actors have on the same tasks, as read by cypher.ts,
 * become one SharedTask per task with each side's role, the direction and both evidences.
 */
import { toDocument, toEvidence, toTask, type Props } from '../../read/models.ts';
import type {
  CoordinationCountsModel,
  CoordinationDirection,
  SharedTaskModel,
  TaskRole,
} from './model.ts';

/** LED_BY = *chủ trì* (lead), COORDINATES_WITH = *phối hợp* (coordinator). */
export type RoleType = 'LED_BY' | 'COORDINATES_WITH';

/** One pair of role links on a task, as the statements return it. */
export interface LinkRow {
  task: Props;
  document: Props;
  /** The first actor's link. */
  type: RoleType;
  rel: Props;
  /** The partner's link. */
  partnerType: RoleType;
  partnerRel: Props;
}

/**
 * A statement's links with the nodes they name by id put back in place: the statements return
 * each task, document and partner once beside links that carry only ids, since a document's
 * properties (its section outline, ~1 KB) repeated on each of its links were most of the rows'
 * bytes (docs/operations.md, "coordinationPartners: each node once"). Nodes are shared, not
 * copied. `nodes` maps a link's key to the nodes it names.
 */
export function joinNodes(
  statement: string,
  links: readonly Props[] | undefined,
  nodes: Readonly<Record<string, readonly Props[] | undefined>>,
): Props[] {
  const byKey = Object.entries(nodes).map(
    ([key, list]) => [key, new Map((list ?? []).map((n) => [n.id as string, n]))] as const,
  );
  return (links ?? []).map((link) => {
    const joined: Props = { ...link };
    for (const [key, byId] of byKey) {
      const node = byId.get(link[key] as string);
      // The statement returns every node its links name: a miss is a broken statement.
      if (!node)
        throw new Error(`${statement} named ${key} ${String(link[key])} without returning it`);
      joined[key] = node;
    }
    return joined;
  });
}

const ROLE: Record<RoleType, TaskRole> = { LED_BY: 'LEAD', COORDINATES_WITH: 'COORDINATOR' };

export function directionOf(role: TaskRole, partnerRole: TaskRole): CoordinationDirection {
  if (role === 'LEAD') return partnerRole === 'LEAD' ? 'CO_LEADS' : 'LEADS';
  return partnerRole === 'LEAD' ? 'WORKS_UNDER' : 'CO_COORDINATES';
}

interface Side {
  type: RoleType;
  rel: Props;
}

/** An actor named both as lead and as coordinator of one task counts as its lead; of several
 *  links in one role, the first in the text is the evidence. */
function strongest(sides: Side[]): Side {
  const leads = sides.filter((s) => s.type === 'LED_BY');
  const pool = leads.length > 0 ? leads : sides;
  return pool.reduce((best, s) =>
    (s.rel.start as number) < (best.rel.start as number) ? s : best,
  );
}

const byText = (a: SharedTaskModel, b: SharedTaskModel): number =>
  a.task.docId < b.task.docId
    ? -1
    : a.task.docId > b.task.docId
      ? 1
      : a.task.start - b.task.start || (a.task.id < b.task.id ? -1 : a.task.id > b.task.id ? 1 : 0);

/** One SharedTask per task among the links (two actors' links only), by document id then text
 *  order. */
export function sharedTasks(links: readonly LinkRow[]): SharedTaskModel[] {
  const byTask = new Map<string, { row: LinkRow; own: Side[]; partner: Side[] }>();
  for (const row of links) {
    const id = row.task.id as string;
    let entry = byTask.get(id);
    if (!entry) byTask.set(id, (entry = { row, own: [], partner: [] }));
    entry.own.push({ type: row.type, rel: row.rel });
    entry.partner.push({ type: row.partnerType, rel: row.partnerRel });
  }
  const out: SharedTaskModel[] = [];
  for (const { row, own, partner } of byTask.values()) {
    const a = strongest(own);
    const b = strongest(partner);
    const role = ROLE[a.type];
    const partnerRole = ROLE[b.type];
    out.push({
      task: toTask(row.task),
      document: toDocument(row.document),
      direction: directionOf(role, partnerRole),
      role,
      partnerRole,
      evidence: toEvidence(a.rel),
      partnerEvidence: toEvidence(b.rel),
    });
  }
  return out.sort(byText);
}

export function countByDirection(tasks: readonly SharedTaskModel[]): CoordinationCountsModel {
  const counts = { leads: 0, worksUnder: 0, coLeads: 0, coCoordinates: 0, total: 0 };
  for (const t of tasks) {
    counts.total += 1;
    if (t.direction === 'LEADS') counts.leads += 1;
    else if (t.direction === 'WORKS_UNDER') counts.worksUnder += 1;
    else if (t.direction === 'CO_LEADS') counts.coLeads += 1;
    else counts.coCoordinates += 1;
  }
  return counts;
}
