/** Document, its edges, targets and evidence. */
import type { Resolvers } from '../generated/graphql.ts';
import { apiError } from '../errors.ts';
import { jurisdictionOf, type DocumentModel } from '../../read/models.ts';
import { connectionFields } from './connections.ts';
import { readWith } from '../shape.ts';

export const documentResolvers: Resolvers = {
  Document: {
    status: (doc) => (doc.status === 'ingested' ? 'INGESTED' : 'REFERENCED'),
    jurisdiction: (doc) => jurisdictionOf(doc),
    // Read with the document when its statement followed them (read/shape.ts), else batched.
    issuers: (doc, _args, { loaders }, info) =>
      readWith(doc, info) ?? loaders.documentIssuers.load(doc.id),
    recipients: (doc, _args, { loaders }, info) =>
      readWith(doc, info) ?? loaders.documentRecipients.load(doc.id),
    implements: (doc, _args, { loaders }, info) =>
      readWith(doc, info) ?? loaders.documentImplements.load(doc.id),
    implementedBy: (doc, _args, { loaders }, info) =>
      readWith(doc, info) ?? loaders.documentImplementedBy.load(doc.id),
    tasks: (doc, _args, { loaders }, info) =>
      readWith(doc, info) ?? loaders.documentTasks.load(doc.id),
    tasksConnection: (doc, args, { loaders }, info) =>
      readWith(doc, info) ?? loaders.pages.documentTasks(doc.id, args),
    targets: (doc, _args, { loaders }, info) =>
      readWith(doc, info) ?? loaders.documentTargets.load(doc.id),
  },
  DocumentConnection: connectionFields<DocumentModel>(),
  Target: {
    unit: (target) => target.unit ?? null,
    perYear: (target) => target.perYear ?? false,
    evidence: (target) => target,
  },
  Evidence: {
    document: async (evidence, _args, { loaders }) => {
      const node = await loaders.node.load(evidence.docId);
      // The ingest writes evidence only for documents it keeps: a miss is a broken graph.
      if (node?.__type !== 'Document') {
        throw apiError('INTERNAL_SERVER_ERROR', `evidence names a missing document`);
      }
      return node;
    },
  },
};
