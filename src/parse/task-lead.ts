/**
 * Who a task's own text names. Lead, in order: "Giao X …", "Đề nghị X …", "Yêu cầu X …"
 * (assignment); "X chủ trì" (subject of chủ trì, a clause's start); a list of bodies opening the
 * sentence and ended by a verb or a colon (subject); "…, giao X" opening a clause
 * (assignment); a body after a leading phrase ("Trên cơ sở …, Bộ Tài chính khẩn trương …");
 * "…, X phối hợp với" (subject of phối hợp after a leading phrase); an item heading that is
 * nothing but bodies (heading). Coordinators follow "phối hợp với". Reporting lines: "báo cáo …
 * cho/với/lên X", "(định kỳ) báo cáo X". Lists run across ";" between bodies.
 */
import { abbreviationComma } from '../orgs/glued-comma.ts';
import { actorEnd, isActorStart, type ActorFactory } from './actors.ts';
import { findDeadline } from './deadlines.ts';
import { leadershipHeading } from './heading-leads.ts';
import { isLower, isUpper, trimRange, type Source } from './source.ts';
import type { Actor, Deadline, Task } from './types.ts';
import { matchesOf } from './text/matches.ts';

const ACTOR_MAX = 300;
/** Adverbial openers before a subject ("Trên cơ sở …, Bộ Tài chính …"). */
const LEADING_PHRASE =
  /^(?:tren\s*co\s*so|can\s*cu|theo|de\s|nham|trong|sau\s*khi|doi\s*voi|thuc\s*hien|truoc|qua\s|tu\s|ben\s*canh|ngoai\s|(?:dinh\s*ky\s*)?hang\s*(?:nam|quy|thang|tuan)|dinh\s*ky|thang\s*\d)/;
const ASSIGN_VERB = String.raw`(?:giao|de\s*nghi|yeu\s*cau)`;
/** "…, giao X …", "…; đề nghị X …", "Do thời gian gấp, trân trọng đề nghị Đồng chí …" opening a
 *  clause (not "nghiên cứu giao X", "xét đề nghị"). The lookbehind follows the verb (the same
 *  matches): leading, it was tried at every position. */
const ASSIGN_INSIDE = new RegExp(
  String.raw`${ASSIGN_VERB}(?<=[,;:.]\s*(?:(?:tran\s*trong|kinh)\s+)?${ASSIGN_VERB})\s+(?:cho\s+)?`,
  'g',
);
/** "X chủ trì" (also glued to the name), "phối hợp với X", "báo cáo X". */
const CHU_TRI = /chu\s*tri(?![\p{L}])/gu;
/** Adverbials between a subject and "chủ trì" (folded): "theo chức năng, nhiệm vụ", "khẩn
 *  trương", "trên cơ sở đề xuất của …". */
const ADJUNCT =
  /(?<=\p{L}[\s,]+)(?:theo\s*chuc\s*nang|khan\s*truong|tren\s*co\s*so|can\s*cu|chu\s*dong|tiep\s*tuc|kip\s*thoi|thuong\s*xuyen|nghiem\s*tuc|tich\s*cuc)(?![\p{L}])/u;
/** "được giao / được phân công" right before "chủ trì" (folded). */
const PASSIVE = /duoc\s*(?:giao|phan\s*cong)\s*$/;
/** "X giao / đề nghị / yêu cầu Y": Y leads. */
const ASKS = /^(?:giao|de\s*nghi|yeu\s*cau)\s+(?:cho\s+)?/;
/** "phối hợp với", "phối hợp chặt chẽ với", "phối hợp cùng", or "phối hợp" right before a body. */
const COORDINATE = /phoi\s*hop(?:\s*chat\s*che)?(\s*(?:voi|cung(?:\s*voi)?)(?![\p{L}]))?/gu;
const REPORT = /(?<![\p{L}])bao\s*cao\s+/gu;

/** What a task states itself: who leads, coordinates, is reported to; its deadline. */
export interface Own {
  lead: Actor[];
  leadRule: Task['leadRule'];
  coordinators: Actor[];
  reportsTo: Actor[];
  deadline: Deadline | null;
}

