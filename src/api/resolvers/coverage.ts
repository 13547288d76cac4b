/**
 * Recipient coverage over GraphQL: `recipientCoverage` and `coverageReport` call the traversal
 * (src/traverse/coverage) and resolve its answer field by field; nothing here computes coverage.
 */
import type { Resolvers } from '../generated/graphql.ts';
import { badInput } from '../errors.ts';
import {
  toActor,
  toDocument,
  type ActorEdgeModel,
  type ActorModel,
  type DocumentModel,
  type RecipientEdgeModel,
} from '../../read/models.ts';
import { decodeKeyedCursor, encodeKeyedCursor, pageSize } from '../../read/cursors.ts';
import type {
  CoverageActor,
  CoverageDocument,
  IssuerLine,
  RecipientLine,
} from '../../traverse/coverage/model.ts';
import { reportKeyOf, reportPage, type ReportKey } from '../../traverse/coverage/report.ts';
import { readCoverageReport, readDocumentCoverage } from '../../traverse/coverage/index.ts';

/** An actor of the traversal as the API's Actor types take it. */
export function actorModel(
  actor: Pick<
    CoverageActor,
    'id' | 'name' | 'labels' | 'orgKind' | 'level' | 'province' | 'district' | 'membership'
  >,
): ActorModel {
  return toActor({
    id: actor.id,
    name: actor.name,
    labels: actor.labels,
    orgKind: actor.orgKind ?? null,
    level: actor.level ?? null,
    province: actor.province ?? null,
    district: actor.district ?? null,
    membership: actor.membership ?? null,
  });
}

export function documentModel(doc: CoverageDocument): DocumentModel {
  return toDocument({ ...doc, labels: ['Document'] });
}

export function recipientEdge(line: RecipientLine): RecipientEdgeModel {
  return { actor: actorModel(line.actor), purpose: line.purpose, evidence: line.evidence };
}

function issuerEdge(issuer: IssuerLine): ActorEdgeModel {
  return { actor: actorModel(issuer.actor), evidence: issuer.evidence };
}

/** The report position as a keyed cursor: [ratio, notCovered] and the document id. */
function encodeReportCursor(key: ReportKey): string {
  return encodeKeyedCursor(JSON.stringify([key.ratio, key.notCovered]), key.id);
}

function decodeReportCursor(cursor: string | null | undefined): ReportKey | null {
  const decoded = decodeKeyedCursor(cursor);
  if (!decoded) return null;
  let value: unknown;
  try {
    value = JSON.parse(String(decoded.key));
  } catch {
    value = undefined;
  }
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    (value[0] === null || typeof value[0] === 'number') &&
    typeof value[1] === 'number'
  ) {
    return { ratio: value[0] as number | null, notCovered: value[1] as number, id: decoded.id };
  }
  throw badInput('after is not a cursor of a coverage report', { argument: 'after' });
}

export const coverageResolvers: Resolvers = {
  Query: {
    recipientCoverage: (_parent, { document, asOf }, { db }) =>
      readDocumentCoverage(db, document, asOf),
    coverageReport: async (_parent, { filter, first, after, asOf }, { db }) => {
      const size = pageSize(first);
      const position = decodeReportCursor(after);
      const coverages = await readCoverageReport(db, filter, undefined, asOf ?? null);
      return reportPage(coverages, position, size);
    },
  },
  RecipientCoverage: {
    document: (coverage) => documentModel(coverage.document),
    recipients: (coverage) => coverage.recipients.map(recipientEdge),
    recipientsWithoutTask: (coverage) => coverage.recipientsWithoutTask.map(recipientEdge),
    publications: (coverage) => coverage.publications.map(recipientEdge),
  },
  BodyCoverage: {
    actor: (body) => actorModel(body.actor),
  },
  CoverageTask: {
    task: async (t, _args, { loaders }) => {
      const node = await loaders.node.load(t.taskId);
      if (node?.__type !== 'Task') throw new Error(`task ${t.taskId} is missing`);
      return node;
    },
  },
  CoverageWay: {
    recipient: (w) => (w.recipient ? recipientEdge(w.recipient) : null),
    issuer: (w) => (w.issuer ? issuerEdge(w.issuer) : null),
    body: (w) => (w.body ? actorModel(w.body) : null),
  },
  CoverageSummary: {
    coverageRatio: (s) => s.ratio,
  },
  CoverageReportConnection: {
    edges: (page) =>
      page.rows.map((row) => ({ cursor: encodeReportCursor(reportKeyOf(row)), node: row })),
    pageInfo: (page) => ({
      hasNextPage: page.hasNextPage,
      endCursor: page.rows.length > 0 ? encodeReportCursor(reportKeyOf(page.rows.at(-1)!)) : null,
    }),
  },
  CoverageReportRow: {
    document: (row) => documentModel(row.document),
  },
};
