/**
 * How a text's map back to the original (its segments) is stored beside the document: a
 * 100-page PDF has some 40,000 word segments, about 3.5 MB as plain JSON on one property. Stored
 * instead as rows of integers (start as a step from the previous segment, boxes in hundredths of
 * a unit), deflated and base64-encoded behind a version tag: about a twentieth of the size. Rows
 * written before the tag existed (plain JSON arrays) still read.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { Segment } from './types.ts';

const TAG = 'seg1:';
/** A missing page, paragraph or confidence in a row. */
const NONE = -1;

type Row = [number, number, number, number, number, number, number, number, number];

const hundredths = (v: number): number => Math.round(v * 100);

/** The encoding of no segments (every plain text's): deflating even two bytes at level 9 sets up
 *  the compressor's tables, ~0.1 ms, so it is done once. */
let noSegments: string | undefined;

export function encodeSegments(segments: readonly Segment[]): string {
  if (segments.length === 0) return (noSegments ??= encodeRows([]));
  let last = 0;
  const rows: Row[] = segments.map((s) => {
    const row: Row = [
      s.start - last,
      s.end - s.start,
      s.page ?? NONE,
      s.box ? hundredths(s.box.x) : NONE,
      s.box ? hundredths(s.box.y) : NONE,
      s.box ? hundredths(s.box.width) : NONE,
      s.box ? hundredths(s.box.height) : NONE,
      s.paragraph ?? NONE,
      s.confidence === undefined ? NONE : hundredths(s.confidence),
    ];
    last = s.start;
    return row;
  });
  return encodeRows(rows);
}

function encodeRows(rows: readonly Row[]): string {
  const packed = deflateSync(strToU8(JSON.stringify(rows)), { level: 9 });
  return TAG + Buffer.from(packed).toString('base64');
}

function segmentOf(row: Row, start: number): Segment {
  const [, length, page, x, y, width, height, paragraph, confidence] = row;
  const s: Segment = { start, end: start + length };
  if (page !== NONE) s.page = page;
  if (width !== NONE) s.box = { x: x / 100, y: y / 100, width: width / 100, height: height / 100 };
  if (paragraph !== NONE) s.paragraph = paragraph;
  if (confidence !== NONE) s.confidence = confidence / 100;
  return s;
}

/** The segments of a stored value; an unreadable value is an error naming what it is. */
export function decodeSegments(stored: string): Segment[] {
  if (stored.startsWith('[')) return JSON.parse(stored) as Segment[];
  if (!stored.startsWith(TAG)) {
    throw new Error(`stored segments in an unknown encoding (${stored.slice(0, 8)}…)`);
  }
  const rows = JSON.parse(
    strFromU8(inflateSync(Buffer.from(stored.slice(TAG.length), 'base64'))),
  ) as Row[];
  let start = 0;
  return rows.map((row) => {
    start += row[0];
    return segmentOf(row, start);
  });
}
