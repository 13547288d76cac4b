/**
 * The secrecy mark (độ mật) of a document: "MẬT", "TỐI MẬT" or "TUYỆT MẬT" stamped on a line of
 * its own in the header area, below the number (Luật Bảo vệ bí mật nhà nước 2018, Điều 8;
 * Thông tư 24/2020/TT-BCA: the mark is stamped under the number and symbol), sometimes written
 * "Độ mật: Tối mật". Only the header area is read: the body talks about "bí mật nhà nước",
 * "tài liệu mật" in running text, which marks nothing.
 */
import type { Line, Source } from './source.ts';
import { SECRECY_LEVELS, type SecrecyLevel, type SecrecyMark } from './types.ts';

/** Lines after the header's last one that are still read: the stamp may sit just above the
 *  title, which the header reader counts as the body's start. */
const AFTER_HEADER = 3;
/** A header longer than this is a reading failure; the mark is never that far down. */
const MAX_HEADER_LINES = 30;

/** Stamp decoration around the word: a box drawn with bars, stars, brackets, quotes, dashes. */
const DECORATION = /^[\s*_|[\]()"“”'‘’\-–—=+#:.]+|[\s*_|[\]()"“”'‘’\-–—=+#:.]+$/gu;
const MARK = /^(?:độ\s+mật\s*:\s*)?(tuyệt\s+mật|tối\s+mật|mật)$/iu;

function levelOf(words: string): SecrecyLevel {
  const lower = words.toLowerCase().replace(/\s+/gu, ' ');
  if (lower === 'tuyệt mật') return 'TUYET_MAT';
  if (lower === 'tối mật') return 'TOI_MAT';
  return 'MAT';
}

function markOn(src: Source, line: Line): SecrecyMark | null {
  const text = line.text.normalize('NFC').replace(DECORATION, '');
  const match = MARK.exec(text);
  if (!match?.[1]) return null;
  const at = line.text.normalize('NFC').indexOf(match[0]);
  // NFC keeps clean's offsets: clean is NFC already (source.ts).
  const start = line.start + Math.max(at, 0);
  return { level: levelOf(match[1]), ...src.quoted(start, start + match[0].length) };
}

/** The highest mark in the header area of `lines` (the document's own lines), or null. */
export function findSecrecy(src: Source, lines: Line[], headerEnd: number): SecrecyMark | null {
  const last = Math.min(lines.length, headerEnd + AFTER_HEADER, MAX_HEADER_LINES);
  let best: SecrecyMark | null = null;
  for (const line of lines.slice(0, last)) {
    const mark = markOn(src, line);
    if (mark && (!best || secrecyRank(mark.level) > secrecyRank(best.level))) best = mark;
  }
  return best;
}

/** 1 (Mật) to 3 (Tuyệt mật); 0 for an unmarked document. */
export function secrecyRank(level: SecrecyLevel | null | undefined): number {
  return level ? SECRECY_LEVELS.indexOf(level) + 1 : 0;
}
