/**
 * Folding Vietnamese text for comparisons without case and diacritics: lower case, canonical
 * decomposition (NFD), then the combining marks Vietnamese uses removed and đ read as d. The same
 * pairs fold a property in Cypher (`normalize(…, NFD)` then `replace` for each pair), so a value
 * folded here meets the property folded there.
 */
export const FOLD_PAIRS: readonly (readonly [string, string])[] = [
  ['\u0300', ''], // grave (huyền)
  ['\u0301', ''], // acute (sắc)
  ['\u0303', ''], // tilde (ngã)
  ['\u0309', ''], // hook above (hỏi)
  ['\u0323', ''], // dot below (nặng)
  ['\u0302', ''], // circumflex (â, ê, ô)
  ['\u0306', ''], // breve (ă)
  ['\u031b', ''], // horn (ơ, ư)
  ['đ', 'd'],
];

export function foldText(text: string): string {
  let folded = text.toLowerCase().normalize('NFD');
  for (const [from, to] of FOLD_PAIRS) folded = folded.split(from).join(to);
  return folded;
}
