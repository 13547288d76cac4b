/**
 * Names as text: writing a capitals header line as a name ("TỈNH ỦY LẠNG SƠN" → "Tỉnh ủy Lạng
 * Sơn"), telling person names from other lines, and a first guess at a mention's kind when no
 * organization resolver is given.
 */
import { fold } from './source.ts';
import type { ActorKind } from './types.ts';

/** Word pairs that keep their capital inside a body name or a title (folded). */
const CAPITALISED = new Map<string, string>([
  ['chap hanh', 'Chấp hành'],
  ['thuong vu', 'Thường vụ'],
  ['thuong truc', 'Thường trực'],
  ['trung uong', 'Trung ương'],
  ['chinh tri', 'Chính trị'],
  ['bi thu', 'Bí thư'],
  ['van phong', 'Văn phòng'],
  ['chu tich', 'Chủ tịch'],
  ['tuyen giao', 'Tuyên giáo'],
  ['dan van', 'Dân vận'],
  ['to chuc', 'Tổ chức'],
  ['kiem tra', 'Kiểm tra'],
  ['noi chinh', 'Nội chính'],
  ['mat tran', 'Mặt trận'],
  ['to quoc', 'Tổ quốc'],
  ['viet nam', 'Việt Nam'],
  ['chinh phu', 'Chính phủ'],
  ['quoc hoi', 'Quốc hội'],
  ['giam doc', 'Giám đốc'],
  ['truong ban', 'Trưởng ban'],
  ['tinh uy', 'Tỉnh ủy'],
  ['huyen uy', 'Huyện ủy'],
  ['thanh uy', 'Thành ủy'],
  ['thi uy', 'Thị ủy'],
  ['quan uy', 'Quận ủy'],
  ['dang uy', 'Đảng ủy'],
]);

/** Level words after which a place name follows ("TỈNH BẮC GIANG"). */
const PLACE_LEAD = /^(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|tp\.?)$/;

/**
 * A capitals line written as a name: words lower-cased except the first, known pairs
 * ("Thường vụ", "Tỉnh ủy") and the place name after a level word or a committee ("Lạng Sơn").
 */
export function nameFromCaps(caps: string): string {
  const words = caps.trim().split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  // an abbreviation (a word without a vowel: "MTTQ", "HĐND") keeps its capitals
  const out = words.map((w, i) => (/^[^aeiouy]{2,}$/.test(fold(w)) ? w : (lower[i] as string)));
  let placeFrom = -1;
  // Stryker disable next-line EqualityOperator: at i = length the pair is empty and matches nothing
  for (let i = 0; i < lower.length; i++) {
    // the last word alone is no known pair and no two-word level
    const pair = fold(lower.slice(i, i + 2).join(' '));
    const known = CAPITALISED.get(pair);
    if (known) {
      const [a, b] = known.split(' ') as [string, string];
      out[i] = a;
      out[i + 1] = b;
      // Stryker disable next-line Regex: the pair is one of the two-word keys above, so "$" changes nothing
      if (/(tinh|huyen|thanh|thi|quan) uy$/.test(pair) && placeFrom === -1) placeFrom = i + 2;
      i++;
      continue;
    }
    // a two-word level ("thành phố", "thị xã", "thị trấn") before the place's name
    // Stryker disable next-line StringLiteral: a lone last word sets placeFrom past the end, which capitalises nothing
    if (placeFrom === -1 && PLACE_LEAD.test(pair) && pair.includes(' ')) placeFrom = i + 2;
    if (
      placeFrom === -1 &&
      i + 1 < lower.length &&
      PLACE_LEAD.test(fold(lower[i] as string)) &&
      fold(lower[i + 1] as string) !== 'uy'
    ) {
      placeFrom = i + 1;
    }
  }
  if (placeFrom !== -1) {
    for (let i = placeFrom; i < out.length; i++) out[i] = capitalise(out[i] as string);
  }
  out[0] = capitalise(out[0] as string);
  return out.join(' ');
}

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Two to six capitalised words (one regex: asked of every mention). */
const PERSON_NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;

