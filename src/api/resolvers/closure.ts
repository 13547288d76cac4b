/** Why a task is no longer open: the documents that replaced or repealed its document. */
import type { DocumentEffectType, Resolvers } from '../generated/graphql.ts';
import { toApiError } from '../errors.ts';
import { statusDate } from '../../read/status.ts';
import { closuresOn } from '../../read/status-derive.ts';

export const closureResolvers: Resolvers = {
  Task: {
    closedBy: async (task, { asOf }, { loaders }) => {
      let on: string;
      try {
        on = statusDate(asOf);
      } catch (error) {
        throw toApiError(error);
      }
      const facts = await loaders.statusFacts.load(task.id);
      return facts ? closuresOn(facts.closures, on) : [];
    },
  },
  Closure: {
    relation: (c) => c.type as DocumentEffectType,
    document: async (c, _args, { loaders }) => {
      const node = await loaders.node.load(c.by);
      // The closing document's id was just read from the graph: a miss is a broken graph.
      if (node?.__type !== 'Document') throw new Error(`closing document ${c.by} not found`);
      return node;
    },
    date: (c) => c.on,
    evidence: (c) => c.evidence,
  },
};
