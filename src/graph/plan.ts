/**
 * ParsedDocument → WritePlan (pure): the rows one document writes, with stable ids and the
 * evidence (document id, span, quote) of every fact. No I/O; write.ts turns the plan into Cypher.
 *
 * The parser runs with `documentKey = hashKey(contentHash)`, so the resolver scopes bodies of an
 * unknown jurisdiction to `doc:h:<hash>/…`. A numbered document's id is known only after parsing;
 * its scoped ids are then rewritten to hang under that id, so a corrected version of the same
 * document keeps the same scoped bodies.
 */
import { slugify, type Jurisdiction } from '../orgs/index.ts';
import type {
  Actor,
  Copy,
  DocumentInfo,
  DocumentMeta,
  Effect,
  ParsedDocument,
} from '../parse/index.ts';
import { secrecyRank } from '../parse/index.ts';
import type { DocumentLifecycleType } from './vocabulary.ts';
import { describedDocumentId, documentId, hashKey, numberScope, targetId, taskId } from './ids.ts';
import type { MemberIndex } from './members.ts';
import { ActorTable } from './actor-table.ts';
import type {
  CopyPlan,
  DocumentRow,
  EffectRow,
  RecipientRow,
  ReferenceRow,
  ReportPlan,
  TaskRow,
  TargetRow,
  WritePlan,
} from './model.ts';

export interface PlanInput {
  parsed: ParsedDocument;
  contentHash: string;
  sourceFile: string;
  meta?: DocumentMeta | undefined;
  /** Ids the registry knows (seed/orgs): their actors are not document facts. */
  registryIds: ReadonlySet<string>;
  /** Organizations a group may admit besides the document's own (the registry's). */
  members?: MemberIndex | undefined;
}

/** Where the document's issuer sits: the metadata file first, then the resolver's binding. */
function jurisdictionOf(info: DocumentInfo, meta: DocumentMeta | undefined): Jurisdiction {
  return meta?.jurisdiction ?? info.issuer?.resolution?.jurisdiction ?? {};
}

function ownDocumentId(
  info: DocumentInfo,
  jurisdiction: Jurisdiction,
  fallbackKey: string,
): { id: string; numberKey: string | null } {
  if (!info.number) return { id: `doc:${fallbackKey}`, numberKey: null };
  const scope = numberScope({
    number: info.number,
    jurisdiction,
    issuerId: info.issuer?.id ?? null,
    // Unknown jurisdiction and no absolute issuer: number + the issuer's name as written.
    fallback: `by:${slugify(info.issuer?.name ?? 'unknown')}`,
  });
  return {
    id: documentId(info.number, scope, info.issuedDate),
    numberKey: documentId(info.number, scope, null),
  };
}

function documentRow(
  id: string,
  numberKey: string | null,
  info: DocumentInfo,
  jurisdiction: Jurisdiction,
  level: string | null,
): DocumentRow {
  return {
    id,
    number: info.number,
    type: info.type,
    title: info.title,
    issuedDate: info.issuedDate,
    place: info.place,
    family: info.family,
    issuerName: info.issuer?.name ?? null,
    province: jurisdiction.province ?? null,
    district: jurisdiction.district ?? null,
    level,
    numberKey,
    doubtful: false,
  };
}