/** "Võ Văn Thường": 2–6 words, each capitalised then lower case, nothing else on the line. */
export function isPersonName(line: string): boolean {
  const t = line.trim();
  return t.length <= 60 && PERSON_NAME.test(t);
}

const PERSON = /^(?:d\/c|dong chi|ong|ba)\s+/;
const ROLE =
  /^(?:cac\s+|nhung\s+)?(?:dong chi|d\/c|uy vien|uvbch|uvtv|uvbtv|tinh uy vien|huyen uy vien|thanh uy vien|bi thu|pho bi thu|chu tich|pho chu tich|giam doc|pho giam doc|lanh dao|thu truong|truong ban|pho truong ban|chanh van phong)\b/;
const PUBLICATION =
  /^(?:dang\s+(?:website|web|tai|cong|trang|len)|website|cong\s+(?:ttdt|thong tin)|trang\s+(?:tin|thong tin)|dang\s*website)/;
const GROUP = /^(?:cac|nhung|moi)\s/;

/** A first guess at the kind of a mention, for use without a resolver. */
export function guessKind(mention: string, personName: boolean): ActorKind {
  // Stryker disable next-line Regex: every test below reads the start, which only a leading "lưu" changes
  const f = fold(mention.trim()).replace(/^luu\s*:?\s*/, '');
  if (PUBLICATION.test(f)) return 'publication';
  if (personName && PERSON.test(f)) return 'person';
  if (ROLE.test(f)) return 'role';
  if (GROUP.test(f)) return 'group';
  return 'organization';
}

/** Vietnamese family names: a person's name after a role starts with one. */
const SURNAMES = new Set(
  (
    'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Trương ' +
    'Lương Lâm Mai Tô Trịnh Hà Tạ Cao Lưu Quách Thái Chu Vương Kiều Đào Triệu Hứa Lại Nông Lò ' +
    'Hầu Tăng Từ Đàm Khổng Châu Thân Mạc Doãn Tống Nghiêm Lục Phùng Văn Viên Ninh Y Đồng Diệp'
  ).split(' '),
);
/** A position held by one person ("PCT UBND tỉnh", "Phó Thủ tướng", "Giám đốc Sở Y tế"). */
const ONE_PERSON_ROLE =
  /^(?:Phó\s+)?(?:PCT|CT|Chủ tịch|PGĐ|GĐ|Giám đốc|Bí thư|Trưởng ban|Bộ trưởng|Thứ trưởng|Chánh Văn phòng|CVP|PCVP|Thủ tướng|TTg|TTgCP|Chủ nhiệm|Tổng Giám đốc|Tổng cục trưởng|Cục trưởng|Vụ trưởng|Viện trưởng|Chánh án)\b/u;
const ROLE_INITIALS = 'PCGBTV';
const TRAILING_NAME = /\s+((?:\p{Lu}\p{Ll}*)(?:\s+\p{Lu}\p{Ll}*){1,4})$/u;

/** "PCT UBND tỉnh Nguyễn Văn A": a person (the name) in a role (what comes before it). */
export function rolePerson(mention: string): { role: string; name: string } | null {
  // every ONE_PERSON_ROLE opens with one of these letters: most mentions stop here
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; ONE_PERSON_ROLE refuses the same mentions
  if (!ROLE_INITIALS.includes(mention.trimStart().charAt(0) || '-')) return null;
  const t = mention.replace(/\s+/g, ' ').trim();
  if (!ONE_PERSON_ROLE.test(t)) return null;
  const m = TRAILING_NAME.exec(t);
  if (!m) return null;
  const name = m[1] as string;
  if (!SURNAMES.has(name.split(' ')[0] as string) || !isPersonName(name)) return null;
  return { role: t.slice(0, m.index), name };
}