/** An empty or reversed range slices to "" and has no letter. */
function validList(src: Source, s: number, e: number): boolean {
  return e - s <= ACTOR_MAX && /\p{L}/u.test(src.clean.slice(s, e));
}

/** Actors of clean[s, e): a line break inside a block is a wrap, never a separator. makeFrom
 *  trims the spaces and punctuation around the list and makes nothing of an empty one. */
export function make(src: Source, actors: ActorFactory, s: number, e: number): Actor[] {
  return actors.makeFrom(
    src.clean.slice(s, e).replace(/\n/g, ' '),
    (i) => s + i,
    (i) => s + i,
  );
}

/** Where a list of bodies ends, across ";" between bodies ("A; B; C chịu trách nhiệm"). */
function listEnd(src: Source, s: number, limit: number): { end: number; byWord: boolean } {
  let r = actorEnd(src, s, limit);
  while (!r.byWord && src.clean[r.end] === ';') {
    const gap = src.clean.slice(r.end + 1, limit);
    const n = limit - gap.trimStart().length;
    if (!isActorStart(src, n)) break;
    const next = actorEnd(src, n, limit);
    // the next body must end the way a list does: at a verb, another ";" or the text's end
    const rest = src.clean.slice(next.end, limit).trim();
    if (!next.byWord && src.clean[next.end] !== ';' && !/^[.;]*$/.test(rest)) break;
    r = next;
  }
  return r;
}

/** Lead, coordinators, reporting lines and deadline stated in clean[s0, end). */
export function readRange(
  src: Source,
  s0: number,
  end: number,
  hasChildren: boolean,
  actors: ActorFactory,
): Own {
  const own: Own = {
    lead: [],
    leadRule: 'none',
    coordinators: [],
    reportsTo: [],
    deadline: findDeadline(src, s0, end),
  };
  const text = src.fold.slice(s0, end);
  // "Giao X …", "Đề nghị X …", "Yêu cầu X …"
  const giao = /^(?:giao|de\s*nghi|yeu\s*cau)\s*:?\s+(?:cho\s+)?/.exec(text);
  const scan: Scan = { src, s0, end, text, actors, own };
  if (giao) {
    // the verb "giao", not "Giáo vụ", "Giáo dục" folded to the same letters
    if (!/gi[áà]o/iu.test(src.clean.slice(s0, s0 + 4))) {
      const s = s0 + giao[0].length;
      const { end: e } = listEnd(src, s, end);
      if (validList(src, s, e)) set(own, make(src, actors, s, e), 'assignment');
    }
  } else responsibilityOf(scan); // (a text opening with the verb opens with no "Trách nhiệm")
  if (own.lead.length === 0) askedBySubject(scan);
  if (own.lead.length === 0) chuTri(scan);
  if (own.lead.length === 0 && isActorStart(src, s0)) openingList(scan, hasChildren);
  if (own.lead.length === 0 && hasChildren) {
    const leaders = leadershipHeading(src, s0, end, actors);
    if (leaders.length > 0) set(own, leaders, 'heading');
  }
  if (own.lead.length === 0) assignedInside(scan);
  if (own.lead.length === 0) askedCollective(scan);
  if (own.lead.length === 0) subjectAfterPhrase(scan);
  if (own.lead.length === 0) responsibleSubject(scan);
  coordinators(scan);
  reportingLines(scan);
  return own;
}

/** One text being read: clean[s0, end), its folded `text`, and what was found so far. */
interface Scan {
  src: Source;
  s0: number;
  end: number;
  text: string;
  actors: ActorFactory;
  own: Own;
}

function set(own: Own, lead: Actor[], rule: Task['leadRule']): void {
  own.lead = lead;
  own.leadRule = rule;
}

/** "Trách nhiệm của giáo vụ: giám sát …" (a regulation's provision): the one named leads, when
 *  the colon is within the first 80 characters and a text follows it. */
const RESPONSIBILITY_OF = /^(trach\s*nhiem\s*cua\s+)([^:]*):/;

