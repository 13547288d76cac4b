/**
 * The patterns of references, by name. Most match on the folded text (lower case, no tone
 * marks, see source.ts); LAW_NAME and PLAN_NAME match on the clean text because they need
 * capitals. Each is tested by a table of examples in tests/unit/parse/patterns/references.test.ts.
 */
import { DOC_NUMBER_SOURCE } from '../numbers.ts';

/** Type phrases, folded, longest first; with their display form. */
export const TYPE_PHRASES: readonly (readonly [string, string])[] = [
  ['chuong trinh hanh dong', 'Chương trình hành động'],
  ['nghi quyet lien tich', 'Nghị quyết liên tịch'],
  ['thong tu lien tich', 'Thông tư liên tịch'],
  ['nghi quyet', 'Nghị quyết'],
  ['ket luan', 'Kết luận'],
  ['chi thi', 'Chỉ thị'],
  ['chuong trinh', 'Chương trình'],
  ['ke hoach', 'Kế hoạch'],
  ['quyet dinh', 'Quyết định'],
  ['quy dinh', 'Quy định'],
  ['huong dan', 'Hướng dẫn'],
  ['thong bao', 'Thông báo'],
  ['thong tri', 'Thông tri'],
  ['cong van', 'Công văn'],
  ['van ban', 'Văn bản'],
  ['nghi dinh', 'Nghị định'],
  ['thong tu', 'Thông tư'],
  ['de an', 'Đề án'],
  ['bao cao', 'Báo cáo'],
  ['to trinh', 'Tờ trình'],
  ['quy che', 'Quy chế'],
  ['cong dien', 'Công điện'],
  ['phuong an', 'Phương án'],
  ['luat', 'Luật'],
];

const TYPE_ALT = TYPE_PHRASES.map(([f]) => f.replace(/ /g, '\\s*')).join('|');

/** A type phrase right before a number, "số" optional: "nghi quyet so " + "20-NQ/TW". */
export const TYPE_BEFORE_NUMBER = new RegExp(
  `(?<![\\p{L}])(${TYPE_ALT})\\s*(?:so\\s*:?\\s*)?$`,
  'u',
);
/** A type phrase at the start of an alias: "ket luan" in "(sau đây gọi là Kết luận)". */
export const TYPE_HEAD = new RegExp(`^(?:${TYPE_ALT})`);
/** A type phrase right before a bare short number: "nghi quyet " + "20". */
export const TYPE_BEFORE_SHORT = new RegExp(`(?<![\\p{L}])(${TYPE_ALT})\\s+(?:so\\s+)?$`, 'u');

/** A full document number ("20-NQ/TW", "12/2024/QĐ-UBND"), not inside a longer token. */
export const NUMBER_MENTION = new RegExp(
  `(?<![\\p{L}\\d/-])(${DOC_NUMBER_SOURCE})(?![\\p{L}\\d/])`,
  'gu',
);

/** A bare number of one to four digits: the number of a short mention ("Nghị quyết 20"). */
// (the lookbehind after the first digit: leading, it is tried at every position; same matches)
export const BARE_NUMBER = /(\d(?<![\d/\p{L}-]\d)\d{0,3})(?![\d/\p{L}-])/gu;

/** "Nghị quyết Trung ương 5 khóa IX", "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương". */
export const CENTRAL_RESOLUTION =
  /(?<![\p{L}])nghi\s*quyet\s+(?:hoi\s*nghi\s+)?(?:lan\s*thu\s+\S+\s+)?(?:ban\s*chap\s*hanh\s+)?trung\s*uong\s+(\d{1,2}|[ivx]+)(?:\s*\(?\s*khoa\s+([ivxl]+)\s*\)?)?/gu;

/** Words after which a sentence-case law name ends ("Luật Đất đai phù hợp …"). */
const LAW_NAME_END =
  'phù|và|của|đã|trong|về|được|hiện|mới|sửa|theo|để|nhằm|thì|là|có|đối|bảo|đến|tại|với|sau|ngày';
/** "Luật Hợp tác xã năm 2012": a capitalised "Luật" and a name in sentence case. */
export const LAW_NAME = new RegExp(
  `(?<![\\p{L}])Luật\\s+(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+){0,7}?)` +
    `(?=(?:\\s+(?:năm|số)\\s+\\d)|\\s*[,.;:()“”"]|\\s+(?:${LAW_NAME_END})\\s|\\s*$)(\\s+năm\\s+\\d{4})?`,
  'gu',
);

/** "Chiến lược phát triển … giai đoạn 2021 - 2030": a capitalised plan name mid-sentence. */
export const PLAN_NAME =
  /(?<=[\p{Ll},]\s)(Chiến lược|Kế hoạch|Chương trình|Đề án|Quy hoạch)\s+(?!này|số)(?:[^.;:()\n]|\n(?![^\S\n]*\n)){5,120}?giai đoạn\s+\d{4}\s*-\s*\d{4}/gu;

/** "(sau đây gọi là X)", "(sau đây gọi tắt là X)", "(sau đây viết tắt là X)", "(gọi tắt: X)". */
export const ALIAS_DEFINITION =
  /\(\s*(?:sau\s*day\s*)?(?:duoc\s*)?(?:goi\s*tat|goi|viet\s*tat)\s*(?:la)?\s*:?\s*([^()]{2,80})\)/g;

/** ", của X" after a mention: the body that issued it (not "của các cấp ủy", who carry it out). */
export const OF_ISSUER = /^\s*,?\s*cua\s+(?!cac\s|nhung\s|moi\s)(\S+(?:\s+\S+)?)/;

