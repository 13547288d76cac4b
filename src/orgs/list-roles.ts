/**
 * Persons and kind nouns inside a list of bodies: which items open a new body and which continue
 * the one before (used by split.ts).
 */

/**
 * Positions held in a set of bodies ("bí thư các tỉnh uỷ, thành uỷ", "thủ trưởng cơ quan, đơn
 * vị"): they open a collective like "các" does, and do not continue another one.
 */
export const ROLE_HEAD = /^(?:bí thư|phó bí thư|ủy viên|uỷ viên|lãnh đạo|thủ trưởng|chủ tịch)\s/iu;
/** Titles that, capitalised after a collective, start another set of persons ("Các đ/c Phó Chủ
 *  tịch, Trưởng đoàn thể xã"); lower case they are part of a word ("Bộ\ntrưởng" wrapped). */
const TITLE_HEAD = /^(?:Trưởng|Phó [Cc]hủ tịch|Giám đốc)\s/u;

/** Does an item after a collective open a new one (a position)? */
export function isRoleHead(text: string): boolean {
  return ROLE_HEAD.test(text) || TITLE_HEAD.test(text);
}

/** A named person ("Đ/c Trần Ngọc Tam"): a title after the comma is that person's role. */
export const NAMED_PERSON = /^(?:[Đđ]\/[cC]|[Đđ]ồng chí)\s+\p{Lu}\p{Ll}*\s+\p{Lu}/u;

/** One comrade in a role ("Đồng chí Phó Chủ tịch Thường trực, phụ trách lĩnh vực …"; "Đồng chí
 *  Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ xã"): after a comma, the same person. */
export const ONE_COMRADE = /^(?:[Đđ]\/[cC]|[Đđ]ồng chí)\s+\p{Lu}/u;

/** After "và", a kind noun opens a new collective ("Sở Y tế và cơ quan, địa phương liên quan"). */
export const KIND_START = /^(?:cơ quan|đơn vị|địa phương|tổ chức|doanh nghiệp)(?!\p{L})/u;

/** "Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng và lĩnh vực khác": the domain a
 *  position is in charge of runs to the list's ";" or end (`gap`: the text before the item). */
export function inCharge(before: string, gap: string): boolean {
  return /\sphụ trách\s/u.test(before) && !gap.includes(';');
}

/** "Viện, Trường": research and teaching bodies named by kind alone, one collective as the guide
 *  counts it (docs/labelling.md, Bodies), not two bodies. */
const ACADEMIC_KIND = /^(?:viện|trường|học viện)$/iu;
export const academicPair = (a: string, b: string): boolean =>
  ACADEMIC_KIND.test(a) && ACADEMIC_KIND.test(b);

/** One name across "và": the office of both councils ("Văn phòng HĐND và UBND huyện", its
 *  Chánh Văn phòng), and a newspaper merged with the broadcaster ("Báo và PTTH Đắk Lắk"). */
const COUNCIL_OFFICE = /(?:^|\s)(?:Văn phòng|VP)\s+(?:HĐND|Hội đồng nhân dân)$/u;
const COMMITTEE = /^(?:UBND|(?:Ủy|Uỷ) ban nhân dân)(?!\p{L})/u;
/** The office of the National Assembly delegation and the council ("Văn phòng Đoàn ĐBQH và
 *  HĐND tỉnh"), and a centre that runs the portal ("Trung tâm Công nghệ và Cổng TTĐT tỉnh"). */
const DELEGATION_OFFICE = /^(?:Văn phòng|VP)\s+(?:Đoàn\s+)?(?:ĐBQH|đại biểu Quốc hội)$/u;
const COUNCIL = /^(?:HĐND|Hội đồng nhân dân)(?!\p{L})/u;
const CENTRE = /^(?:Trung tâm|TT\.)\s/u;
const PORTAL = /^Cổng\s+(?:TTĐT|[Tt]hông tin điện tử)(?!\p{L})/u;
const PRESS = /^(?:Báo|Đài)$/u;
const BROADCAST = /^(?:PTTH|PT-TH|Phát thanh)(?!\p{L})/u;

/** Does `text` after "và" continue `prev` as one name, or after a comma form one collective? */
export function joinsPrevious(sep: string, prev: string, text: string): boolean {
  if (sep !== 'và') return academicPair(prev, text);
  return (
    (COUNCIL_OFFICE.test(prev) && COMMITTEE.test(text)) ||
    (DELEGATION_OFFICE.test(prev) && COUNCIL.test(text)) ||
    (CENTRE.test(prev) && PORTAL.test(text)) ||
    (PRESS.test(prev) && BROADCAST.test(text))
  );
}
