/**
 * Finding the jurisdiction a name ends with ("… Lạng Sơn", "… Vĩnh Linh"): the index's map from
 * name keys, looked up by the word suffixes of a mention (the national registry has hundreds of
 * units, so no scan over all of them per mention).
 */
import type { Jurisdiction, JurisdictionRecord } from './types.ts';

export interface NameMatch {
  rec: JurisdictionRecord;
  /** The mention's key before the jurisdiction's name ('ủy ban nhân dân tỉnh'). */
  rest: string;
}

/** In force on `date` (an undated document accepts every period). */
const inForceOn = (j: JurisdictionRecord, date?: string): boolean =>
  !date || ((!j.validFrom || date >= j.validFrom) && (!j.validTo || date <= j.validTo));

/**
 * The jurisdictions whose name ends `k`, longest name first: those in force on the document's
 * date (all when none is), and of a district name several provinces share ("Châu Thành") only
 * the one of the document's province, or none: a guess across provinces would be silent.
 */
export function jurisdictionCandidates(
  byName: ReadonlyMap<string, readonly JurisdictionRecord[]>,
  k: string,
  ctx: { date?: string; jurisdiction?: Jurisdiction },
): NameMatch[] {
  const out: NameMatch[] = [];
  for (let i = k.indexOf(' '); i >= 0; i = k.indexOf(' ', i + 1)) {
    const all = byName.get(k.slice(i + 1));
    if (!all) continue;
    const valid = all.filter((j) => inForceOn(j, ctx.date));
    let recs = valid.length > 0 ? valid : all;
    const districts = recs.filter((r) => r.level === 'huyen');
    if (new Set(districts.map((r) => r.province)).size > 1) {
      const own = districts.filter((r) => r.province === ctx.jurisdiction?.province);
      recs = [...recs.filter((r) => r.level === 'tinh'), ...own];
    }
    for (const rec of recs) out.push({ rec, rest: k.slice(0, i) });
  }
  return out;
}
