/**
 * Tasks: the leaves of the outline under a task part (NHIỆM VỤ…, GIẢI PHÁP, TỔ CHỨC THỰC HIỆN,
 * PHÂN CÔNG, TRIỂN KHAI, QUÁN TRIỆT…), and actor-headed leaves anywhere else. An item with
 * children is a heading: it gives its actors and deadline to the children that state none.
 * Outside the outline's items: a letter's own paragraphs that assign (not preamble, not closing
 * formulas), a decision's executing article (not approval or entry into force), and an item
 * whose field lines ("Cơ quan chủ trì: …") state its lead. Who a text names: task-lead.ts.
 */
import { actorEnd, type ActorFactory } from './actors.ts';
import { pointTasks, type Inherited } from './inline-points.ts';
import { introLead } from './intro-lead.ts';
import { ancestors, CLOSING, isShortTitle, walk, type Block } from './outline.ts';
import { periodAbove } from './periods.ts';
import { isCapsLine, type Source } from './source.ts';
import { make, readRange, type Own } from './task-lead.ts';
import {
  blockEnd,
  dutyItems,
  fieldDeadline,
  fieldLines,
  fieldOf,
  fieldProduct,
  fieldValue,
  hasFieldChildren,
} from './task-fields.ts';
import { asksToCarryOut, isFormula } from './formulas.ts';
import type { Actor, Task } from './types.ts';

/** Parts that assign: tasks, solutions, organisation, responsibilities, and a plan's activities
 *  ("NỘI DUNG HOẠT ĐỘNG", "LỘ TRÌNH THỰC HIỆN", "HÌNH THỨC TUYÊN TRUYỀN"), not a bare "NỘI DUNG". */
const TASK_PART =
  /nhiem\s*vu|giai\s*phap|to\s*chuc\s*thuc\s*hien|phan\s*cong|trach\s*nhiem|trien\s*khai|quan\s*triet|thuc\s*hien\s*ke\s*hoach|lo\s*trinh|noi\s*dung\s*(?:hoat\s*dong|thuc\s*hien|cong\s*viec|tuyen\s*truyen|trong\s*tam|chu\s*yeu)|hinh\s*thuc[^.]{0,30}tuyen\s*truyen/;
const TARGET_PART = /muc\s*tieu|chi\s*tieu/;
/** A paragraph that introduces or grounds, not assigns: "Căn cứ …", "Xét …", "… như sau:". */
const PREAMBLE = /^(?:can\s*cu|xet\b|theo\s*de\s*nghi)|(?:nhu\s*sau|sau\s*day)\s*[:.]?\s*$|:\s*$/;
/** Articles that approve, issue or bring into force: not tasks. */
const NOT_TASK_ARTICLE =
  /^(?:phe\s*duyet|ban\s*hanh|bai\s*bo|thay\s*the|sua\s*doi|quyet\s*dinh\s*nay|.{0,120}co\s*hieu\s*luc)/;

/** A part or a capitals heading: the only blocks of rank 1 or less (items rank from 2,
 *  emphasised headings 3.5, paragraphs 99), so the outline nests nothing else above them. */
const isPartLike = (x: Block): boolean => x.rank <= 1;

/** The part (or capitals heading) a block sits in. */
export function partOf(b: Block): Block | null {
  const chain = [...ancestors(b), b];
  return chain.find(isPartLike) ?? null;
}

export function isTaskPart(src: Source, part: Block | null): boolean {
  if (!part) return false;
  const f = src.fold.slice(part.contentStart, part.end);
  // a regulation's "NHIỆM VỤ VÀ QUYỀN HẠN CỦA GIẢNG VIÊN": duties of a role, not tasks
  if (/nhiem\s*vu\s*(?:va|,)\s*quyen\s*han/.test(f) && !/to\s*chuc\s*thuc\s*hien/.test(f))
    return false;
  return TASK_PART.test(f) && !(TARGET_PART.test(f) && !/nhiem\s*vu/.test(f));
}

export function isTargetPart(src: Source, part: Block | null): boolean {
  return part !== null && TARGET_PART.test(src.fold.slice(part.contentStart, part.end));
}

