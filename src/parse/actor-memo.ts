/**
 * Memos of one document's actor factory. A document names the same bodies again and again
 * ("Sở Tài chính" in a dozen items): each text is split, and each name resolved, once per
 * document. Nothing is kept across documents.
 */
import { documentSplitter } from '../orgs/split.ts';
import type { MentionPart, Registry } from '../orgs/types.ts';
import { guessKind, isPersonName, rolePerson } from './names.ts';
import type { ActorKind, ParseOptions, Resolution, ResolveContext } from './types.ts';

/** splitMentions of a text, computed once (its result is only read). */
export function splitOnce(
  registry: Pick<Registry, 'abbreviations'>,
): (text: string) => MentionPart[] {
  const splits = new Map<string, MentionPart[]>();
  const split = documentSplitter(registry);
  return (text) => {
    let parts = splits.get(text);
    if (!parts) splits.set(text, (parts = split(text, 0)));
    return parts;
  };
}

/** The resolution of a name in `context`, computed once while the context stays the same:
 *  `changed()` forgets them (the issuer is set). */
export function resolveOnce(
  resolve: NonNullable<ParseOptions['resolve']>,
  context: ResolveContext,
): { get(name: string): Resolution; changed(): void } {
  const resolutions = new Map<string, Resolution>();
  return {
    get(name) {
      let hit = resolutions.get(name);
      if (!hit) resolutions.set(name, (hit = resolve(name, context)));
      return hit;
    },
    changed: () => resolutions.clear(),
  };
}

/** What a mention's own words say (its kind; a person named after a role), read once per
 *  squashed mention text. */
export function kindOnce(): (mention: string) => {
  kind: ActorKind;
  held: ReturnType<typeof rolePerson>;
} {
  const kinds = new Map<string, { kind: ActorKind; held: ReturnType<typeof rolePerson> }>();
  return (mention) => {
    let hit = kinds.get(mention);
    if (!hit) {
      // one space after the title: the mention is squashed
      const person = isPersonName(
        mention.replace(/^(?:Đ\/c|đ\/c|Đồng chí|đồng chí|Ông|Bà)\s/u, '').split(',')[0] as string,
      );
      kinds.set(mention, (hit = { kind: guessKind(mention, person), held: rolePerson(mention) }));
    }
    return hit;
  };
}
