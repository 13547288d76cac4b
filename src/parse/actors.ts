/**
 * Actors in running text: where an actor list starts and ends, and turning a list into Actor
 * entries (split by the organizations module's splitMentions, resolved by the resolver when one
 * is given).
 *
 * An actor list ends at the first word that cannot belong to a name: a task verb or adverb in
 * lower case ("chủ trì", "tổ chức", "thường xuyên"), a noun that opens the object ("tình hình",
 * "những"), a preposition ("theo", "về"), or sentence punctuation. Capitalised words never end a
 * list ("Ban Tổ chức", "Ủy ban Kiểm tra"). Words that are also nouns ("tổ chức", "lãnh đạo",
 * "tham mưu") end a list only where they cannot be a noun: not after a comma or a plural word
 * ("các cơ quan, tổ chức có liên quan"), not before a noun ("tổ chức đảng").
 */
import {
  headSource,
  PLURAL_NOUNS,
  PLURAL_WORDS,
  RUNNING_TEXT_HEADS,
  toneSource,
} from '../lexicon/heads.ts';
import type { Registry } from '../orgs/types.ts';
import { kindOnce, resolveOnce, splitOnce } from './actor-memo.ts';
import { notTheVerb, REGULATION_VERBS } from './regulation-verbs.ts';
import { isLower, isUpper, squash, trimRange, type Source } from './source.ts';
import { perSource } from './source-memo.ts';
import type { Actor, ParseOptions, ResolveContext } from './types.ts';

/** Folded words that end an actor list (matched at word boundaries, in lower case). */
const END_WORDS = [
  'chu tri',
  'phoi hop',
  'to chuc',
  'chi dao',
  'lanh dao',
  'xay dung',
  'tap trung',
  'tang cuong',
  'theo doi',
  'huong dan',
  'thuc hien',
  'trien khai',
  'chiu trach nhiem',
  'co trach nhiem',
  'co nhiem vu',
  'nghien cuu',
  'day manh',
  'can cu',
  'khan truong',
  'chu dong',
  'de cao',
  'quan triet',
  'kiem tra',
  'giam sat',
  'ra soat',
  'bo tri',
  'tham muu',
  'thuong xuyen',
  'kip thoi',
  'tich cuc',
  'dinh ky',
  'hang nam',
  'tiep tuc',
  'nang cao',
  'phat huy',
  'cu the hoa',
  'don doc',
  'bao cao',
  'de xuat',
  'ban hanh',
  'tuyen truyen',
  'van dong',
  'dam bao',
  'bao dam',
  'uu tien',
  'huy dong',
  'lam tot',
  'phan dau',
  'cham lo',
  'cung co',
  'ho tro',
  'quan tam',
  'tham gia',
  'gop phan',
  'danh gia',
  'so ket',
  'tong ket',
  'theo',
  'trong',
  'de',
  'nham',
  've',
  'tai',
  'phai',
  'duoc',
  'la',
  'tinh hinh',
  'ket qua',
  'nhung',
  'viec',
  'noi dung',
  'thong nhat',
  'phan cong',
  'tham dinh',
  'tong hop',
  'cap nhat',
  'thi hanh',
  'lua chon',
  'xac dinh',
  'rut kinh nghiem',
  'gui',
  'thong bao',
  'cung cap',
  'dieu hanh',
  'lien quan den',
  'dong thoi',
  'khuyen khich',
  'nhan rong',
  'dam nhan',
  'nhat la',
  'truoc',
  'cham nhat',
  'hang quy',
  'hang thang',
  'ke tu',
  // a body that asks another ("Ủy ban nhân dân tỉnh yêu cầu các sở …") and adverbs of manner
  'yeu cau',
  'de nghi',
  // "Bộ Nội vụ trân trọng đề nghị …": no body's name holds it
  'tran trong',
  'nghiem tuc',
  'quyet liet',
  'tien hanh',
  'kien toan',
  'hoan thanh',
  // regulation verbs (Quy định, Quy chế): "Ban thường vụ tỉnh ủy quy định …"
  'quy dinh',
  'quyet dinh',
  'co chuc nang',
  'uy quyen',
  // verbs that open the object after a list ("…, các cơ quan liên quan, hoàn thiện Báo cáo")
  'hoan thien',
  'thu thap',
  'tich hop',
  'bam sat',
  'tren co so',
  'phan anh',
  'chuan bi',
  'co bao cao',
  'suu tam',
  'xac thuc',
  'can', // "cần" only (see actorEnd): "Các cấp ủy, tổ chức đảng cần tập trung …"
  'dang tai', // "đăng tải" only (see actorEnd), not "đảng tại"
  ...REGULATION_VERBS,
];
/** End words that are also nouns (see the module comment); "tổ chức" also before a noun. */
const AMBIGUOUS = new Set(['to chuc', 'lanh dao', 'chi dao', 'tham muu', 'kiem tra', 'giam sat']);
// (\s between words: a line may wrap inside them, "tập\nthể lãnh đạo")
const NOUN_AFTER =
  /^\s*(?:dang|chinh\s+tri|co\s+so|doan\s+the|kinh\s+te|thanh\s+vien|hoi|dai\s+dien|xa\s+hoi|doanh\s+nghiep|cac\s+co\s+quan|co\s+quan|don\s+vi|dia\s+phuong|cac\s+cap|uy|vien|the|nhan\s+dan|va|,)/;