function responsibilityOf({ src, s0, text, actors, own }: Scan): void {
  const m = RESPONSIBILITY_OF.exec(text.slice(0, 81));
  if (!m || !/\p{L}/u.test(text.slice(m[0].length))) return;
  const s = s0 + (m[1] as string).length;
  const e = s + (m[2] as string).length;
  if (validList(src, s, e)) set(own, make(src, actors, s, e), 'subject');
}

/** "X chủ trì": the bodies from the clause's start to "chủ trì". */
function chuTri({ src, s0, text, actors, own }: Scan): void {
  for (const m of matchesOf(text, CHU_TRI)) {
    const at = s0 + m.index;
    const before = text.slice(0, m.index);
    const clauseStart =
      s0 + Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
    // "Sở Tài chính (cơ quan chủ trì)": the note names the role, the body stands before it
    const open = before.lastIndexOf('(');
    const note = open >= clauseStart - s0 && !before.slice(open).includes(')');
    // "Các cơ quan được giao chủ trì có trách nhiệm …": a relative clause, not the verb
    if (PASSIVE.test(before)) continue;
    const [start, ce] = trimRange(src.clean, clauseStart, note ? s0 + open : at, ' \n,*');
    if (ce <= start) return; // "Chủ trì, phối hợp với…": the lead comes from the heading
    // "Định kỳ, Thường trực Ủy ban … chủ trì": the subject after an adverbial and its comma
    const cs = isActorStart(src, start) ? start : afterComma(src, start, ce);
    if (isActorStart(src, cs) && validList(src, cs, ce)) {
      // "Bộ Y tế theo chức năng, nhiệm vụ được giao chủ trì": the name ends at its adjunct
      const adjunct = ADJUNCT.exec(src.fold.slice(cs, ce));
      const le = adjunct ? cs + adjunct.index : ce;
      // a clause that is more than bodies ("…, các cơ quan phối hợp với cơ quan chủ trì")
      if (actorEnd(src, cs, le).byWord) continue;
      set(own, make(src, actors, cs, le), 'subject');
      return;
    }
  }
}

/** The body after a short adverbial and its comma opening clean[s, e) ("Định kỳ, Thường trực
 *  …", "Hằng năm, Sở …"), else `s`: not after a later comma of a long clause ("… báo cáo Ban
 *  Chỉ đạo thành phố, Sở X và các Sở, ngành chủ trì, quản lý …" names no subject). */
function afterComma(src: Source, s: number, e: number): number {
  const k = src.clean.indexOf(',', s);
  if (k < 0 || k >= e || src.clean.slice(s, k).trim().split(/\s+/).length > 5) return s;
  let n = k + 1;
  while (src.clean[n] === ' ' || src.clean[n] === '\n') n++;
  return isActorStart(src, n) ? n : s;
}

/** The list of bodies at `s` leads, by assignment, when it is one; whether it was. */
function assignListAt({ src, end, actors, own }: Scan, s: number): boolean {
  if (!isActorStart(src, s)) return false;
  const { end: e } = listEnd(src, s, end);
  if (!validList(src, s, e)) return false;
  set(own, make(src, actors, s, e), 'assignment');
  return true;
}

/** Is an aside "( … )" at `at` followed by "có trách nhiệm", "chịu trách nhiệm", "có nhiệm
 *  vụ"? */
function asideThenDuty(src: Source, at: number, end: number): boolean {
  if (src.clean[at] !== '(') return false;
  const close = src.clean.indexOf(')', at);
  return close > 0 && close < end && DUTY.test(src.fold.slice(close + 1, close + 30));
}
/** "có trách nhiệm", "chịu trách nhiệm", "có nhiệm vụ" (folded): a subject's duty. */
const DUTY_WORDS = String.raw`(?:(?:co|chiu)\s*trach\s*nhiem|co\s*nhiem\s*vu)`;
const DUTY = new RegExp(String.raw`^\s+${DUTY_WORDS}(?![\p{L}])`, 'u');

/** A plural kind noun before a colon and the names it distributes over ("Các Bộ:", "Ủy ban
 *  nhân dân các thành phố: Hà Nội, Cần Thơ"). */
