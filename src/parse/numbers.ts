/**
 * Numbers as Vietnamese documents write them: "136.000" (dot = thousands), "05", "2,5" (comma =
 * decimal), Roman numerals ("IV"), and document numbers ("67 -KH/HU" → "67-KH/HU",
 * "53/KH-UBND", "30/2020/NĐ-CP").
 */

/** "136.000" → 136000, "05" → 5, "2,5" → 2.5, "1.234,5" → 1234.5; null when not a number. */
export function parseVnNumber(s: string): number | null {
  const t = s.trim();
  if (!/^\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$/.test(t)) return null;
  const v = Number(t.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(v) ? v : null;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** "IV" → 4; null when not a well-formed Roman numeral. */
export function romanToInt(s: string): number | null {
  if (!/^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(s) || s === '') return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i] as string] as number;
    const next = ROMAN[s[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Document type by symbol (before the slash in party style, after it in state style). */
const TYPE_BY_SYMBOL: Record<string, string> = {
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  QĐI: 'Quy định',
  QYĐ: 'Quy định',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
  QC: 'Quy chế',
  HD: 'Hướng dẫn',
  KH: 'Kế hoạch',
  CTR: 'Chương trình',
  TB: 'Thông báo',
  BC: 'Báo cáo',
  TTR: 'Tờ trình',
  CV: 'Công văn',
  ĐA: 'Đề án',
  PA: 'Phương án',
  BB: 'Biên bản',
  CĐ: 'Công điện',
  GM: 'Giấy mời',
  SY: 'Sao y',
  BS: 'Sao y',
  SL: 'Sao lục',
  TRS: 'Trích sao',
  TS: 'Trích sao',
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  QH: 'Luật',
};

/** The document-number pattern, party style ("10-KH/TW") or state style ("45/KH-UBND",
 *  "30/2020/NĐ-CP", "722/UBND-MT", "66.2/2025/NQ-CP"), or a law's ("91/2025/QH15"). Spaces around the separators are tolerated ("67 -KH/HU"). */
export const DOC_NUMBER_SOURCE = String.raw`\d{1,5}(?:\.\d{1,3})?\s?(?:\/\s?\d{4}\s?\/\s?QH\d{1,2}|-\s?[A-ZĐ][A-Za-zĐđ]{0,7}(?:-[A-ZĐ][A-Za-zĐđ]{0,7})?\s?\/\s?[A-ZĐ][A-Za-zĐđ&]{0,11}(?:\d{1,2}(?![\d/]))?(?:-[A-ZĐ][A-Za-zĐđ&]{0,11})?|\/\s?(?:\d{4}\s?\/\s?)?[A-ZĐ][A-Za-zĐđ&]{0,11}\s?-\s?[A-ZĐ][A-Za-zĐđ&]{0,11}(?:-[A-ZĐ][A-Za-zĐđ&]{0,11})?)`;

/** A number of the old State style, the body's symbol only ("299/TTg", "169-CP"): read on the
 *  header's "Số:" line only, where nothing else can stand. */
export const OLD_NUMBER_SOURCE = String.raw`\d{1,5}\s?[-/]\s?[A-ZĐ][A-Za-zĐđ]{1,7}`;

export interface DocNumber {
  /** Normalised: spaces removed ("67-KH/HU"). */
  number: string;
  /** Type symbol ("KH"), upper-cased. */
  symbol: string;
  /** Issuing-body symbol ("HU", "UBND"). */
  body: string;
  style: 'party' | 'state';
}

/** Normalise and analyse a document number; null when it does not look like one. */
export function parseDocNumber(raw: string): DocNumber | null {
  const number = raw.replace(/\s+/g, '');
  const law = /^\d+\/\d{4}\/(QH\d+)$/.exec(number);
  if (law) return { number, symbol: 'QH', body: law[1] as string, style: 'state' };
  // "3260-KH/ĐĐQH15": a body symbol may carry its term ("ĐĐQH15", the 15th National Assembly)
  let m =
    /^(\d+(?:\.\d+)?)-([A-Za-zĐđ]+(?:-[A-Za-zĐđ]+)?)\/([A-Za-zĐđ&]+\d{0,2}(?:-[A-Za-zĐđ&]+)?)$/.exec(
      number,
    );
  if (m)
    return { number, symbol: (m[2] as string).toUpperCase(), body: m[3] as string, style: 'party' };
  m = /^(\d+(?:\.\d+)?)\/(?:\d{4}\/)?([A-Za-zĐđ&]+)-([A-Za-zĐđ&]+(?:-[A-Za-zĐđ&]+)?)$/.exec(number);
  if (m) {
    const first = (m[2] as string).toUpperCase();
    // "722/UBND-MT": an official letter numbers body-unit, with no type symbol.
    if (TYPE_BY_SYMBOL[first] === undefined)
      return { number, symbol: 'CV', body: `${m[2] as string}-${m[3] as string}`, style: 'state' };
    return { number, symbol: first, body: m[3] as string, style: 'state' };
  }
  const old = /^\d+[-/]([A-ZĐ][A-Za-zĐđ]+)$/u.exec(number);
  if (old) return { number, symbol: '', body: old[1] as string, style: 'state' };
  return null;
}

/** Type name from a document number's symbol ("CTr" → "Chương trình"). */
export function typeFromNumber(n: DocNumber): string | null {
  return TYPE_BY_SYMBOL[n.symbol] ?? null;
}
