/** The change feed's subscriptions (events.ts): filters applied to each event, payloads as is. */
import type { Resolvers } from '../generated/graphql.ts';
import { changeFeed, type DocumentIngestedModel } from '../events.ts';
import { badInput } from '../errors.ts';
import { pageStatement } from '../../read/page.ts';
import { toTask, type Props, type TaskModel } from '../../read/models.ts';
import { tasksQuery } from '../../read/tasks.ts';
import type { GraphReader } from '../../read/reader.ts';
import type { StatusUpdateModel } from '../../read/status-derive.ts';

interface DocumentFilter {
  type?: string | null;
  level?: string | null;
  jurisdiction?: string | null;
}

export function ingestMatches(e: DocumentIngestedModel, f: DocumentFilter | null | undefined) {
  if (!f) return true;
  if (f.type != null && e.type !== f.type) return false;
  if (f.level != null && e.level !== f.level) return false;
  const j = f.jurisdiction;
  return j == null || e.jurisdiction === j || (e.jurisdiction ?? '').startsWith(`${j}/`);
}

/** At most this many tasks per tick of tasksDueSoon. */
const MAX_DUE = 500;

async function dueSoon(db: GraphReader, withinDays: number, today: Date): Promise<TaskModel[]> {
  const until = new Date(today.getTime() + withinDays * 86_400_000);
  const query = tasksQuery({
    dueFrom: today.toISOString().slice(0, 10),
    dueTo: until.toISOString().slice(0, 10),
  });
  const { cypher, params } = pageStatement(query, null, MAX_DUE);
  return (await db.read(cypher, params)).slice(0, MAX_DUE).map((row) => toTask(row.node as Props));
}

async function* dueSoonTicks(db: GraphReader, withinDays: number) {
  for await (const at of changeFeed.changes()) {
    yield { tasksDueSoon: await dueSoon(db, withinDays, at) };
  }
}

export const subscriptionResolvers: Resolvers = {
  Subscription: {
    documentIngested: {
      subscribe: async function* (_p, { filter }) {
        for await (const e of changeFeed.events('documentIngested', (e) =>
          ingestMatches(e, filter),
        ))
          yield { documentIngested: e };
      },
    },
    taskStatusChanged: {
      subscribe: async function* (_p, { task, document }) {
        const keep = (u: StatusUpdateModel): boolean =>
          (task == null || u.taskId === task) &&
          (document == null || u.taskId.startsWith(`${document}#`));
        for await (const u of changeFeed.events('taskStatusChanged', keep))
          yield { taskStatusChanged: u };
      },
    },
    tasksDueSoon: {
      subscribe: (_p, { withinDays }, { db }) => {
        const days = withinDays ?? 30;
        if (days < 0 || days > 366)
          throw badInput('withinDays must be 0–366', { argument: 'withinDays' });
        return dueSoonTicks(db, days);
      },
    },
  },
  DocumentIngestedEvent: {
    document: async (e, _args, { loaders }) => {
      const node = await loaders.node.load(e.documentId);
      if (node?.__type !== 'Document') throw new Error(`ingested ${e.documentId} is missing`);
      return node;
    },
  },
};
