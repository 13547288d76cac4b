/**
 * Shapes of the extraction eval (`npm run eval`): a hand label (tests/corpus/labels/<a|b>/*.yaml,
 * schema in docs/labelling.md) and the comparable extraction both a label and the parser's output
 * are turned into, so that the same scoring serves parser-vs-labels and labels-b-vs-labels-a.
 */

export const DEADLINE_KINDS = [
  'due',
  'start',
  'event',
  'recurring',
  'continuous',
  'relative',
  'unknown',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const METADATA_SLOTS = [
  'number',
  'type',
  'issuedDate',
  'place',
  'issuer',
  'signer',
  'title',
] as const;
export type MetadataSlot = (typeof METADATA_SLOTS)[number];

export interface LabelDeadline {
  text: string | null;
  kind: DeadlineKind;
  end: string | null;
}

export interface LabelTask {
  quote: string;
  lead: string[];
  coordinators: string[];
  deadline: LabelDeadline | null;
}

/** One label file, validated. */
export interface Label {
  document: string;
  labeller: string;
  metadata: Record<MetadataSlot, string | null>;
  implements: string[];
  tasks: LabelTask[];
  recipients: string[];
}

/** One body, as the alternative names it may be recognised by (a label body has one). */
export type Body = string[];

export interface ExtractedTask {
  /** Offsets into the document text (without the `# source:` line). */
  start: number;
  end: number;
  /** A reference task's other possible starts: its quote occurs there too. */
  also?: number[];
  lead: Body[];
  coordinators: Body[];
  deadline: { kind: string; end: string | null } | null;
}

/** What is scored, whoever produced it. Metadata `issuer` is a body; other slots are strings. */
export interface Extraction {
  metadata: Record<Exclude<MetadataSlot, 'issuer'>, string | null> & { issuer: Body | null };
  implements: string[];
  tasks: ExtractedTask[];
  recipients: Body[];
}

export const FIELDS = [
  'metadata',
  'implements',
  'tasks',
  'leads',
  'coordinators',
  'deadlines',
  'recipients',
] as const;
export type Field = (typeof FIELDS)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type FieldCounts = Record<Field, Counts>;