/** References: one row per cited document (and its placeholder); a document never cites itself. */
function planReferences(
  parsed: ParsedDocument,
  docId: string,
  ownNumberKey: string | null,
  jurisdiction: Jurisdiction,
): { references: ReferenceRow[]; referenced: Map<string, DocumentRow>; effects: EffectRow[] } {
  const references: ReferenceRow[] = [];
  const effects: EffectRow[] = [];
  const referenced = new Map<string, DocumentRow>();
  for (const ref of parsed.references) {
    let targetIdValue: string;
    let numberKey: string | null = null;
    if (ref.number) {
      const scope = numberScope({
        number: ref.number,
        jurisdiction,
        issuerId: null,
        fallback: `in:${docId.slice('doc:'.length)}`,
      });
      targetIdValue = documentId(ref.number, scope, ref.date);
      numberKey = documentId(ref.number, scope, null);
    } else {
      targetIdValue = describedDocumentId(ref.description ?? ref.quote);
    }
    if (targetIdValue === docId || (numberKey !== null && numberKey === ownNumberKey)) continue;
    if (referenced.has(targetIdValue)) continue;
    for (const e of ref.effects ?? []) {
      effects.push({
        docId,
        start: e.span.start,
        end: e.span.end,
        quote: e.quote,
        type: EFFECT_TYPE[e.effect],
        refStart: ref.span.start,
      });
    }
    references.push({
      docId,
      start: ref.span.start,
      end: ref.span.end,
      quote: ref.quote,
      targetId: targetIdValue,
      relation: ref.relation === 'implements' ? 'IMPLEMENTS' : 'CITES',
      number: ref.number,
      type: ref.type,
      date: ref.date,
      issuerName: ref.issuer,
      description: ref.description,
      doubtful: ref.doubtful,
      probably: ref.probably ?? null,
      mentions: ref.mentions.length,
    });
    referenced.set(targetIdValue, {
      id: targetIdValue,
      number: ref.number,
      type: ref.type,
      title: ref.number ? ref.subject : (ref.description ?? ref.quote),
      issuedDate: ref.date,
      place: null,
      family: 'unknown',
      issuerName: ref.issuer,
      province: null,
      district: null,
      level: null,
      numberKey,
      doubtful: ref.doubtful,
    });
  }

  return { references, referenced, effects };
}

const EFFECT_TYPE: Readonly<Record<Effect, DocumentLifecycleType>> = {
  replaces: 'REPLACES',
  amends: 'AMENDS',
  repeals: 'REPEALS',
  guides: 'GUIDES',
};

/** The document's tasks, targets, recipients (Kính gửi first) and incoming stamps. */
function planFacts(
  parsed: ParsedDocument,
  docId: string,
  actors: ActorTable,
): Pick<WritePlan, 'tasks' | 'targets' | 'recipients' | 'receipts'> {
  // Rows list the evidence's fields rather than spread actors.evidence(): V8 builds a literal
  // that starts with a spread by adding the other fields one by one to a copy, which made this
  // line the costliest of planning (CPU profile; docs/operations.md "Read and plan CPU").
  const tasks: TaskRow[] = parsed.tasks.map((t, ordinal) => ({
    docId,
    start: t.span.start,
    end: t.span.end,
    quote: t.quote,
    id: taskId(docId, t.id),
    ordinal,
    outlineId: t.id,
    section: t.section,
    sectionTitles: t.sectionTitles,
    text: t.text,
    leadRule: t.leadRule,
    deadlineText: t.deadline?.text ?? null,
    deadlineKind: t.deadline?.kind ?? null,
    dueStart: t.deadline?.start ?? null,
    dueEnd: t.deadline?.end ?? null,
    recurrence: t.deadline?.recurrence ?? null,
    deadlineInherited: t.deadline?.inherited ?? false,
    leads: t.lead.map((a) => actors.link(a)),
    coordinators: t.coordinators.map((a) => actors.link(a)),
    reportsTo: t.reportsTo.map((a) => actors.link(a)),
  }));

  const targets: TargetRow[] = parsed.targets.map((t, i) => ({
    docId,
    start: t.span.start,
    end: t.span.end,
    quote: t.quote,
    id: targetId(docId, i + 1),
    metric: t.metric,
    value: t.value,
    min: t.range?.min ?? null,
    max: t.range?.max ?? null,
    unit: t.unit,
    qualifier: t.qualifier,
    year: t.year,
    perYear: t.perYear,
  }));

  // Kính gửi (addressees) are recipients too: the document is sent to them.
  const recipients: RecipientRow[] = [
    ...parsed.addressees.map((a, i) => actors.addressee(a, i)),
    ...parsed.recipients.map((r, i) => actors.recipient(r, parsed.addressees.length + i)),
  ];

  const receipts = parsed.receipts
    .filter((r) => r.receiver !== null)
    .map((r) => ({
      ...actors.link(r.receiver as Actor),
      ...actors.evidence(r),
      number: r.number,
      date: r.date,
      channel: r.channel,
    }));

  return { tasks, targets, recipients, receipts };
}

