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
import { ancestors, walk, type Block } from './outline.ts';
import { isCapsLine, trimRange, type Source } from './source.ts';
import type { Actor, Deadline, Task } from './types.ts';

const TASK_PART =
  /nhiem\s*vu|giai\s*phap|to\s*chuc\s*thuc\s*hien|phan\s*cong|trach\s*nhiem|trien\s*khai|quan\s*triet|thuc\s*hien\s*ke\s*hoach/;
const TARGET_PART = /muc\s*tieu|chi\s*tieu/;
const ACTOR_MAX = 300;

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

/** Lead, coordinators, reporting lines and deadline stated in the block itself. */
function readOwn(src: Source, b: Block, actors: ActorFactory): Own {
  const { fold } = src;
  const s0 = b.contentStart;
  const end = b.end;
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
    const { end: e } = actorEnd(src, s, end);
    if (validList(src, s, e)) {
      own.lead = actors.make(s, e);
      own.leadRule = 'assignment';
    }
  }
  // "X chủ trì"
  if (own.lead.length === 0) {
    const re = /(?<![\p{L}])chu\s*tri(?![\p{L}])/gu;
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
        own.lead = actors.make(cs, ce);
        own.leadRule = 'subject';
        break;
      }
    }
  }
  // a subject list opening the text
  if (own.lead.length === 0 && isActorStart(src, s0)) {
    const { end: e, byWord } = actorEnd(src, s0, end);
    const [cs, ce] = trimRange(src.clean, s0, e, ' \n,');
    if (byWord && validList(src, cs, ce)) {
      own.lead = actors.make(cs, ce);
      own.leadRule = 'subject';
    } else if (
      !byWord &&
      b.children.length > 0 &&
      ce >= trimRange(src.clean, s0, end, ' \n,.;:')[1]
    ) {
      own.lead = actors.make(cs, ce);
      own.leadRule = 'heading';
    }
  }
  // "…, X phối hợp với" after a leading phrase
  const coordRe = /(?<![\p{L}])ph[o]i\s*h[o]p\s*v[o]i(?![\p{L}])/gu;
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
        own.lead = actors.make(cs, ce);
        own.leadRule = 'subject';
      }
    }
    const s = at + m[0].length;
    const { end: e } = actorEnd(src, s, end);
    const [cs, ce] = trimRange(src.clean, s, e, ' \n,');
    if (validList(src, cs, ce)) own.coordinators.push(...actors.make(cs, ce));
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
    for (const a of actors.make(cs, ce)) {
      if (!own.reportsTo.some((r) => r.name === a.name)) own.reportsTo.push(a);
    }
  }
  return own;
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
  walk(roots, (b) => {
    if (b.children.length > 0 || b.type === 'heading') return;
    if (b.type === 'part' && isCapsLine(b.text)) return; // a part heading left without items
    const part = partOf(b);
    if (!part && b.parent === null && b.type === 'paragraph') return; // preamble, closing lines
    const o = own(b);
    const inTaskPart =
      isTaskPart(src, part) || (!hasParts && (o.deadline !== null || o.lead.length > 0));
    const actorHeaded = o.leadRule === 'subject' || o.leadRule === 'assignment';
    if (!inTaskPart && !actorHeaded) return;
    if (!inTaskPart && isTargetPart(src, part)) return;

    let lead = o.lead;
    let leadRule = o.leadRule;
    let coordinators = o.coordinators;
    let reportsTo = o.reportsTo;
    let deadline = o.deadline;
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
    const q = src.quoted(b.start, b.end);
    tasks.push({
      id: b.id,
      section: b.section,
      sectionTitles: ancestors(b).map((a) => a.text),
      text: b.text,
      lead,
      coordinators,
      reportsTo,
      deadline,
      leadRule: lead.length === 0 ? 'none' : leadRule,
      ...q,
    });
  });
  return tasks;
}
