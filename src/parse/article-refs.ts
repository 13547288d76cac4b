/**
 * "Như Điều 3" (as Article 3 says): in a decision's Nơi nhận or in another article, it stands for
 * the bodies that article names as executing it, as "Như trên" stands for the addressees. Each
 * body keeps the span of the "Như Điều 3" it was read from.
 */
import { fold } from './source.ts';
import type { Actor, Recipient, Task } from './types.ts';

const AS_ARTICLE = /^nhu\s*(?:dieu|d\.)\s*(\d{1,3})\b/;

function articleOf(a: Actor): string | null {
  const m = AS_ARTICLE.exec(fold(a.mention.normalize('NFC')).trim());
  return m ? `Điều ${m[1] as string}` : null;
}

/** Replace "Như Điều N" leads and recipients by the lead bodies of article N's task. */
export function resolveArticleRefs(
  tasks: Task[],
  recipients: Recipient[],
): { tasks: Task[]; recipients: Recipient[] } {
  const bodies = (a: Actor): Actor[] | null => {
    const article = articleOf(a);
    if (!article) return null;
    const t = tasks.find((x) => x.section === article && x.lead.every((l) => !articleOf(l)));
    if (!t || t.lead.length === 0) return null;
    return t.lead.map((l) => ({ ...l, mention: a.mention, quote: a.quote, span: a.span }));
  };
  const expand = <T extends Actor>(list: T[], extra: Partial<T> = {}): T[] =>
    list.flatMap((a) => bodies(a)?.map((b) => ({ ...a, ...b, ...extra })) ?? [a]);
  return {
    tasks: tasks.map((t) => ({ ...t, lead: expand(t.lead) })),
    recipients: expand(recipients, { via: 'như điều' } as Partial<Recipient>),
  };
}