export function planDocument(input: PlanInput): WritePlan {
  const { parsed, meta } = input;
  const info = parsed.document;
  const provisionalKey = hashKey(input.contentHash);
  const jurisdiction = jurisdictionOf(info, meta);
  const own = ownDocumentId(info, jurisdiction, provisionalKey);
  const docId = own.id;
  const provisionalPrefix = `doc:${provisionalKey}/`;
  const finalPrefix = `${docId}/`;
  const scopeFrom = `"documentScope":"${provisionalKey}"`;
  const scopeTo = `"documentScope":"${docId.slice('doc:'.length)}"`;
  // Both forms rewritten hold the provisional key: most ids (registry bodies) do not.
  const rewrite = (s: string): string =>
    provisionalPrefix === finalPrefix || !s.includes(provisionalKey)
      ? s
      : s.split(provisionalPrefix).join(finalPrefix).split(scopeFrom).join(scopeTo);
  const actors = new ActorTable(docId, rewrite, input.registryIds);
  const level = meta?.level ?? info.issuer?.resolution?.level ?? null;

  const issuedBy = info.issuer ? actors.link(info.issuer) : null;
  const signedBy = info.signer ? actors.signer(info.signer, issuedBy?.actorId ?? null) : null;

  const { references, referenced, effects } = planReferences(
    parsed,
    docId,
    own.numberKey,
    jurisdiction,
  );
  const { tasks, targets, recipients, receipts } = planFacts(parsed, docId, actors);
  const copies: CopyPlan[] = parsed.copies.map((c, i) => planCopy(c, i, docId, actors));

  const plan: WritePlan = {
    document: documentRow(docId, own.numberKey, info, jurisdiction, level),
    contentHash: input.contentHash,
    sourceFile: input.sourceFile,
    placeholderId: own.numberKey !== null && own.numberKey !== docId ? own.numberKey : null,
    actors: [],
    issuedBy,
    signedBy,
    references,
    effects,
    referenced: [...referenced.values()],
    tasks,
    targets,
    recipients,
    receipts,
    copies,
    memberships: [],
    report: planReport(parsed, docId, [...referenced.values()], actors),
    entryIntoForce: parsed.entryIntoForce
      ? {
          ...actors.evidence(parsed.entryIntoForce),
          from: parsed.entryIntoForce.from,
          onSigning: parsed.entryIntoForce.onSigning,
        }
      : null,
    warnings: parsed.warnings.length,
  };
  // A copy made inside a marked text is as secret as the text that holds it.
  const secrecy = secrecyRank(parsed.secrecy?.level);
  if (secrecy > 0)
    for (const d of [plan.document, ...copies.map((c) => c.document)]) d.secrecy = secrecy;
  plan.actors = [...actors.rows.values()];
  plan.memberships = input.members
    ? input.members.linksFor(plan.actors, plan.document.issuedDate ?? undefined)
    : [];
  return plan;
}

/** The document a report reports on (a reference it makes), and its items with evidence. */
function planReport(
  parsed: ParsedDocument,
  docId: string,
  referenced: readonly DocumentRow[],
  actors: ActorTable,
): ReportPlan | null {
  const report = parsed.report;
  if (!report) return null;
  const target = referenced.find((d) => d.number === report.reportsOn);
  if (!target) return null;
  const items = report.items.map((item) => ({ ...item, ...actors.evidence(item), docId }));
  return {
    ...actors.evidence(report.reference),
    targetId: target.id,
    numberKey: target.numberKey,
    items: JSON.stringify(items),
  };
}

function planCopy(copy: Copy, index: number, originalId: string, actors: ActorTable): CopyPlan {
  const info = copy.document;
  const jurisdiction = info.issuer?.resolution?.jurisdiction ?? {};
  let id = `${originalId}/copy/${index + 1}`;
  let numberKey: string | null = null;
  if (info.number) {
    const scope = numberScope({
      number: info.number,
      jurisdiction,
      issuerId: info.issuer?.id ?? null,
      fallback: `in:${originalId.slice('doc:'.length)}`,
    });
    id = documentId(info.number, scope, info.issuedDate);
    numberKey = documentId(info.number, scope, null);
  }
  const issuedBy = info.issuer ? actors.link(info.issuer) : null;
  return {
    document: documentRow(
      id,
      numberKey,
      info,
      jurisdiction,
      info.issuer?.resolution?.level ?? null,
    ),
    placeholderId: numberKey !== null && numberKey !== id ? numberKey : null,
    copyType: copy.copyType,
    evidence: actors.evidence(copy),
    issuedBy,
    signedBy: info.signer ? actors.signer(info.signer, issuedBy?.actorId ?? null) : null,
    recipients: copy.recipients.map((r, i) => actors.recipient(r, i)),
  };
}