/** The clause before a mention says it is a subject ("về …"): then it is cited, not implemented. */
export const ABOUT = /(?<![\p{L}])ve(?![\p{L}])/u;
/** Adverbs a verb may take before its object ("triển khai thực hiện hiệu quả …"). */
const MANNER =
  '(?:\\s+(?:co\\s*hieu\\s*qua|hieu\\s*qua|nghiem\\s*tuc|nghiem|tot|dong\\s*bo|kip\\s*thoi|day\\s*du|quyet\\s*liet|thang\\s*loi|co\\s*ket\\s*qua|toan\\s*dien|thong\\s*nhat|sau\\s*rong))*';
/** The clause before a mention ends with an implementing verb (and its adverbs). */
export const IMPLEMENTING_VERB = new RegExp(
  `(?:thuc\\s*hien|trien\\s*khai|quan\\s*triet|thi\\s*hanh)${MANNER}\\s*$`,
);
/** Before an implementing verb: the state or result of the implementation is a subject
 *  ("về tình hình thực hiện Nghị quyết …", "kết quả triển khai …", "khó khăn trong việc triển
 *  khai Nghị định …"), not carrying it out. */
// (the lookbehind after each first letter: leading, it hides the first letters from the regex
// engine's skip-ahead; same matches, twice as fast)
export const STATE_OF =
  /(?:t(?<!\p{L}t)inh\s*hinh|k(?<!\p{L}k)et\s*qua|t(?<!\p{L}t)rong\s*viec)\s*$/u;
/** The clause before a mention ends with "căn cứ (vào)". */
export const BASED_ON = /can\s*cu\s*(?:vao\s*)?$/;
/** A (folded) line that opens a Căn cứ paragraph ("- Căn cứ Luật …", "Căn cứ:"). */
export const BASIS_PARAGRAPH = /^[\s*_>-]*(?:[-•+]\s*)?can\s*cu(?![\p{L}])/u;
/** A (folded) line that opens another paragraph of the preamble, a heading or an article. */
export const PARAGRAPH_OPENER =
  /^[\s*_>-]*(?:[-•+]\s*)?(?:thuc\s*hien|trien\s*khai|de\s*trien\s*khai|quan\s*triet|xet|theo\s*de\s*nghi|quyet\s*dinh|dieu\s+\d|[ivx]+[.-]|\d+[.)])(?![\p{L}])/u;
/** The first heading of the body, past a preamble (on the clean text): a Roman or Arabic item
 *  number, an article, a chapter, the decision ("QUYẾT ĐỊNH:"), "như sau:". */
export const BODY_HEADING =
  /\n[\s*_#]*(?:[IVX]+\s*[.-]\s|\d+\s*\.\s|Điều\s+\d|Chương\s+[IVX\d]|QUYẾT\s+ĐỊNH\s*:|[A-ZĐ]\s*[.)]\s)|như sau\s*:/u;
/** Types a document implements when it is based on them ("Căn cứ Kế hoạch số …"); laws,
 *  decrees and circulars are its legal basis, cited. */
export const BASIS_TYPES = /^(Nghị quyết|Kết luận|Chỉ thị|Chương trình|Kế hoạch|Quyết định|Đề án)/;

/** Where a reference's tail stops: a blank line, a bullet, an item number, a place-and-date, a
 *  line that opens a preamble paragraph, the decision or an article (on the clean text). */
export const TAIL_END =
  /\n[ \t]*\n|\n[ \t]*[-•+]|\n[ \t]*\d+[.)]|\n[^\n,]{2,40},\s*ng[àa]y\s|\n(?:Căn cứ|Thực hiện|Xét đề nghị|Theo đề nghị|Điều\s+\d|Kính gửi|Nơi nhận|QUYẾT ĐỊNH)/u;
/** ", ngày 16/6/2022" or " ban hành ngày …" after a number. */
export const TAIL_DATE = /^\s*,?\s*(?:ban\s*hanh\s*)?(?:ngay\s*)?(?=\d)/;
/** " của " before the issuer. */
export const TAIL_ISSUER = /^\s*,?\s*cua\s+/;
/** Where the issuer stops: "về", "khóa", a parenthesis, punctuation, "ban hành", "và" before
 *  the next document ("… của Thủ tướng Chính phủ và Quyết định số …"). */
export const TAIL_ISSUER_END = new RegExp(
  `\\s(?:ve|khoa)\\s|\\s*\\(|[,;:”“"]|\\s+ban\\s*hanh\\s|\\s+va\\s+(?=${TYPE_ALT})`,
);
/** "(khóa XII)" after the issuer. */
export const TAIL_TERM = /^\s*\(?\s*khoa\s+([ivxl]+)\s*\)?/;
/** " về (việc) " before the subject. */
export const TAIL_SUBJECT = /^\s*,?\s*[“"]?\s*ve\s+(?:viec\s+)?/;
/** Where the subject stops (on clean text). */
export const TAIL_SUBJECT_END = /\(|[;”"]|,\s*(?:ngay\s*\d|\p{Lu})/u;

/** Display forms by type phrase without its spaces (the first phrase of each); "nghịquyết"
 *  with a space lost reads as "nghị quyết". */
const TYPE_BY_LETTERS = new Map<string, string>();
for (const [k, name] of TYPE_PHRASES) {
  const letters = k.replace(/ /g, '');
  if (!TYPE_BY_LETTERS.has(letters)) TYPE_BY_LETTERS.set(letters, name);
}

/** The display form of a folded type phrase, or null (one lookup: it is asked of every
 *  mention). */
export function typeName(folded: string): string | null {
  return TYPE_BY_LETTERS.get(folded.replace(/\s+/g, '')) ?? null;
}
