/**
 * Prefetch by id: a root lookup (`document(id:)`, `organization(id:)`) knows the id before the
 * node is read, so the lists its selection asks for are loaded in the same round as the node,
 * not after it. One round of statements instead of two; each statement is still the batched one
 * the field resolver would run (the batchers cache by id, so the resolver finds it loaded).
 */
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { Loaders } from './loaders.ts';

/** The fields selected directly on the returned object (inline fragments included). */
function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') names.add(selection.name.value);
      else if (selection.kind === 'InlineFragment') visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}

type ListLoader = { load(key: string): Promise<unknown> };

const DOCUMENT_LISTS: Record<string, (l: Loaders) => ListLoader> = {
  issuers: (l) => l.documentIssuers,
  recipients: (l) => l.documentRecipients,
  implements: (l) => l.documentImplements,
  implementedBy: (l) => l.documentImplementedBy,
  tasks: (l) => l.documentTasks,
  targets: (l) => l.documentTargets,
};

const ORGANIZATION_LISTS: Record<string, (l: Loaders) => ListLoader> = {
  partOf: (l) => l.partOf,
  units: (l) => l.units,
  groups: (l) => l.groups,
  tasksLed: (l) => l.tasksLed,
  tasksCoordinated: (l) => l.tasksCoordinated,
  tasksReportedTo: (l) => l.tasksReportedTo,
  reportedToBy: (l) => l.reportedToBy,
  reportsTo: (l) => l.reportsTo,
  documentsIssued: (l) => l.documentsIssued,
  documentsReceived: (l) => l.documentsReceived,
};

function prefetch(
  table: Record<string, (l: Loaders) => ListLoader>,
  id: string,
  info: GraphQLResolveInfo,
  loaders: Loaders,
  /** Fields the root statement reads itself (api/shape.ts). */
  compiled: ReadonlySet<string>,
): void {
  for (const name of selectedFields(info)) {
    if (compiled.has(name)) continue;
    const loader = table[name]?.(loaders);
    // Errors surface when the field resolver awaits the same (cached) promise.
    loader?.load(id).catch(() => {});
  }
}

type Prefetch = (
  id: string,
  info: GraphQLResolveInfo,
  loaders: Loaders,
  compiled: ReadonlySet<string>,
) => void;

export const prefetchDocumentLists: Prefetch = (id, info, loaders, compiled) =>
  prefetch(DOCUMENT_LISTS, id, info, loaders, compiled);

export const prefetchOrganizationLists: Prefetch = (id, info, loaders, compiled) =>
  prefetch(ORGANIZATION_LISTS, id, info, loaders, compiled);
