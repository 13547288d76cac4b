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

/** The trailing qualifier of a text ("huyện", "Tỉnh ủy", "trực thuộc Trung ương"), if any. */
export function trailingQualifier(text: string): string | undefined {
  return QUALIFIER.exec(text)?.[1];
}
