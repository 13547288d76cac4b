/**
 * Test helpers for the outline: body lines made from literal text (no cleaning, so wraps and
 * spaces stay as written) and the whole of each block as a plain value.
 */
import { buildOutline, type Block } from '../../../src/parse/outline.ts';
import { createSource, type Line } from '../../../src/parse/source.ts';

/** A line of the body: plain text, or `{ em: text }` for a markdown heading / bold line. */
export type BodyLine = string | { em: string };

export interface BlockView {
  type: string;
  label: string | null;
  text: string;
  /** [start, contentStart, end] in the joined text. */
  at: [number, number, number];
  rank: number;
  joined: boolean;
  section: string;
  children?: BlockView[];
}

export function view(b: Block): BlockView {
  return {
    type: b.type,
    label: b.label,
    text: b.text,
    at: [b.start, b.contentStart, b.end],
    rank: b.rank,
    joined: b.joined,
    section: b.section,
    ...(b.children.length > 0 ? { children: b.children.map(view) } : {}),
  };
}

export function bodyLines(input: BodyLine[]): Line[] {
  let at = 0;
  return input.map((x) => {
    const text = typeof x === 'string' ? x : x.em;
    const line: Line = {
      start: at,
      end: at + text.length,
      text,
      emphasised: typeof x !== 'string',
    };
    at += text.length + 1;
    return line;
  });
}

/** The outline of the lines, as views. */
export function outlineOf(input: BodyLine[]): BlockView[] {
  const text = input.map((x) => (typeof x === 'string' ? x : x.em)).join('\n');
  return buildOutline(createSource(text), bodyLines(input)).map(view);
}

/** Type, label and text only, nested: for tests about the shape of the tree. */
export type Shape = [string, string | null, string, ...Shape[][]];
export function shapeOf(input: BodyLine[]): Shape[] {
  const shape = (v: BlockView): Shape => [
    v.type,
    v.label,
    v.text,
    ...(v.children ? [v.children.map(shape)] : []),
  ];
  return outlineOf(input).map(shape);
}
