/**
 * The word patterns of list splitting (split.ts): bare heads, plural collectives, units, unit
 * codes, colon heads and kind nouns.
 */
import { UNIT } from './qualifiers.ts';

/** Words a bare head ("TT HĐND", "UBND", "ban", "Mặt trận") may consist of, as keys. */
export const BARE_WORDS = new Set(
  (
    'ban thường vụ trực văn phòng mặt trận tổ quốc việt nam ủy hội đồng nhân dân kiểm tra tuyên ' +
    'giáo vận chức nội chính đảng đoàn thể ngành cán sự'
  ).split(' '),
);

/** Parts of a cấp-ủy compound that share a following "ủy": "huyện, thị, thành ủy". */
export const UY_STEMS = new Set(['tỉnh', 'thành', 'huyện', 'thị', 'quận', 'đảng']);

export const LUU = /^Lưu\s*:?\s*/iu;
export const PLURAL = /^(?:các|những)\s+/iu;
/** A plural inside a name ("Đảng ủy các bộ", "Ban tổ chức các tỉnh ủy"): the lower-case items
 *  after it belong to the same collective ("Đảng ủy các bộ, ngành, tổ chức chính trị - xã hội"). */
export const INNER_PLURAL = /\s(?:các|những)\s+\p{Ll}/u;

/** Administrative units: after a name ending in one ("UBND các xã", "UBND tỉnh"), more units
 *  continue the same collective ("UBND các xã, phường, đặc khu"; "tỉnh, thành phố trực thuộc
 *  trung ương"). */
export const ENDS_WITH_UNIT = new RegExp(`(?:^|\\s)${UNIT}$`, 'iu');
export const UNIT_ONLY = new RegExp(`^${UNIT}(?:\\s+(?:trực thuộc|thuộc)\\s.*)?$`, 'u');
/** Internal units by their codes after a plural head ("các Vụ: KTTH, QHĐP, TH", "các phòng, đơn
 *  vị: ĐMPT, TH"): one recipient, the codes are not bodies of their own. */
export const UNIT_CODE = /^[\p{Lu}\d&]{2,}$/u;
export const CODE_LIST_HEAD = /^(?:các|Các)\s[^:]+:\s*[\p{Lu}\d&]{2,}(?:\s*,\s*[\p{Lu}\d&]{2,})*$/u;
/** A plural kind noun opening a list with a colon ("Các Sở: Tài chính, Xây dựng", "các Bộ:"). */
export const COLON_HEAD =
  /^(?:(Bộ trưởng|Giám đốc|Thủ trưởng|Chủ tịch(?: (?:Ủy|Uỷ) ban nhân dân| UBND)?|(?:Ủy|Uỷ) ban nhân dân|UBND|Hội đồng nhân dân|HĐND)\s+)?(?:các|những)\s+(sở|bộ|ban|cục|vụ|viện|tổng cục|ủy ban|uỷ ban|đoàn thể|tỉnh|thành phố|huyện)\s*:\s*/iu;

/** A collective made of kind nouns only ("Sở, ban, ngành"; "Cơ quan, địa phương liên quan"). */
export const KIND_ONLY =
  /^(?:sở|ban|ngành|bộ|cơ quan|đơn vị|địa phương|tổ chức|đoàn thể|doanh nghiệp)(?:\s+(?:tỉnh|liên quan|có liên quan))?$/iu;
/** "phòng, chống …" is one phrase of a name ("Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực"). */
export const PHONG_CHONG = /(?:^|\s)phòng,\s*chống\s[^,;]*(?:,\s*[^,;]*)*$/u;

/** The Front written short ("Các sở, ban, ngành, Mặt trận, tổ chức chính trị - xã hội"): a
 *  name written out, not a kind noun of the collective before it. */
export const FRONT = /^Mặt trận(?:\s|$)/u;
/** A second word in sentence case: a proper name ("Mặt trận Tổ quốc"), not codes ("TT HĐND"). */
export const NAMED = /^\S+(?:\s+\S+)*?\s+\p{Lu}\p{Ll}/u;
/** A qualifier naming several levels ("các cấp", "từ huyện đến cơ sở"), not one place. */
export const SPAN_OF_LEVELS = /^(?:các cấp|từ\s)/iu;
