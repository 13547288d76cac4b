/**
 * The patterns of the header, by name (on folded lines unless said otherwise). Tested by a table
 * of examples in tests/unit/parse/patterns/header.test.ts.
 */
import { DOC_NUMBER_SOURCE, OLD_NUMBER_SOURCE } from '../numbers.ts';

/** Type lines ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG"), longest first where one begins another. */
export const TYPES: readonly (readonly [RegExp, string])[] = [
  [/^chuong\s*trinh\s*hanh\s*dong/, 'Chương trình hành động'],
  [/^chuong\s*trinh/, 'Chương trình'],
  [/^ke\s*hoach/, 'Kế hoạch'],
  [/^nghi\s*quyet\s*lien\s*tich/, 'Nghị quyết liên tịch'],
  [/^nghi\s*quyet/, 'Nghị quyết'],
  [/^chi\s*thi/, 'Chỉ thị'],
  [/^ket\s*luan/, 'Kết luận'],
  [/^quyet\s*dinh/, 'Quyết định'],
  [/^quy\s*dinh/, 'Quy định'],
  [/^quy\s*che/, 'Quy chế'],
  [/^huong\s*dan/, 'Hướng dẫn'],
  [/^thong\s*bao/, 'Thông báo'],
  [/^thong\s*tri/, 'Thông tri'],
  [/^bao\s*cao/, 'Báo cáo'],
  [/^to\s*trinh/, 'Tờ trình'],
  [/^de\s*an/, 'Đề án'],
  [/^phuong\s*an/, 'Phương án'],
  [/^cong\s*dien/, 'Công điện'],
  [/^cong\s*van/, 'Công văn'],
  [/^giay\s*moi/, 'Giấy mời'],
  [/^nghi\s*dinh/, 'Nghị định'],
  [/^thong\s*tu/, 'Thông tư'],
  [/^bien\s*ban/, 'Biên bản'],
];

export const PARTY_BANNER = /^dang\s*cong\s*san\s*viet\s*nam$/;
export const STATE_BANNER = /^cong\s*hoa\s*xa\s*hoi\s*chu\s*nghia\s*viet\s*nam$/;
export const MOTTO = /^doc\s*lap\s*[-–]\s*tu\s*do\s*[-–]\s*hanh\s*phuc$/;
/** "Số 10-KH/TW", "Số: 45/KH-UBND" (on the clean line). */
export const NUMBER_LINE = new RegExp(
  `^s[oố]\\s*:?\\s*(${DOC_NUMBER_SOURCE}|${OLD_NUMBER_SOURCE}(?![\\p{L}\\d/-]))`,
  'iu',
);
/** "Số:      /KH-UBND": the number of an unsigned draft (on the clean line). */
export const EMPTY_NUMBER = /^s[oố]\s*:?\s*[-/.\s]*(?:[A-ZĐ]+[-/]?)*[A-ZĐ]*\s*$/iu;
/** "V/v …": the subject of an official letter. */
export const SUBJECT = /^v\s*\/\s*v\s*:?\s*/;
/** "Hà Nội, ngày …": a place without digits, a comma, "ngày". */
export const PLACE_DATE = /^([^,\d]{2,40}),\s*ngay/;
/** A line that opens the body: a numbered part or item. */
export const BODY_START = /^(?:[ivxl]+\s*[-.]\s*\S|\d{1,2}\s*[.)]\s)/;
/** Where the search for a type line gives up: a part heading, "Nơi nhận", "Kính gửi". */
export const TYPE_SEARCH_END = /^[ivxl]+\s*[-.]\s*\S|^noi\s*nhan|^kinh\s*gui/;
/** "CỦA BAN THƯỜNG VỤ TỈNH ỦY" under the type line: the issuer stated in the title. */
export const TITLE_ISSUER = /^cua\s/;
/** A separator line ("-----", "___"). */
export const RULE_LINE = /^[-_=]{3,}$/;
/** Lines a title never runs into: the preamble, the decision, an article, the addressees. */
export const TITLE_END =
  /^(?:can\s*cu|quyet\s*dinh\s*:|dieu\s+\d|kinh\s*gui|noi\s*nhan|xet\s+de\s*nghi|theo\s+de\s*nghi)/;
/** The authority line of a decision between its title and its Căn cứ: a head and the body they
 *  head, in capitals and alone on the line ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CÀ MAU", "BỘ TRƯỞNG
 *  BỘ Y TẾ", "THỦ TƯỚNG CHÍNH PHỦ"). */
export const DECIDING_HEAD =
  /^(?:chu\s*tich|giam\s*doc|bo\s*truong|thu\s*tuong|chanh\s*van\s*phong|truong\s*ban|(?:tong\s*)?cuc\s*truong|vien\s*truong|hieu\s*truong)\s+(?:uy\s*ban|so|bo|chinh\s*phu|ban|(?:tong\s*)?cuc|van\s*phong|hoi\s*dong|vien|truong|dai\s*hoc)\b[^,;:]{0,80}$/;
/** A next paragraph that is not a title: preamble, addressees, a numbered part or item. */
export const NOT_TITLE = /^(?:can\s*cu|kinh\s*gui|[ivx]+\s*[-.]\s|\d+\s*[.)]\s)/;
/** "ngày … tháng": an empty date slot of an unsigned draft. */
export const EMPTY_DATE = /ngay\s*\.*\s*thang/;
