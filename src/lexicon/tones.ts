/**
 * The two tone-placement conventions of Vietnamese: the reformed one puts the tone on the second
 * vowel of a word-final "oa", "oe", "uy" ("hoà", "khoẻ", "uỷ"), the traditional one on the first
 * ("hòa", "khỏe", "ủy"). The parser and the resolver both read names in the traditional one, so
 * that a name compares equal whichever convention the typist used (docs/domain.md).
 */

const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** Reformed placement (NFC pair) → traditional placement (NFC pair). */
const TRADITIONAL = new Map<string, string>();
for (const first of ['o', 'O', 'u', 'U']) {
  const seconds = first === 'o' || first === 'O' ? 'aeAE' : 'yY';
  for (const second of seconds) {
    for (const tone of TONES) {
      const reformed = (first + second + tone).normalize('NFC');
      const traditional = (first + tone + second).normalize('NFC');
      TRADITIONAL.set(reformed, traditional);
    }
  }
}

/** A reformed pair at the end of a word, not after "q" (where "u" belongs to the consonant:
 *  "quý"); pairs the class admits but the table does not ("uà") are left as they are. */
const REFORMED = new RegExp(
  `(?<![qQ])[oOuU][${[...new Set([...TRADITIONAL.keys()].map((k) => k.slice(1)))].join('')}](?![\\p{L}\\p{M}])`,
  'gu',
);

/** Traditional tone placement of an NFC text, same length (offsets into it stay valid). */
export function traditionalTones(text: string): string {
  REFORMED.lastIndex = 0;
  if (!REFORMED.test(text)) return text;
  return text.replace(REFORMED, (m) => TRADITIONAL.get(m) ?? m);
}
