/**
 * The level words of a body's name follow its unit's type: the committee of a city is a "Thành
 * ủy" and its people's committee "Ủy ban nhân dân thành phố", of an urban district a "Quận ủy".
 * Templates are written with the words of a province ("Tỉnh ủy", "tỉnh"), of a rural district
 * ("Huyện ủy", "huyện") or of a rural commune ("xã"); these functions move between the two.
 */
import type { UnitKind } from './types.ts';

/** [capitalised prefix of the committee word, lower-case unit word] per unit type. */
const PROVINCE = ['Tỉnh', 'tỉnh'] as const;
const DISTRICT = ['Huyện', 'huyện'] as const;
const COMMUNE = ['Xã', 'xã'] as const;
const WORDS: Partial<Record<UnitKind, readonly [string, string]>> = {
  tinh: PROVINCE,
  'thanh-pho-tw': ['Thành', 'thành phố'],
  huyen: DISTRICT,
  quan: ['Quận', 'quận'],
  'thi-xa': ['Thị', 'thị xã'],
  'thanh-pho': ['Thành', 'thành phố'],
  // Commune templates are written with "xã"; their committee is an "Đảng ủy", so only the unit word moves.
  xa: COMMUNE,
  phuong: ['Phường', 'phường'],
  'thi-tran': ['Thị', 'thị trấn'],
  'dac-khu': ['Đặc', 'đặc khu'],
};

const BASE = { tinh: PROVINCE, huyen: DISTRICT, xa: COMMUNE } as const;
type TemplateLevel = keyof typeof BASE;

const NOT_LETTER = '(?<![\\p{L}\\p{M}])';
const END = '(?![\\p{L}\\p{M}])';

const compiled = new Map<string, [RegExp, RegExp]>();

/** The two patterns of a word pair, compiled once (names are rewritten by the ten thousand). */
function patterns(from: readonly [string, string]): [RegExp, RegExp] {
  const key = `${from[0]}|${from[1]}`;
  let found = compiled.get(key);
  if (!found) {
    found = [
      new RegExp(`${NOT_LETTER}${from[0]}(?= (?:ủy|uỷ|đoàn)${END})`, 'gu'),
      new RegExp(`${NOT_LETTER}${from[1]}${END}`, 'gu'),
    ];
    compiled.set(key, found);
  }
  return found;
}

function swap(
  text: string,
  from: readonly [string, string],
  to: readonly [string, string],
): string {
  if (from === to) return text;
  const [committee, unit] = patterns(from);
  return text.replace(committee, to[0]).replace(unit, to[1]);
}

/** A template's display name for a unit of this type ('Tỉnh ủy' → 'Thành ủy' for a city). */
export function nameForUnit(name: string, level: TemplateLevel, kind?: UnitKind): string {
  const to = kind ? WORDS[kind] : undefined;
  return to ? swap(name, BASE[level], to) : name;
}

/** A normalized key with a unit's words back to the template's ('thành ủy' → 'tỉnh ủy'). */
export function keyForTemplate(key: string, level: TemplateLevel, kind?: UnitKind): string {
  const from = kind ? WORDS[kind] : undefined;
  if (!from) return key;
  const lower = (w: readonly [string, string]): [string, string] => [w[0].toLowerCase(), w[1]];
  return swap(key, lower(from), lower(BASE[level]));
}
