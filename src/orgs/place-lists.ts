/**
 * Lists of provinces after a head ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh,
 * Huế", "Bí thư Tỉnh ủy, Thành ủy, Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương: …"):
 * each province gets each head, with its own level: a centrally-run city is a "thành phố" with a
 * "Thành ủy", the others are a "tỉnh" with a "Tỉnh ủy".
 */
import { expandAbbreviations } from './abbreviations.ts';
import type { MentionPart, Registry } from './types.ts';

/** The centrally-run cities (from 1 July 2025: Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần
 *  Thơ, Huế); any other place in such a list is a province. */
const CITIES = new Set(['hà nội', 'hồ chí minh', 'hải phòng', 'đà nẵng', 'cần thơ', 'huế']);

const HEAD =
  /^(.+?)\s+các\s+tỉnh,\s*thành\s+phố(?:\s+trực\s+thuộc\s+[Tt]rung\s+ương)?\s*:\s*(?=\S)/u;
/** A committee a head names, after the position held in it. */
const COMMITTEE =
  /^(.*?)\s*(Tỉnh\s+[uủ][yỷ]|Thành\s+[uủ][yỷ]|[UỦ][yỷ] ban nhân dân|Hội đồng nhân dân)$/u;

interface Head {
  role: string;
  committee: string;
}

function heads(text: string): Head[] | undefined {
  const out: Head[] = [];
  let role = '';
  for (const part of text.split(/\s*,\s*/u)) {
    const m = COMMITTEE.exec(part.trim());
    if (!m) return undefined;
    if (m[1]) role = m[1];
    out.push({ role, committee: (m[2] as string).replace(/\s+/gu, ' ') });
  }
  return out;
}

/** The names one head gives a place, or none when the head is the other kind of committee. */
function nameFor(h: Head, all: Head[], place: string, city: boolean): string | undefined {
  const role = h.role === '' ? '' : `${h.role} `;
  if (/ban nhân dân|Hội đồng/u.test(h.committee))
    return `${role}${h.committee} ${city ? 'thành phố' : 'tỉnh'} ${place}`;
  const party = all.filter((x) => !/ban nhân dân|Hội đồng/u.test(x.committee));
  const own = city ? /^Thành/u : /^Tỉnh/u;
  if (party.length > 1 && !own.test(h.committee)) return undefined;
  return `${role}${party.length > 1 ? h.committee : city ? 'Thành ủy' : 'Tỉnh ủy'} ${place}`;
}

/** The bodies of a province list, or undefined when `list` is none. */
export function placeList(
  list: string,
  offset: number,
  registry: Pick<Registry, 'abbreviations'>,
): MentionPart[] | undefined {
  // HEAD's lazy prefix is tried at every length: skip the lists without its words (most)
  const m = list.includes('các') && list.includes('tỉnh,') ? HEAD.exec(list) : null;
  if (!m) return undefined;
  const hs = heads(expandAbbreviations(m[1] as string, registry));
  if (!hs) return undefined;
  const out: MentionPart[] = [];
  let from = m[0].length;
  for (const raw of list.slice(from).split(/[,;]/u)) {
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim().replace(/[.]+$/u, '');
    const start = from + lead;
    from += raw.length + 1;
    if (!/^\p{Lu}/u.test(text)) return undefined;
    const place = text.replace(/\s+/gu, ' ');
    const city = CITIES.has(place.toLowerCase());
    for (const h of hs) {
      const expanded = nameFor(h, hs, place, city);
      if (expanded)
        out.push({
          mention: text,
          start: offset + start,
          end: offset + start + text.length,
          expanded,
        });
    }
  }
  return out.length > 0 ? out : undefined;
}
