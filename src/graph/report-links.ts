/**
 * A report's items matched to the tasks of the document it reports on (REPORTS_ON to a Task),
 * each link with the item's evidence, what it answers and what it says was done.
 *
 * Run in the write transaction of every batch: for reports just written, and for reports on
 * documents just (re)written — their tasks were recreated, so the links are made again from the
 * items kept on the report's REPORTS_ON to the document. Matching is pure (`matchItems`).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { foldVietnamese, type ReportItem } from '../parse/index.ts';
import * as Q from './cypher.ts';
import type { RelRow } from './rows.ts';
import { withoutOwnDocId, type Evidence } from './vocabulary.ts';

export interface LinkableTask {
  id: string;
  section: string;
  text: string;
  sectionTitles: string[] | null;
}

/** A report item as kept on the relationship: the parser's item with this report's evidence. */
export type StoredItem = ReportItem & Evidence;

/** Words compared without diacritics, case or punctuation ("cấp uỷ" = "cấp ủy"). */
export function matchKey(s: string): string {
  return foldVietnamese(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function inSection(task: LinkableTask, section: string): boolean {
  return task.section === section || task.section.startsWith(`${section}.`);
}

function saysWords(task: LinkableTask, words: string): boolean {
  const key = matchKey(words);
  const heading = task.sectionTitles?.at(-1) ?? '';
  return matchKey(task.text).includes(key) || matchKey(heading).includes(key);
}

/** What an item answers, as the link records it: the section and the words it quotes. */
function answers(item: StoredItem): string {
  const section = item.section ? `mục ${item.section}` : null;
  const words = item.words ? `“${item.words}”` : null;
  return [section, words].filter((s) => s !== null).join(': ');
}

/**
 * The tasks an item answers: those of its section that say its quoted words; its section's
 * tasks when it quotes none; the tasks that say its words when it names no section. An item
 * whose words no task of its section says answers its section only if that holds one task.
 */
export function tasksAnswered(
  item: StoredItem,
  tasks: readonly LinkableTask[],
): readonly LinkableTask[] {
  const inIt = item.section ? tasks.filter((t) => inSection(t, item.section as string)) : tasks;
  if (!item.words) return inIt;
  const saying = inIt.filter((t) => saysWords(t, item.words as string));
  if (saying.length > 0) return saying;
  return item.section && inIt.length === 1 ? inIt : [];
}

export function matchItems(
  report: string,
  items: readonly StoredItem[],
  tasks: readonly LinkableTask[],
): RelRow[] {
  const links: RelRow[] = [];
  for (const item of items) {
    for (const task of tasksAnswered(item, tasks)) {
      links.push({
        from: report,
        to: task.id,
        // The docId is the report's own where it is the start node's (vocabulary.ts).
        props: withoutOwnDocId(
          {
            docId: item.docId,
            start: item.start,
            end: item.end,
            quote: item.quote,
            answers: answers(item),
            outcome: item.outcome,
            completedOn: item.completedOn,
            done: item.done,
          },
          report,
        ),
      });
    }
  }
  return links;
}

/** Links the reports by or on these documents to the tasks they answer (within `tx`). */
export async function linkReports(tx: ManagedTransaction, ids: readonly string[]): Promise<void> {
  const found = await tx.run(Q.REPORTS_TO_LINK, { ids });
  const pairs = found.records.map((r) => {
    const report = r.get('report') as string;
    const items = JSON.parse((r.get('items') as string | null) ?? '[]') as StoredItem[];
    const tasks = r.get('tasks') as LinkableTask[];
    return { report, target: r.get('target') as string, links: matchItems(report, items, tasks) };
  });
  if (pairs.length > 0) await tx.run(Q.RELINK_REPORT_TASKS, { pairs });
}
