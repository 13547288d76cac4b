/**
 * A position abbreviated before a person's name: "TT. Trương Hải Long" is a Thứ trưởng (deputy
 * minister), "BT. Nguyễn Thị Kim Tiến" a Bộ trưởng, while "TT" before a body is Thường trực
 * ("TT. Đảng ủy", "TT HĐND"). A name is two to four capitalised words and nothing after it.
 */
const BEFORE_NAME =
  /(?<![\p{L}\p{N}&/])(TT|BT)(?:\.\s*|\s+)(?=\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3}\s*[.,;]?\s*$)/gu;

const TITLES: Readonly<Record<string, string>> = { TT: 'Thứ trưởng ', BT: 'Bộ trưởng ' };

/** `s` with a position abbreviated before a name written out. */
export function titleBeforeName(s: string): string {
  // both patterns need "TT" or "BT": most names have neither (asked of every expansion)
  if (!s.includes('TT') && !s.includes('BT')) return s;
  // "TT. Đảng ủy": the abbreviation's dot goes with it, not into the name
  return s
    .replace(BEFORE_NAME, (_, abbr: string) => TITLES[abbr] ?? abbr)
    .replace(/(?<![\p{L}\p{N}&/])TT\.\s*(?=\p{Lu})/gu, 'TT ');
}
