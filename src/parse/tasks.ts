/**
 * Tasks: the leaves of the outline under a task part (NHIỆM VỤ…, GIẢI PHÁP, TỔ CHỨC THỰC HIỆN,
 * PHÂN CÔNG, TRIỂN KHAI, QUÁN TRIỆT…), and actor-headed leaves anywhere else. An item with
 * children is a heading: it gives its actors and deadline to the children that state none.
 *
 * Lead, in order: "Giao X …", "Đề nghị X …", "Yêu cầu X …" (assignment); "X chủ trì" (subject of chủ trì, a clause's start);
 * a list of bodies opening the sentence and ended by a verb (subject); "…, X phối hợp với"
 * (subject of phối hợp after a leading phrase); an item heading that is nothing but bodies
 * (heading). Coordinators follow "phối hợp với". Reporting lines: "báo cáo … cho/với/lên X",
 * "(định kỳ) báo cáo X".
 */
import { actorEnd, isActorStart, type ActorFactory } from './actors.ts';
import { findDeadline } from './deadlines.ts';
import { ancestors, CLOSING, walk, type Block } from './outline.ts';
import { isCapsLine, isUpper, trimRange, type Source } from './source.ts';
import {
  fieldDeadline,
  fieldOf,
  fieldProduct,
  fieldValue,
  hasFieldChildren,
} from './task-fields.ts';
import type { Actor, Deadline, Task } from './types.ts';

const TASK_PART =
  /nhiem\s*vu|giai\s*phap|to\s*chuc\s*thuc\s*hien|phan\s*cong|trach\s*nhiem|trien\s*khai|quan\s*triet|thuc\s*hien\s*ke\s*hoach/;
const TARGET_PART = /muc\s*tieu|chi\s*tieu/;
const ACTOR_MAX = 300;
/** A paragraph that introduces or grounds, not assigns: "Căn cứ …", "Xét …", "… như sau:". */
const PREAMBLE = /^(?:can\s*cu|xet\b|theo\s*de\s*nghi)|(?:nhu\s*sau|sau\s*day)\s*[:.]?\s*$|:\s*$/;
/** Adverbial openers before a subject ("Trên cơ sở …, Bộ Tài chính …"). */
const LEADING_PHRASE =
  /^(?:tren\s*co\s*so|can\s*cu|theo|de\s|nham|trong|sau\s*khi|doi\s*voi|thuc\s*hien|truoc|qua\s|tu\s|ben\s*canh|ngoai\s*ra)/;
/** Articles that approve, issue or bring into force: not tasks. */
const NOT_TASK_ARTICLE =
  /^(?:phe\s*duyet|ban\s*hanh|bai\s*bo|thay\s*the|sua\s*doi|quyet\s*dinh\s*nay|.{0,120}co\s*hieu\s*luc)/;
/** "…, giao X …", "…; đề nghị X …" opening a clause (not "nghiên cứu giao X", "xét đề nghị"). */
const ASSIGN_INSIDE = /(?<=[,;:.]\s*)(?:giao|de\s*nghi|yeu\s*cau)\s+(?:cho\s+)?/g;

interface Own {
  lead: Actor[];
  leadRule: Task['leadRule'];
  coordinators: Actor[];
  reportsTo: Actor[];
  deadline: Deadline | null;
}

/** The part (or capitals heading) a block sits in. */
export function partOf(b: Block): Block | null {
  const chain = [...ancestors(b), b];
  return chain.find((x) => x.type === 'part' || (x.type === 'heading' && x.rank <= 1)) ?? null;
}

export function isTaskPart(src: Source, part: Block | null): boolean {
  if (!part) return false;
  const f = src.fold.slice(part.contentStart, part.end);
  return TASK_PART.test(f) && !(TARGET_PART.test(f) && !/nhiem\s*vu/.test(f));
}

export function isTargetPart(src: Source, part: Block | null): boolean {
  return part !== null && TARGET_PART.test(src.fold.slice(part.contentStart, part.end));
}

function validList(src: Source, s: number, e: number): boolean {
  return e > s && e - s <= ACTOR_MAX && /\p{L}/u.test(src.clean.slice(s, e));
}

/** Actors of clean[s, e): a line break inside a block is a wrap, never a separator. */
function make(src: Source, actors: ActorFactory, s: number, e: number): Actor[] {
  const [cs, ce] = trimRange(src.clean, s, e, ' \n\t,;.:-');
  if (ce <= cs) return [];
  return actors.makeFrom(
    src.clean.slice(cs, ce).replace(/\n/g, ' '),
    (i) => cs + i,
    (i) => cs + i,
  );
}

