/**
 * A heading over items that names the leadership of a body ("n) Lãnh đạo Ban Dân nguyện",
 * "Lãnh đạo các cơ quan thuộc UBTVQH"): the items are that leadership's. "Lãnh đạo" is also
 * the verb ("Lãnh đạo việc tổ chức thực hiện …"), so only a heading that is nothing but the
 * word and a list of bodies reads so.
 */
import { actorEnd, isActorStart, type ActorFactory } from './actors.ts';
import { trimRange, type Source } from './source.ts';
import type { Actor } from './types.ts';

const LEADERSHIP = /^lanh\s*dao\s+/;

/** The leadership a heading clean[s0, end) names, or none. */
export function leadershipHeading(
  src: Source,
  s0: number,
  end: number,
  actors: ActorFactory,
): Actor[] {
  const m = LEADERSHIP.exec(src.fold.slice(s0, s0 + 12));
  if (!m) return [];
  const [, ce] = trimRange(src.clean, s0, end, ' \n,.;:*');
  const body = s0 + m[0].length;
  if (!isActorStart(src, body) || ce - s0 > 160) return [];
  if (actorEnd(src, body, ce).end < ce) return []; // a verb after the body: a sentence
  return actors.make(s0, ce);
}
