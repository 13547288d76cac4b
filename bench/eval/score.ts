/**
 * Scoring one extraction against a reference (docs/labelling.md; keys.ts says what counts as the
 * same value). Per field, true positives, false positives and false negatives:
 * - metadata: seven slots; a slot filled on both sides counts TP when equal, else FP and FN;
 * - implements, recipients: sets, matched one to one;
 * - tasks: a predicted task matches a reference task when its span contains the reference quote's
 *   position (any occurrence of the quote); one to one, as many as possible, the nearest start
 *   preferred; unmatched predicted tasks are FP;
 * - leads, coordinators: bodies of matched tasks; bodies of unmatched reference tasks are FN;
 * - deadlines: per reference task, the same kind and end date; a reference deadline of an
 *   unmatched task is FN.
 */
import { bodyKey, numberKey, placeKey, textKey, titleKey, type Abbreviations } from './keys.ts';
import {
  FIELDS,
  METADATA_SLOTS,
  type Body,
  type Counts,
  type ExtractedTask,
  type Extraction,
  type FieldCounts,
  type MetadataSlot,
} from './types.ts';

export function zero(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function add(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

export function emptyFields(): FieldCounts {
  return Object.fromEntries(FIELDS.map((f) => [f, zero()])) as FieldCounts;
}

export interface Prf {
  precision: number | null;
  recall: number | null;
  /** 2TP / (2TP + FP + FN); null when there is nothing on either side. */
  f1: number | null;
}

export function prf(c: Counts): Prf {
  return {
    precision: c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp),
    recall: c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn),
    f1: c.tp + c.fp + c.fn === 0 ? null : (2 * c.tp) / (2 * c.tp + c.fp + c.fn),
  };
}

/** Mean of the fields' F1, over the fields that have anything to score. */
export function meanF1(fields: FieldCounts): number | null {
  const f1s = FIELDS.map((f) => prf(fields[f]).f1).filter((x) => x !== null);
  return f1s.length === 0 ? null : f1s.reduce((s, x) => s + x, 0) / f1s.length;
}

/** One slot: nothing when both are empty, TP when equal, FP and FN when they differ. */
export function slot<T>(ref: T | null, pred: T | null, same: (a: T, b: T) => boolean): Counts {
  if (ref === null && pred === null) return zero();
  if (ref === null) return { tp: 0, fp: 1, fn: 0 };
  if (pred === null) return { tp: 0, fp: 0, fn: 1 };
  return same(ref, pred) ? { tp: 1, fp: 0, fn: 0 } : { tp: 0, fp: 1, fn: 1 };
}

/** One-to-one matching of two lists by a key; each item may have several keys. */
export function matchSets(ref: string[][], pred: string[][]): Counts {
  const used = new Set<number>();
  let tp = 0;
  for (const r of ref) {
    const keys = new Set(r);
    const k = pred.findIndex((p, i) => !used.has(i) && p.some((x) => keys.has(x)));
    if (k >= 0) {
      used.add(k);
      tp++;
    }
  }
  return { tp, fp: pred.length - tp, fn: ref.length - tp };
}

/**
 * For each reference task, the index of its predicted task or null: a one-to-one assignment with
 * as many matches as possible (augmenting paths), where a predicted task may take a reference task
 * when its span contains the quote's position, or another position of the same quote (a table row
 * repeating an outline item word for word). Each reference task prefers the predicted task
 * starting nearest before one of its positions, at equal distance the one over its own position;
 * reference tasks are placed in text order.
 */
