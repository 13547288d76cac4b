/** Task status: derived in the read layer (src/read/status-derive.ts), resolved field by field. */
import type { Resolvers, TaskStatus } from '../generated/graphql.ts';
import { noteWrite, type ApiContext } from '../context.ts';
import { apiError, fromDatabaseError, toApiError } from '../errors.ts';
import { auditActor, requireRole } from '../auth.ts';
import { recordAudit } from '../../graph/audit.ts';
import { changeFeed } from '../events.ts';
import { recordStatusUpdate } from '../../graph/status-updates.ts';
import type { TaskModel } from '../../read/models.ts';
import { statusDate, toStatusUpdate } from '../../read/status.ts';
import { deriveStatus, type DerivedStatus } from '../../read/status-derive.ts';

async function derived(
  task: TaskModel,
  args: { asOf?: string | null; dueSoonDays?: number | null },
  { loaders }: ApiContext,
): Promise<DerivedStatus> {
  let asOf: string;
  try {
    asOf = statusDate(args.asOf);
  } catch (error) {
    throw toApiError(error);
  }
  const facts = await loaders.statusFacts.load(task.id);
  if (!facts) throw new Error(`task ${task.id} has no status facts`);
  return deriveStatus(facts, asOf, args.dueSoonDays ?? 30);
}

const documentOf = async (id: string | undefined, { loaders }: ApiContext) => {
  if (id === undefined) return null;
  const node = await loaders.node.load(id);
  return node?.__type === 'Document' ? node : null;
};

export const statusResolvers: Resolvers = {
  Task: {
    status: async (task, args, context) => (await derived(task, args, context)).status,
    statusEvidence: async (task, args, context) => (await derived(task, args, context)).evidence,
    statusHistory: (task, _args, { loaders }) => loaders.statusHistory.load(task.id),
    reports: async (task, _args, context) =>
      (await derived(task, {}, context)).evidence.filter((e) => e.source === 'REPORT'),
  },
  StatusEvidence: {
    report: (e, _args, context) => documentOf(e.report?.report, context),
    answers: (e) => e.report?.answers ?? null,
    done: (e) => e.report?.done ?? null,
    completedOn: (e) => e.report?.completedOn ?? null,
    closedBy: (e, _args, context) => documentOf(e.closure?.by, context),
  },
  TaskStatusUpdate: {
    task: async (u, _args, { loaders }) => {
      const node = await loaders.node.load(u.taskId);
      return node?.__type === 'Task' ? node : null;
    },
    status: (u) => u.status as TaskStatus,
  },
  Mutation: {
    updateTaskStatus: async (_parent, args, context) => {
      const { writeDriver, database, access, loaders } = context;
      requireRole(access.viewer, 'editor', 'updateTaskStatus');
      // A task of a document the key may not see is, for it, no task at all.
      const task = await loaders.node.load(args.task);
      if (task?.__type !== 'Task') {
        throw apiError('NOT_FOUND', `no task ${args.task}`, { argument: 'task' });
      }
      let written;
      try {
        written = await recordStatusUpdate(writeDriver, database, {
          task: args.task,
          status: args.status,
          note: args.note,
          evidence: args.evidence ?? null,
          by: args.by ?? null,
          keyId: access.viewer.userId,
        });
        if (written) {
          await recordAudit(writeDriver, database, {
            ...auditActor(access.viewer),
            action: 'task-status',
            via: 'api',
            targets: [args.task],
            detail: args.status,
          });
        }
      } catch (error) {
        throw fromDatabaseError(error);
      }
      if (!written) throw apiError('NOT_FOUND', `no task ${args.task}`, { argument: 'task' });
      await noteWrite(context);
      const update = toStatusUpdate(written);
      changeFeed.publish('taskStatusChanged', update);
      return update;
    },
  },
};
