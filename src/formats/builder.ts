/**
 * Builds the extracted text and its offset map together, so every character a reader emits from
 * the original knows where it came from; and answers the reverse question for evidence: which
 * pages, boxes or paragraphs a span of the text covers.
 */
import type { Box, Segment } from './types.ts';

export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly segments: Segment[] = [];

  /** Append `text`; with `from`, record that these characters come from there. */
  add(text: string, from?: Omit<Segment, 'start' | 'end'>): void {
    if (text === '') return;
    if (from) this.segments.push({ ...from, start: this.length, end: this.length + text.length });
    this.parts.push(text);
    this.length += text.length;
  }

  /** End the current line (no-op at the start or after a line end). */
  newline(): void {
    if (this.length > 0 && !this.endsWith('\n')) this.add('\n');
  }

  /** Leave one blank line before what follows (never more than one). */
  blankLine(): void {
    if (this.length === 0) return;
    this.newline();
    if (!this.endsWith('\n\n')) this.add('\n');
  }

  endsWith(s: string): boolean {
    return this.tail(s.length) === s;
  }

  private tail(n: number): string {
    let out = '';
    for (let i = this.parts.length - 1; i >= 0 && out.length < n; i--) out = this.parts[i] + out;
    return out.slice(-n);
  }

  get text(): string {
    return this.parts.join('');
  }
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/** Where a text span stands in the original: one entry per page (with the union box) or paragraph. */
export interface Region {
  page?: number;
  box?: Box;
  paragraph?: number;
  /** Lowest OCR confidence of the words in the span, when read by OCR. */
  confidence?: number;
}

/** The regions of the original that the span [start, end) of the extracted text was read from. */
export function regionsOf(segments: readonly Segment[], start: number, end: number): Region[] {
  const out: Region[] = [];
  const byKey = new Map<string, Region>();
  for (const s of segments) {
    if (s.end <= start || s.start >= end) continue;
    const key = s.page !== undefined ? `p${s.page}` : `q${s.paragraph ?? -1}`;
    const seen = byKey.get(key);
    if (!seen) {
      const r: Region = {};
      if (s.page !== undefined) r.page = s.page;
      if (s.box) r.box = { ...s.box };
      if (s.paragraph !== undefined) r.paragraph = s.paragraph;
      if (s.confidence !== undefined) r.confidence = s.confidence;
      byKey.set(key, r);
      out.push(r);
      continue;
    }
    if (s.box) seen.box = seen.box ? union(seen.box, s.box) : { ...s.box };
    if (s.confidence !== undefined) {
      seen.confidence = Math.min(seen.confidence ?? s.confidence, s.confidence);
    }
  }
  return out;
}
