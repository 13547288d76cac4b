/**
 * Targets (mục tiêu cụ thể, chỉ tiêu): numbers with a unit in a target section. "136.000 thành
 * viên" → 136000; "05 liên hiệp" → 5; ranges "85 - 90", "từ 02 đến 03"; percentages with their
 * qualifier ("tối thiểu 70%", "trên 60%", "ít nhất 50%", "khoảng 10%"). The year comes from the
 * sentence ("đến năm 2030", OCR "năm-2030") or the nearest heading above; "hằng năm" before the
 * number makes a per-year target. Years, dates, periods and document numbers are not targets.
 */
import { ancestors, walk, type Block } from './outline.ts';
import { parseVnNumber } from './numbers.ts';
import { squash, trimRange, type Source } from './source.ts';
import { isTargetPart, isTaskPart, partOf } from './tasks.ts';
import type { Target } from './types.ts';

const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const TARGET_RE = new RegExp(
  `(?<![\\d.,/\\p{L}-])(${NUM})(?:\\s*(?:-|–|den)\\s*(${NUM}))?\\s*(%)?`,
  'gu',
);
const NOT_BEFORE =
  /(?:nam|ngay|thang|quy|so|khoa|giai\s*doan|lan\s*thu|thu|muc|diem|khoan|dieu|chuong|phan)\s*[-:]?\s*(?:tu\s*)?$/;
const QUALIFIERS: [RegExp, Target['qualifier']][] = [
  [/(?<![\p{L}])(?:toi\s*thieu|it\s*nhat)\s*$/u, 'min'],
  [/(?<![\p{L}])(?:tren|hon|vuot)\s*$/u, 'above'],
  [/(?<![\p{L}])(?:toi\s*da|khong\s*qua)\s*$/u, 'max'],
  [/(?<![\p{L}])duoi\s*$/u, 'below'],
  [/(?<![\p{L}])(?:khoang|gan|xap\s*xi)\s*$/u, 'about'],
];
const UNIT_STOP =
  /^(?:voi|va|trong|tham\s*gia|dat|co|duoc|xep|hoat\s*dong|ung\s*dung|tro\s*len|tai|cua|o|tu|den|nam|de|thuoc|gom)$/;
const YEAR = /(?:den|toi|vao)\s*nam\s*[-–]?\s*(\d{4})/g;

function yearIn(src: Source, s: number, e: number): number | null {
  const f = src.fold.slice(s, e);
  YEAR.lastIndex = 0;
  let last: number | null = null;
  let m: RegExpExecArray | null;
  while ((m = YEAR.exec(f))) last = Number(m[1]);
  if (last !== null) return last;
  // squash trims, so the year closes the string
  const bare = /^nam\s*[-–]?\s*(\d{4})$/.exec(squash(f));
  return bare ? Number(bare[1]) : null;
}

export function findTargets(src: Source, roots: Block[]): Target[] {
  const out: Target[] = [];
  walk(roots, (b) => {
    const part = partOf(b);
    if (!isTargetPart(src, part) || isTaskPart(src, part)) return;
    if (b.type === 'part') return;
    const headingYear = (() => {
      for (const a of [...ancestors(b)].reverse()) {
        const y = yearIn(src, a.contentStart, a.end);
        if (y !== null) return y;
      }
      return null;
    })();
    readPiece(src, b, b.contentStart, b.end, headingYear, out);
  });
  return out;
}

/** "… 85% số hợp tác xã …": the metric after a percentage (else before it); its end. */
function percentMetric(
  src: Source,
  ns: number,
  ne: number,
  e: number,
  sentenceStart: number,
): { metric: string; endAt: number; quoteStart: number | null } {
  const { fold, clean } = src;
  // the phrase after the percentage, up to the end of the clause or the next number
  let k = ne;
  while (
    // Stryker disable next-line EqualityOperator: clean[e] is a newline or past the text: trimmed
    k < e &&
    !/[.;:]/.test(clean[k] as string) &&
    !(/\d/.test(clean[k] as string) && /[\s,]/.test(clean[k - 1] as string))
  )
    k++;
  const [ms, me0] = trimRange(clean, ne, k, ' ,');
  let me = me0;
  const cut = /,\s*trong\s*do\b/.exec(fold.slice(ms, me));
  if (cut) me = ms + cut.index;
  const metric = squash(clean.slice(ms, me));
  if (metric !== '') return { metric, endAt: me, quoteStart: null };
  // "Tỷ lệ … đạt trên 40%": the metric is before the number
  const [bs, be] = trimRange(clean, sentenceStart, ns, ' ,');
  const before = squash(clean.slice(bs, be)).replace(
    /\s*(?:đạt|là|ở mức)?\s*(?:tối thiểu|ít nhất|trên|hơn|khoảng|tối đa|dưới)?\s*$/u,
    '',
  );
  return { metric: before, endAt: ne, quoteStart: before !== '' ? bs : null };
}

