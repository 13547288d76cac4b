/**
 * Memos of the actor factories. A document names the same bodies again and again ("Sở Tài
 * chính" in a dozen items), and so do the documents of one ingest: each text is split, and each
 * mention's kind read, once per registry (bounded); each name is resolved once per document (a
 * resolution depends on the document's context and key).
 */
import { documentSplitter } from '../orgs/split.ts';
import type { MentionPart, Registry } from '../orgs/types.ts';
import { guessKind, isPersonName, rolePerson } from './names.ts';
import type { ActorKind, ParseOptions, Resolution, ResolveContext } from './types.ts';

/** Texts kept per memo before it starts over (a long ingest's memory stays bounded). */
export const MEMO_LIMIT = 20_000;

interface Splits {
  split: (list: string, offset?: number) => MentionPart[];
  parts: Map<string, MentionPart[]>;
}
/** Per abbreviation table: a split reads nothing else of the registry. */
const splitsOf = new WeakMap<Registry['abbreviations'], Splits>();

/** splitMentions of a text, computed once per abbreviation table across documents (its result
 *  is only read). */
export function splitOnce(
  registry: Pick<Registry, 'abbreviations'>,
): (text: string) => MentionPart[] {
  let memo = splitsOf.get(registry.abbreviations);
  return (text) => {
    if (!memo || memo.parts.size >= MEMO_LIMIT) {
      // (a new splitter: its own expansion memo starts over too)
      memo = { split: documentSplitter(registry), parts: new Map() };
      splitsOf.set(registry.abbreviations, memo);
    }
    let parts = memo.parts.get(text);
    if (!parts) memo.parts.set(text, (parts = memo.split(text, 0)));
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

interface KindReading {
  kind: ActorKind;
  held: ReturnType<typeof rolePerson>;
}
/** A mention's words alone decide its reading: shared by every document. */
const kinds = new Map<string, KindReading>();

/** What a mention's own words say (its kind; a person named after a role), read once per
 *  squashed mention text (the reading is only read). */
export function kindOnce(): (mention: string) => KindReading {
  return (mention) => {
    let hit = kinds.get(mention);
    if (!hit) {
      if (kinds.size >= MEMO_LIMIT) kinds.clear();
      // one space after the title: the mention is squashed
      const person = isPersonName(
        mention.replace(/^(?:Đ\/c|đ\/c|Đồng chí|đồng chí|Ông|Bà)\s/u, '').split(',')[0] as string,
      );
      kinds.set(mention, (hit = { kind: guessKind(mention, person), held: rolePerson(mention) }));
    }
    return hit;
  };
}
