/**
 * readRange over a short text, projected to what a reviewer checks: each actor's mention and its
 * span in the text, the lead rule, and the deadline's phrase.
 */
import { createActorFactory } from '../../../src/parse/actors.ts';
import { createSource } from '../../../src/parse/source.ts';
import { readRange } from '../../../src/parse/task-lead.ts';
import type { Actor } from '../../../src/parse/types.ts';
import { testRegistry } from './helpers.ts';

export type Mention = [string, number, number];

export interface OwnView {
  lead: Mention[];
  rule: string;
  coordinators: Mention[];
  reportsTo: Mention[];
}

const view = (a: Actor): Mention => [a.mention, a.span.start, a.span.end];

/** Who text[from, to) names (a task's text; `hasChildren` when it heads items). The text has
 *  nothing createSource rewrites, so its offsets are the clean text's. */
export function own(text: string, hasChildren = false, from = 0, to = text.length): OwnView {
  const src = createSource(text);
  if (src.clean !== text) throw new Error(`createSource rewrites "${text}"`);
  const actors = createActorFactory(src, {}, { documentKey: 'test' }, testRegistry());
  const o = readRange(src, from, to, hasChildren, actors);
  return {
    lead: o.lead.map(view),
    rule: o.leadRule,
    coordinators: o.coordinators.map(view),
    reportsTo: o.reportsTo.map(view),
  };
}

/** The mention at its place in `text` (the first occurrence at or after `from`). */
export function at(text: string, mention: string, from = 0): Mention {
  const s = text.indexOf(mention, from);
  if (s < 0) throw new Error(`"${mention}" not in "${text}"`);
  return [mention, s, s + mention.length];
}
