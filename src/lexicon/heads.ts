/**
 * The words that open the name of a body, a position or a collective ("Sở", "Ủy ban", "Bí
 * thư", "các huyện") — one table for the parser (where does an actor list start in running
 * text?) and for the list splitter of src/orgs (does the item after a comma start a new body?).
 * Two copies of this list had drifted apart; this module imports nothing, so every stage may
 * use it.
 *
 * Words are lower case, NFC, with the traditional tone placement ("ủy", "hòa"); `headSource`
 * accepts either placement.
 */

/**
 * - body: names a body ("sở", "ủy ban") — a head everywhere;
 * - role: a position held in a body ("bí thư", "giám đốc") — a head everywhere;
 * - listItem: opens an item of a list of bodies, but is an ordinary word or verb in running
 *   text ("tổ chức", "lãnh đạo", "các"), or a recipient mark ("Lưu", "Đăng", "Cổng").
 */
export type HeadSense = 'body' | 'role' | 'listItem';

export interface HeadWord {
  readonly word: string;
  readonly sense: HeadSense;
  /** Next words that make it an ordinary word: "ban hành", "bộ máy", "phòng chống". */
  readonly unless?: readonly string[];
}

const body = (word: string, ...unless: string[]): HeadWord => ({ word, sense: 'body', unless });
const role = (word: string): HeadWord => ({ word, sense: 'role' });
const listItem = (word: string): HeadWord => ({ word, sense: 'listItem' });

export const HEAD_WORDS: readonly HeadWord[] = [
  body('ban', 'hành'),
  body('bộ', 'máy', 'phận'),
  body('sở', 'hữu'),
  body('phòng', 'chống', 'ngừa', 'tránh'),
  body('vụ', 'việc', 'án'),
  body('cục', 'bộ'),
  body('ủy ban'),
  body('hội đồng'),
  body('hội', 'nghị', 'nhập', 'tụ'),
  body('liên minh'),
  body('liên đoàn'),
  body('liên hiệp'),
  body('mặt trận'),
  body('đảng đoàn'),
  body('đảng ủy'),
  body('đảng bộ'),
  body('chi bộ'),
  body('chi ủy'),
  // a Party cell of a standing committee ("Tổ đảng ở Thường trực Ủy ban Pháp luật")
  body('tổ đảng'),
  body('chi nhánh'),
  body('đoàn', 'kết'),
  body('tỉnh đoàn'),
  body('huyện đoàn'),
  body('công đoàn'),
  body('văn phòng'),
  body('tỉnh ủy'),
  body('thành ủy'),
  body('huyện ủy'),
  body('thị ủy'),
  body('quận ủy'),
  body('thường trực'),
  body('chính phủ'),
  body('quốc hội'),
  body('tòa án'),
  body('viện', 'trợ'),
  body('cấp ủy'),
  body('chính quyền'),
  body('trung tâm'),
  body('trường', 'hợp'),
  body('công an'),
  body('kho bạc'),
  body('ngân hàng'),
  body('tổ chức đảng'),
  body('tổ chức cơ sở đảng'),
  body('đài', 'loan'),
  body('thông tấn xã'),
  body('tập đoàn'),
  body('tổng công ty'),
  body('tổng cục'),
  body('chi cục'),
  body('học viện'),
  // the inspectorates ("Thanh tra Chính phủ", "Thanh tra tỉnh"), not the verb ("thanh tra việc")
  body('thanh tra', 'việc', 'kiểm', 'chấp', 'các', 'hoạt', 'đột', 'trách', 'chuyên', 'và', 'giám'),
  body('kiểm toán nhà nước'),
  body('bảo hiểm xã hội'),
  // a Party archive: "Lưu trữ lịch sử của Đảng", "lưu trữ hiện hành" of a body
  body('lưu trữ lịch sử'),
  body('lưu trữ hiện hành'),
  role('đồng chí'),
  role('đ/c'),
  role('thủ trưởng'),
  role('giám đốc'),
  role('chủ tịch'),
  role('bí thư'),
  role('ủy viên'),
  role('chánh văn phòng'),
  role('trưởng ban'),
  role('trưởng phòng'),
  role('người đứng đầu'),
  role('thủ tướng'),
  role('bộ trưởng'),
  // who an MTTQ or election-committee plan assigns ("Cán bộ phụ trách lĩnh vực …:")
  role('phó chủ tịch'),
  role('cán bộ phụ trách'),
  role('chuyên viên'),
  listItem('các'),
  listItem('những'),
  listItem('trung ương'),
  listItem('hệ thống'),
  listItem('lãnh đạo'),
  listItem('tổ chức'),
  listItem('lưu'),
  listItem('đăng'),
  listItem('cổng'),
];

/** Plural words that open a collective in running text: "các sở", "những đơn vị", "mọi cấp". */
export const PLURAL_WORDS: readonly string[] = ['các', 'những', 'mọi'];

/** Kind nouns a plural opens in running text ("các sở", "các cấp ủy", "mọi doanh nghiệp"). */
export const PLURAL_NOUNS: readonly string[] = [
  'cấp ủy',
  'cấp',
  'tổ chức',
  'cơ quan',
  'ban',
  'sở',
  'ngành',
  'đơn vị',
  'địa phương',
  'huyện',
  'tỉnh',
  'thành',
  'thị',
  'quận',
  'đảng',
  'chi',
  'đoàn',
  'hội',
  'đồng chí',
  'đ/c',
  'phó chủ tịch',
  'phòng',
  'văn phòng',
  'xã',
  'cơ sở',
  'trường',
  'trung tâm',
  'bộ',
  'ủy ban',
  'doanh nghiệp',
  'chính quyền',
  'mặt trận',
  'liên minh',
  'công đoàn',
];

/** Regex source for a lower-case phrase accepting either tone placement of "ủy" and "òa". */
export function toneSource(word: string): string {
  return word.replace(/ủy/g, '(?:ủy|uỷ)').replace(/òa/g, '(?:òa|oà)');
}

/** Regex source matching one head word (lower case) unless an excluded word follows. */
export function headSource(h: HeadWord): string {
  const unless = h.unless?.length ? `(?! (?:${h.unless.join('|')}))` : '';
  return toneSource(h.word) + unless;
}

/** Heads that open an actor in running text (a list item may also open with the others). */
export const RUNNING_TEXT_HEADS: readonly HeadWord[] = HEAD_WORDS.filter(
  (h) => h.sense !== 'listItem',
);

/**
 * Does a normalised key (lower case, traditional tones, words separated by one space, as
 * src/orgs/normalize.ts's normalizeKey makes it) begin with one of `heads`?
 */
export function keyStartsWithHead(key: string, heads: readonly HeadWord[] = HEAD_WORDS): boolean {
  const words = key.split(' ');
  return heads.some((h) => {
    const hw = wordsOf(h);
    for (let k = 0; k < hw.length; k++) if (words[k] !== hw[k]) return false;
    const next = words[hw.length];
    return next === undefined || !h.unless?.includes(next);
  });
}

const WORDS = new Map<HeadWord, readonly string[]>();

/** The head's words as a key has them ("đ/c" → "đ", "c"), split once. */
function wordsOf(h: HeadWord): readonly string[] {
  let w = WORDS.get(h);
  if (!w) {
    w = h.word.replace('/', ' ').split(' ');
    WORDS.set(h, w);
  }
  return w;
}
