/** Every fact of a document (WebDocument) with its evidence span, for the highlighted text. */
import type { WebActorEdgeFragment, WebDocumentQuery } from '../generated/operations.ts';
import { spanWithin, type Fact, type FactKind } from '../spans.ts';

export type DocumentData = NonNullable<WebDocumentQuery['document']>;
type TaskData = DocumentData['tasks'][number];

function actorFact(kind: FactKind, edge: WebActorEdgeFragment, key: string, taskId?: string): Fact {
  return {
    key,
    kind,
    ...edge.evidence,
    label: edge.actor.name,
    ...(edge.actor.kind === 'ORGANIZATION'
      ? { target: { page: 'organization', id: edge.actor.id } }
      : {}),
    ...(taskId ? { taskId } : {}),
  };
}

function taskFacts(task: TaskData): Fact[] {
  const facts: Fact[] = [
    {
      key: task.id,
      kind: 'task',
      ...task.evidence,
      label: `${task.section} ${task.text}`,
      taskId: task.id,
    },
  ];
  const roles: [FactKind, WebActorEdgeFragment[]][] = [
    ['lead', task.leads],
    ['coordinator', task.coordinators],
    ['reportsTo', task.reportsTo],
  ];
  for (const [kind, edges] of roles) {
    edges.forEach((edge, i) =>
      facts.push(actorFact(kind, edge, `${task.id}:${kind}:${i}`, task.id)),
    );
  }
  const deadline = task.deadline && spanWithin(task.evidence, task.deadline.text);
  if (task.deadline && deadline) {
    facts.push({
      key: `${task.id}:deadline`,
      kind: 'deadline',
      ...deadline,
      quote: task.deadline.text,
      label: task.deadline.end ?? task.deadline.text,
      taskId: task.id,
    });
  }
  return facts;
}

export function documentFacts(doc: DocumentData): Fact[] {
  const facts: Fact[] = [];
  doc.issuers.forEach((edge, i) => facts.push(actorFact('issuer', edge, `issuer:${i}`)));
  doc.implements.forEach((link, i) =>
    facts.push({
      key: `reference:${i}`,
      kind: 'reference',
      ...link.evidence,
      label: link.document.number ?? link.document.id,
      target: { page: 'document', id: link.document.id },
    }),
  );
  for (const task of doc.tasks) facts.push(...taskFacts(task));
  doc.targets.forEach((t) =>
    facts.push({
      key: t.id,
      kind: 'target',
      ...t.evidence,
      label: `${t.metric}: ${t.value ?? `${t.min ?? ''}–${t.max ?? ''}`} ${t.unit ?? ''}${t.year ? ` (${t.year})` : ''}`,
    }),
  );
  doc.recipients.forEach((edge, i) =>
    facts.push({
      key: `recipient:${i}`,
      kind: 'recipient',
      ...edge.evidence,
      label: edge.actor.name + (edge.purpose ? ` (${edge.purpose})` : ''),
      ...(edge.actor.kind === 'ORGANIZATION'
        ? { target: { page: 'organization', id: edge.actor.id } }
        : {}),
    }),
  );
  return facts;
}
