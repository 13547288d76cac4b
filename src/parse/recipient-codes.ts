/**
 * Nơi nhận items written in an office's codes ("VPCP: BTCN, các PCN", "TTUB: CT, các PCT",
 * "Các Bộ: TC, NV"): read by the organizations module's coded-list reader, with the issuer as
 * the context that gives a People's Committee its level.
 */
import { readCodedList } from '../orgs/office-lists.ts';
import type { ActorFactory } from './actors.ts';
import { fold } from './source.ts';
import type { Actor } from './types.ts';

/** The actors of a coded item, or undefined when `text` is no coded list. Positions map back
 *  through `toClean` (start of a character) and `toCleanEnd` (end offset). */
export function codedRecipients(
  actors: ActorFactory,
  text: string,
  toClean: (i: number) => number,
  toCleanEnd: (i: number) => number,
): Actor[] | undefined {
  const members = readCodedList(text, {
    issuer: actors.context.issuer,
    registry: actors.registry,
  });
  if (!members) return undefined;
  return members.flatMap((m) => {
    const a = actors.one(toClean(m.start), toCleanEnd(m.end), m.name);
    if (!a) return [];
    // the table's name is exact: a resolution to another body of that name (the Party
    // Office's "Vụ Tổng hợp" for the Government Office's) is dropped
    if (a.kind === 'person' || fold(a.name) === fold(m.name))
      return [{ ...a, expanded: m.expanded }];
    const out: Actor = { ...a, name: m.name, expanded: m.expanded };
    delete out.resolution;
    delete out.id;
    delete out.rule;
    delete out.confidence;
    return [out];
  });
}