/** "136.000 thành viên": the unit words after a count (lower case, up to five); null if none. */
function countUnit(src: Source, ne: number, e: number): { unit: string; endAt: number } | null {
  const { fold, clean } = src;
  const words = clean.slice(ne, e).split(/(?=\s)/);
  const unitWords: string[] = [];
  let len = 0;
  for (const w of words) {
    const t = w.trim();
    const ft = squash(fold.slice(ne + len, ne + len + w.length));
    // an empty piece or one opening with punctuation does not start with a lower-case letter
    if (!/^\p{Ll}/u.test(t) || UNIT_STOP.test(ft) || unitWords.length >= 5) break;
    const clipped = t.replace(/[,.;:()].*/, '');
    unitWords.push(clipped);
    len += w.length;
    if (clipped !== t) break;
  }
  if (unitWords.length === 0) return null;
  const lastWord = unitWords[unitWords.length - 1] as string;
  return { unit: unitWords.join(' '), endAt: clean.indexOf(lastWord, ne) + lastWord.length };
}

/** A number that is not a target: a date, a document number, a count of times. */
function notATarget(src: Source, s: number, e: number, ns: number, ne: number): boolean {
  const { fold } = src;
  if (NOT_BEFORE.test(fold.slice(Math.max(s, ns - 16), ns))) return true;
  const after = fold.slice(ne, Math.min(e, ne + 12));
  return (
    /^\s?[-/]\s?[a-z]/.test(after) ||
    /^\s*(?:nam|thang|ngay|quy|lan)(?![\p{L}])/u.test(after) ||
    /^\s*\/\s*\d/.test(after)
  );
}

function readPiece(
  src: Source,
  b: Block,
  s: number,
  e: number,
  headingYear: number | null,
  out: Target[],
): void {
  const { fold } = src;
  const seg = fold.slice(s, e);
  TARGET_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TARGET_RE.exec(seg))) {
    const ns = s + m.index;
    const ne = ns + m[0].length;
    if (notATarget(src, s, e, ns, ne)) continue;
    const a = parseVnNumber(m[1] as string);
    if (a === null) continue;
    const b2 = m[2] ? parseVnNumber(m[2] as string) : null;
    const sentenceStart = Math.max(s, lastIndexOfAny(fold, '.;:', ns, s) + 1);
    const beforeSentence = fold.slice(sentenceStart, ns);
    let qualifier: Target['qualifier'] = null;
    let quoteStart = ns;
    for (const [re, q] of QUALIFIERS) {
      const qm = re.exec(beforeSentence);
      if (qm) {
        qualifier = q;
        quoteStart = sentenceStart + qm.index;
      }
    }
    let unit: string;
    let metric: string;
    let endAt: number;
    if (m[3] === '%') {
      const pm = percentMetric(src, ns, ne, e, sentenceStart);
      unit = '%';
      metric = pm.metric;
      endAt = pm.endAt;
      if (pm.quoteStart !== null) quoteStart = pm.quoteStart;
    } else {
      const cu = countUnit(src, ne, e);
      if (!cu) continue;
      unit = cu.unit;
      metric = cu.unit;
      endAt = cu.endAt;
    }
    const rangeFrom = /tu\s*$/.exec(beforeSentence);
    const q = src.quoted(rangeFrom && b2 !== null ? ns - rangeFrom[0].length : quoteStart, endAt);
    out.push({
      metric,
      value: b2 === null ? a : null,
      range: b2 === null ? null : { min: a, max: b2 },
      unit,
      qualifier,
      year: yearIn(src, sentenceStart, ns) ?? headingYear,
      perYear: /(?:hang|moi)\s*nam/.test(beforeSentence),
      node: b.id,
      ...q,
    });
  }
}

function lastIndexOfAny(s: string, chars: string, from: number, min: number): number {
  for (let k = from - 1; k >= min; k--) if (chars.includes(s[k] as string)) return k;
  return min - 1;
}