/** An item heading that names duties ("2. Về nhiệm vụ trọng tâm từ nay đến tháng 6/2027"). */
function namesTasks(src: Source, a: Block): boolean {
  const f = src.fold.slice(a.contentStart, a.end).replace(/^[*_\s]+/, '');
  // not a regulation's "Nhiệm vụ của giảng viên" / "Nhiệm vụ, quyền hạn": duties, not tasks
  return (
    a.text.length <= 160 &&
    /^(?:ve\s*)?(?:cac\s*|mot\s*so\s*)?nhiem\s*vu(?!\s*(?:cua|,\s*quyen))/.test(f) &&
    !ancestors(a).some((x) => x.label?.startsWith('Điều'))
  );
}

/** Where a block's text starts: it may be on the line after its marker ("Điều 2.\nGiám đốc
 *  Sở …"). */
function textStart(src: Source, b: Block): number {
  let s = b.contentStart;
  while (
    /\s/.test(src.clean[s] as string) &&
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the text ends in a non-space at b.end, so the scan stops there anyway
    s < b.end
  )
    s++;
  return s;
}

/** Lead, coordinators, reporting lines and deadline stated in the block itself. */
function readOwn(src: Source, b: Block, actors: ActorFactory): Own {
  return readRange(src, textStart(src, b), b.end, b.children.length > 0, actors);
}

/** The coordinators the task's text names, then those of its field line (once each). */
function joined(text: Actor[], field: Actor[]): Actor[] {
  return [...text, ...field.filter((f) => !text.some((t) => t.name === f.name))];
}

/** A performer field's value [s, e) read clause by clause: split at ";" outside parentheses,
 *  a clause that names no doer of its own staying with the one before ("phối hợp với A; B").
 *  Each clause is read once; a group of several (one merged into another) is read again whole. */
function performerClauses(src: Source, s: number, e: number, actors: ActorFactory): Own[] {
  const ranges: [number, number][] = [];
  let from = s;
  let depth = 0;
  for (let k = s; k < e; k++) {
    const ch = src.clean[k];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0) {
      ranges.push([from, k]);
      from = k + 1;
    }
  }
  ranges.push([from, e]);
  const read = (a: number, b: number): Own => {
    while (a < b && /\s/.test(src.clean[a] as string)) a++;
    return readRange(src, a, b, false, actors);
  };
  const groups: { from: number; to: number; own: Own | null }[] = [];
  for (const [a, b] of ranges) {
    const last = groups[groups.length - 1];
    const own = last ? read(a, b) : null;
    if (last && own?.lead.length === 0) {
      last.to = b;
      last.own = null;
    } else groups.push({ from: a, to: b, own });
  }
  return groups.map((g) => g.own ?? read(g.from, g.to));
}

/** A block whose field lines ("Cơ quan chủ trì: …") state its lead, coordinators, deadline. */
function fieldTask(src: Source, b: Block, actors: ActorFactory): Own & Pick<Task, 'product'> {
  const own: Own & Pick<Task, 'product'> = { ...readOwn(src, b, actors) };
  for (const { field, at, c } of fieldLines(src, b)) {
    const [s, e] = fieldValue(src, c, at);
    if (field === 'lead' && own.leadRule !== 'field') {
      own.lead = make(src, actors, s, e);
      own.leadRule = 'field';
    } else if (field === 'coordinators')
      own.coordinators = joined(own.coordinators, make(src, actors, s, e));
    else if (field === 'performer') {
      // "Cơ quan thực hiện: X chủ trì, phối hợp với Y" or a plain list of performers; a clause
      // after a ";" that names its own doers names more performers ("Sở Nội vụ chủ trì …; Sở
      // Tư pháp và các sở, ban, ngành … chủ động tổ chức triển khai …")
      const clauses = performerClauses(src, s, e, actors);
      const lead = clauses.reduce<Actor[]>((all, r) => joined(all, r.lead), []);
      own.lead = lead.length > 0 ? lead : make(src, actors, s, e);
      own.leadRule = 'field';
      own.coordinators = clauses.reduce((all, r) => joined(all, r.coordinators), own.coordinators);
    } else if (field === 'deadline') own.deadline = fieldDeadline(src, s, e) ?? own.deadline;
    else if (field === 'product') own.product = fieldProduct(src, s, e) ?? undefined;
  }
  // Stryker disable next-line ConditionalExpression: an undefined product is left out of the task below anyway
  if (own.product === undefined) delete own.product;
  return own;
}

