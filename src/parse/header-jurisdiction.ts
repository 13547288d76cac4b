/**
 * The jurisdiction the header names ("ĐẢNG BỘ TỈNH QUẢNG TRỊ / HUYỆN ỦY VĨNH LINH"), for an issuer
 * read without a place ("Ban Thường vụ Huyện ủy" from the opening paragraph): resolved alone it
 * would be one body for every district, and so would the documents' ids.
 */
import { squash, type Source } from './source.ts';
import type { ParseOptions, ResolveContext } from './types.ts';

type Jurisdiction = NonNullable<ResolveContext['jurisdiction']>;

/** The jurisdiction of the header's last body that resolves to a place, else null. */
export function headerJurisdiction(
  src: Source,
  bodies: readonly [number, number][],
  options: ParseOptions,
  context: ResolveContext,
): Jurisdiction | null {
  if (!options.resolve || context.jurisdiction) return null;
  const at: ResolveContext = { documentKey: context.documentKey };
  if (context.date) at.date = context.date;
  // the issuing body is the header's last line, its parent the one before
  for (const [s, e] of [...bodies].reverse()) {
    const j = options.resolve(squash(src.clean.slice(s, e)), at).jurisdiction;
    if (j?.province) return j;
  }
  return null;
}
