/** Bodies over time: validity, successions and the bodies responsible on a date. */
import type { Resolvers } from '../generated/graphql.ts';
import type { ActorModel } from '../../read/models.ts';
import { asOfDate, today, type ResponsibleBodyModel } from '../../read/successions.ts';
import { validityOn } from '../../read/lifecycle.ts';
import type { ApiContext } from '../context.ts';

/** An organization node by id (the ends of a succession step are organizations). */
async function organization(id: string, { loaders }: ApiContext): Promise<ActorModel> {
  const node = await loaders.node.load(id);
  if (node?.__type !== 'Organization') throw new Error(`organization ${id} is not in the graph`);
  return node;
}

export const successionResolvers: Resolvers = {
  Organization: {
    validFrom: (org) => org.validFrom ?? null,
    validTo: (org) => org.validTo ?? null,
    successors: (org, _args, { loaders }) => loaders.successors.load(org.id),
    predecessors: (org, _args, { loaders }) => loaders.predecessors.load(org.id),
    responsibleOn: (org, { date }, { loaders }) =>
      loaders.responsibleOn(asOfDate(date, 'date')).load(org.id),
    inheritedTasks: (org, { asOf }, { loaders }) =>
      loaders.inheritedTasks(asOfDate(asOf)).load(org.id),
  },
  Task: {
    responsibleNow: async (task, _args, { loaders }) => {
      const leads = (await loaders.taskActors.load(task.id)).filter(
        (a) => a.type === 'LED_BY' && a.edge.actor.__type === 'Organization',
      );
      const now = loaders.responsibleOn(today());
      const answers = await Promise.all(leads.map((a) => now.load(a.edge.actor.id)));
      const seen = new Set<string>();
      const out: ResponsibleBodyModel[] = [];
      for (const body of answers.flat()) {
        const key = `${body.organization.id}|${body.chain.map((s) => s.from).join('>')}`;
        if (!seen.has(key)) out.push(body);
        seen.add(key);
      }
      return out;
    },
  },
  Document: {
    effects: (doc, _args, { loaders }) => loaders.documentEffects.load(doc.id),
    affectedBy: (doc, _args, { loaders }) => loaders.documentAffectedBy.load(doc.id),
    validity: async (doc, { asOf }, { loaders }) => {
      const date = asOfDate(asOf);
      return validityOn(doc, await loaders.documentAffectedBy.load(doc.id), date);
    },
  },
  SuccessionStep: {
    from: (step, _args, context) => organization(step.from, context),
    to: (step, _args, context) => organization(step.to, context),
  },
};