export function matchTasks(ref: ExtractedTask[], pred: ExtractedTask[]): (number | null)[] {
  const candidates = ref.map((r) => {
    const gap = (p: ExtractedTask): number =>
      Math.min(
        ...[r.start, ...(r.also ?? [])].map((at) =>
          at >= p.start && at < p.end ? at - p.start : Infinity,
        ),
      );
    // at equal distance, the predicted task over the quote's own position (an outline item and
    // its table row with the same words each keep their own)
    const own = (p: ExtractedTask): number => (r.start >= p.start && r.start < p.end ? 0 : 1);
    return pred
      .map((p, k) => ({ k, gap: gap(p), own: own(p), len: p.end - p.start }))
      .filter((c) => c.gap !== Infinity)
      .sort((a, b) => a.gap - b.gap || a.own - b.own || a.len - b.len)
      .map((c) => c.k);
  });
  const owner = new Map<number, number>();
  const place = (i: number, seen: Set<number>): boolean => {
    for (const k of candidates[i] ?? []) {
      if (seen.has(k)) continue;
      seen.add(k);
      const held = owner.get(k);
      if (held === undefined || place(held, seen)) {
        owner.set(k, i);
        return true;
      }
    }
    return false;
  };
  const order = ref.map((_, i) => i).sort((a, b) => (ref[a]?.start ?? 0) - (ref[b]?.start ?? 0));
  for (const i of order) place(i, new Set());
  const out: (number | null)[] = ref.map(() => null);
  for (const [k, i] of owner) out[i] = k;
  return out;
}

export interface DocumentScore {
  fields: FieldCounts;
  slots: Record<MetadataSlot, Counts>;
}

function metadataSlots(ref: Extraction, pred: Extraction, abbr: Abbreviations) {
  const r = ref.metadata;
  const p = pred.metadata;
  const by = (key: (s: string) => string) => (a: string, b: string) => key(a) === key(b);
  const bodies = (a: Body, b: Body): boolean =>
    matchSets(keysOf([a], abbr), keysOf([b], abbr)).tp > 0;
  return {
    number: slot(r.number, p.number, by(numberKey)),
    type: slot(r.type, p.type, by(textKey)),
    issuedDate: slot(r.issuedDate, p.issuedDate, (a, b) => a === b),
    place: slot(r.place, p.place, by(placeKey)),
    issuer: slot(r.issuer, p.issuer, bodies),
    signer: slot(r.signer, p.signer, by(textKey)),
    title: slot(r.title, p.title, by(titleKey)),
  } satisfies Record<MetadataSlot, Counts>;
}

/** Each body as the list of its keys (one per name). */
function keysOf(bodies: Body[], abbr: Abbreviations): string[][] {
  return bodies.map((b) => b.map((n) => bodyKey(n, abbr)));
}

function bodySets(ref: Body[], pred: Body[], abbr: Abbreviations): Counts {
  if (ref.length === 0 && pred.length === 0) return zero();
  return matchSets(keysOf(ref, abbr), keysOf(pred, abbr));
}

export function scoreDocument(
  ref: Extraction,
  pred: Extraction,
  abbreviations: Abbreviations,
): DocumentScore {
  const fields = emptyFields();
  const slots = metadataSlots(ref, pred, abbreviations);
  for (const s of METADATA_SLOTS) add(fields.metadata, slots[s]);
  const numbers = (xs: string[]): string[][] => [...new Set(xs.map(numberKey))].map((k) => [k]);
  fields.implements = matchSets(numbers(ref.implements), numbers(pred.implements));
  fields.recipients = bodySets(ref.recipients, pred.recipients, abbreviations);

  const matched = matchTasks(ref.tasks, pred.tasks);
  const hits = matched.filter((m) => m !== null).length;
  fields.tasks = { tp: hits, fp: pred.tasks.length - hits, fn: ref.tasks.length - hits };
  ref.tasks.forEach((r, i) => {
    const k = matched[i];
    const p = k === null || k === undefined ? null : (pred.tasks[k] as ExtractedTask);
    add(fields.leads, bodySets(r.lead, p?.lead ?? [], abbreviations));
    add(fields.coordinators, bodySets(r.coordinators, p?.coordinators ?? [], abbreviations));
    const sameDeadline = (a: { kind: string; end: string | null }, b: typeof a): boolean =>
      a.kind === b.kind && a.end === b.end;
    add(fields.deadlines, slot(r.deadline, p ? p.deadline : null, sameDeadline));
  });
  return { fields, slots };
}
