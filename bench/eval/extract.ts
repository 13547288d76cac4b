/**
 * Turning a parser result and a label into the one Extraction shape the scoring compares.
 */
import type { Actor, ParsedDocument } from '../../src/parse/index.ts';
import type { Body, Extraction, Label } from './types.ts';

/** Every name a predicted actor may be recognised by: as resolved, as written, as expanded. */
function names(a: Actor): Body {
  return [...new Set([a.name, a.mention, a.expanded])];
}

/**
 * The label's "implements" is what the document carries out or rests on (docs/labelling.md,
 * Implements): the parser's 'implements' and 'basis' references (every document named in a Căn
 * cứ paragraph), with a number.
 */
export function implementedNumbers(doc: Pick<ParsedDocument, 'references'>): string[] {
  return doc.references
    .filter((r) => (r.relation === 'implements' || r.relation === 'basis') && r.number !== null)
    .map((r) => r.number as string);
}

export function fromParsed(doc: ParsedDocument): Extraction {
  const d = doc.document;
  return {
    metadata: {
      number: d.number,
      type: d.type,
      issuedDate: d.issuedDate,
      place: d.place,
      issuer: d.issuer ? names(d.issuer) : null,
      signer: d.signer?.name ?? null,
      title: d.title,
    },
    implements: implementedNumbers(doc),
    tasks: doc.tasks.map((t) => ({
      start: t.span.start,
      end: t.span.end,
      lead: t.lead.map(names),
      coordinators: t.coordinators.map(names),
      deadline: t.deadline ? { kind: t.deadline.kind, end: t.deadline.end } : null,
    })),
    // Every Nơi nhận block of the file, a certified copy's too (the label lists them all); the
    // archive line ("Lưu: VT") is no recipient (docs/labelling.md, Recipients).
    recipients: [...doc.recipients, ...doc.copies.flatMap((c) => c.recipients)]
      .filter((r) => r.purpose !== 'lưu')
      .map(names),
  };
}

/**
 * A label as an extraction. Each task starts at its quote. As the reference, a task is its quote;
 * as a prediction (labels b scored against labels a), a task reaches to the next task's quote,
 * since a labeller's quote marks where the task starts, not where it ends.
 */
export function fromLabel(
  label: Label,
  positions: number[],
  textLength: number,
  role: 'reference' | 'prediction',
  occurrences: number[][] = [],
): Extraction {
  const starts = [...new Set(positions)].sort((a, b) => a - b);
  const nextStart = (p: number): number => starts.find((s) => s > p) ?? textLength;
  const { issuer, ...rest } = label.metadata;
  return {
    metadata: { ...rest, issuer: issuer === null ? null : [issuer] },
    implements: label.implements,
    tasks: label.tasks.map((t, i) => {
      const start = positions[i] ?? -1;
      const also = (occurrences[i] ?? []).filter((at) => at !== start);
      return {
        start,
        end: role === 'reference' ? start + t.quote.length : nextStart(start),
        ...(role === 'reference' && also.length > 0 ? { also } : {}),
        lead: t.lead.map((b) => [b]),
        coordinators: t.coordinators.map((b) => [b]),
        deadline: t.deadline ? { kind: t.deadline.kind, end: t.deadline.end } : null,
      };
    }),
    recipients: label.recipients.map((b) => [b]),
  };
}
