/**
 * The signature block: authority line(s) (T/M, K/T, T/L, T/UQ, Q. and the State forms TM., KT.,
 * TL., TUQ.), title line(s) in capitals, then the signer's name ("(Đã ký)" and seal notes are
 * skipped). State documents nest authorities: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".
 * Lines of other blocks interleaved by a scraped table (recipient bullets) are skipped.
 */
import { isPersonName, nameFromCaps } from './names.ts';
import { isCapsLine, squash, type Line, type Source } from './source.ts';
import type { Signer } from './types.ts';

export const AUTHORITY =
  /^(T\s?\/\s?M|T\.M\.|K\s?\/\s?T|K\.T\.|T\s?\/\s?L|T\.L\.|T\s?\/\s?UQ|TM\.|KT\.|TL\.|TUQ\.|Q\.|(?:TM|KT|TL|TUQ)(?=\s+\p{Lu}))\s*(\S.*)?$/u;
const TITLE_ONLY =
  /^(?:PHÓ\s+)?(?:BÍ THƯ|CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|BỘ TRƯỞNG|THỦ TƯỚNG|CHỦ NHIỆM|TỔNG BÍ THƯ|TRƯỞNG PHÒNG|VIỆN TRƯỞNG|HIỆU TRƯỞNG)\b/u;
const SKIP =
  /^\(?\s*(?:đã ký|ký|ký tên|ký,? đóng dấu|ký tên,? đóng dấu|đã ký và đóng dấu)[^)]*\)?$/iu;

export interface SignatureResult {
  signer: Signer;
  /** Clean range of the outermost authority's object ("BỘ CHÍNH TRỊ" in "T/M BỘ CHÍNH TRỊ"). */
  onBehalfOfRange: [number, number] | null;
  /** Line indexes (into the given lines) the block uses. */
  used: number[];
}

/** The last signature block in the lines (a document is signed at its end). */
export function parseSignature(src: Source, lines: Line[]): SignatureResult | null {
  let startIdx = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i]!.text.trim();
    if (AUTHORITY.test(t) && isCapsLine(t)) {
      startIdx = i;
      // nested authorities: keep going up while the line above is another authority line
      for (let j = i - 1; j >= 0; j--) {
        const u = lines[j]!.text.trim();
        if (u === '') continue;
        if (AUTHORITY.test(u) && isCapsLine(u)) startIdx = j;
        break;
      }
      break;
    }
  }
  if (startIdx === -1) {
    for (let i = lines.length - 1; i >= Math.max(0, lines.length - 40); i--) {
      const t = lines[i]!.text.trim();
      if (TITLE_ONLY.test(t) && isCapsLine(t) && t.length < 60) {
        startIdx = i;
        break;
      }
    }
  }
  if (startIdx === -1) return null;

  const used: number[] = [];
  const authorities: { capacity: string; of: string | null; range: [number, number] | null }[] = [];
  const titles: string[] = [];
  let name: string | null = null;
  let first = -1;
  let lastEnd = -1;
  for (let i = startIdx; i < Math.min(lines.length, startIdx + 16); i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (t === '' || SKIP.test(t)) {
      if (t !== '') used.push(i);
      continue;
    }
    if (/^[-–•+]/.test(t)) continue;
    const lead = line.text.length - line.text.trimStart().length;
    const a = AUTHORITY.exec(t);
    if (a && isCapsLine(t)) {
      const ofStart = line.start + lead + t.length - (a[2] ?? '').length;
      authorities.push({
        capacity: (a[1] as string).replace(/\s+/g, ''),
        of: a[2] ? nameFromCaps(a[2]) : null,
        range: a[2] ? [ofStart, ofStart + a[2].trimEnd().length] : null,
      });
    } else if (isCapsLine(t) && t.length < 80 && !/\d/.test(t)) {
      if (/^SAO\s+(?:Y|LỤC)|^TRÍCH\s+SAO/u.test(t)) continue;
      titles.push(nameFromCaps(t));
    } else if (isPersonName(t)) {
      name = squash(t);
      used.push(i);
      lastEnd = line.start + lead + t.length;
      break;
    } else {
      continue;
    }
    used.push(i);
    if (first === -1) first = line.start + lead;
    lastEnd = line.start + lead + t.length;
  }
  if (name === null || first === -1) return null;
  const q = src.quoted(first, lastEnd);
  const inner = authorities[authorities.length - 1];
  const outer = authorities[0];
  return {
    signer: {
      name,
      capacity: inner ? inner.capacity : null,
      onBehalfOf: outer ? outer.of : null,
      authorities: authorities.map((x) => ({ capacity: x.capacity, of: x.of })),
      title: titles.length > 0 ? titles.join(' ') : null,
      ...q,
    },
    onBehalfOfRange: outer ? outer.range : null,
    used,
  };
}
