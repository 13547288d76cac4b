/**
 * Addressees: "Kính gửi:" (or a công điện's "THỦ TƯỚNG CHÍNH PHỦ điện:") and the bodies after it,
 * on the same line or as bullets below.
 */
import { GLYPH, lineRange } from './recipients.ts';
import type { Line, Source } from './source.ts';
import { matchesOf } from './text/matches.ts';

/** "Kính gửi:", or the opener of a công điện ("THỦ TƯỚNG CHÍNH PHỦ điện:"), markup allowed. */
const KINH_GUI = /^(?:kinh\s*gui\s*:?|[*_]*[a-z][a-z\s]{2,60}\sdien[*_]*\s*:[*_]*)\s*/;

/** A sentence of the body run into the "Kính gửi:" line of a flattened page ("… trực thuộc
 *  Trung ương Thực hiện Luật …"): the addressees end before it (folded; a capital in clean). */
const BODY_OPENER =
  /\s(?=(?:thuc\s*hien|can\s*cu|trien\s*khai|theo\s*de\s*nghi|xet\s*de\s*nghi|nham|phuc\s*dap|tra\s*loi|tiep\s*theo|ngay\s*\d)\s)/g;

/** Where the addressees of the "Kính gửi:" line end: before a body sentence run into it. */
function addresseeEnd(src: Source, s: number, e: number): number {
  for (const m of matchesOf(src.fold.slice(s, e), BODY_OPENER))
    if (/\p{Lu}/u.test(src.clean[s + m.index + 1] as string)) return s + m.index;
  return e;
}

/** "Kính gửi:" and the addressees after it (same line, or bullets below). */
export function findAddressees(
  src: Source,
  lines: Line[],
): { used: number[]; ranges: [number, number][] } | null {
  for (let i = 0; i < lines.length; i++) {
    const [s, e] = lineRange(lines[i]!);
    const m = KINH_GUI.exec(src.fold.slice(s, e));
    if (!m) continue;
    const used = [i];
    const ranges: [number, number][] = [];
    if (s + m[0].length < e) ranges.push([s + m[0].length, addresseeEnd(src, s + m[0].length, e)]);
    for (let j = i + 1; j < lines.length; j++) {
      const [ls, le] = lineRange(lines[j]!);
      const t = src.clean.slice(ls, le);
      if (t === '') {
        if (ranges.length > 0) {
          const next = lines.slice(j + 1).find((l) => l.text.trim() !== '');
          if (!next || !GLYPH.test(next.text.trim())) break;
        }
        continue;
      }
      const g = GLYPH.exec(t);
      const last = ranges[ranges.length - 1];
      if (!g && last) {
        const before = src.clean.slice(last[0], last[1]);
        // an addressee wrapped over lines: its line ends with "," or with a position
        if (/,[*_]*$/.test(before)) {
          last[1] = le;
          used.push(j);
          continue;
        }
        // a list without bullets: a line after one ending with ";" is the next addressee
        if (!/;[*_]*$/.test(before)) break;
      }
      ranges.push([ls + (g ? g[0].length : 0), le]);
      used.push(j);
    }
    return { used, ranges };
  }
  return null;
}
