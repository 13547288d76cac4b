/**
 * Reading one label file (docs/labelling.md): YAML → a validated Label, or the list of problems
 * that make it unusable (bad YAML, unknown or missing field, wrong type, bad date or deadline
 * kind, a quote not found in the document text). Pure: the caller reads the files.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import {
  DEADLINE_KINDS,
  METADATA_SLOTS,
  type DeadlineKind,
  type Label,
  type LabelDeadline,
  type LabelTask,
  type MetadataSlot,
} from './types.ts';

export type LabelResult =
  | {
      ok: true;
      label: Label;
      /** Offset of each task's quote in the text (its first occurrence). */
      positions: number[];
      /** Every offset of each task's quote: a quote may occur twice (an item and its table row). */
      occurrences: number[][];
    }
  | { ok: false; errors: string[] };

const TOP = ['document', 'labeller', 'metadata', 'implements', 'tasks', 'recipients'];
const TASK = ['quote', 'lead', 'coordinators', 'deadline'];
const DEADLINE = ['text', 'kind', 'end'];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every offset of `quote` in `text`, matched as findQuote does (exact, else any white space). */
export function quoteOccurrences(text: string, quote: string): number[] {
  const q = quote.trim();
  if (q === '') return [];
  const out: number[] = [];
  for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) out.push(at);
  if (out.length > 0) return out;
  const pattern = q.split(/\s+/).map(escapeRegExp).join('\\s+');
  return [...text.matchAll(new RegExp(pattern, 'gu'))].map((m) => m.index);
}

/**
 * A label lists its tasks in text order: a quote that occurs more than once is taken at its first
 * occurrence after the previous task's (a table row repeating an outline item), else at its first.
 */
export function inTextOrder(first: number[], occurrences: number[][]): number[] {
  let previous = -1;
  return first.map((at, i) => {
    const next = (occurrences[i] ?? []).find((o) => o > previous) ?? at;
    previous = next;
    return next;
  });
}

/**
 * Offset of `quote` in `text`: exact, else with any run of white space matching any other (a
 * labeller writes a line break as one space), else null.
 */
export function findQuote(text: string, quote: string): number | null {
  const q = quote.trim();
  if (q === '') return null;
  const exact = text.indexOf(q);
  if (exact >= 0) return exact;
  const pattern = (words: string) => words.split(/\s+/).map(escapeRegExp).join('\\s+');
  const m = new RegExp(pattern(q), 'u').exec(text);
  if (m) return m.index;
  // A quote copied from Markdown emphasis ("Các đoàn thể** đẩy mạnh") in a text read from a
  // format that has none (a PDF, a DOCX of the same document).
  const bare = q.replace(/[*_#]+/g, ' ').trim();
  if (bare === q || bare === '') return null;
  const b = new RegExp(pattern(bare), 'u').exec(text);
  return b ? b.index : null;
}

/** True for an ISO date (YYYY-MM-DD) that exists in the calendar. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Collects problems with their YAML path while reading values of the expected types. */
class Reader {
  readonly errors: string[] = [];

  fields(v: unknown, where: string, allowed: string[]): Record<string, unknown> | null {
    if (!isRecord(v)) {
      this.errors.push(`${where}: expected a mapping`);
      return null;
    }
    for (const k of Object.keys(v))
      if (!allowed.includes(k)) this.errors.push(`${where}: unknown field "${k}"`);
    for (const k of allowed) if (!(k in v)) this.errors.push(`${where}: missing field "${k}"`);
    return v;
  }

  text(v: unknown, where: string, nullable: boolean): string | null {
    if (v === null || v === undefined) {
      if (!nullable) this.errors.push(`${where}: must not be null`);
      return null;
    }
    // YAML reads 2025 or 1.5 as numbers: a number where text is expected is taken as written.
    if (typeof v === 'number') return String(v);
    if (typeof v !== 'string') {
      this.errors.push(`${where}: expected text, got ${Array.isArray(v) ? 'a list' : typeof v}`);
      return null;
    }
    return v;
  }

  date(v: unknown, where: string): string | null {
    const s = this.text(v, where, true);
    if (s !== null && !isIsoDate(s))
      this.errors.push(`${where}: bad date "${s}" (want YYYY-MM-DD)`);
    return s;
  }

  list(v: unknown, where: string): string[] {
    if (v === null || v === undefined) return [];
    if (!Array.isArray(v)) {
      this.errors.push(`${where}: expected a list`);
      return [];
    }
    return v.map((x, i) => this.text(x, `${where}[${i}]`, false)).filter((x) => x !== null);
  }
}

function readDeadline(r: Reader, v: unknown, where: string): LabelDeadline | null {
  if (v === null || v === undefined) return null;
  const d = r.fields(v, where, DEADLINE);
  if (!d) return null;
  const kind = r.text(d.kind, `${where}.kind`, false);
  if (kind !== null && !(DEADLINE_KINDS as readonly string[]).includes(kind))
    r.errors.push(`${where}.kind: unknown kind "${kind}" (one of ${DEADLINE_KINDS.join(', ')})`);
  return {
    text: r.text(d.text, `${where}.text`, true),
    kind: (kind ?? 'unknown') as DeadlineKind,
    end: r.date(d.end, `${where}.end`),
  };
}

function readTasks(r: Reader, v: unknown, text: string, positions: number[]): LabelTask[] {
  if (v === null || v === undefined) return [];
  if (!Array.isArray(v)) {
    r.errors.push('tasks: expected a list');
    return [];
  }
  return v.flatMap((item, i): LabelTask[] => {
    const where = `tasks[${i}]`;
    const t = r.fields(item, where, TASK);
    if (!t) return [];
    const quote = r.text(t.quote, `${where}.quote`, false) ?? '';
    const at = findQuote(text, quote);
    if (at === null) r.errors.push(`${where}.quote: not found in the text: "${quote}"`);
    positions.push(at ?? -1);
    return [
      {
        quote,
        lead: r.list(t.lead, `${where}.lead`),
        coordinators: r.list(t.coordinators, `${where}.coordinators`),
        deadline: readDeadline(r, t.deadline, `${where}.deadline`),
      },
    ];
  });
}

/** Validate one label file's YAML against the document text it labels. */
export function parseLabel(yamlText: string, text: string): LabelResult {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (e) {
    const msg = e instanceof YAMLParseError ? e.message.split('\n')[0] : String(e);
    return { ok: false, errors: [`bad YAML: ${msg}`] };
  }
  const r = new Reader();
  const top = r.fields(data, 'file', TOP);
  if (!top) return { ok: false, errors: r.errors };
  const meta = r.fields(top.metadata, 'metadata', [...METADATA_SLOTS]);
  const metadata = {} as Record<MetadataSlot, string | null>;
  for (const slot of METADATA_SLOTS)
    metadata[slot] =
      slot === 'issuedDate'
        ? r.date(meta?.[slot], `metadata.${slot}`)
        : r.text(meta?.[slot], `metadata.${slot}`, true);
  const positions: number[] = [];
  const label: Label = {
    document: r.text(top.document, 'document', false) ?? '',
    labeller: r.text(top.labeller, 'labeller', false) ?? '',
    metadata,
    implements: r.list(top.implements, 'implements'),
    tasks: readTasks(r, top.tasks, text, positions),
    recipients: r.list(top.recipients, 'recipients'),
  };
  if (r.errors.length > 0) return { ok: false, errors: r.errors };
  const occurrences = label.tasks.map((t) => quoteOccurrences(text, t.quote));
  return { ok: true, label, positions: inTextOrder(positions, occurrences), occurrences };
}