const NOUN_BEFORE =
  /(?:[,;]|(?:^|\s)(?:cac|nhung|va|moi|ban|uy\s+ban|co\s+quan(?:\s+chuyen\s+trach)?|tap\s+the))\s*$/;

/** A position "in charge of" a domain ("Các Phó chủ tịch phụ trách lĩnh vực …"), folded. */
const IN_CHARGE =
  /^(?:cac\s+)?(?:(?:dong\s*chi|d\/c)\s+)?(?:pho\s*chu\s*tich|chu\s*tich|can\s*bo|chuyen\s*vien|uy\s*vien|thanh\s*vien|pho\s*truong|truong)\s[^]*?phu\s*trach\s/;

/** A head that needs the next words to name a body ("Bộ", "Sở", "Ban", "Ủy ban"). */
const BARE_HEAD = /(?:^|\s)(?:bo|so|ban|uy\s*ban|cuc|vu|vien|tong\s*cuc|hoi\s*dong)\s*$/;

/** Task keywords found even glued to the name before them ("Sở Tài chínhchủ trì", "Các
 *  Bộcó trách nhiệm": a space lost in conversion); no Vietnamese word ends with them. */
export const GLUED_KEYWORDS = ['chu tri', 'phoi hop', 'co trach nhiem', 'chiu trach nhiem'];

/** A word's source with `guard` (a lookbehind for `(?<!X)` / `(?<=X)`) after its first letter:
 *  leading, the lookbehind is tried at every position and hides the first letters from the
 *  regex engine's skip-ahead (4× slower for GLUED_RE, same matches). Words are folded letters
 *  and spaces. */
function guarded(word: string, guard: '<!' | '<=', before: string): string {
  const first = word[0] as string;
  return `${first}(?${guard}${before}${first})${word.slice(1).replace(/ /g, '\\s*')}`;
}

/** The letters the words of END_RE begin with. */
const END_FIRSTS = [...new Set([...END_WORDS, ...GLUED_KEYWORDS].map((w) => w[0]))].join('');

// (not `guarded`: with a lookbehind in each of its many words the regex runs 6× slower; the
// lookahead on the first letters lets it pass over other positions at once: 20 % faster)
const END_RE = new RegExp(
  `(?=[${END_FIRSTS}])(?:(?<![\\p{L}\\p{N}])(?:${END_WORDS.map((w) => w.replace(/ /g, '\\s*')).join('|')})` +
    `|(?<=\\p{L})(?:${GLUED_KEYWORDS.map((w) => w.replace(/ /g, '\\s*')).join('|')}))(?![\\p{L}\\p{N}])`,
  'gu',
);

