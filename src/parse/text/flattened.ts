/**
 * Headers flattened by a crawler: the banner, the body, the number, the place and date, the type
 * and the title run together on one or two lines ("ỦY BAN NHÂN DÂN TỈNH KON TUM ------- CỘNG HÒA
 * XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc", "Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng
 * 5 năm 2020 QUYẾT ĐỊNH V/V …"). The space before each header field becomes a line break again
 * (same length, so the map to the original is unchanged). Only long lines at the top are read,
 * up to the first line of the body.
 */

/** A header field that begins after a space (each alternative is one field; its lookbehind
 *  follows the space: leading, it would be tried at every position). */
const FIELD_START = new RegExp(
  [
    // the banners and the motto
    ' (?<=\\S )(?=CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM)',
    ' (?<=\\S )(?=ĐẢNG CỘNG SẢN VIỆT NAM)',
    ' (?<=\\S )(?=Độc lập\\s*[-–])',
    // the issuing body after the crawler's one-sentence caption ("Công văn 296/BHXH-CSYT năm
    // 2021 … do Bảo hiểm xã hội Việt Nam ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM --------")
    ' (?<=\\S\\. )(?=\\p{Lu}[\\p{Lu} ,-]{2,80}\\s-{3,})',
    // after the rule printed under a body or the motto
    ' (?<=[-_]{3,} )(?=\\S)',
    // the number, the subject of a letter, the addressees
    ' (?<=\\S )(?=Số\\s*:?\\s*\\d)',
    ' (?<=\\S )(?=V\\/[vV]\\s)',
    ' (?<=\\S )(?=Kính gửi)',
    // the body's first sentence run into the addressees ("Kính gửi: … trực thuộc Trung ương
    // Thực hiện Luật …"): as addressees.ts ends them, a body opener in capitals
    ' (?<=Kính gửi\\s*:[^\\n]*\\S )(?=(?:Thực hiện|Căn cứ|Triển khai|Theo đề nghị|Xét đề nghị|Nhằm|Phúc đáp|Trả lời|Tiếp theo|Ngày \\d) )',
    // the place after the number token ("Số: 435/QĐ-UBND Kon Tum, ngày …")
    ' (?<=Số\\s*:?\\s*\\d[^\\s]* )(?=\\p{Lu}[^,\\n]{1,30}, ngày)',
    // a place and date after a subject ("V/v … năm 2014 Hà Nội, ngày 13 tháng 02 năm 2017")
    ' (?<=(?:^|\\s)[^\\s\\p{Lu}]\\S* )(?=(?:\\p{Lu}\\p{Ll}*\\.? ?){1,4}, ngày \\d{1,2} tháng \\d{1,2} năm \\d{4})',
    // the type line after the date
    ' (?<=năm \\d{4} )(?=\\p{Lu}{2})',
    // a paragraph in sentence case after a title in capitals ("… CẢ NƯỚC Ngày 24 tháng 6 …",
    // "… CẢ NƯỚC Để quản lý …")
    ' (?<=\\p{Lu}{2,} )(?=\\p{Lu}\\p{Ll}+ [\\p{Ll}\\d])',
  ].join('|'),
  'gu',
);

/** Where the header zone ends: the first line that opens the body. */
const BODY_LINE = /^(?:Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|[IVX]+\.|\d+\.)\s/u;

const MAX_LINES = 8;
const MIN_LENGTH = 60;
/** The header zone is at the top: no further than this. */
const LIMIT = 4000;

/**
 * The clean text with the flattened header fields on lines of their own, and the line index
 * each new break was made in (so per-line flags can follow).
 */
export function splitFlattenedHeader(clean: string): { clean: string; splitLines: number[] } {
  let chars: string[] | null = null;
  const splitLines: number[] = [];
  let start = 0;
  for (let n = 0, line = 0; n < MAX_LINES && start < Math.min(clean.length, LIMIT); line++) {
    let end = clean.indexOf('\n', start);
    if (end === -1) end = clean.length;
    if (end > LIMIT) break;
    const text = clean.slice(start, end);
    if (BODY_LINE.test(text)) break;
    if (text.trim() !== '') n++;
    if (text.length >= MIN_LENGTH) {
      FIELD_START.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = FIELD_START.exec(text))) {
        chars ??= clean.slice(0, LIMIT).split('');
        chars[start + m.index] = '\n';
        splitLines.push(line);
      }
    }
    start = end + 1;
  }
  return chars ? { clean: chars.join('') + clean.slice(LIMIT), splitLines } : { clean, splitLines };
}
