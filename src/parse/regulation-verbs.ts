/**
 * Verbs of Party regulations, guides and conclusions that end the subject before them (folded):
 * "Mặt trận Tổ quốc Việt Nam cấp Trung ương nộp hồ sơ", "Giám đốc Trung tâm giao nhiệm vụ",
 * "Văn phòng sẽ chỉ đạo", "Ban Tổ chức Trung ương trao đổi với …", "cấp ủy … phân tích kỹ
 * lưỡng", "Các tỉnh ủy tiếp tục …".
 */
export const REGULATION_VERBS = [
  'nop',
  'giao',
  'se',
  'trao doi',
  'phan tich',
  'tiep tuc',
  // a Party plan's verbs after its bodies: "Trường Chính trị tỉnh đưa nội dung …", "Báo Quảng
  // Nam, Đài Phát thanh và Truyền hình tỉnh mở chuyên trang …", "… phối hợp với Ban Tuyên giáo
  // Tỉnh ủy thông tin, tuyên truyền"
  'dua',
  'mo',
  'thong tin',
  // "… phối hợp với Ban Tổ chức Tỉnh ủy giúp Ban Thường vụ Tỉnh ủy theo dõi …"
  'giup',
  // "Các đảng ủy trực thuộc xét, đề nghị Ban Thường vụ Tỉnh ủy …": the one who considers leads
  'xet',
];

/** Folded words that are the verb only as written with these letters (tones included): other
 *  words fold to the same ("Ban Tuyên giáo", "chia sẻ", "cán bộ", "đảng tại", "tham nhũng", "mỡ"). */
const WRITTEN = new Map([
  ['giao', 'giao'],
  ['se', 'sẽ'],
  ['giup', 'giúp'],
  ['xet', 'xét'],
  ['dua', 'đưa'],
  ['mo', 'mở'],
  ['can', 'cần'],
  ['dang tai', 'đăng'],
  ['nhung', 'những'],
]);

/**
 * Is the folded match no verb here? A word of WRITTEN not written so; "giao" not in "Ngoại
 * giao", "bàn giao", "chuyển giao"; "nộp" not in an archive's "nguồn nộp lưu"; "nghiên cứu" not
 * in the name of an institute ("doanh nghiệp, viện nghiên cứu, trường đại học").
 */
export function notTheVerb(word: string, clean: string, fold: string, at: number): boolean {
  const written = WRITTEN.get(word);
  if (written !== undefined && !clean.startsWith(written, at)) return true;
  // clamped: a negative start would read from the end of the text, i.e. nothing
  const before = (n: number): string => fold.slice(Math.max(0, at - n), at);
  if (word === 'giao') return /(?:ngoai|ban|chuyen)\s*$/.test(before(8));
  if (word === 'nop') return /nguon\s*$/.test(before(6));
  if (word === 'nghien cuu') return /(?:^|\s)vien\s*$/.test(before(6));
  // "giúp việc" a noun: "các cơ quan tham mưu, giúp việc Tỉnh ủy"
  if (word === 'giup') return /^giup\s*viec(?![\p{L}])/u.test(fold.slice(at, at + 12));
  // not a council's name ("Hội đồng xét tuyển")
  if (word === 'xet') return /hoi\s*dong\s*$/.test(before(10));
  // "thông tin" a verb only before what it informs with: "thông tin, tuyên truyền", "thông tin
  // kịp thời" (not "cơ quan thông tin", "Cổng thông tin điện tử")
  if (word === 'thong tin')
    return !/^thong\s*tin\s*(?:,\s*|va\s+)?(?:tuyen\s*truyen|quang\s*ba|kip\s*thoi|day\s*du)/.test(
      fold.slice(at, at + 40),
    );
  return false;
}
