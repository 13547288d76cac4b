/**
 * Certified copies (sao y, sao lục, trích sao): a block with its own header (the copying body in
 * capitals, a number with the SY / SL / TrS / BS symbol), its own recipients, the "SAO Y" mark,
 * place and date, and its signer (usually "T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG"). The block is
 * found from its mark or its number and reaches back over the capitals lines above them.
 */
import { NUMBER_LINE } from './header.ts';
import { parseDocNumber } from './numbers.ts';
import { isCapsLine, squash, type Source } from './source.ts';

const MARK = /^(sao\s*y|sao\s*luc|trich\s*sao)(?:\s*ban\s*chinh)?$/;
const COPY_SYMBOLS = new Set(['SY', 'SL', 'TRS', 'TS', 'BS']);

export interface CopyRegion {
  /** Line indexes (into src.lines), [first, last]. */
  first: number;
  last: number;
  copyType: string;
}

export function findCopyRegions(src: Source): CopyRegion[] {
  const { lines } = src;
  // a number anchor keeps its symbol: an SL number alone makes the copy a sao lục
  const anchors: { idx: number; copyType: string | null; symbol?: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    // MARK opens with "sao" or "trich": squash only such lines (most are not)
    const folded = src.fold.slice(lines[i]!.start, lines[i]!.end).trimStart();
    const mk =
      // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; MARK refuses the same lines
      folded.startsWith('sao') || folded.startsWith('trich') ? MARK.exec(squash(folded)) : null;
    if (mk && isCapsLine(t)) {
      anchors.push({
        idx: i,
        copyType: (mk[1] as string).replace('sao luc', 'sao lục').replace('trich sao', 'trích sao'),
      });
      continue;
    }
    const nm = NUMBER_LINE.exec(t);
    if (nm) {
      const dn = parseDocNumber(nm[1] as string);
      if (dn && COPY_SYMBOLS.has(dn.symbol))
        anchors.push({ idx: i, copyType: null, symbol: dn.symbol });
    }
  }
  // one region per group of anchors closer than 30 lines
  const regions: CopyRegion[] = [];
  let group: typeof anchors = [];
  const flush = (): void => {
    if (group.length === 0) return;
    let first = group[0]!.idx;
    // reach back over blank and capitals lines (the copying body's header)
    for (let j = first - 1; j >= 0; j--) {
      const t = lines[j]!.text.trim();
      if (t === '') continue;
      if (
        isCapsLine(t) &&
        !/^(T\s?\/\s?[ML]|K\s?\/\s?T|TM\.|KT\.|TL\.)/u.test(t) &&
        !/\d/.test(t)
      ) {
        first = j;
        continue;
      }
      break;
    }
    const copyType =
      group.find((a) => a.copyType)?.copyType ?? (group[0]!.symbol === 'SL' ? 'sao lục' : 'sao y');
    regions.push({ first, last: lines.length - 1, copyType });
    group = [];
  };
  for (const a of anchors) {
    if (group.length > 0 && a.idx - group[group.length - 1]!.idx > 30) flush();
    group.push(a);
  }
  flush();
  for (let k = 0; k < regions.length - 1; k++) regions[k]!.last = regions[k + 1]!.first - 1;
  // a copy block printed above the original (scraped pages) does not swallow the original
  for (const r of regions) {
    if (r.first < lines.length / 2) {
      const lastAnchor = Math.max(
        // the anchors before the region are smaller than its own: only the end bounds them
        ...anchors.filter((a) => a.idx <= r.last).map((a) => a.idx),
      );
      r.last = Math.min(r.last, lastAnchor + 12);
    }
  }
  return regions;
}