/** Where a list of bodies ends, across ";" between bodies ("A; B; C chịu trách nhiệm"). */
function listEnd(src: Source, s: number, limit: number): { end: number; byWord: boolean } {
  let r = actorEnd(src, s, limit);
  while (!r.byWord && src.clean[r.end] === ';') {
    let n = r.end + 1;
    while (n < limit && /\s/.test(src.clean[n] as string)) n++;
    if (!isActorStart(src, n)) break;
    const next = actorEnd(src, n, limit);
    // the next body must end the way a list does: at a verb, another ";" or the text's end
    const rest = src.clean.slice(next.end, limit).trim();
    if (!next.byWord && src.clean[next.end] !== ';' && !/^[.;]*$/.test(rest)) break;
    r = next;
  }
  return r;
}

/** Lead, coordinators, reporting lines and deadline stated in the block itself. */
function readOwn(src: Source, b: Block, actors: ActorFactory): Own {
  // the text may start on the line after its marker ("Điều 2.\nGiám đốc Sở …")
  let s = b.contentStart;
  while (s < b.end && /\s/.test(src.clean[s] as string)) s++;
  return readRange(src, s, b.end, b.children.length > 0, actors);
}

/** Lead, coordinators, reporting lines and deadline stated in clean[s0, end). */
function readRange(
  src: Source,
  s0: number,
  end: number,
  hasChildren: boolean,
  actors: ActorFactory,
): Own {
  const { fold } = src;
  const own: Own = {
    lead: [],
    leadRule: 'none',
    coordinators: [],
    reportsTo: [],
    deadline: findDeadline(src, s0, end),
  };
  const text = fold.slice(s0, end);

  // "Giao X …", "Đề nghị X …", "Yêu cầu X …"
  const giao = /^(?:giao|de\s*nghi|yeu\s*cau)\s+(?:cho\s+)?/.exec(text);
  if (giao) {
    const s = s0 + giao[0].length;
    const { end: e } = listEnd(src, s, end);
    if (validList(src, s, e)) {
      own.lead = make(src, actors, s, e);
      own.leadRule = 'assignment';
    }
  }
  // "X chủ trì"
  if (own.lead.length === 0) {
    const re = /chu\s*tri(?![\p{L}])/gu; // glued to the name too
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const at = s0 + m.index;
      const before = text.slice(0, m.index);
      const clauseStart =
        s0 +
        Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':')) +
        1;
      const [cs, ce] = trimRange(src.clean, clauseStart, at, ' \n,');
      if (ce <= cs) break; // "Chủ trì, phối hợp với…": the lead comes from the heading
      if (isActorStart(src, cs) && validList(src, cs, ce)) {
        own.lead = make(src, actors, cs, ce);
        own.leadRule = 'subject';
        break;
      }
    }
  }
  // a subject list opening the text
  if (own.lead.length === 0 && isActorStart(src, s0))
    openingList(src, s0, end, hasChildren, actors, own);
  // "…, giao X …" inside the sentence
  if (own.lead.length === 0) {
    ASSIGN_INSIDE.lastIndex = 0;
    let g: RegExpExecArray | null;
    while ((g = ASSIGN_INSIDE.exec(text))) {
      const s = s0 + g.index + g[0].length;
      if (!isActorStart(src, s)) continue;
      const { end: e } = listEnd(src, s, end);
      if (!validList(src, s, e)) continue;
      own.lead = make(src, actors, s, e);
      own.leadRule = 'assignment';
      break;
    }
  }
  if (own.lead.length === 0) subjectAfterPhrase(src, s0, end, actors, own);
  // "…, X phối hợp với" after a leading phrase
  const coordRe = /phoi\s*hop\s*voi(?![\p{L}])/gu;
  let m: RegExpExecArray | null;
  while ((m = coordRe.exec(text))) {
    const at = s0 + m.index;
    if (own.lead.length === 0) {
      const before = text.slice(0, m.index);
      const cut = Math.max(
        before.lastIndexOf(','),
        before.lastIndexOf('.'),
        before.lastIndexOf(';'),
      );
      const [cs, ce] = trimRange(src.clean, s0 + cut + 1, at, ' \n,');
      if (
        ce > cs &&
        isActorStart(src, cs) &&
        validList(src, cs, ce) &&
        actorEnd(src, cs, ce).end >= ce
      ) {
        own.lead = make(src, actors, cs, ce);
        own.leadRule = 'subject';
      }
    }
    const s = at + m[0].length;
    const { end: e } = listEnd(src, s, end);
    const [cs, ce] = trimRange(src.clean, s, e, ' \n,');
    if (validList(src, cs, ce)) own.coordinators.push(...make(src, actors, cs, ce));
  }
  // reporting lines
  const reportRe = /(?<![\p{L}])bao\s*cao\s+/gu;
  while ((m = reportRe.exec(text))) {
    const after = s0 + m.index + m[0].length;
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 90);
    const via = /^(?:[^.;:()]{0,70}?\s)?(?:cho|voi|len|ve)\s+/.exec(rest);
    let s = -1;
    if (isActorStart(src, after) && /^\p{Lu}/u.test(src.clean[after] ?? '')) s = after;
    else if (via && isActorStart(src, after + via[0].length)) s = after + via[0].length;
    if (s < 0) continue;
    const { end: e } = actorEnd(src, s, end);
    const [cs, ce] = trimRange(src.clean, s, e, ' \n,');
    if (!validList(src, cs, ce)) continue;
    for (const a of make(src, actors, cs, ce)) {
      if (!own.reportsTo.some((r) => r.name === a.name)) own.reportsTo.push(a);
    }
  }
  return own;
}