const PLURAL_HEAD =
  /^(?:(?:uy\s*ban\s*nhan\s*dan|ubnd|hoi\s*dong\s*nhan\s*dan|hdnd)\s+)?(?:cac|nhung)\s+(?:so|bo|ban|cuc|vu|vien|tong\s*cuc|tinh|thanh\s*pho|huyen)$/;

/** "giao", "đề nghị", "yêu cầu" as words (folded text). The lookbehinds follow the first letter:
 *  leading, they were tried at every position (3× slower, same matches). */
const ASK_WORD = /(?:g(?<!\p{L}g)iao|d(?<!\p{L}d)e\s*nghi|y(?<!\p{L}y)eu\s*cau)\s+(?:cho\s+)?/gu;

/**
 * "Về nội dung nêu trên, Thủ tướng Chính phủ giao Bộ Kế hoạch và Đầu tư …": a clause whose
 * subject is a body that assigns or asks; the bodies after the verb lead.
 */
function askedBySubject(scan: Scan): void {
  const { src, s0, text } = scan;
  for (const m of matchesOf(text, ASK_WORD)) {
    const at = s0 + m.index;
    // the verb "giao", not "giáo" ("Ban Tuyên giáo") folded to the same letters
    if (m[0].startsWith('giao') && src.clean.slice(at, at + 4).toLowerCase() !== 'giao') continue;
    const before = text.slice(0, m.index);
    const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf('.'), before.lastIndexOf(';'));
    const [cs, ce] = trimRange(src.clean, s0 + cut + 1, at, ' \n');
    // (an empty subject starts at the verb, which starts no body)
    if (!isActorStart(src, cs) || actorEnd(src, cs, ce).end < ce) continue;
    if (assignListAt(scan, at + m[0].length)) return;
  }
}

/** "…, giao X …" opening a clause inside the sentence. */
function assignedInside(scan: Scan): void {
  const { s0, text } = scan;
  for (const g of matchesOf(text, ASSIGN_INSIDE)) {
    if (assignListAt(scan, s0 + g.index + g[0].length)) return;
  }
}

/**
 * "…, nếu có khó khăn, vướng mắc đề nghị các cơ quan, đơn vị kịp thời phản ánh …": "đề nghị" /
 * "yêu cầu" before a plural asks that collective, wherever it stands (not "đề nghị của các …").
 */
function askedCollective(scan: Scan): void {
  const { s0, text } = scan;
  for (const m of matchesOf(text, ASK_WORD)) {
    if (m[0].startsWith('giao')) continue;
    if (!/^(?:cac|nhung)\s/.test(text.slice(m.index + m[0].length))) continue;
    if (/(?:xet|theo)\s$/.test(text.slice(0, m.index))) continue; // spaces are collapsed
    if (assignListAt(scan, s0 + m.index + m[0].length)) return;
  }
}

/** "phối hợp với Y": coordinators; "…, X phối hợp với" gives the lead when none is known. */
/** "các đơn vị liên quan tiếp nhận …": a collective closed by "(có) liên quan" ends there when
 *  a lower-case word other than "đến", "và", "của" … follows it: that word is the task's verb.
 *  (Lookbehinds after the first letter, as in ASK_WORD.) */
const CLOSED =
  /(?:c(?<!\p{L}c)o\s+lien|l(?<!\p{L}l)ien)\s*quan(?=\s+(?!(?:den|toi|va|cua|thuoc|trong|tai|o|tren)\s)\p{L})/gu;

function closedAt(src: Source, s: number, e: number): number {
  for (const m of matchesOf(src.fold.slice(s, e), CLOSED)) {
    const after = s + m.index + m[0].length;
    let k = after;
    while (/\s/.test(src.clean[k] as string)) k++; // a letter follows (CLOSED)
    if (isLower(src.clean[k])) return after;
  }
  return e;
}