const GLUED_RE = new RegExp(
  `(?:${GLUED_KEYWORDS.map((w) => guarded(w, '<=', '\\p{L}')).join('|')})(?![\\p{L}])`,
  'u',
);

/** The last words of the glued keywords: without one, GLUED_RE cannot match. */
const GLUED_TAIL = new RegExp(GLUED_KEYWORDS.map((w) => w.slice(w.lastIndexOf(' ') + 1)).join('|'));

/** Words that begin a body, a collective or a person (lower case; either tone placement). */
const STARTERS = new RegExp(
  `^(?:${RUNNING_TEXT_HEADS.map(headSource).join('|')}` +
    `|(?:${PLURAL_WORDS.join('|')}) (?:${PLURAL_NOUNS.map(toneSource).join('|')}))(?![\\p{L}])`,
  'u',
);

/** Whitespace other than single spaces: where there is none, `s.replace(/\s+/g, ' ')` is `s`
 *  (and the replace costs more than the rest of actorStartAt together). */
const LOOSE_SPACE = /[^\S ]| {2}/;
const oneSpaced = (s: string): string => (LOOSE_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s);

/** Does an actor list start at clean offset `at`? (Asked of the same offsets again and again.) */
export const isActorStart = perSource(actorStartAt);

function actorStartAt(src: Source, at: number): boolean {
  // every rule below needs a letter here (heads, plurals, capitals): a shortcut only
  // Stryker disable next-line ConditionalExpression,StringLiteral: no rule below holds without a letter at `at`
  if (!/\p{L}/u.test(src.clean[at] ?? '')) return false;
  const head = oneSpaced(src.clean.slice(at, at + 40).toLowerCase());
  if (STARTERS.test(head)) return true;
  // a keyword glued to a short head ("Các Bộcó trách nhiệm"): read with the space put back
  // (only when a keyword's last word is there: most heads have none)
  const folded = src.fold.slice(at, at + 40);
  const glued = GLUED_TAIL.test(folded) ? GLUED_RE.exec(oneSpaced(folded)) : null;
  // STARTERS reads a prefix: the words before the keyword and the space put back decide
  if (glued && STARTERS.test(`${head.slice(0, glued.index)} `)) return true;
  // "Hệ thống Liên minh…" and an abbreviation in capitals ("UBND huyện", "BCĐ")
  if (/^hệ thống\s/.test(head) && isUpper(src.clean[at + 9])) return true;
  // Stryker disable next-line Regex,OptionalChaining,StringLiteral: `at` holds a letter, so \S+ matches from it
  const word = /^\S+/.exec(src.clean.slice(at, at + 12))?.[0] ?? '';
  return /^[\p{Lu}]{2,}[\p{Lu}&]*$/u.test(word) && !isSyllable(word);
}

/** A capitals word that is a Vietnamese syllable, not an abbreviation of initials: initials
 *  bear no tone mark ("NHIỆM", "TỔ"), and a vowel with a circumflex, breve or horn in a word of
 *  three letters or more is a syllable's ("CÔNG TÁC", "XÂY DỰNG"), not "TƯ" (Trung ương). */
function isSyllable(word: string): boolean {
  const d = word.normalize('NFD');
  return (
    /[\u0300\u0301\u0303\u0309\u0323]/.test(d) ||
    (word.length >= 3 && /[\u0302\u0306\u031b]/.test(d))
  );
}

/**
 * Where the actor list starting at `start` ends (clean offset, exclusive), looking no further
 * than `limit`. `stop` tells whether it ended at an end word (a verb) rather than punctuation
 * or the limit.
 */
