/**
 * A document's text with its facts: the whole text when the graph keeps it (Document.text), else
 * only the passages facts were read from (each fact's evidence is a span and its quote, laid back
 * at their offsets and joined into passages). Either is cut into segments at every fact boundary,
 * so nested facts (a lead inside its task) highlight inside each other. Pure: no DOM.
 */
export type FactKind =
  | 'task'
  | 'lead'
  | 'coordinator'
  | 'reportsTo'
  | 'deadline'
  | 'recipient'
  | 'reference'
  | 'target'
  | 'issuer';

export interface Fact {
  /** Unique on the page: the element id of the fact's first segment is `fact-<key>`. */
  key: string;
  kind: FactKind;
  start: number;
  end: number;
  quote: string;
  /** What the fact says, in a few words (an actor's name, a metric, a number). */
  label: string;
  /** The id of the organization or document it names, if any. */
  target?: { page: 'organization' | 'document'; id: string };
  /** The task it belongs to, for facts of a task. */
  taskId?: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Facts covering the segment, innermost (shortest) first. */
  facts: Fact[];
}

export interface Passage {
  start: number;
  end: number;
  segments: Segment[];
}

/** The span of `needle` inside a fact's quote (e.g. a deadline's words inside its task), or null. */
export function spanWithin(outer: { start: number; quote: string }, needle: string) {
  const at = outer.quote.indexOf(needle);
  return at < 0 ? null : { start: outer.start + at, end: outer.start + at + needle.length };
}

function layQuotes(facts: readonly Fact[]): Map<number, string> {
  const chars = new Map<number, string>();
  for (const fact of facts) {
    // A quote whose length differs from its span was normalised: its offsets cannot place it.
    if (fact.quote.length !== fact.end - fact.start) continue;
    for (let i = 0; i < fact.quote.length; i++) chars.set(fact.start + i, fact.quote[i] ?? '');
  }
  return chars;
}

function intervals(positions: number[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const p of positions) {
    const last = out[out.length - 1];
    if (last && last.end === p) last.end = p + 1;
    else out.push({ start: p, end: p + 1 });
  }
  return out;
}

function segmentsOf(
  passage: { start: number; end: number },
  facts: readonly Fact[],
  read: (start: number, end: number) => string,
): Segment[] {
  const inside = facts.filter((f) => f.start < passage.end && f.end > passage.start);
  const cuts = new Set([passage.start, passage.end]);
  for (const f of inside) {
    if (f.start > passage.start) cuts.add(f.start);
    if (f.end < passage.end) cuts.add(f.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const text = read(start, end);
    const covering = inside
      .filter((f) => f.start <= start && f.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    segments.push({ start, end, text, facts: covering });
  }
  return segments;
}

export function passages(facts: readonly Fact[]): Passage[] {
  const chars = layQuotes(facts);
  const placed = facts.filter((f) => f.quote.length === f.end - f.start);
  return intervals([...chars.keys()].sort((a, b) => a - b)).map((interval) => ({
    ...interval,
    segments: segmentsOf(interval, placed, (start, end) => {
      let text = '';
      for (let p = start; p < end; p++) text += chars.get(p) ?? '';
      return text;
    }),
  }));
}

/**
 * The whole text (Document.text) as one passage, cut at every fact boundary: what lies between
 * the facts is shown too. A fact whose quote is not the text at its span is left unmarked.
 */
export function wholeText(text: string, facts: readonly Fact[]): Passage[] {
  const placed = facts.filter((f) => text.slice(f.start, f.end) === f.quote);
  const whole = { start: 0, end: text.length };
  return [{ ...whole, segments: segmentsOf(whole, placed, (a, b) => text.slice(a, b)) }];
}
