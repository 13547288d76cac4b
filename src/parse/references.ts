/**
 * Documents cited in the text: numbered ("Nghị quyết số 20-NQ/TW, ngày 16/6/2022 của Ban Chấp
 * hành Trung ương Đảng"), short forms ("Nghị quyết 20") and aliases the text defines ("(sau đây
 * gọi là Nghị quyết 20)", "(sau đây gọi tắt là Kết luận)", "(sau đây viết tắt là …)"), and
 * documents named without a number ("Nghị quyết Trung ương 5 khóa IX", "Luật Hợp tác xã năm
 * 2012", "Chiến lược … giai đoạn 2021 - 2030").
 *
 * Six passes over one shared state (references/state.ts), in this order because each later
 * pass reads what the earlier ones found: numbered mentions, named documents, aliases, short
 * numbers, the relation (implements / basis / cites), doubtful numbers. The patterns are named in
 * references/patterns.ts.
 */
import type { Source } from './source.ts';
import type { Reference, Warning } from './types.ts';
import { aliasMentions } from './references/aliases.ts';
import { flagDoubtful } from './references/doubtful.ts';
import { namedMentions } from './references/named.ts';
import { numberedMentions } from './references/numbered.ts';
import { relationsByKey } from './references/relation.ts';
import { effectsByKey } from './references/lifecycle.ts';
import { shortMentions } from './references/short.ts';
import { createState, type Draft, type ReferenceInput } from './references/state.ts';

export type { ReferenceInput } from './references/state.ts';

export function findReferences(
  src: Source,
  input: ReferenceInput,
  warnings: Warning[],
): Reference[] {
  const st = createState(src, input);
  numberedMentions(st);
  namedMentions(st);
  const aliases = aliasMentions(st);
  shortMentions(st, aliases);
  const relations = relationsByKey(st);
  const effects = effectsByKey(st, input.ownType ?? null, relations);

  const refs: Reference[] = st.order.map((key) => {
    const d = st.drafts.get(key) as Draft;
    d.mentions.sort((a, b) => a.start - b.start);
    d.ref.mentions = d.mentions.map((x) => src.quoted(x.start, x.end));
    d.ref.relation = relations.get(key) ?? d.ref.relation;
    const acts = effects.get(key);
    if (acts) d.ref.effects = acts;
    return d.ref;
  });
  flagDoubtful(refs, warnings);
  return refs;
}