/**
 * An item that assigns work in a whole sentence and is followed by paragraphs of its own: a
 * conclusion's point ("2. Yêu cầu các cấp ủy … triển khai …." + "Yêu cầu các đồng chí bí thư
 * …"): a task itself, not a heading over the paragraphs.
 */
function isStatement(b: Block, o: Own): boolean {
  return (
    b.type === 'item' &&
    b.children.every((c) => c.type === 'paragraph') &&
    /[.;!?]["”)]?$/.test(b.text) &&
    (o.leadRule === 'assignment' || o.leadRule === 'subject')
  );
}

/** A heading that announces a body's duties: "Lưu trữ hiện hành có nhiệm vụ:", "Ban Tổ chức
 *  Tỉnh ủy có trách nhiệm:" (not "Giám đốc Trung tâm ra quyết định:", a task itself). */
const DUTIES_OF =
  /\s(?:co|chiu)\s*(?:nhiem\s*vu|trach\s*nhiem)(?:\s*(?:sau|nhu\s*sau|chinh|cu\s*the))?\s*:\s*$/;

/** Verbs of appraisal: "Bộ Chính trị, Ban Bí thư ghi nhận và biểu dương …" is a finding. */
const APPRAISAL = /\s(?:ghi\s*nhan|bieu\s*duong|hoan\s*nghenh|danh\s*gia\s*cao)(?![\p{L}])/u;

/** Does the text open with a subject whose verb appraises, before any task verb? */
function appraises(src: Source, b: Block): boolean {
  const s = textStart(src, b);
  return APPRAISAL.test(src.fold.slice(s, actorEnd(src, s, b.end).end));
}

/** A request to carry out this document, with no work of its own: "Yêu cầu các sở, ngành thực
 *  hiện nghiêm túc./.", "Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực hiện./.". */
const REQUEST = /^(?:[^.;:]{0,80}\s)?(?:yeu\s*cau|de\s*nghi)\s/;
const CARRY_OUT =
  /^\s*,?\s*(?:(?:khan\s*truong|nghiem\s*tuc|kip\s*thoi|chu\s*dong)\s*)?(?:(?:to\s*chuc\s*)?trien\s*khai\s*,?\s*(?:va\s*)?)?(?:to\s*chuc\s*)?thuc\s*hien(?:\s*nghiem\s*(?:tuc|chinh))?\s*[./]*[\s*_•]*$/;

function requestsCarryingOut(src: Source, b: Block, f: string): boolean {
  const r = REQUEST.exec(f);
  if (!r) return false;
  const end = actorEnd(src, b.contentStart + r[0].length, b.end).end;
  return CARRY_OUT.test(src.fold.slice(end, b.end));
}

/** Is a childless block a task, given what it states (`o`) and whether an item or paragraph
 *  above it names who does it (`headed`: "4. Sở Xây dựng" over "a) …", "b) …"; asked lazily)? */
function isTask(
  src: Source,
  b: Block,
  o: Own,
  hasParts: boolean,
  headed: () => boolean,
  headedByBodies: () => boolean,
): boolean {
  const part = partOf(b);
  const actorHeaded = o.leadRule === 'subject' || o.leadRule === 'assignment';
  const f = src.fold.slice(b.contentStart, b.end);
  // markup left alone on a line ("* *" before Nơi nhận) states nothing
  if (!/\p{L}/u.test(f)) return false; // nor a page number ("2") left between items
  if (b.type === 'paragraph' && requestsCarryingOut(src, b, f)) return false;
  if (b.type === 'paragraph' && isFormula(src.clean.slice(b.contentStart, b.end), f)) return false;
  if (b.type === 'paragraph' && !b.parent?.label?.startsWith('Điều') && asksToCarryOut(f))
    return false;
  if (o.leadRule === 'subject' && appraises(src, b)) return false;
  if (b.label?.startsWith('Điều')) {
    // a decision's article: the one naming who executes it, not approval or entry into force
    return actorHeaded && !NOT_TASK_ARTICLE.test(f);
  }
  if (b.type === 'part' && isCapsLine(b.text)) return false; // a part heading left without items
  // a paragraph that announces what follows ("… một số nhiệm vụ trọng tâm sau:") is no task
  if (b.type === 'paragraph' && /:\s*$/.test(f)) return false;
  if (b.type === 'paragraph' && b.parent?.label?.startsWith('Điều')) {
    // an article's own text: a task when it names who does it, not when it sanctions or enacts
    return actorHeaded && !NOT_TASK_ARTICLE.test(f) && !CLOSING.test(f);
  }
  if (b.type === 'paragraph' && (b.parent === null || b.parent.type === 'part')) {
    // the document's own paragraphs (a letter's body): assignments, not preamble or closing
    if (PREAMBLE.test(f) || CLOSING.test(f)) return false;
    if (!part) return actorHeaded; // a root paragraph: no part (paragraphs have no children)
  }
  const inTaskPart =
    isTaskPart(src, part) ||
    ancestors(b).some((a) => a.type === 'item' && namesTasks(src, a)) ||
    headedByBodies() ||
    // a childless block's lead comes with 'subject' or 'assignment' (actorHeaded), and without
    // parts there is no target part: a lead passes below, so only a deadline or a heading here
    (!hasParts && (o.deadline !== null || headed()));
  if (!inTaskPart && (!actorHeaded || isTargetPart(src, part))) return false;
  return true;
}

/**
 * Where a task stated with field lines is: each item listed under its "Nhiệm vụ:" line, else
 * the block with everything under it (the field lines and the sentences they qualify).
 */
function fieldSites(src: Source, b: Block): { b: Block; text: string; end: number }[] {
  const duties = dutyItems(src, b);
  if (duties.length > 0) return duties.map((d) => ({ b: d, text: d.text, end: d.end }));
  const text = src.clean.slice(b.contentStart, b.end).replace(/\s+/g, ' ').trim();
  return [{ b, text, end: blockEnd(b) }];
}

/** What a block takes from the items above it: the nearest lead (with its coordinators and
 *  reporting lines, up to the part) and the nearest deadline, else a period stated over it. */
function fromAbove(src: Source, b: Block, roots: Block[], own: (a: Block) => Own): Inherited {
  const up: Inherited = {
    lead: [],
    // Stryker disable next-line StringLiteral: read only with a lead (findTasks, withGroup, pointTasks)
    leadRule: 'none',
    coordinators: [],
    reportsTo: [],
    deadline: null,
  };
  const chain = ancestors(b).reverse();
  for (const a of chain) {
    if (a.type === 'part') break;
    const ao = own(a);
    if (ao.lead.length > 0) {
      Object.assign(up, { lead: ao.lead, leadRule: 'inherited', coordinators: ao.coordinators });
      up.reportsTo = ao.reportsTo;
      break;
    }
  }
  const ad = chain.map((a) => own(a).deadline).find((d) => d !== null);
  if (ad) up.deadline = { ...ad, inherited: true };
  else up.deadline = periodAbove(src, b, roots);
  return up;
}

/**
 * Field lines written once after a group of items ("3.1. …", "3.2. …", "3.3. …" then "- Thời gian
 * thực hiện: …", "- Đơn vị chủ trì: …" under the last): when only the last item of its parent
 * has field lines and the items before it have none and nothing under them, the lines apply to
 * the whole group. Read once per parent.
 */
function groupFields(
  src: Source,
  b: Block,
  actors: ActorFactory,
  cache: Map<Block, Own | null>,
): Own | null {
  const p = b.parent;
  // a block other than an item fails the all-items test below: it is one of the kids
  if (!p) return null;
  let g = cache.get(p);
  // Stryker disable next-line ConditionalExpression: a cache; reading the group again gives the same
  if (g === undefined) {
    const kids = p.children;
    const last = kids[kids.length - 1] as Block;
    // a single item is the last: its fields are its own (see below)
    const alone =
      kids.every((k) => k.type === 'item') &&
      hasFieldChildren(src, last) &&
      kids.slice(0, -1).every((k) => k.children.length === 0 && !fieldOf(src, k));
    g = alone ? fieldTask(src, last, actors) : null;
    cache.set(p, g);
  }
  // the last item itself: the group's fields are its own, so applying them changes nothing
  return g;
}

/** The group's fields under what the item states itself and over what the headings give. */
function withGroup(up: Inherited, g: Own | null): Inherited {
  if (!g) return up;
  const lead = g.lead.length > 0;
  return {
    lead: lead ? g.lead : up.lead,
    leadRule: lead ? 'field' : up.leadRule,
    coordinators: lead || g.coordinators.length > 0 ? g.coordinators : up.coordinators,
    reportsTo: lead ? g.reportsTo : up.reportsTo,
    deadline: g.deadline ?? up.deadline,
  };
}

/** Tasks of the outline. */
export function findTasks(src: Source, roots: Block[], actors: ActorFactory): Task[] {
  const owns = new Map<Block, Own>();
  const own = (b: Block): Own => {
    const o = owns.get(b) ?? readOwn(src, b, actors);
    owns.set(b, o);
    return o;
  };
  const hasParts = roots.some(isPartLike);
  const tasks: Task[] = [];
  const folded = new Set<Block>();
  const groups = new Map<Block, Own | null>();
  walk(roots, (b) => {
    if (b.parent && folded.has(b.parent)) {
      folded.add(b); // part of a task stated with field lines
      return;
    }
    const fielded = hasFieldChildren(src, b);
    if (fielded) folded.add(b);
    else if ((b.children.length > 0 && !isStatement(b, own(b))) || b.type === 'heading') return;
    const o = fielded ? fieldTask(src, b, actors) : own(b);
    // an item names its doer above it: an item heading, or a paragraph announcing the items
    const headed = (): boolean =>
      // asked only when there are no parts, so no ancestor is one
      ancestors(b).some((a) => own(a).lead.length > 0) ||
      (b.type === 'item' && introLead(src, b, roots, actors, true).length > 0);
    // an item heading that is nothing but bodies ("1.3. Đảng ủy cơ sở") or that announces a
    // body's duties ("2. Lưu trữ hiện hành có nhiệm vụ:") over its items: the items are that
    // body's duties, in whatever part ("VỀ QUY TRÌNH XÉT TẶNG")
    // (items and bullets only, under a short heading: a paragraph there is a note, "Lưu ý: …")
    const headedByBodies = (): boolean =>
      b.type !== 'paragraph' &&
      ancestors(b).some((a) => {
        const r = own(a).leadRule;
        return (
          a.type === 'item' &&
          isShortTitle(a) &&
          (r === 'heading' ||
            (r === 'subject' && DUTIES_OF.test(src.fold.slice(a.contentStart, a.end))))
        );
      });
    if (!fielded && (fieldOf(src, b) || !isTask(src, b, o, hasParts, headed, headedByBodies)))
      return;

    const up = withGroup(fromAbove(src, b, roots, own), groupFields(src, b, actors, groups));
    const points = fielded ? null : pointTasks(src, b, up, actors);
    if (points) return void tasks.push(...points);
    let { lead, leadRule, coordinators, reportsTo } = o;
    if (lead.length === 0 && up.lead.length > 0) {
      ({ lead, leadRule } = up);
      if (coordinators.length === 0) coordinators = up.coordinators;
      if (reportsTo.length === 0) reportsTo = up.reportsTo;
    } else if (up.lead.length === 0 && coordinators.length === 0) {
      // a group whose only field is "Đơn vị phối hợp: X": no lead to carry them, yet they apply
      coordinators = up.coordinators;
    }
    if (lead.length === 0) {
      lead = introLead(src, b, roots, actors);
      leadRule = 'inherited'; // 'none' below when there is none
    }
    const product = (o as Pick<Task, 'product'>).product;
    const fields = {
      lead,
      coordinators,
      reportsTo,
      deadline: o.deadline ?? up.deadline,
      leadRule: lead.length === 0 ? ('none' as const) : leadRule,
      ...(product ? { product } : {}),
    };
    const sites = fielded ? fieldSites(src, b) : [{ b, text: b.text, end: b.end }];
    for (const site of sites) {
      tasks.push({
        id: site.b.id,
        section: site.b.section,
        sectionTitles: ancestors(site.b).map((a) => a.text),
        text: site.text,
        ...fields,
        ...src.quoted(site.b.start, site.end),
      });
    }
  });
  return tasks;
}
