/**
 * Comparison keys of the eval. Two values are the same fact when their keys are equal; nothing
 * else earns credit (no partial matches). The tolerance, on purpose small:
 * - every text: NFC, markdown markup and punctuation ignored, case and diacritics folded, the
 *   two tone placements ("hoà"/"hòa", "uỷ"/"ủy") equal;
 * - bodies: abbreviations expanded with the registry table first (UBND → Ủy ban nhân dân,
 *   Đ/c → Đồng chí), and a leading "các" ignored ("Các sở, ngành" = "sở, ngành");
 * - document numbers: spaces removed, case folded, any dash read as "-" ("12-CTR/TU" = "12-CTr/TU");
 * - titles: a leading "V/v" / "về việc" ignored; places: "TP." read as "Thành phố".
 */
import { expandAbbreviations, foldKey, toTraditionalTones } from '../../src/orgs/index.ts';
import type { AbbreviationEntry } from '../../src/orgs/index.ts';

export type Abbreviations = readonly AbbreviationEntry[];

/** Case, diacritics, tone placement, markup and punctuation folded; spaces collapsed. */
export function textKey(s: string): string {
  return foldKey(toTraditionalTones(s.normalize('NFC')));
}

export function numberKey(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\s+/g, '')
    .replace(/[‐-―−]/g, '-')
    .toLowerCase();
}

export function titleKey(s: string): string {
  return textKey(s).replace(/^(?:v v|ve viec) /, '');
}

export function placeKey(s: string): string {
  return textKey(s).replace(/^tp /, 'thanh pho ');
}

export function bodyKey(s: string, abbreviations: Abbreviations): string {
  const expanded = expandAbbreviations(s.replace(/\*+|_+/g, ' '), {
    abbreviations: abbreviations as AbbreviationEntry[],
  });
  return textKey(expanded).replace(/^cac /, '');
}

/** True when some name of `a` and some name of `b` have the same body key. */
export function sameBody(a: string[], b: string[], abbreviations: Abbreviations): boolean {
  const keys = new Set(a.map((s) => bodyKey(s, abbreviations)));
  return b.some((s) => keys.has(bodyKey(s, abbreviations)));
}