/**
 * "Trên cơ sở đề nghị của các Bộ, Bộ Tài chính khẩn trương rà soát": a body named after a
 * leading phrase and a comma, ended by its verb, in the first sentence.
 */
function subjectAfterPhrase(
  src: Source,
  s0: number,
  end: number,
  actors: ActorFactory,
  own: Own,
): void {
  if (!LEADING_PHRASE.test(src.fold.slice(s0, s0 + 20))) return;
  const stop = src.clean.slice(s0, end).search(/[.;:]/);
  const limit = stop < 0 ? end : s0 + stop;
  for (let k = src.clean.indexOf(',', s0); k >= 0 && k < limit; k = src.clean.indexOf(',', k + 1)) {
    let s = k + 1;
    while (s < limit && src.clean[s] === ' ') s++;
    if (!isUpper(src.clean[s]) || !isActorStart(src, s)) continue;
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
function openingList(
  src: Source,
  s0: number,
  end: number,
  hasChildren: boolean,
  actors: ActorFactory,
  own: Own,
): void {
  const { end: e, byWord } = listEnd(src, s0, end);
  const [cs, ce] = trimRange(src.clean, s0, e, ' \n,');
  const whole = ce >= trimRange(src.clean, s0, end, ' \n,.;:')[1];
  if (byWord && validList(src, cs, ce)) {
    own.lead = make(src, actors, cs, ce);
    own.leadRule = 'subject';
  } else if (!byWord && hasChildren && whole) {
    own.lead = make(src, actors, cs, ce);
    own.leadRule = 'heading';
  } else if (!byWord && hasChildren && src.clean[e] === '(') {
    // "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế):" over its items
    const close = src.clean.indexOf(')', e);
    const inner = e + 1;
    if (
      close > inner &&
      /^[\s:.]*$/.test(src.clean.slice(close + 1, end)) &&
      isActorStart(src, inner)
    ) {
      own.lead = make(src, actors, inner, close);
      own.leadRule = 'heading';
    }
  } else if (!byWord && !whole && src.clean[e] === ':' && validList(src, cs, ce)) {
    own.lead = make(src, actors, cs, ce);
    own.leadRule = 'subject';
  }
}

/** A block whose field lines ("Cơ quan chủ trì: …") state its lead, coordinators, deadline. */
function fieldTask(src: Source, b: Block, actors: ActorFactory): Own & Pick<Task, 'product'> {
  const own: Own & Pick<Task, 'product'> = { ...readOwn(src, b, actors) };
  const fields = b.children.flatMap((c) => {
    const f = fieldOf(src, c);
    return f ? [{ ...f, c }] : [];
  });
  for (const { field, at, c } of fields) {
    const [s, e] = fieldValue(src, c, at);
    if (field === 'lead' && own.leadRule !== 'field') {
      own.lead = make(src, actors, s, e);
      own.leadRule = 'field';
    } else if (field === 'coordinators') own.coordinators = make(src, actors, s, e);
    else if (field === 'performer') {
      // "Cơ quan thực hiện: X chủ trì, phối hợp với Y" or a plain list of performers
      const r = readRange(src, s, e, false, actors);
      own.lead = r.lead.length > 0 ? r.lead : make(src, actors, s, e);
      own.leadRule = 'field';
      if (r.coordinators.length > 0) own.coordinators = r.coordinators;
    } else if (field === 'deadline') own.deadline = fieldDeadline(src, s, e) ?? own.deadline;
    else if (field === 'product') own.product = fieldProduct(src, s, e) ?? undefined;
  }
  if (own.product === undefined) delete own.product;
  return own;
}

/** Is a childless block a task, given what it states (`o`) and whether an item above it names
 *  who does it (`headed`: "4. Sở Xây dựng" over "a) …", "b) …")? */
function isTask(src: Source, b: Block, o: Own, hasParts: boolean, headed: boolean): boolean {
  const part = partOf(b);
  const actorHeaded = o.leadRule === 'subject' || o.leadRule === 'assignment';
  const f = src.fold.slice(b.contentStart, b.end);
  if (b.type === 'part' && b.label?.startsWith('Điều')) {
    // a decision's article: the one naming who executes it, not approval or entry into force
    return actorHeaded && !NOT_TASK_ARTICLE.test(f);
  }
  if (b.type === 'part' && isCapsLine(b.text)) return false; // a part heading left without items
  if (b.type === 'paragraph' && (b.parent === null || b.parent.type === 'part')) {
    // the document's own paragraphs (a letter's body): assignments, not preamble or closing
    if (PREAMBLE.test(f) || CLOSING.test(f)) return false;
    if (!part || b.parent === null) return actorHeaded;
  }
  const inTaskPart =
    isTaskPart(src, part) || (!hasParts && (o.deadline !== null || o.lead.length > 0 || headed));
  if (!inTaskPart && (!actorHeaded || isTargetPart(src, part))) return false;
  return true;
}

/** Tasks of the outline. */
export function findTasks(src: Source, roots: Block[], actors: ActorFactory): Task[] {
  const owns = new Map<Block, Own>();
  const own = (b: Block): Own => {
    let o = owns.get(b);
    if (!o) {
      o = readOwn(src, b, actors);
      owns.set(b, o);
    }
    return o;
  };
  const hasParts = roots.some((r) => r.type === 'part' || (r.type === 'heading' && r.rank <= 1));
  const tasks: Task[] = [];
  const folded = new Set<Block>();
  walk(roots, (b) => {
    if (b.parent && folded.has(b.parent)) {
      folded.add(b); // part of a task stated with field lines
      return;
    }
    const fielded = b.children.length > 0 && hasFieldChildren(src, b);
    if (fielded) folded.add(b);
    else if (b.children.length > 0 || b.type === 'heading') return;
    const o = fielded ? fieldTask(src, b, actors) : own(b);
    const headed = (): boolean =>
      ancestors(b).some((a) => a.type !== 'part' && own(a).lead.length > 0);
    if (!fielded && (fieldOf(src, b) || !isTask(src, b, o, hasParts, headed()))) return;

    let { lead, leadRule, coordinators, reportsTo, deadline } = o;
    const chain = ancestors(b).reverse();
    if (lead.length === 0) {
      for (const a of chain) {
        if (a.type === 'part') break;
        const ao = own(a);
        if (ao.lead.length > 0) {
          lead = ao.lead;
          leadRule = 'inherited';
          if (coordinators.length === 0) coordinators = ao.coordinators;
          if (reportsTo.length === 0) reportsTo = ao.reportsTo;
          break;
        }
      }
    }
    if (deadline === null) {
      for (const a of chain) {
        const ad = own(a).deadline;
        if (ad) {
          deadline = { ...ad, inherited: true };
          break;
        }
      }
    }
    const product = (o as Pick<Task, 'product'>).product;
    tasks.push({
      id: b.id,
      section: b.section,
      sectionTitles: ancestors(b).map((a) => a.text),
      text: fielded ? src.clean.slice(b.contentStart, b.end).replace(/\s+/g, ' ').trim() : b.text,
      lead,
      coordinators,
      reportsTo,
      deadline,
      leadRule: lead.length === 0 ? 'none' : leadRule,
      ...(product ? { product } : {}),
      ...src.quoted(b.start, b.end),
    });
  });
  return tasks;
}
