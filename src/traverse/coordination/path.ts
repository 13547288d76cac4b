/**
 * coordinationPath (pure): maxHops checked, and the statement's hops shaped into the chain.
 */
import { badInput } from '../../read/errors.ts';
import { toActor, type Props } from '../../read/models.ts';
import { MAX_HOPS, MIN_HOPS } from './cypher.ts';
import type { CoordinationPathModel } from './model.ts';
import { joinNodes, sharedTasks, type LinkRow } from './shared.ts';

export function checkMaxHops(maxHops: number | null | undefined, argument = 'maxHops'): number {
  const value = maxHops ?? 4;
  if (!Number.isInteger(value) || value < MIN_HOPS || value > MAX_HOPS) {
    throw badInput(`${argument} must be from ${MIN_HOPS} to ${MAX_HOPS}`, { argument });
  }
  return value;
}

/** One hop as PATH returns it: its links name their task and document by id, and those nodes
 *  come once each beside them. */
export interface HopRow {
  from: Props;
  to: Props;
  links: (Omit<LinkRow, 'task' | 'document'> & { task: string; document: string })[];
  tasks: Props[];
  documents: Props[];
}

/** The chain from `from` to `to`: length 0 to itself; not found when the statement found no
 *  hop between two different actors. */
export function shapePath(
  from: Props,
  to: Props,
  hops: readonly HopRow[],
  maxHops: number,
): CoordinationPathModel {
  const ends = { from: toActor(from), to: toActor(to), maxHops };
  if (from.id === to.id) return { ...ends, found: true, length: 0, hops: [] };
  if (hops.length === 0) return { ...ends, found: false, length: null, hops: null };
  return {
    ...ends,
    found: true,
    length: hops.length,
    hops: hops.map((hop) => ({
      from: toActor(hop.from),
      to: toActor(hop.to),
      tasks: sharedTasks(
        joinNodes('PATH', hop.links, {
          task: hop.tasks,
          document: hop.documents,
        }) as unknown as LinkRow[],
      ),
    })),
  };
}
