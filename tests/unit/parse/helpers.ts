/**
 * Test helpers: the golden projection of a ParsedDocument (the facts a reviewer checks by hand,
 * without offsets) and the span invariants every output must satisfy.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadRegistry } from '../../../src/orgs/load.ts';
import type { Registry } from '../../../src/orgs/types.ts';
import type { Actor, ParsedDocument, Quoted, Task } from '../../../src/parse/index.ts';

export const seedDir = resolve(import.meta.dirname, '../../../seed/documents');
export const fixtureDir = resolve(import.meta.dirname, '../../fixtures/parse');

let registry: Registry | undefined;
export function testRegistry(): Registry {
  registry ??= loadRegistry();
  return registry;
}

export function readSeed(name: string): string {
  return readFileSync(resolve(seedDir, name), 'utf8');
}

const actor = (a: Actor): Record<string, unknown> => ({
  mention: a.mention,
  name: a.name,
  kind: a.kind,
  ...(a.role ? { role: a.role } : {}),
});

/** What the golden files hold: every task, reference, recipient, target, copy and receipt. */
export function project(doc: ParsedDocument): unknown {
  const d = doc.document;
  const info = (x: typeof d): unknown => ({
    number: x.number,
    numberSpan: x.numberSpan && [x.numberSpan.span.start, x.numberSpan.span.end],
    type: x.type,
    title: x.title,
    titleSpan: x.titleSpan && [x.titleSpan.span.start, x.titleSpan.span.end],
    issuedDate: x.issuedDate,
    place: x.place,
    dateSpan: x.dateSpan && [x.dateSpan.span.start, x.dateSpan.span.end],
    issuer: x.issuer
      ? { name: x.issuer.name, mention: x.issuer.mention, source: x.issuer.source }
      : null,
    headerBodies: x.headerBodies.map((q) => q.quote),
    banner: x.banner?.quote ?? null,
    family: x.family,
    signer: x.signer
      ? {
          name: x.signer.name,
          quote: x.signer.quote,
          span: [x.signer.span.start, x.signer.span.end],
          capacity: x.signer.capacity,
          authorities: x.signer.authorities,
          onBehalfOf: x.signer.onBehalfOf,
          title: x.signer.title,
        }
      : null,
  });
  return {
    document: info(d),
    addressees: doc.addressees.map(actor),
    references: doc.references.map((r) => ({
      number: r.number,
      type: r.type,
      date: r.date,
      issuer: r.issuer,
      term: r.term,
      description: r.description,
      subject: r.subject,
      relation: r.relation,
      doubtful: r.doubtful,
      ...(r.probably ? { probably: r.probably } : {}),
      aliases: r.aliases.map((a) => a.quote),
      mentions: r.mentions.map((m) => m.quote),
    })),
    tasks: doc.tasks.map((t) => ({
      id: t.id,
      section: t.section,
      text: t.text,
      quote: t.quote,
      span: [t.span.start, t.span.end],
      leadRule: t.leadRule,
      lead: t.lead.map(actor),
      coordinators: t.coordinators.map(actor),
      reportsTo: t.reportsTo.map(actor),
      deadline: t.deadline
        ? {
            text: t.deadline.text,
            quote: t.deadline.quote,
            span: [t.deadline.span.start, t.deadline.span.end],
            kind: t.deadline.kind,
            start: t.deadline.start,
            end: t.deadline.end,
            recurrence: t.deadline.recurrence,
            ...(t.deadline.inherited ? { inherited: true } : {}),
          }
        : null,
    })),
    targets: doc.targets.map((t) => ({
      quote: t.quote,
      metric: t.metric,
      value: t.value,
      range: t.range,
      unit: t.unit,
      qualifier: t.qualifier,
      year: t.year,
      perYear: t.perYear,
    })),
    recipients: doc.recipients.map((r) => ({
      ...actor(r),
      purpose: r.purpose,
      ...(r.bracePurpose ? { bracePurpose: r.bracePurpose } : {}),
    })),
    copies: doc.copies.map((c) => ({
      copyType: c.copyType,
      copyOf: c.copyOf,
      document: info(c.document),
      recipients: c.recipients.map((r) => ({ ...actor(r), purpose: r.purpose })),
    })),
    receipts: doc.receipts.map((r) => ({
      receiver: r.receiver?.name ?? null,
      number: r.number,
      date: r.date,
      channel: r.channel,
    })),
    warnings: doc.warnings.map((w) => ({ code: w.code, quote: w.quote ?? null })),
  };
}

/** Every object with a span: in bounds; with a quote: the quote is the slice. */
export function spanProblems(text: string, value: unknown, path = '$'): string[] {
  const out: string[] = [];
  if (Array.isArray(value)) {
    value.forEach((v, i) => out.push(...spanProblems(text, v, `${path}[${i}]`)));
    return out;
  }
  if (value === null || typeof value !== 'object') return out;
  const o = value as Record<string, unknown>;
  const span = o.span as { start: number; end: number } | undefined;
  if (span && typeof span === 'object' && typeof span.start === 'number') {
    if (!(
      Number.isInteger(span.start) &&
      Number.isInteger(span.end) &&
      span.start >= 0 &&
      span.end >= span.start &&
      span.end <= text.length
    )) {
      out.push(`${path}.span out of bounds: ${JSON.stringify(span)} (length ${text.length})`);
    } else if (typeof o.quote === 'string' && o.quote !== text.slice(span.start, span.end)) {
      out.push(
        `${path}.quote ${JSON.stringify(o.quote)} is not the slice ${JSON.stringify(text.slice(span.start, span.end))}`,
      );
    }
  }
  for (const [k, v] of Object.entries(o))
    if (k !== 'span' && k !== 'resolution') out.push(...spanProblems(text, v, `${path}.${k}`));
  return out;
}

/** All quoted facts (objects with span and quote). */
export function quotedFacts(value: unknown, out: Quoted[] = []): Quoted[] {
  if (Array.isArray(value)) for (const v of value) quotedFacts(v, out);
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.span && typeof o.quote === 'string') out.push(o as unknown as Quoted);
    for (const [k, v] of Object.entries(o))
      if (k !== 'span' && k !== 'resolution') quotedFacts(v, out);
  }
  return out;
}

/** The span of the `n`-th occurrence of `quote` in `text`, with the quote (what a fact quoting it
 *  must carry). */
export function quoteAt(
  text: string,
  quote: string,
  n = 1,
): { span: { start: number; end: number }; quote: string } {
  let start = -1;
  for (let k = 0; k < n; k++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" not in the text`);
  return { span: { start, end: start + quote.length }, quote };
}

/** A task as a reviewer checks it: where, what, who, by when, and its span. */
export const taskView = (t: Task): Record<string, unknown> => ({
  section: t.section,
  titles: t.sectionTitles,
  text: t.text,
  leadRule: t.leadRule,
  lead: t.lead.map((a) => a.mention),
  coordinators: t.coordinators.map((a) => a.mention),
  reportsTo: t.reportsTo.map((a) => a.mention),
  deadline: t.deadline && [t.deadline.text, t.deadline.inherited ?? false],
  ...(t.product ? { product: t.product.text } : {}),
  span: [t.span.start, t.span.end],
});