export function actorEnd(
  src: Source,
  start: number,
  limit: number,
): { end: number; byWord: boolean } {
  const { fold, clean } = src;
  let punct = limit;
  // Stryker disable next-line EqualityOperator: punctuation at `limit` makes punct = limit, as no punctuation does
  for (let k = start; k < limit; k++) {
    const ch = clean[k] as string;
    if (
      ch === '.' ||
      ch === ';' ||
      ch === ':' ||
      ch === '(' ||
      ch === '"' ||
      ch === '“' ||
      ch === '”' ||
      ch === '!' ||
      ch === '?'
    ) {
      // a dot inside an abbreviation ("TP.") or a number does not end the list
      if (
        ch === '.' &&
        /[\p{Lu}\d]/u.test(clean.charAt(k - 1)) &&
        /[\p{L}\d]/u.test(clean.charAt(k + 1))
      )
        continue;
      punct = k;
      break;
    }
  }
  // scan only up to the punctuation: a list never reaches past it
  const seg = fold.slice(start, punct);
  END_RE.lastIndex = 0;
  for (;;) {
    const m = END_RE.exec(seg);
    if (!m) break;
    const at = start + m.index;
    if (at === start) continue;
    const word = squash(m[0]);
    // "Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội": the domain is in the name
    if (IN_CHARGE.test(fold.slice(start, at)) && !GLUED_KEYWORDS.includes(word)) continue;
    // a verb in capitals opens a line after a wrapped heading ("Giao Sở X\nKhẩn trương …");
    // not after a bare head ("Bộ\nXây dựng"), nor one-syllable words ("Về", "Theo")
    const lineVerb =
      clean[at - 1] === '\n' &&
      word.includes(' ') &&
      !BARE_HEAD.test(fold.slice(Math.max(start, at - 12), at));
    if (!isLower(clean[at]) && !lineVerb) continue;
    if (AMBIGUOUS.has(word)) {
      const before = fold.slice(Math.max(start, at - 30), at);
      const after = fold.slice(at + m[0].length, at + m[0].length + 20);
      // a capitalised word after it is an object ("tổ chức Hội nghị"): then it is a verb
      const next = /\S/u.exec(clean.slice(at + m[0].length, at + m[0].length + 4))?.[0];
      const advises = word === 'tham muu' && isUpper(next); // "…, tham mưu UBND tỉnh …"
      if (
        !advises &&
        (NOUN_BEFORE.test(before) ||
          (word === 'to chuc' && NOUN_AFTER.test(after) && !isUpper(next)))
      )
        continue;
    }
    // "Các cơ quan được phân công chủ trì … có trách nhiệm": the relative clause is in the name
    const relative = assignedRelative(fold, start, at, punct);
    if (relative !== null) return { end: relative, byWord: true };
    // "giúp việc": a noun
    // Stryker disable next-line Regex: the six characters before "việc" hold "giúp" only as the word right before it
    if (word === 'viec' && /giup\s*$/.test(fold.slice(at - 6, at))) continue;
    // "cán bộ", "đảng tại", "tham nhũng", "chia sẻ" … go on (regulation-verbs.ts, WRITTEN)
    if (notTheVerb(word, clean, fold, at)) continue;
    // "Ban xây dựng Đảng", "các ban xây dựng Đảng Tỉnh ủy": the Party's bodies of that name
    if (
      word === 'xay dung' &&
      /(?:^|\s)ban\s*$/.test(fold.slice(Math.max(start, at - 5), at)) &&
      /^xay\s*dung\s+dang(?![\p{L}])/u.test(fold.slice(at, at + 20))
    )
      continue;
    // "có liên quan đến": the list keeps "có liên quan"
    if (word === 'lien quan den') return { end: at + m[0].length - 'den'.length, byWord: true };
    return { end: at, byWord: true };
  }
  return { end: punct, byWord: false };
}

/** "các" / "những" at the start of a list (sticky: read at lastIndex). */
const PLURAL_OPEN = /(?:cac|nhung)\s/y;

