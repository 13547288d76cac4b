/**
 * Task keywords that follow the name of a body ("Sở Tài chính chủ trì", "Các Bộ có trách
 * nhiệm"). When the space before one is lost in conversion ("Sở Tài chínhchủ trì"), the text
 * model puts it back (src/parse/text/repair.ts). Lower case, traditional tone placement.
 */
export const GLUED_KEYWORDS: readonly string[] = [
  'chủ trì',
  'phối hợp',
  'có trách nhiệm',
  'chịu trách nhiệm',
];
