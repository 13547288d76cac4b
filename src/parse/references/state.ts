/**
 * What the passes of findReferences share: the references found so far (drafts, in order of
 * first mention), every mention, and which clean offsets a mention already covers (a later
 * pass never reads inside an earlier one's mention).
 */
import { fold as foldText, type Source } from '../source.ts';
import type { Quoted, Reference } from '../types.ts';
import { OF_ISSUER } from './patterns.ts';

export interface Mention {
  start: number;
  end: number;
  key: string;
  /** End of the date, issuer and subject written after a first numbered mention. */
  tailEnd?: number;
}

export interface Draft {
  key: string;
  ref: Reference;
  mentions: Mention[];
}

export interface ReferenceInput {
  /** Clean ranges never read as references (the document's own number line, copies, stamps). */
  skip: [number, number][];
  /** Clean range of the front matter (title and preamble). */
  front: [number, number];
  /** The document's own type ("Kế hoạch"): "Kế hoạch này thay thế …" is its own act. */
  ownType?: string | null;
}

export interface RefState {
  src: Source;
  input: ReferenceInput;
  drafts: Map<string, Draft>;
  /** Draft keys in order of first mention. */
  order: string[];
  mentions: Mention[];
  /** 1 at clean offsets already taken by a mention. */
  covered: Uint8Array;
}

export function createState(src: Source, input: ReferenceInput): RefState {
  return {
    src,
    input,
    drafts: new Map(),
    order: [],
    mentions: [],
    covered: new Uint8Array(src.clean.length),
  };
}

export const inRanges = (at: number, ranges: [number, number][]): boolean =>
  ranges.some(([s, e]) => at >= s && at < e);

export const skipped = (st: RefState, at: number): boolean => inRanges(at, st.input.skip);

export function overlaps(st: RefState, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (st.covered[k] === 1) return true;
  return false;
}

/** Record a mention of draft `d`. */
export function take(st: RefState, d: Draft, x: Mention): void {
  st.covered.fill(1, x.start, x.end);
  st.mentions.push(x);
  d.mentions.push(x);
}

export function draftFor(st: RefState, key: string, init: () => Reference): Draft {
  let d = st.drafts.get(key);
  if (!d) {
    d = { key, ref: init(), mentions: [] };
    st.drafts.set(key, d);
    st.order.push(key);
  }
  return d;
}

/** A reference with nothing known yet but where it was first mentioned. */
export function emptyReference(
  at: Quoted,
  fields: Pick<Reference, 'number' | 'type' | 'term' | 'description'>,
): Reference {
  return {
    number: fields.number,
    type: fields.type,
    date: null,
    issuer: null,
    term: fields.term,
    description: fields.description,
    subject: null,
    relation: 'cites',
    doubtful: false,
    aliases: [],
    mentions: [],
    ...at,
  };
}

/**
 * A short mention followed by another issuer ("Nghị quyết 20 của Quốc hội") is not the
 * reference; one followed by those who carry it out ("Nghị quyết 20 của các cấp uỷ") is.
 */
export function otherIssuer(st: RefState, end: number, d: Draft): boolean {
  const of = OF_ISSUER.exec(st.src.fold.slice(end, end + 40));
  return (
    of !== null &&
    d.ref.issuer !== null &&
    !foldText(d.ref.issuer).startsWith((of[1] as string).replace(/[,.;]$/, ''))
  );
}
