/**
 * Offices in a list of recipients or actors: a bare office written before its deputies shares
 * their body ("Chủ tịch, các Phó Chủ tịch UBND tỉnh").
 */
import { expandAbbreviations } from './abbreviations.ts';
import type { Registry } from './types.ts';

const PLURAL = /^(?:các|những)\s+/iu;

/**
 * A bare office followed by its deputies takes their body: "Chủ tịch, các Phó Chủ tịch UBND tỉnh",
 * "CT, các PCT UBND tỉnh" → "Chủ tịch Ủy ban nhân dân tỉnh". Undefined when the rule does not apply.
 */
export function sharedOffice(
  text: string,
  next: string,
  registry: Pick<Registry, 'abbreviations'>,
): string | undefined {
  const cur = text.trim();
  if (cur === '' || cur.split(/\s+/u).length > 3 || PLURAL.test(cur)) return undefined;
  const nextExp = expandAbbreviations(next.trim().replace(PLURAL, ''), registry);
  const rawNext = next.trim().replace(PLURAL, '');
  let office = expandAbbreviations(cur, registry);
  if (office === cur && /^\p{Lu}{2,}$/u.test(cur) && rawNext.startsWith(`P${cur} `)) {
    const deputy = expandAbbreviations(`P${cur}`, registry);
    if (!/^Phó\s/u.test(deputy)) return undefined;
    office = deputy.replace(/^Phó\s+/u, '');
  }
  const lead = `Phó ${office} `;
  if (!nextExp.toLowerCase().startsWith(lead.toLowerCase())) return undefined;
  const body = nextExp.slice(lead.length).trim();
  return body === '' ? undefined : `${office} ${body}`;
}