/** "được giao / được phân công …" after a plural, up to its "có/chịu trách nhiệm": the end of
 *  the collective it qualifies ("Các cơ quan, đơn vị được giao chủ trì có trách nhiệm …"). */
function assignedRelative(fold: string, start: number, at: number, punct: number): number | null {
  PLURAL_OPEN.lastIndex = start;
  if (!PLURAL_OPEN.test(fold)) return null;
  const m =
    /^duoc\s*(?:giao|phan\s*cong)(?![\p{L}])[^]*?(?<![\p{L}])((?:co|chiu)\s*trach\s*nhiem)/u.exec(
      fold.slice(at, punct),
    );
  return m ? at + m[0].length - (m[1] as string).length : null;
}

export interface ActorFactory {
  /** Actors of clean[start, end): split, normalised, resolved. */
  make(start: number, end: number): Actor[];
  /** One actor for clean[start, end), without splitting (an issuer, a receiver); `name`
   *  replaces the mention as the name to resolve (a capitals header line written as a name). */
  one(start: number, end: number, name?: string): Actor | null;
  /** Actors of an assembled text (a recipient joined from two lines); positions map back
   *  through `toClean` (start of a character) and `toCleanEnd` (end offset). */
  makeFrom(
    text: string,
    toClean: (i: number) => number,
    toCleanEnd: (i: number) => number,
  ): Actor[];
  readonly context: ResolveContext;
  /** The abbreviation table the actors are expanded with. */
  readonly registry: Pick<Registry, 'abbreviations'>;
  /** The document's issuer, once read: later mentions resolve relative to it ("Văn phòng"). */
  setIssuer(name: string): void;
}

export function createActorFactory(
  src: Source,
  options: ParseOptions,
  initial: ResolveContext,
  registry: Pick<Registry, 'abbreviations'>,
): ActorFactory {
  const context: ResolveContext = { ...initial };
  // each text split and each name resolved once per document (actor-memo.ts)
  const split = splitOnce(registry);
  const kindOf = kindOnce();
  const resolved = options.resolve ? resolveOnce(options.resolve, context) : null;
  const build = (s: number, e: number, expanded: string): Actor => {
    const q = src.quoted(s, e);
    const { kind, held } = kindOf(squash(src.clean.slice(s, e)));
    const name = squash(expanded);
    const actor: Actor = {
      name,
      mention: q.quote,
      expanded: name,
      kind,
      span: q.span,
      quote: q.quote,
    };
    if (held) return { ...actor, kind: 'person', name: held.name, role: held.role };
    if (resolved) {
      const r = resolved.get(name);
      actor.resolution = r;
      actor.id = r.id;
      actor.rule = r.rule;
      actor.confidence = r.confidence;
      if (r.kind !== 'unresolved') {
        actor.kind = r.kind;
        actor.name = r.name;
      }
    }
    return actor;
  };
  const makeFrom = (
    text: string,
    toClean: (i: number) => number,
    toCleanEnd: (i: number) => number,
  ): Actor[] => {
    const out: Actor[] = [];
    for (const p of split(text)) {
      const [ps, pe] = trimRange(text, p.start, p.end);
      if (pe <= ps) continue;
      out.push(build(toClean(ps), toCleanEnd(pe), p.expanded || text.slice(ps, pe)));
    }
    return out;
  };
  return {
    context,
    registry,
    setIssuer(name) {
      context.issuer = name;
      resolved?.changed();
    },
    makeFrom,
    make(start, end) {
      // an empty range makes no actor (makeFrom of "")
      const [s, e] = trimRange(src.clean, start, end, ' \n\t,;.:-');
      return makeFrom(
        src.clean.slice(s, e),
        (i) => s + i,
        (i) => s + i,
      );
    },
    one(start, end, name) {
      const [s, e] = trimRange(src.clean, start, end, ' \n\t,;.:-');
      if (e <= s) return null;
      return build(s, e, name ?? src.clean.slice(s, e));
    },
  };
}
