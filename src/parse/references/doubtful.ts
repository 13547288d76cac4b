/**
 * Pass 6: doubtful numbers. A number cited once while a number of the same type and body
 * differing in one digit is cited at least three times is flagged (seed 003's "29-NQ/TW" among
 * many "20-NQ/TW").
 */
import { parseDocNumber } from '../numbers.ts';
import type { Reference, Warning } from '../types.ts';

const leadingDigits = (n: string): string => /^\d+/.exec(n)?.[0] ?? '';

/** Same tail, same digit count, exactly one digit different. */
function oneDigitApart(a: string, b: string): boolean {
  if (a.replace(/^\d+/, '') !== b.replace(/^\d+/, '')) return false;
  const da = leadingDigits(a);
  const db = leadingDigits(b);
  if (da.length !== db.length) return false;
  let diff = 0;
  for (let i = 0; i < da.length; i++) if (da[i] !== db[i]) diff++;
  return diff === 1;
}

export function flagDoubtful(refs: Reference[], warnings: Warning[]): void {
  for (const r of refs) {
    if (r.number === null || r.mentions.length !== 1 || !parseDocNumber(r.number)) continue;
    const number = r.number;
    const twin = refs.find(
      (o) =>
        o !== r && o.number !== null && o.mentions.length >= 3 && oneDigitApart(number, o.number),
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
