/**
 * Identity keys for Vietnamese names. Display text is never rewritten: these keys exist only to
 * compare mentions, because the same name arrives precomposed (NFC) or decomposed (NFD) and with
 * either tone-placement convention.
 */

/** Vietnamese tone marks as combining characters (huyền, sắc, hỏi, ngã, nặng). */
const TONE = '\u0300\u0301\u0309\u0303\u0323';

/**
 * The reformed convention puts the tone on the second vowel of a final "oa", "oe", "uy"
 * ("hoà", "khoẻ", "uỷ"); the traditional one on the first ("hòa", "khỏe", "ủy"). Keys use the
 * traditional one. Only a word-final cluster moves ("hoàn" has one placement in both), and
 * never after "q", where "u" belongs to the consonant ("quý").
 */
const REFORMED_TONE = new RegExp(`(?<![qQ])([oOuU])([aAeEyY])([${TONE}])(?![\\p{L}\\p{M}])`, 'gu');

/** Traditional tone placement, NFC. */
export function toTraditionalTones(s: string): string {
  return s.normalize('NFD').replace(REFORMED_TONE, '$1$3$2').normalize('NFC');
}

/** NFC, traditional tone placement, lower case, any run of spaces or punctuation as one space. */
export function normalizeKey(s: string): string {
  return toTraditionalTones(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Accent-free search key: no marks, đ→d, lower case, spaces and punctuation collapsed. */
export function foldKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Kebab-case ascii slug for ids: 'Ban Tuyên giáo' → 'ban-tuyen-giao'. */
export function slugify(s: string): string {
  return foldKey(s).replace(/ /g, '-');
}
