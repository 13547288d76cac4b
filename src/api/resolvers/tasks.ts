/** Task: its document, deadline, actors by role, and evidence. */
import type { GraphQLResolveInfo } from 'graphql';
import type { Resolvers, TaskRole } from '../generated/graphql.ts';
import type { ApiContext } from '../context.ts';
import type { TaskActorType } from '../loaders.ts';
import type { ActorEdgeModel, DocumentModel, TaskModel } from '../../read/models.ts';
import { selectsOnlyId } from './selected.ts';
import { connectionFields } from './connections.ts';
import { readWith } from '../shape.ts';

async function actorsAs(
  task: TaskModel,
  type: TaskActorType,
  { loaders }: ApiContext,
  info: GraphQLResolveInfo,
): Promise<ActorEdgeModel[]> {
  // Read with the task when its statement followed them (read/shape.ts), else batched.
  const read = readWith<ActorEdgeModel[]>(task, info);
  if (read) return read;
  const all = await loaders.taskActors.load(task.id);
  return all.filter((a) => a.type === type).map((a) => a.edge);
}

const ROLES: Record<TaskActorType, TaskRole> = {
  LED_BY: 'LEAD',
  COORDINATES_WITH: 'COORDINATOR',
  REPORTS_TO: 'REPORTED_TO',
};

export const taskResolvers: Resolvers = {
  Task: {
    document: async (task, _args, { loaders }, info) => {
      // A task's docId is its document's id (written from that document): asked for the id
      // alone, the answer needs no read.
      if (selectsOnlyId(info)) return { __type: 'Document', id: task.docId } as DocumentModel;
      const read = readWith<DocumentModel | null>(task, info);
      const node = read === undefined ? await loaders.node.load(task.docId) : read;
      if (node?.__type !== 'Document') throw new Error(`task ${task.id} has no document`);
      return node;
    },
    // Stored on the task only where its section's entry on the document does not give them.
    sectionTitles: async (task, _args, { loaders }) =>
      task.sectionTitles ?? (await loaders.taskSectionTitles.load(task.id)),
    deadline: (task) =>
      task.deadlineText
        ? {
            text: task.deadlineText,
            start: task.dueStart ?? null,
            end: task.dueEnd ?? null,
            recurrence: task.recurrence ?? null,
            inherited: task.deadlineInherited ?? false,
          }
        : null,
    leads: (task, _args, context, info) => actorsAs(task, 'LED_BY', context, info),
    coordinators: (task, _args, context, info) => actorsAs(task, 'COORDINATES_WITH', context, info),
    reportsTo: (task, _args, context, info) => actorsAs(task, 'REPORTS_TO', context, info),
    rolesOf: async (task, { actor }, { loaders }) => {
      const roles = (await loaders.taskActors.load(task.id))
        .filter((a) => a.edge.actor.id === actor)
        .map((a) => ROLES[a.type]);
      return [...new Set(roles)];
    },
    evidence: (task) => task,
  },
  TaskConnection: connectionFields<TaskModel>(),
};
