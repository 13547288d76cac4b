/**
 * Qualifiers at the end of a name in a list ("huyện", "Tỉnh ủy", "trực thuộc Trung ương"): written
 * once at the end, they reach back over the bare heads before them (src/orgs/split.ts).
 */

export const UY = '(?:ủy|uỷ|Ủy|Uỷ|ỦY|UỶ)';

/**
 * A qualifier at the end of a name: level words, the committee that owns a board, or
 * "trực thuộc …" (directly under). "xã" after "hợp tác" is part of a name, not the commune level.
 */
const QUALIFIER = new RegExp(
  `(?:^|\\s)(` +
    `(?:trực thuộc|thuộc|ở)(?:\\s.*)?` +
    `|(?:(?:Tỉnh|Huyện|Thành|Thị|Quận)\\s?${UY}|Đảng\\s${UY}\\sKhối)` +
    `|Trung ương(?:\\s+Đảng)?` +
    `|(?:cấp\\s+)?(?:tỉnh|huyện|thị xã|thành phố|quận|cơ sở|(?<!tác\\s)xã)` +
    `|các cấp|từ\\s+\\S+(?:\\s+\\S+)?\\s+đến\\s+\\S+(?:\\s+\\S+)?` +
    `)$`,
  'iu',
);

/** A named province or city at the end ("UBND tỉnh Phú Thọ"); case-sensitive, unlike QUALIFIER. */
const PLACE_AT_END = /(?:^|\s)((?:tỉnh|thành phố)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})$/u;

/** The trailing qualifier of a text ("huyện", "Tỉnh ủy", "trực thuộc Trung ương"), if any. */
export function trailingQualifier(text: string): string | undefined {
  return QUALIFIER.exec(text)?.[1] ?? PLACE_AT_END.exec(text)?.[1];
}

/** A place qualifier ("tỉnh Phú Thọ") and the name in it. */
export const PLACE = /^(?:tỉnh|thành phố)\s+(\p{Lu}.*)$/u;
/** A party committee named by its level only ("Tỉnh ủy", "Thành ủy"). */
export const CAP_UY = new RegExp(`^(?:Tỉnh|Thành)\\s?${UY}$`, 'u');

/** Administrative units (split.ts: "UBND các xã, phường, đặc khu" is one collective). */
export const UNIT = '(?:xã|phường|thị trấn|thị xã|thành phố|huyện|quận|tỉnh|đặc khu)';

/** Plural units closing a name ("UBND các xã, phường"): bare heads before it share them all
 *  ("HĐND, UBND các tỉnh, thành phố trực thuộc trung ương" → HĐND các tỉnh, thành phố …). */
export const PLURAL_UNITS = new RegExp(
  `\\s(các\\s+${UNIT}(?:\\s*(?:,|và)\\s*${UNIT})*(?:\\s+(?:trực thuộc|thuộc)\\s.*)?)$`,
  'iu',
);

/** A name ending in lower-case words after its capitalised head ("Tiểu ban thông tin"): a
 *  lower-case item after it that starts no body goes on its topic ("…, tuyên truyền, khánh tiết"). */
export const LOWER_TAIL = /^\p{Lu}\S*(?:\s+\p{Lu}\S*)*(?:\s+\S+)*\s+\p{Ll}+$/u;