function coordinators({ src, s0, end, text, actors, own }: Scan): void {
  for (const m of matchesOf(text, COORDINATE)) {
    const at = s0 + m.index;
    let s = at + m[0].length;
    while (/\s/.test(src.clean[s] as string)) s++;
    // without "với" / "cùng" a body must follow ("phối hợp Bộ Công an", not "phối hợp thực hiện")
    if (!m[1] && !isActorStart(src, s)) continue;
    if (own.lead.length === 0) {
      const before = text.slice(0, m.index);
      const cut = Math.max(
        before.lastIndexOf(','),
        before.lastIndexOf('.'),
        before.lastIndexOf(';'),
      );
      const [cs, ce] = trimRange(src.clean, s0 + cut + 1, at, ' \n,');
      // one body after the clause's last comma (an empty one starts at "phối hợp": no body)
      if (isActorStart(src, cs) && actorEnd(src, cs, ce).end >= ce)
        set(own, make(src, actors, cs, ce), 'subject');
    }
    const e = closedAt(src, s, listEnd(src, s, end).end);
    if (validList(src, s, e)) own.coordinators.push(...make(src, actors, s, e));
  }
}

/** "báo cáo … cho/với/lên/về X", "báo cáo X". */
function reportingLines({ src, s0, end, text, actors, own }: Scan): void {
  for (const m of matchesOf(text, REPORT)) {
    const after = s0 + m.index + m[0].length;
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 90);
    const via = /^(?:[^.;:()]{0,70}?\s)?(?:cho|voi|len|ve)\s+/.exec(rest);
    let s: number | null = null;
    if (isActorStart(src, after) && isUpper(src.clean[after])) s = after;
    else if (via && isActorStart(src, after + via[0].length)) s = after + via[0].length;
    if (s === null) continue;
    const { end: e } = actorEnd(src, s, end);
    if (!validList(src, s, e)) continue;
    for (const a of make(src, actors, s, e)) {
      if (!own.reportsTo.some((r) => r.name === a.name)) own.reportsTo.push(a);
    }
  }
}

/**
 * "Trên cơ sở đề nghị của các Bộ, Bộ Tài chính khẩn trương rà soát": a body named after a
 * leading phrase and a comma, ended by its verb, in the first sentence.
 */
function subjectAfterPhrase({ src, s0, end, actors, own }: Scan): void {
  if (!LEADING_PHRASE.test(src.fold.slice(s0, s0 + 20))) return;
  // the first sentence: up to its first ".", ";" or ":", or the end
  const first = src.clean.slice(s0, end).split(/[.;:]/)[0] as string;
  const limit = s0 + first.length;
  for (const comma of matchesOf(first, /,/g)) {
    const k = s0 + comma.index;
    if (abbreviationComma(src.clean, k, actors.registry.abbreviations)) continue; // "KH,CN,ĐMST"
    let s = k + 1;
    // (a space run to the limit stops at its punctuation, and actorEnd finds no body past it)
    while (src.clean[s] === ' ') s++;
    // "Căn cứ …, các sở, ban, ngành, UBND các xã xây dựng kế hoạch": a plural opens it too
    const opens = isUpper(src.clean[s]) || /^(?:cac|nhung)\s/.test(src.fold.slice(s, s + 40));
    if (!opens || !isActorStart(src, s)) continue;
    const { end: e, byWord } = actorEnd(src, s, limit);
    if (!byWord || !validList(src, s, e)) continue;
    own.lead = make(src, actors, s, e);
    own.leadRule = 'subject';
    return;
  }
}

/**
 * A list of bodies opening the text: ended by a verb (subject), by a colon and the text for
 * them ("Bộ Xây dựng: chỉ đạo …", subject), or the whole text of a heading over its items.
 */
