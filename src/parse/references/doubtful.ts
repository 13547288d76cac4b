/**
 * Pass 6: doubtful numbers. A number cited once while a number of the same type and body
 * differing in one digit is cited at least three times is flagged (seed 003's "29-NQ/TW" among
 * many "20-NQ/TW").
 */
import { parseDocNumber } from '../numbers.ts';
import type { Reference, Warning } from '../types.ts';

/** A number's leading digits and the rest (a document number always opens with digits). */
function digitsAndTail(n: string): [string, string] {
  const cut = n.search(/\D/u);
  return [n.slice(0, cut), n.slice(cut)];
}

/** Same tail, same digit count, exactly one digit different. */
function oneDigitApart(a: string, b: string): boolean {
  const [da, ta] = digitsAndTail(a);
  const [db, tb] = digitsAndTail(b);
  if (ta !== tb || da.length !== db.length) return false;
  return [...da].filter((c, i) => c !== db[i]).length === 1;
}

export function flagDoubtful(refs: Reference[], warnings: Warning[]): void {
  for (const r of refs) {
    if (r.number === null || r.mentions.length !== 1 || !parseDocNumber(r.number)) continue;
    const number = r.number;
    // r is cited once, so it is never its own twin (cited three times)
    const twin = refs.find(
      (o) => o.number !== null && o.mentions.length >= 3 && oneDigitApart(number, o.number),
    );
    if (!twin) continue;
    r.doubtful = true;
    r.probably = twin.number as string;
    warnings.push({
      code: 'doubtful-reference',
      message: `"${r.number}" is cited once while "${twin.number}" is cited ${twin.mentions.length} times: probably a typo, kept as written`,
      span: r.span,
      quote: r.quote,
    });
  }
}
