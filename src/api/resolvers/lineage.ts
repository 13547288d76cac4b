/** Task lineage: the hops read by src/traverse/lineage, resolved field by field. */
import type { Resolvers } from '../generated/graphql.ts';
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import type { TaskModel } from '../../read/models.ts';
import { lateDerivedTasks } from '../../traverse/lineage/index.ts';

async function taskNode(id: string, { loaders }: ApiContext): Promise<TaskModel> {
  const node = await loaders.node.load(id);
  if (node?.__type !== 'Task') throw new Error(`lineage names a missing task ${id}`);
  return node;
}

export const lineageResolvers: Resolvers = {
  Task: {
    derivedFrom: (task, _args, { loaders }) => loaders.derivedFrom.load(task.id),
    derivedTasks: (task, _args, { loaders }) => loaders.derivedTasks.load(task.id),
  },
  TaskLineage: {
    derived: (edge, _args, context) => taskNode(edge.derived, context),
    source: (edge, _args, context) => taskNode(edge.source, context),
    via: async (edge, _args, { loaders }) => {
      if (edge.via === null) return null;
      const node = await loaders.node.load(edge.via);
      return node?.__type === 'Document' ? node : null;
    },
  },
  Query: {
    lateDerivedTasks: (_parent, { document, first }, { db }) => {
      const limit = first ?? 100;
      if (limit < 1 || limit > 500) throw badInput('first must be 1–500', { argument: 'first' });
      return lateDerivedTasks(db, document ?? null, limit);
    },
  },
};