function openingList({ src, s0, end, actors, own }: Scan, hasChildren: boolean): void {
  const { end: e, byWord } = listEnd(src, s0, end);
  // "Ủy ban nhân dân tỉnh yêu cầu các sở …": the bodies asked lead, not the one asking
  const asks = byWord ? ASKS.exec(src.fold.slice(e, e + 20)) : null;
  if (asks && isActorStart(src, e + asks[0].length)) {
    const s = e + asks[0].length;
    const { end: e2 } = listEnd(src, s, end);
    if (validList(src, s, e2)) set(own, make(src, actors, s, e2), 'assignment');
    return;
  }
  const [cs, ce] = trimRange(src.clean, s0, e, ' \n,');
  const whole = ce >= trimRange(src.clean, s0, end, ' \n,.;:')[1];
  if (!byWord && asideThenDuty(src, e, end) && validList(src, cs, ce)) {
    // "Văn phòng Tỉnh ủy (cơ quan thường trực) có trách nhiệm …", "Ban thường vụ các huyện ủy
    // (sau đây gọi chung là …) có trách nhiệm:": the bodies before the aside
    own.lead = make(src, actors, cs, ce);
    own.leadRule = 'subject';
  } else if (byWord && validList(src, cs, ce)) {
    own.lead = make(src, actors, cs, ce);
    own.leadRule = 'subject';
  } else if (!byWord && hasChildren && whole) {
    own.lead = make(src, actors, cs, ce);
    own.leadRule = 'heading';
  } else if (hasChildren && src.clean[e] === '(') {
    // (ended by a verb, the list ends at a letter: the branches on punctuation need no !byWord)
    // "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế):" over its items;
    // without ")" the rest is the whole text, with "()" nothing starts inside
    const close = src.clean.indexOf(')', e);
    const inner = e + 1;
    if (/^[\s:.]*$/.test(src.clean.slice(close + 1, end)) && isActorStart(src, inner)) {
      own.lead = make(src, actors, inner, close);
      own.leadRule = 'heading';
    }
  } else if (src.clean[e] === ':' && PLURAL_HEAD.test(src.fold.slice(cs, ce))) {
    // "Các Bộ: Quốc phòng, Công an chủ động …": the head distributes over the names after it
    const r = listEnd(src, e + 1, end);
    if (r.byWord && validList(src, cs, r.end)) set(own, make(src, actors, cs, r.end), 'subject');
    else set(own, make(src, actors, cs, ce), 'subject'); // the head alone: short, with letters
  } else if (!whole && src.clean[e] === ':' && validList(src, cs, ce)) {
    own.lead = make(src, actors, cs, ce);
    own.leadRule = 'subject';
  }
}

/** "có trách nhiệm", "chịu trách nhiệm", "có nhiệm vụ", "phải" after the subject that bears it. */
const RESPONSIBLE = new RegExp(String.raw`\s(?:${DUTY_WORDS}|phai)(?![\p{L}])`, 'gu');

/**
 * Who bears a provision of a regulation or a guide. "Giáo vụ có trách nhiệm công bố điểm …":
 * whoever opens the sentence, even a role no head word names (short, capitalised, one clause).
 * "Căn cứ …; các cấp ủy, tổ chức đảng, cơ quan, đơn vị có trách nhiệm lãnh đạo …", "…, thì các
 * cấp ủy … phải kịp thời …": the list of bodies that opens a later clause and runs up to the verb.
 */
function responsibleSubject({ src, s0, end, text, actors, own }: Scan): void {
  for (const m of matchesOf(text, RESPONSIBLE)) {
    const at = s0 + m.index;
    const words = src.clean.slice(s0, at);
    if (isUpper(src.clean[s0]) && !/[.;:,(]/.test(words) && words.split(/\s+/).length <= 10) {
      if (!m[0].includes('phai') && validList(src, s0, at))
        return set(own, make(src, actors, s0, at), 'subject');
    }
    // the farthest clause start within 200 characters from which one list of bodies reaches the
    // verb ("phải" only after "thì" or a clause's ";": "Các yêu cầu …, các cơ quan … phải" is no
    // list); the text's own start is openingList's
    const strong = !m[0].includes('phai');
    const from = Math.max(s0, at - 200);
    for (const p of matchesOf(src.clean.slice(from, at), /[;:,]/g)) {
      const gap = src.clean.slice(from + p.index + 1, at);
      let c = at - gap.trimStart().length;
      const thi = src.fold.startsWith('thi ', c);
      if (thi) c += 4;
      if (!isActorStart(src, c) || (!strong && !thi && p[0] === ',')) continue;
      // the verb right after the space RESPONSIBLE starts with (spaces are collapsed), so the
      // list ended by a word; within 200 characters and from a body, it is a valid list
      if (listEnd(src, c, end).end === at + 1) return set(own, make(src, actors, c, at), 'subject');
    }
  }
}
