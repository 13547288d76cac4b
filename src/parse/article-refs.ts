/**
 * "Như Điều 3" (as Article 3 says): in a decision's Nơi nhận or in another article, it stands for
 * the bodies that article names as executing it, as "Như trên" stands for the addressees. Each
 * body keeps the span of the "Như Điều 3" it was read from. "Mục V" in a plan's Nơi nhận stands
 * likewise for the bodies that part V assigns tasks to.
 */
import { fold } from './source.ts';
import type { Actor, Recipient, Task } from './types.ts';

/** "chịu trách nhiệm thi hành", "có trách nhiệm thực hiện" (folded). */
const EXECUTES_DOCUMENT = /(?:chiu|co)\s+trach\s+nhiem\s+(?:thi\s+hanh|thuc\s+hien)/;
const AS_ARTICLE = /^nhu\s*(?:dieu|d\.)\s*(\d{1,3})\b/;

/** "Mục V" / "Như Mục V" as a whole item: the bodies of part V of the plan. */
const AS_PART = /^(?:nhu\s+)?muc\s+([ivxlc]{1,6})$/;

/** A mention folded and trimmed, once per text (each actor is asked twice, leads again and
 *  again). */
type Folded = (a: Actor) => string;

function foldedMentions(): Folded {
  const memo = new Map<string, string>();
  return (a) => {
    let f = memo.get(a.mention);
    // Stryker disable next-line ConditionalExpression: a cache; folding again gives the same value
    if (f === undefined) memo.set(a.mention, (f = fold(a.mention.normalize('NFC')).trim()));
    return f;
  };
}

function partOf(folded: string): string | null {
  const m = AS_PART.exec(folded.replace(/[.;:]$/, ''));
  return m ? (m[1] as string).toUpperCase() : null;
}

/** The lead bodies of the tasks of part `label`, each once, in the order of the text. */
function partLeads(tasks: Task[], label: string): Actor[] {
  const seen = new Set<string>();
  return tasks
    .filter((t) => t.section === label || t.section.startsWith(`${label}.`))
    .flatMap((t) => t.lead)
    .filter((l) => !seen.has(l.name) && (seen.add(l.name), true));
}

function articleOf(folded: string): string | null {
  const m = AS_ARTICLE.exec(folded);
  return m ? `Điều ${m[1] as string}` : null;
}

const at = (a: Actor) => ({ mention: a.mention, quote: a.quote, span: a.span });

/** Replace "Như Điều N" (and "Mục V") leads and recipients by the lead bodies of article N's task. */
export function resolveArticleRefs(
  tasks: Task[],
  recipients: Recipient[],
  /** The executors an article names, read from the text when no task of it was read. */
  // Stryker disable next-line ArrowFunction: undefined and null both mean "none named"
  fromText: (n: string) => Actor[] | null = () => null,
): { tasks: Task[]; recipients: Recipient[] } {
  const folded = foldedMentions();
  const bodies = (a: Actor): Actor[] | null => {
    const part = partOf(folded(a));
    if (part) {
      const leads = partLeads(tasks, part);
      return leads.length > 0 ? leads.map((l) => ({ ...l, ...at(a) })) : null;
    }
    const article = articleOf(folded(a));
    if (!article) return null;
    const own = (x: Task): boolean => x.lead.every((l) => !articleOf(folded(l)));
    // the article itself, else its clause that executes the document ("Điều 4. Điều khoản thi
    // hành / 1. … có hiệu lực … / 2. A; B chịu trách nhiệm thi hành …")
    const t =
      tasks.find((x) => x.section === article && own(x)) ??
      tasks.find(
        (x) =>
          x.section.startsWith(`${article}.`) &&
          own(x) &&
          x.lead.length > 0 &&
          EXECUTES_DOCUMENT.test(fold(x.text)),
      );
    const lead = t && t.lead.length > 0 ? t.lead : fromText(article.slice('Điều '.length));
    if (!lead || lead.length === 0) return null;
    return lead.map((l) => ({ ...l, ...at(a) }));
  };
  const expand = <T extends Actor>(list: T[], extra: Partial<T> = {}): T[] =>
    list.flatMap((a) => bodies(a)?.map((b) => ({ ...a, ...b, ...extra })) ?? [a]);
  return {
    tasks: tasks.map((t) => ({ ...t, lead: expand(t.lead) })),
    recipients: onceEach(expand(recipients, { via: 'như điều' } as Partial<Recipient>)),
  };
}

/** A body that "Như Điều 3" stands for and that the block also names itself ("Như Điều 3;
 *  … CVP, các PCVP UBND tỉnh", Điều 3 naming the Chánh Văn phòng) is one recipient: the first. */
function onceEach(list: Recipient[]): Recipient[] {
  // names are squashed: case and diacritics aside, equal names are one body
  const key = (r: Recipient): string => fold(r.name);
  const byArticle = new Set(list.filter((r) => r.via === 'như điều').map(key));
  const seen = new Set<string>();
  return list.filter((r) => {
    const k = key(r);
    if (!byArticle.has(k)) return true;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
