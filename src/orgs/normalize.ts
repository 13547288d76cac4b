/**
 * Identity keys for Vietnamese names. Display text is never rewritten: these keys exist only to
 * compare mentions, because the same name arrives precomposed (NFC) or decomposed (NFD) and with
 * either tone-placement convention.
 */

import { traditionalTones } from '../lexicon/tones.ts';

/** Traditional tone placement, NFC (src/lexicon/tones.ts). */
export function toTraditionalTones(s: string): string {
  return traditionalTones(s.normalize('NFC'));
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
